// A fake `electron` module for unit tests (see tests/setup-unit.ts). The real module needs a
// binary that is not installed here, and the core must never depend on it anyway.
//
// The fake records what the shell does (constructor options, shown/hidden, menus, handlers)
// and lets a test drive the OS side (power events, cursor position, displays, IPC calls).
// One fake per test file (vitest isolates files); call `resetElectronMock()` in `beforeEach`.
//
// It follows the platform in `fakeState.platform` ('linux-x11', 'linux-wayland', 'win32', 'darwin')
// the way Electron 45 does (src-main/platform.ts, checked against electron.d.ts): a method Electron
// does not implement there does nothing, or is missing (app.hide, app.setLoginItemSettings on
// Linux…), and an event the platform never sends is never sent by the `user…`/`os…` helpers.
// Never kinder than Electron: e.g. on X11 a window created non-focusable is unmanaged and never
// gets the keyboard; on Wayland always-on-top and positions are ignored and the pointer reads 0,0.
// The classes declare `implements Pick<Electron.X, …>` over what the shell calls, so a call with
// a wrong name or signature fails to compile.
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';
import { CAPABILITIES, type Capabilities, type PlatformKey } from '../../src-main/platform';

type Fn = (...args: any[]) => any;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeDisplay {
  id: number;
  bounds: Rect;
  workArea: Rect;
  scaleFactor: number;
}

// ------------------------------------------------------------------ state a test can steer

export const fakeState = {
  singleInstanceLock: true,
  singleInstanceData: undefined as unknown,
  idleSeconds: 0,
  cursor: { x: 10, y: 10 },
  displays: [] as FakeDisplay[],
  paths: new Map<string, string>(),
  /** a PlatformKey; a plain Node platform name ('linux', 'win32', 'darwin') is read as X11/Windows/macOS */
  platform: 'linux-x11' as PlatformKey | NodeJS.Platform,
  /** Wayland: whether the compositor grants focus to a window that asks (GNOME: not without a token) */
  waylandGrantsFocus: false,
  notificationsSupported: true,
  darkColors: false,
  quitCalls: 0,
  exitCodes: [] as number[],
  loginItemSettings: [] as unknown[],
  exposed: new Map<string, unknown>(),
  rendererInvokes: [] as { channel: string; args: unknown[] }[],
  /**
   * Windows and macOS: the user's preferred languages as the OS's Language & Region settings list
   * them, in the form Electron returns them (`fr-CA`, `zh-Hans-CN`, `es-419`; Windows may give a
   * bare `fi`, macOS adds the region as a default country: `zh-Hans-FI`).
   */
  systemLanguages: ['en-US'] as string[],
  /**
   * Linux: the locale variables Limber's process was started with. Electron reads them through
   * GLib's g_get_language_names() (LANGUAGE, else LC_ALL, else LC_MESSAGES, else LANG).
   */
  localeEnv: { LANG: 'en_US.UTF-8' } as Partial<Record<'LANGUAGE' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG', string>>,
};

/**
 * What Electron 45's `app.getPreferredSystemLanguages()` returns on Linux for these variables
 * (shell/common/language_util_linux.cc): GLib's g_get_language_names() — the first non-empty of
 * LANGUAGE (a colon-separated list), LC_ALL, LC_MESSAGES, LANG, else "C"; every entry followed by
 * its variants from most to least specific (de_DE.UTF-8, de_DE, de.UTF-8, de), and "C" last —
 * minus "C", each made canonical by Chromium (ICU: the codeset and modifier dropped, `_` → `-`,
 * "C"/"POSIX" → en-US-POSIX). Electron does not remove the duplicates this makes, nor does this.
 */
