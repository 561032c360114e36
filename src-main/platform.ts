// Every platform difference the shell relies on, in one table. Other modules ask `caps.x`
// instead of testing `process.platform`; the unit test tests/unit/shell-platform.test.ts checks
// each row that Electron documents against the `@platform` tags and "Not supported on Wayland"
// notes in node_modules/electron/electron.d.ts, so an Electron upgrade that changes one fails a
// test. Rows Electron does not document per platform name their source (`SOURCES`). Pure.

export type PlatformKey = 'linux-x11' | 'linux-wayland' | 'win32' | 'darwin';
export const PLATFORM_KEYS: readonly PlatformKey[] = ['linux-x11', 'linux-wayland', 'win32', 'darwin'];

export interface Capabilities {
  /** BrowserWindow.setFocusable does something (elsewhere a no-op) */
  focusableToggle: boolean;
  /** setAlwaysOnTop / the alwaysOnTop option work */
  alwaysOnTop: boolean;
  /** always-on-top levels ('screen-saver' above full-screen apps) are honoured */
  alwaysOnTopLevels: boolean;
  /** showInactive() shows the window on top without focusing it */
  showInactive: boolean;
  /** moveTop() raises the window */
  moveTop: boolean;
  /** the app may place its windows (setBounds/setPosition keep x, y) */
  positioning: boolean;
  /** screen.getCursorScreenPoint() reports the pointer */
  cursorPoint: boolean;
  /** setVisibleOnAllWorkspaces does something */
  allWorkspaces: boolean;
  /** its `visibleOnFullScreen` / `skipTransformProcessType` options exist */
  allWorkspacesOptions: boolean;
  /** setSkipTaskbar does something (and focusable toggles can bring the taskbar entry back) */
  skipTaskbarToggle: boolean;
  /** powerMonitor 'lock-screen' / 'unlock-screen' are emitted */
  lockEvents: boolean;
  /** powerMonitor 'shutdown' is emitted */
  shutdownEvent: boolean;
  /** BrowserWindow 'query-session-end' / 'session-end' are emitted (log-off, shutdown) */
  sessionEndEvents: boolean;
  /** the tray shows a tooltip (StatusNotifierItem hosts ignore it) */
  trayTooltip: boolean;
  /** tray.popUpContextMenu() exists */
  trayPopUp: boolean;
  /** a left click on the tray icon opens the context menu by itself */
  trayLeftClickOpensMenu: boolean;
  /** tray 'mouse-enter' is emitted */
  trayHover: boolean;
  /** tray 'right-click' is emitted */
  trayRightClick: boolean;
  /** notification action buttons are shown */
  notificationActions: boolean;
  /** the notification `urgency` option is used */
  notificationUrgency: boolean;
  /** notification 'failed' is emitted */
  notificationFailed: boolean;
  /** app.setLoginItemSettings / getLoginItemSettings work (elsewhere: an XDG autostart file) */
  loginItems: boolean;
  /** app.hide() exists (gives focus back to the previous app) */
  appHide: boolean;
  /** app 'activate' is emitted (re-opened from Finder / the Dock) */
  activateEvent: boolean;
  /** app.dock exists */
  dock: boolean;
  /** app.setAppUserModelId (toasts and taskbar grouping need it) */
  appUserModelId: boolean;
  /** a break window that is shown without focus is seen (else: announce it with a notification) */
  inactiveWindowIsSeen: boolean;
  /** the break window is a floating `type: 'panel'` (over full-screen apps without activating Limber) */
  panelWindow: boolean;
  /** the tray image is a template image the menu bar tints */
  templateTrayIcon: boolean;
  /** windows take an `icon` (macOS uses the bundle's) */
  windowIcon: boolean;
}

export type Capability = keyof Capabilities;

const LINUX_COMMON = {
  focusableToggle: false,
  alwaysOnTopLevels: false,
  allWorkspaces: true,
  allWorkspacesOptions: false,
  skipTaskbarToggle: false,
  lockEvents: false,
  shutdownEvent: true,
  sessionEndEvents: false,
  trayTooltip: false,
  trayPopUp: false,
  trayLeftClickOpensMenu: false,
  trayHover: false,
  trayRightClick: false,
  notificationActions: false,
  notificationUrgency: true,
  notificationFailed: false,
  loginItems: false,
  appHide: false,
  activateEvent: false,
  dock: false,
  appUserModelId: false,
  panelWindow: false,
  templateTrayIcon: false,
  windowIcon: true,
} as const;