export function linuxPreferredLanguages(env: Partial<Record<string, string>>): string[] {
  const value = ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'].map((k) => env[k]).find((v) => v !== undefined && v !== '') ?? 'C';
  const names: string[] = [];
  for (const entry of value.split(':')) {
    if (!entry) continue;
    // language[_TERRITORY][.CODESET][@MODIFIER]; variants over every subset, most specific first
    const m = /^([^_.@]*)(_[^.@]*)?(\.[^@]*)?(@.*)?$/.exec(entry);
    if (!m) continue;
    const [, language = '', territory = '', codeset = '', modifier = ''] = m;
    const CODESET = 1;
    const TERRITORY = 2;
    const MODIFIER = 4;
    const mask = (codeset ? CODESET : 0) | (territory ? TERRITORY : 0) | (modifier ? MODIFIER : 0);
    for (let j = 0; j <= mask; j++) {
      const i = mask - j;
      if ((i & ~mask) !== 0) continue;
      names.push(language + (i & TERRITORY ? territory : '') + (i & CODESET ? codeset : '') + (i & MODIFIER ? modifier : ''));
    }
  }
  names.push('C');
  return names.filter((n) => n !== 'C').map(canonicalLocale);
}

/** Chromium's base::i18n::GetCanonicalLocale for a POSIX locale name (ICU uloc_canonicalize, `_` → `-`). */
function canonicalLocale(posix: string): string {
  const bare = posix.replace(/[.@].*$/, '');
  if (/^(c|posix)$/i.test(bare)) return 'en-US-POSIX';
  const [lang = '', ...rest] = bare.split('_');
  return [lang.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

/** What the current fake platform can do (src-main/platform.ts). */
export function caps(): Readonly<Capabilities> {
  return CAPABILITIES[platformOf()];
}

/** The fake's platform as a PlatformKey. */
export function platformOf(): PlatformKey {
  const p = fakeState.platform;
  if (p in CAPABILITIES) return p as PlatformKey;
  return p === 'win32' || p === 'darwin' ? p : 'linux-x11';
}

/** Sets the fake platform (call after resetElectronMock). */
export function setPlatform(key: PlatformKey): void {
  fakeState.platform = key;
}

export function display(id: number, x: number, y: number, width: number, height: number, menuBar = 30): FakeDisplay {
  return { id, bounds: { x, y, width, height }, workArea: { x, y: y + menuBar, width, height: height - menuBar }, scaleFactor: 1 };
}

// ------------------------------------------------------------------ app

type AppApi = Pick<
  Electron.App,
  'getPath' | 'setPath' | 'getVersion' | 'getName' | 'isReady' | 'whenReady' | 'requestSingleInstanceLock' | 'quit' | 'exit' | 'focus' | 'getPreferredSystemLanguages'
>;

class FakeApp extends EventEmitter implements AppApi {
  isPackaged = false;
  readonly commandLine = {
    switches: new Map<string, string>(),
    appendSwitch: (name: string, value = '') => void this.commandLine.switches.set(name, value),
    hasSwitch: (name: string) => this.commandLine.switches.has(name),
    getSwitchValue: (name: string) => this.commandLine.switches.get(name) ?? '',
  };
  private readonly dockApi = { hide: vitestFn(), show: vitestFn(), setIcon: vitestFn() };
  /** macOS only */
  get dock() {
    return caps().dock ? this.dockApi : undefined;
  }
  ready = false;

  getPath(name: string): string {
    const p = fakeState.paths.get(name);
    if (p) return p;
    if (name === 'home') return os.homedir();
    return path.join(os.tmpdir(), 'limber-fake-electron', name);
  }
  setPath(name: string, value: string): void {
    fakeState.paths.set(name, value);
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'Limber';
  }
  getAppPath(): string {
    return process.cwd();
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    this.ready = true;
    return Promise.resolve();
  }
  requestSingleInstanceLock(data?: unknown): boolean {
    fakeState.singleInstanceData = data;
    return fakeState.singleInstanceLock;
  }
  releaseSingleInstanceLock(): void {}
  hasSingleInstanceLock(): boolean {
    return fakeState.singleInstanceLock;
  }
  quit(): void {
    fakeState.quitCalls++;
    this.emit('before-quit', { preventDefault() {} });
  }
  hideCalls = 0;
  focusCalls: unknown[] = [];
  /** macOS only (Electron binds it there alone): undefined elsewhere, so a call throws */
  get hide(): (() => void) | undefined {
    return caps().appHide ? () => void this.hideCalls++ : undefined;
  }
  exit(code = 0): void {
    fakeState.exitCodes.push(code);
  }
  /** macOS and Windows only: undefined on Linux */
  get setLoginItemSettings(): ((settings: Electron.Settings) => void) | undefined {
    return caps().loginItems ? (settings) => void fakeState.loginItemSettings.push(settings) : undefined;
  }
  get getLoginItemSettings(): (() => Electron.LoginItemSettings) | undefined {
    if (!caps().loginItems) return undefined;
    return () => {
      const last = fakeState.loginItemSettings.at(-1) as { openAtLogin?: boolean } | undefined;
      return { openAtLogin: last?.openAtLogin ?? false } as Electron.LoginItemSettings;
    };
  }
  /** the user changes the login item in Task Manager / Login Items */
  userSetsLoginItem(openAtLogin: boolean): void {
    fakeState.loginItemSettings.push({ openAtLogin, byUser: true });
  }
  /** Windows only */
  get setAppUserModelId(): ((id: string) => void) | undefined {
    return caps().appUserModelId ? () => {} : undefined;
  }
  focus(options?: { steal: boolean }): void {
    this.focusCalls.push(options);
  }
  /** Linux: from the locale variables (`fakeState.localeEnv`); Windows, macOS: the OS's list (`fakeState.systemLanguages`). */
  getPreferredSystemLanguages(): string[] {
    const p = platformOf();
    if (p === 'win32' || p === 'darwin') return [...fakeState.systemLanguages];
    return linuxPreferredLanguages(fakeState.localeEnv);
  }
  /** the OS sends 'activate' (macOS: reopened from Finder); nothing elsewhere */
  osActivate(): boolean {
    if (!caps().activateEvent) return false;
    this.emit('activate', {}, false);
    return true;
  }
}

// tiny call recorder (vitest's vi.fn is not importable from a module the factory loads lazily
// without pulling vitest into every import; this keeps the fake dependency-free)
function vitestFn(): Fn & { calls: unknown[][] } {
  const f = ((...args: unknown[]) => {
    f.calls.push(args);
  }) as Fn & { calls: unknown[][] };
  f.calls = [];
  return f;
}

// ------------------------------------------------------------------ images, theme

export class FakeNativeImage {
  template = false;
  constructor(readonly path: string) {}
  isEmpty(): boolean {
    return this.path === '';
  }
  setTemplateImage(on: boolean): void {
    this.template = on;
  }
  isTemplateImage(): boolean {
    return this.template;
  }
  resize(): FakeNativeImage {
    return this;
  }
  getSize(): { width: number; height: number } {
    return { width: 16, height: 16 };
  }
}

const nativeImage = {
  createFromPath: (p: string) => new FakeNativeImage(p),
  createEmpty: () => new FakeNativeImage(''),
};

class FakeNativeTheme extends EventEmitter {
  get shouldUseDarkColors(): boolean {
    return fakeState.darkColors;
  }
}

// ------------------------------------------------------------------ menu & tray

export interface FakeMenuItem {
  id?: string;
  label?: string;
  type: string;
  enabled: boolean;
  checked: boolean;
  visible: boolean;
  submenu?: FakeMenu;
  click: () => void;
  role?: string;
}

export class FakeMenu {
  static built: FakeMenu[] = [];
  readonly items: FakeMenuItem[];
  constructor(template: any[]) {
    this.items = template.map((t) => {
      const item: FakeMenuItem = {
        id: t.id,
        label: t.label,
        role: t.role,
        type: t.type ?? (t.submenu ? 'submenu' : 'normal'),
        enabled: t.enabled ?? true,
        checked: t.checked ?? false,
        visible: t.visible ?? true,
        submenu: t.submenu ? new FakeMenu(t.submenu) : undefined,
        click: () => {
          if (item.type === 'radio') item.checked = true;
          if (item.type === 'checkbox') item.checked = !item.checked;
          t.click?.(item, undefined, {});
        },
      };
      return item;
    });
  }
  getMenuItemById(id: string): FakeMenuItem | null {
    for (const item of this.items) {
      if (item.id === id) return item;
      const sub = item.submenu?.getMenuItemById(id);
      if (sub) return sub;
    }
    return null;
  }
  /** Finds an item by its label (searching submenus); throws when there is none. */
  item(label: string): FakeMenuItem {
    const found = this.find(label);
    if (!found) throw new Error(`no menu item "${label}" in [${this.labels().join(' | ')}]`);
    return found;
  }
  find(label: string): FakeMenuItem | undefined {
    for (const item of this.items) {
      if (item.label === label) return item;
      const sub = item.submenu?.find(label);
      if (sub) return sub;
    }
    return undefined;
  }
  labels(): string[] {
    return this.items.map((i) => (i.type === 'separator' ? '---' : (i.label ?? `(${i.role ?? i.type})`)));
  }
}

const Menu = {
  buildFromTemplate(template: any[]): FakeMenu {
    const menu = new FakeMenu(template);
    FakeMenu.built.push(menu);
    return menu;
  },
  setApplicationMenu: vitestFn(),
};

type TrayApi = Pick<Electron.Tray, 'setToolTip' | 'setTitle' | 'destroy' | 'isDestroyed' | 'popUpContextMenu'>;

export class FakeTray extends EventEmitter implements TrayApi {
  static instances: FakeTray[] = [];
  tooltip = '';
  title = '';
  menu: FakeMenu | null = null;
  destroyed = false;
  /** how often the user saw the context menu open */
  menuOpened = 0;
  constructor(public image: FakeNativeImage | string) {
    super();
    FakeTray.instances.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  /** what the user sees when pointing at the icon ('' where trays show no tooltip) */
  visibleTooltip(): string {
    return caps().trayTooltip ? this.tooltip : '';
  }
  setTitle(text: string): void {
    this.title = text;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.menu = menu;
  }
  setImage(image: FakeNativeImage | string): void {
    this.image = image;
  }
  /** macOS and Windows; a no-op on Linux (Electron's Linux tray does not implement it) */
  popUpContextMenu(): void {
    if (caps().trayPopUp && this.menu) this.menuOpened++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** A left click on the icon, as the platform delivers it (Linux: an SNI activation, as KDE sends it). */
  userClick(): void {
    if (caps().trayLeftClickOpensMenu && this.menu) this.menuOpened++;
    this.emit('click', {}, {}, {});
  }
  /** A right click: the menu opens everywhere; the event only on macOS/Windows. */
  userRightClick(): void {
    if (this.menu) this.menuOpened++;
    if (caps().trayRightClick) this.emit('right-click', {}, {});
  }
  /** The pointer rests on the icon: 'mouse-enter' only on macOS/Windows. */
  userHover(): void {
    if (caps().trayHover) this.emit('mouse-enter', {}, {});
  }
}

// ------------------------------------------------------------------ sessions, web contents, windows

type SessionApi = Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

class FakeSession implements SessionApi {
  permissionRequestHandler: Fn | null = null;
  permissionCheckHandler: Fn | null = null;
  headersListener: Fn | null = null;
  readonly webRequest = {
    onHeadersReceived: (a: unknown, b?: unknown) => {
      this.headersListener = (typeof a === 'function' ? a : b) as Fn;
    },
  };
  setPermissionRequestHandler(fn: Fn | null): void {
    this.permissionRequestHandler = fn;
  }
  setPermissionCheckHandler(fn: Fn | null): void {
    this.permissionCheckHandler = fn;
  }
  setDevicePermissionHandler(): void {}
}

const defaultSession = new FakeSession();
const session = { defaultSession, fromPartition: () => defaultSession };

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: Fn | null = null;
  destroyed = false;
  readonly session = defaultSession;
  readonly mainFrame: { url: string; frameTreeNodeId: number };
  constructor() {
    super();
    const self = this;
    this.mainFrame = {
      get url() {
        return self.url;
      },
      frameTreeNodeId: this.id,
    };
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(fn: Fn): void {
    this.windowOpenHandler = fn;
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return false;
  }
  reload(): void {
    this.emit('reload');
  }
  openDevTools(): void {}
  setAudioMuted(): void {}
  /** what setBackgroundThrottling was last given (null: never called) */
  backgroundThrottling: boolean | null = null;
  setBackgroundThrottling(allowed: boolean): void {
    this.backgroundThrottling = allowed;
  }
}

let nextWindowId = 1;

type WindowApi = Pick<
  Electron.BrowserWindow,
  | 'show' | 'showInactive' | 'hide' | 'focus' | 'blur' | 'isFocused' | 'restore' | 'isMinimized' | 'moveTop' | 'isVisible'
  | 'close' | 'destroy' | 'isDestroyed' | 'getBounds' | 'setPosition' | 'setSize' | 'center' | 'setAlwaysOnTop' | 'isAlwaysOnTop'
  | 'setVisibleOnAllWorkspaces' | 'setFocusable' | 'isFocusable' | 'setSkipTaskbar' | 'setTitle' | 'loadURL'
>;

export class FakeBrowserWindow extends EventEmitter implements WindowApi {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  static fromWebContents(wc: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.webContents === wc && !w.destroyed) ?? null;
  }
  static fromId(id: number): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((w) => w.id === id) ?? null;
  }

  readonly id = nextWindowId++;
  readonly webContents = new FakeWebContents();
  /** every call the shell made, in order, e.g. ['showInactive'], ['setAlwaysOnTop', true, 'screen-saver'] */
  readonly calls: unknown[][] = [];
  visible = false;
  focused = false;
  destroyed = false;
  focusable: boolean;
  /** X11: a window created non-focusable is override-redirect: unmanaged, never focused, not draggable */
  readonly unmanaged: boolean;
  /** a taskbar button is shown (Windows) */
  inTaskbar: boolean;
  /** stacked above other windows when shown (false: below the focused window, as GNOME on Wayland does) */
  raised = false;
  alwaysOnTop: { flag: boolean; level?: string } = { flag: false };
  allWorkspaces: { flag: boolean; options?: unknown } = { flag: false };
  bounds: Rect;
  loaded: { file?: string; url?: string; options?: unknown } | null = null;

  constructor(readonly options: Record<string, any> = {}) {
    super();
    const c = caps();
    this.focusable = options.focusable ?? true;
    this.unmanaged = platformOf() === 'linux-x11' && options.focusable === false;
    // Windows: focusable: false implies skipTaskbar
    this.inTaskbar = c.skipTaskbarToggle ? !(options.skipTaskbar || options.focusable === false) : !options.skipTaskbar;
    this.visible = options.show ?? true;
    this.alwaysOnTop = { flag: c.alwaysOnTop ? (options.alwaysOnTop ?? false) : false };
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.instances.push(this);
  }
  private record(...call: unknown[]): void {
    this.calls.push(call);
  }
  private alive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
  /**
   * Can the window manager give this window the keyboard? Wayland: a window shown by a timer has
   * no activation token and is refused; focus() right after the user's click may be granted.
   */
  private canFocus(byFocusCall = false): boolean {
    if (this.unmanaged || !this.focusable) return false;
    if (platformOf() === 'linux-wayland') return byFocusCall && fakeState.waylandGrantsFocus;
    return true;
  }
  show(): void {
    this.alive();
    this.record('show');
    this.visible = true;
    if (this.canFocus()) this.focused = true;
    this.raised = this.focused || this.alwaysOnTop.flag;
    this.emit('show');
  }
  /** Wayland: not supported — it shows like show() but without focus, below the focused window */
  showInactive(): void {
    this.alive();
    this.record('showInactive');
    this.visible = true;
    this.raised = caps().showInactive && (this.alwaysOnTop.flag || this.unmanaged);
    this.emit('show');
  }
  hide(): void {
    this.alive();
    this.record('hide');
    this.visible = false;
    this.focused = false;
    this.emit('hide');
  }
  focus(): void {
    this.alive();
    this.record('focus');
    if (this.visible && this.canFocus(true)) {
      this.focused = true;
      this.raised = true;
    }
  }
  blur(): void {
    this.focused = false;
  }
  isFocused(): boolean {
    return this.focused;
  }
  restore(): void {
    this.record('restore');
  }
  isMinimized(): boolean {
    return false;
  }
  moveTop(): void {
    this.record('moveTop');
    if (caps().moveTop && this.visible) this.raised = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  close(): void {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /**
   * Wayland: the compositor places windows (x, y are ignored). Windows: moving a hidden window to a
   * display of another scale factor gets its size wrong until bounds are set again once it shows.
   */
  setBounds(b: Partial<Rect>): void {
    this.alive();
    this.record('setBounds', b);
    const next = { ...this.bounds, ...b };
    if (!caps().positioning) {
      next.x = this.bounds.x;
      next.y = this.bounds.y;
    }
    if (platformOf() === 'win32' && !this.visible) {
      const from = fake.screen.getDisplayMatching(this.bounds).scaleFactor;
      const to = fake.screen.getDisplayMatching(next).scaleFactor;
      if (from !== to) {
        next.width = Math.round((next.width * from) / to);
        next.height = Math.round((next.height * from) / to);
      }
    }
    this.bounds = next;
  }
  getBounds(): Rect {
    return { ...this.bounds };
  }
  setPosition(x: number, y: number): void {
    this.setBounds({ x, y });
  }
  setSize(width: number, height: number): void {
    this.setBounds({ width, height });
  }
  center(): void {
    this.record('center');
  }
  /** Wayland: not supported (nothing happens); X11: one "above" state, levels ignored */
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.record('setAlwaysOnTop', flag, level);
    if (!caps().alwaysOnTop) return;
    this.alwaysOnTop = { flag, level: caps().alwaysOnTopLevels ? level : undefined };
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop.flag;
  }
  /** Windows: does nothing; the options exist on macOS only */
  setVisibleOnAllWorkspaces(flag: boolean, options?: Electron.VisibleOnAllWorkspacesOptions): void {
    this.record('setVisibleOnAllWorkspaces', flag, options);
    if (!caps().allWorkspaces) return;
    this.allWorkspaces = { flag, options: caps().allWorkspacesOptions ? options : undefined };
  }
  /** macOS and Windows; a no-op on Linux. Windows: it also brings the taskbar button back. */
  setFocusable(flag: boolean): void {
    this.record('setFocusable', flag);
    if (!caps().focusableToggle) return;
    this.focusable = flag;
    if (!flag) this.focused = false;
    if (platformOf() === 'win32') this.inTaskbar = flag;
  }
  isFocusable(): boolean {
    return this.focusable;
  }
  /** macOS and Windows; a no-op on Linux */
  setSkipTaskbar(flag: boolean): void {
    this.record('setSkipTaskbar', flag);
    if (caps().skipTaskbarToggle) this.inTaskbar = !flag;
  }
  setMenu(): void {}
  setMenuBarVisibility(): void {}
  removeMenu(): void {}
  setTitle(): void {}
  loadFile(file: string, options?: unknown): Promise<void> {
    this.loaded = { file, options };
    const query = (options as { query?: Record<string, string> } | undefined)?.query;
    const search = query ? `?${new URLSearchParams(query).toString()}` : '';
    this.webContents.url = `file://${path.resolve(file)}${search}`;
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded = { url };
    this.webContents.url = url;
    return Promise.resolve();
  }
  /** Windows: the user logs off or shuts down (the window gets these; there is no before-quit) */
  osSessionEnd(): boolean {
    if (!caps().sessionEndEvents) return false;
    const event = { preventDefault() {}, reasons: ['shutdown'] };
    this.emit('query-session-end', event);
    this.emit('session-end', event);
    return true;
  }
}

// ------------------------------------------------------------------ screen, power, notifications

type ScreenApi = Pick<Electron.Screen, 'getCursorScreenPoint'>;

class FakeScreen extends EventEmitter implements ScreenApi {
  /** Wayland: not supported — reads 0,0 */
  getCursorScreenPoint(): { x: number; y: number } {
    return caps().cursorPoint ? { ...fakeState.cursor } : { x: 0, y: 0 };
  }
  getAllDisplays(): FakeDisplay[] {
    return fakeState.displays;
  }
  getPrimaryDisplay(): FakeDisplay {
    return fakeState.displays[0]!;
  }
  getDisplayNearestPoint(p: { x: number; y: number }): FakeDisplay {
    let best = fakeState.displays[0]!;
    let bestD = Infinity;
    for (const d of fakeState.displays) {
      const dx = Math.max(d.bounds.x - p.x, 0, p.x - (d.bounds.x + d.bounds.width - 1));
      const dy = Math.max(d.bounds.y - p.y, 0, p.y - (d.bounds.y + d.bounds.height - 1));
      const dist = dx * dx + dy * dy;
      if (dist < bestD) {
        best = d;
        bestD = dist;
      }
    }
    return best;
  }
  getDisplayMatching(r: Rect): FakeDisplay {
    let best = fakeState.displays[0]!;
    let bestArea = -1;
    for (const d of fakeState.displays) {
      const w = Math.min(r.x + r.width, d.bounds.x + d.bounds.width) - Math.max(r.x, d.bounds.x);
      const h = Math.min(r.y + r.height, d.bounds.y + d.bounds.height) - Math.max(r.y, d.bounds.y);
      const area = w > 0 && h > 0 ? w * h : 0;
      if (area > bestArea) {
        best = d;
        bestArea = area;
      }
    }
    return bestArea > 0 ? best : this.getDisplayNearestPoint({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  }
}

type PowerApi = Pick<Electron.PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'>;

/** powerMonitor event → the capability that says whether the platform sends it */
const POWER_EVENT_CAP: Readonly<Record<string, keyof Capabilities | null>> = {
  suspend: null,
  resume: null,
  'lock-screen': 'lockEvents',
  'unlock-screen': 'lockEvents',
  shutdown: 'shutdownEvent',
};

class FakePowerMonitor extends EventEmitter implements PowerApi {
  idleCalls = 0;
  getSystemIdleTime(): number {
    this.idleCalls++;
    return fakeState.idleSeconds;
  }
  getSystemIdleState(threshold: number): 'active' | 'idle' | 'locked' | 'unknown' {
    return fakeState.idleSeconds >= threshold ? 'idle' : 'active';
  }
  /** The OS sends a power event — only if this platform sends it. Returns whether it was sent. */
  osEmit(name: keyof typeof POWER_EVENT_CAP): boolean {
    const cap = POWER_EVENT_CAP[name];
    if (cap && !caps()[cap]) return false;
    this.emit(name, { preventDefault() {} });
    return true;
  }
}

type NotificationApi = Pick<Electron.Notification, 'show' | 'close'>;

export class FakeNotification extends EventEmitter implements NotificationApi {
  static instances: FakeNotification[] = [];
  static isSupported(): boolean {
    return fakeState.notificationsSupported;
  }
  shown = false;
  closed = false;
  constructor(readonly options: Electron.NotificationConstructorOptions & Record<string, any> = {}) {
    super();
    FakeNotification.instances.push(this);
  }
  show(): void {
    this.shown = true;
    this.emit('show');
  }
  close(): void {
    this.closed = true;
    this.emit('close');
  }
  /** the buttons the user sees (none where Electron shows no notification actions) */
  visibleButtons(): string[] {
    return caps().notificationActions ? (this.options.actions ?? []).map((a: Electron.NotificationAction) => a.text ?? '') : [];
  }
  /** the user presses a button; throws when no such button is shown */
  userAction(index: number): void {
    if (!this.shown) throw new Error('the notification is not shown');
    if (index >= this.visibleButtons().length) throw new Error(`no button ${index} is shown on ${fakeState.platform}`);
    this.emit('action', { actionIndex: index, selectionIndex: -1, preventDefault() {} }, index);
  }
  userClick(): void {
    if (!this.shown) throw new Error('the notification is not shown');
    this.emit('click', { preventDefault() {} });
  }
  /** the OS could not show it: 'failed' only where Electron reports it */
  osFail(error: string): boolean {
    if (!caps().notificationFailed) return false;
    this.emit('failed', { preventDefault() {} }, error);
    return true;
  }
  /** the urgency the desktop applies ('low' goes straight to the GNOME message tray) */
  urgency(): string | undefined {
    return caps().notificationUrgency ? (this.options.urgency ?? 'normal') : undefined;
  }
}

// ------------------------------------------------------------------ protocol

type ProtocolApi = Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'>;

class FakeProtocol implements ProtocolApi {
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  readonly privileged: Electron.CustomScheme[] = [];
  /** Electron: only before `ready`, and only the first call counts */
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (this.privileged.length) throw new Error('registerSchemesAsPrivileged was already called: Electron honours only the first call');
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`The scheme has been registered: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  /** Test helper: a request for `url` as a page would make it. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME ${url}`);
    return handler(new Request(url, init));
  }
}

// ------------------------------------------------------------------ IPC

export interface FakeIpcEvent {
  sender: FakeWebContents | { id: number };
  senderFrame: { url: string } | null;
  returnValue?: unknown;
}

type IpcMainApi = Pick<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler'>;

class FakeIpcMain extends EventEmitter implements IpcMainApi {
  readonly handlers = new Map<string, Fn>();
  handle(channel: string, fn: Fn): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, fn);
  }
  handleOnce(channel: string, fn: Fn): void {
    this.handle(channel, fn);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test helper: calls a handler the way a renderer's `ipcRenderer.invoke` would. */
  async invoke(channel: string, event: FakeIpcEvent, ...args: unknown[]): Promise<unknown> {
    const fn = this.handlers.get(channel);
    if (!fn) throw new Error(`No handler registered for '${channel}'`);
    return fn(event, ...args);
  }
}

/** An IPC event as it would arrive from `win` (its main frame, at its current URL). */
export function ipcEventFrom(win: FakeBrowserWindow, url = win.webContents.url): FakeIpcEvent {
  return { sender: win.webContents, senderFrame: { url } };
}

class FakeIpcRenderer extends EventEmitter {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    fakeState.rendererInvokes.push({ channel, args });
    return Promise.resolve({ channel, args });
  }
  send(channel: string, ...args: unknown[]): void {
    fakeState.rendererInvokes.push({ channel, args });
  }
}

// ------------------------------------------------------------------ the module

const app = new FakeApp();
const nativeTheme = new FakeNativeTheme();
const screen = new FakeScreen();
const powerMonitor = new FakePowerMonitor();
const ipcMain = new FakeIpcMain();
const ipcRenderer = new FakeIpcRenderer();
const protocol = new FakeProtocol();
const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fakeState.exposed.set(key, api);
  },
};
const shell = { openExternal: vitestFn(), openPath: vitestFn(), showItemInFolder: vitestFn() };
const dialog = { showErrorBox: vitestFn(), showMessageBox: vitestFn(), showMessageBoxSync: vitestFn() };