export const CAPABILITIES: Readonly<Record<PlatformKey, Readonly<Capabilities>>> = {
  'linux-x11': {
    ...LINUX_COMMON,
    alwaysOnTop: true,
    showInactive: true,
    moveTop: true,
    positioning: true,
    cursorPoint: true,
    inactiveWindowIsSeen: true,
  },
  'linux-wayland': {
    ...LINUX_COMMON,
    alwaysOnTop: false,
    showInactive: false,
    moveTop: false,
    positioning: false,
    cursorPoint: false,
    inactiveWindowIsSeen: false,
  },
  win32: {
    focusableToggle: true,
    alwaysOnTop: true,
    alwaysOnTopLevels: true,
    showInactive: true,
    moveTop: true,
    positioning: true,
    cursorPoint: true,
    allWorkspaces: false,
    allWorkspacesOptions: false,
    skipTaskbarToggle: true,
    lockEvents: true,
    shutdownEvent: false,
    sessionEndEvents: true,
    trayTooltip: true,
    trayPopUp: true,
    trayLeftClickOpensMenu: false,
    trayHover: true,
    trayRightClick: true,
    notificationActions: true,
    notificationUrgency: true,
    notificationFailed: true,
    loginItems: true,
    appHide: false,
    activateEvent: false,
    dock: false,
    appUserModelId: true,
    inactiveWindowIsSeen: true,
    panelWindow: false,
    templateTrayIcon: false,
    windowIcon: true,
  },
  darwin: {
    focusableToggle: true,
    alwaysOnTop: true,
    alwaysOnTopLevels: true,
    showInactive: true,
    moveTop: true,
    positioning: true,
    cursorPoint: true,
    allWorkspaces: true,
    allWorkspacesOptions: true,
    skipTaskbarToggle: true,
    lockEvents: true,
    shutdownEvent: true,
    sessionEndEvents: false,
    trayTooltip: true,
    trayPopUp: true,
    // a menu-bar item with a context menu opens it on any click
    trayLeftClickOpensMenu: true,
    trayHover: true,
    trayRightClick: true,
    notificationActions: true,
    notificationUrgency: false,
    notificationFailed: true,
    loginItems: true,
    appHide: true,
    activateEvent: true,
    dock: true,
    appUserModelId: false,
    inactiveWindowIsSeen: true,
    panelWindow: true,
    templateTrayIcon: true,
    windowIcon: false,
  },
};

/**
 * Where each capability is documented: an electron.d.ts member (`Type.member` or `Type.on:event`,
 * `wayland: true` when its "Not supported on Wayland" note matters), or a reason it cannot be
 * read from there.
 */
export const SOURCES: Readonly<Record<Capability, { dts: string; wayland?: boolean } | { note: string }>> = {
  focusableToggle: { dts: 'BrowserWindow.setFocusable' },
  alwaysOnTop: { dts: 'BrowserWindow.setAlwaysOnTop', wayland: true },
  alwaysOnTopLevels: { note: 'electron.d.ts: levels are documented for macOS/Windows; X11 window managers get a single _NET_WM_STATE_ABOVE hint' },
  showInactive: { dts: 'BrowserWindow.showInactive', wayland: true },
  moveTop: { dts: 'BrowserWindow.moveTop', wayland: true },
  positioning: { dts: 'BrowserWindow.setPosition', wayland: true },
  cursorPoint: { dts: 'Screen.getCursorScreenPoint', wayland: true },
  allWorkspaces: { dts: 'BrowserWindow.setVisibleOnAllWorkspaces' },
  allWorkspacesOptions: { dts: 'VisibleOnAllWorkspacesOptions.skipTransformProcessType' },
  skipTaskbarToggle: { dts: 'BrowserWindow.setSkipTaskbar' },
  lockEvents: { dts: 'PowerMonitor.on:lock-screen' },
  shutdownEvent: { dts: 'PowerMonitor.on:shutdown' },
  sessionEndEvents: { dts: 'BrowserWindow.on:session-end' },
  trayTooltip: { note: 'd.ts lists setToolTip everywhere, but Linux trays are StatusNotifierItems, whose hosts show no tooltip (docs/shell.md)' },
  trayPopUp: { dts: 'Tray.popUpContextMenu' },
  trayLeftClickOpensMenu: { note: 'Electron docs (tray.md): on macOS the context menu opens on click; Windows and KDE send a click and show nothing' },
  trayHover: { dts: 'Tray.on:mouse-enter' },
  trayRightClick: { dts: 'Tray.on:right-click' },
  notificationActions: { note: 'Electron docs structures/notification-action.md: "button" is supported on macOS and Windows (macOS: signed app with NSUserNotificationAlertStyle=alert)' },
  notificationUrgency: { dts: 'NotificationConstructorOptions.urgency' },
  notificationFailed: { dts: 'Notification.on:failed' },
  loginItems: { dts: 'App.setLoginItemSettings' },
  appHide: { dts: 'App.hide' },
  activateEvent: { dts: 'App.on:activate' },
  dock: { dts: 'App.dock' },
  appUserModelId: { dts: 'App.setAppUserModelId' },
  panelWindow: { note: "BrowserWindowConstructorOptions.type: 'panel' is a macOS window type" },
  templateTrayIcon: { note: 'nativeImage template images (docs native-image.md) are a macOS menu-bar concept' },
  windowIcon: { note: 'BaseWindowConstructorOptions.icon: macOS uses the bundle icon' },
  inactiveWindowIsSeen: { note: 'follows showInactive: on Wayland a window refused focus is stacked below the focused one (GNOME)' },
};

/** Which of the four the running session is. Wayland only when Electron really runs on it. */
export function platformKey(platform: string, env: Readonly<Record<string, string | undefined>>, argv: readonly string[] = []): PlatformKey {
  if (platform === 'darwin' || platform === 'win32') return platform;
  const ozone = argv.find((a) => a.startsWith('--ozone-platform='))?.slice('--ozone-platform='.length);
  if (ozone === 'x11') return 'linux-x11';
  if (ozone === 'wayland') return 'linux-wayland';
  // Electron ≥ 38 picks Wayland by itself when a Wayland display is there
  const wayland = (env.WAYLAND_DISPLAY ?? '') !== '' || env.XDG_SESSION_TYPE === 'wayland';
  return wayland ? 'linux-wayland' : 'linux-x11';
}

export function capabilitiesOf(key: PlatformKey): Readonly<Capabilities> {
  return CAPABILITIES[key];
}

/** True on KDE Plasma, whose tray sends a plain activation on left click (no menu). */
export function isKde(env: Readonly<Record<string, string | undefined>>): boolean {
  return /kde/i.test(env.XDG_CURRENT_DESKTOP ?? '') || env.KDE_FULL_SESSION === 'true';
}