export const fake = {
  app,
  nativeTheme,
  screen,
  powerMonitor,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  shell,
  dialog,
  Menu,
  Tray: FakeTray,
  BrowserWindow: FakeBrowserWindow,
  Notification: FakeNotification,
  nativeImage,
};

/** Puts every fake back to its initial state (one display 1920×1080, idle 0, lock granted). */
export function resetElectronMock(): void {
  Object.assign(fakeState, {
    singleInstanceLock: true,
    singleInstanceData: undefined,
    idleSeconds: 0,
    cursor: { x: 10, y: 10 },
    displays: [display(1, 0, 0, 1920, 1080)],
    paths: new Map<string, string>(),
    platform: 'linux-x11',
    waylandGrantsFocus: false,
    notificationsSupported: true,
    darkColors: false,
    quitCalls: 0,
    exitCodes: [],
    loginItemSettings: [],
    exposed: new Map<string, unknown>(),
    rendererInvokes: [],
    systemLanguages: ['en-US'],
    localeEnv: { LANG: 'en_US.UTF-8' },
  });
  FakeTray.instances.length = 0;
  FakeMenu.built.length = 0;
  FakeBrowserWindow.instances.length = 0;
  FakeNotification.instances.length = 0;
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  protocol.privileged.length = 0;
  app.hideCalls = 0;
  app.ready = false;
  app.focusCalls.length = 0;
  powerMonitor.idleCalls = 0;
  app.isPackaged = false;
  app.commandLine.switches.clear();
  defaultSession.permissionCheckHandler = null;
  defaultSession.permissionRequestHandler = null;
  defaultSession.headersListener = null;
  for (const emitter of [app, nativeTheme, screen, powerMonitor, ipcMain, ipcRenderer]) emitter.removeAllListeners();
}
resetElectronMock();

export function electronMock(): Record<string, unknown> {
  // electron-store does `import electron from 'electron'`, the shell uses named imports: both work
  return { ...fake, default: fake };
}
