// Puts the app together once Electron is ready: the LimberApp facade with real ports (clocks,
// powerMonitor idle time, the settings file, the history file), one wake timer, the tray, the
// break window, the settings/history windows, the heads-up, IPC. Wiring only: every decision is
// the core's, every piece lives in its own module. main.ts owns the process lifecycle.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, protocol, screen, session, type WebContents } from 'electron';
import { sampleIdle, StuckIdleDetector, watchActivity } from './activity';
import { pageHandler, SCHEME } from './app-protocol';
import { applyOpenAtLogin, openAtLoginState } from './autostart';
import type { BuiltPaths } from './app-paths';
import { BreakFlow } from './break-flow';
import { BreakWindow } from './break-window';
import type { CliCommand } from './cli';
import { systemClock, type Clock } from './clock';
import { LimberApp, saveFailedText } from './core/app';
import type { LimberApi } from './core/bridge';
import { EXERCISE_IDS } from './core/catalog';
import type { Decision, SchedulerInput } from './core/scheduler';
import { csvHeaders, exportHistory, localDate, spreadsheetSeparator } from './history-export';
import { HistoryFile } from './history-port';
import { registerIpc, sendEvent } from './ipc';
import { followMainLocale } from './locale';
import { HeadsUp } from './notifications';
import { isOwnPage, pageUrl, type PageName, type PageSource } from './pages';
import { capabilitiesOf, platformKey, type Capabilities, type PlatformKey } from './platform';
import { hardenContents, hardenSession } from './security';
import { SettingsStore } from './settings-store';
import { LimberTray } from './tray';
import { WakeTimer, type TimerApi } from './wake-timer';
import { createDetectors, type BusyDetectors } from './detectors';
import { noIdleNote, watchSessionLock } from './session-lock';
import { PageWindows } from './windows';
import { notNowText } from './core/status-text';
import { onMainLocaleChange } from './i18n';
import { mainText, setRegionalLocale } from './main-words';

export interface ShellOptions {
  userData: string;
  paths: BuiltPaths;
  devServer: string | null;
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  /** the process arguments (an --ozone-platform switch decides X11 or Wayland) */
  argv?: readonly string[];
  packaged: boolean;
  execPath: string;
  home: string;
  clock?: Clock;
  timers?: TimerApi;
  random?: () => number;
  log?: (message: string) => void;
  /** the busy detectors; default: this platform's (src-main/detectors) */
  busy?: BusyDetectors;
}

export interface Shell {
  readonly limber: LimberApp;
  readonly breakWindow: BreakWindow;
  readonly pages: PageWindows;
  readonly tray: LimberTray;
  readonly timer: WakeTimer;
  readonly settingsFile: string;
  readonly platform: PlatformKey;
  readonly caps: Readonly<Capabilities>;
  /** a command from the command line (first launch or a second instance) */
  run(command: CliCommand): void;
  /** shutdown or log-off is coming: write what is pending and stop guarding the break window's close */
  endSession(why: string): void;
  dispose(): void;
}

/** electron-store answers this channel for any renderer (its `initRenderer` support); Limber's pages never use it. */
export const STORE_CHANNEL = 'electron-store-get-data';

/** Told once when the idle time looks stuck (Wayland); whether locking helps depends on the lock sources found. */
export const WAYLAND_NOTE = noIdleNote;

export function startShell(o: ShellOptions): Shell {
  const log = o.log ?? ((m: string) => console.log(`[limber] ${m}`));
  const platform = platformKey(o.platform, o.env, o.argv ?? []);
  const caps = capabilitiesOf(platform);
  const clock = o.clock ?? systemClock();
  const src: PageSource = { rendererDir: o.paths.rendererDir, devServer: o.devServer };
  // clock times in the system's regional format where it is a variant of the message language
  try {
    setRegionalLocale(app.getSystemLocale?.());
  } catch {
    // before \`ready\`, or an API this platform lacks: English times stay 24-hour
  }
  const tell = (title: string, body: string) => {
    log(`${title}: ${body}`);
    if (Notification.isSupported()) new Notification({ title, body }).show();
  };

  hardenSession(session.defaultSession, o.devServer);
  // the pages, from the renderer build (inside app.asar when packaged): limber://app/…
  protocol.handle(SCHEME, pageHandler(o.paths.rendererDir));

  // ---------------------------------------------------------------- the app and its ports
  const history = new HistoryFile(o.userData, (m) => tell(mainText().t('main.notice.historyTitle'), m));
  const store = SettingsStore.open({ dir: o.userData, knownExercises: EXERCISE_IDS });
  // electron-store registered an IPC listener that hands any renderer the data folder and version,
  // with no sender check; nothing of ours uses it, so it is removed (it is registered only once)
  ipcMain.removeAllListeners(STORE_CHANNEL);
  let lockSources: string[] = []; // what tells Limber about screen locks here (Linux), once known
  const stuckIdle = new StuckIdleDetector(platform === 'linux-wayland');
  const idleSeconds = () => {
    const s = sampleIdle(powerMonitor);
    if (stuckIdle.sample(s, clock.mono())) tell(mainText().t('main.notice.awayTitle'), WAYLAND_NOTE(lockSources));
    return s;
  };
  // busy detectors (SPEC §3.12), asked by the core at its decision moments only
  const busy = o.busy ?? createDetectors({ platform: o.platform, env: o.env, ownPids: new Set([process.pid]), execPath: o.execPath, log, words: () => mainText().t });
  const limber = new LimberApp({ now: () => clock.now(), idleSeconds, random: o.random ?? Math.random, settings: store, history, busy, text: mainText });
  // Linux has no lock-screen events: the session's lock state comes from D-Bus and the idle state
  const lockWatch = watchSessionLock(caps.lockEvents, { env: o.env, power: powerMonitor, onInput: (i) => limber.input(i), log });
  void lockWatch?.ready.then((used) => {
    lockSources = used;
    log(`screen lock: ${used.length ? used.join('; ') : 'no source on this desktop'}`);
  });
  const timer = new WakeTimer(
    () => clock.mono(),
    () => {
      lockWatch?.poll();
      limber.wake();
    },
    o.timers,
  );

  // ---------------------------------------------------------------- windows
  const load = (win: BrowserWindow, page: PageName) => {
    hardenContents(win.webContents);
    const loading = win.loadURL(pageUrl(src, page));
    loading.catch((err: Error) => log(`could not load the ${page} page: ${err.message}`));
  };
  let endSession = (_why: string) => {};
  const breakWindow = new BreakWindow({
    create: (options) => new BrowserWindow(options),
    screen,
    caps,
    preload: o.paths.preload,
    prepare: (win) => {
      load(win, 'break');
      // Windows sends no before-quit at log-off or shutdown; these come to every window instead
      if (caps.sessionEndEvents) {
        win.on('query-session-end', () => history.log.retry());
        win.on('session-end', () => endSession('the session is ending'));
      }
    },
    // macOS: after the break had the keyboard, hand it back to the app the user was in
    hiddenAfterFocus: () => {
      if (caps.appHide && !pages.all().some((w) => w.isVisible())) app.hide();
    },
    log,
  });
  const pages = new PageWindows({
    create: (options) => new BrowserWindow(options),
    preload: o.paths.preload,
    ...(caps.windowIcon ? { icon: path.join(o.paths.iconsDir, 'icon-256.png') } : {}),
    prepare: (win, page) => load(win, page),
    activateApp: () => {
      // macOS: an LSUIElement app must activate itself for its window to come forward
      if (caps.appHide) app.focus({ steal: true });
    },
  });
  const allContents = (): WebContents[] => [breakWindow.window.webContents, ...pages.all().map((w) => w.webContents)];

  // ---------------------------------------------------------------- actions
  /** Feeds an input; a refused action is told to the user (it came from the tray or the CLI). */
  const act = (input: SchedulerInput): Decision => {
    const d = limber.input(input);
    for (const e of d.effects) if (e.type === 'log' && e.event.event === 'ignored') tell(mainText().t('main.notice.title'), notNowText(mainText().t, e.event.reason));
    return d;
  };
  const headsUp = new HeadsUp({
    create: (options) => new Notification(options),
    supported: () => Notification.isSupported(),
    caps,
    startNow: () => act({ type: 'stretch-now' }),
    openBreak: () => {
      breakWindow.show();
      breakWindow.engage();
      headsUp.closeNotice();
    },
    log,
  });

  const flow = new BreakFlow({
    show: () => {
      const appearing = !breakWindow.visible;
      breakWindow.show();
      // Wayland: a window shown without focus may sit under the focused one, unseen
      if (appearing && !caps.inactiveWindowIsSeen) headsUp.announceBreak();
    },
    hide: () => {
      breakWindow.hide();
      headsUp.closeNotice();
    },
    takeHeadsUpSnooze: (wall) => headsUp.takeSnooze(wall),
    closeHeadsUp: () => headsUp.close(),
    wallNow: () => clock.now().wall,
    getBreak: () => limber.getBreak(),
    breakAction: (action) => limber.breakAction(action),
    defer: queueMicrotask,
    routineRunning: (running) => breakWindow.routineRunning(running),
  });
  const api: LimberApi = {
    getBreak: () => limber.getBreak(),
    breakAction: (action) => flow.breakAction(action),
    closeBreak: () => flow.closeBreak(),
    getStatus: () => limber.getStatus(),
    getSettings: () => limber.getSettings(),
    updateSettings: (patch) => limber.updateSettings(patch),
    restoreDefaults: () => limber.restoreDefaults(),
    setExcluded: (req) => limber.setExcluded(req),
    completeFirstRun: (patch) => limber.completeFirstRun(patch),
    getCatalog: () => limber.getCatalog(),
    getSafetyNotes: () => limber.getSafetyNotes(),
    getDetectors: () => limber.getDetectors(),
    // a page asks before its first render: while a new language loads, it waits for it
    getLocale: () => locale.settled().then(() => limber.getLocale()),
    previewRoutine: () => limber.previewRoutine(),
    getHistory: () => limber.getHistory(),
    openWindow: async (which) => void pages.show(which),
    exportHistory: (kind) =>
      exportHistory(kind, {
        showSaveDialog: (options) => {
          const parent = pages.get('history');
          return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
        },
        exportCsv: (dest) => history.log.exportCsv(dest, { separator: spreadsheetSeparator(app), headers: csvHeaders() }),
        exportRaw: (dest) => history.log.exportRaw(dest),
        defaultDir: safePath('documents') ?? o.home,
        today: localDate(clock.now().wall),
      }),
  };

  const tray = new LimberTray(
    o.paths.iconsDir,
    {
      stretchNow: () => act({ type: 'stretch-now' }),
      showBreak: () => {
        breakWindow.show();
        breakWindow.engage();
      },
      pause: (request) => act({ type: 'pause', ...request }),
      resume: () => act({ type: 'resume-breaks' }),
      setSitMinutes: (minutes) => {
        void limber.updateSettings({ sitMinutes: minutes }).then(
          (r) => {
            // a choice from the menu is valid: a refusal here is a failed save, worded by the app
            if (!r.ok) tell(mainText().t('main.notice.title'), r.errors.join('; '));
          },
          (err: unknown) => tell(mainText().t('main.notice.title'), saveFailedText(mainText().t, err)),
        );
      },
      openHistory: () => pages.show('history'),
      openSettings: () => pages.show('settings'),
      quit: () => app.quit(),
    },
    () => ({ view: limber.statusView(), sitMinutes: limber.settings.sitMinutes, now: clock.now().wall }),
    caps,
  );

  // a new language: the tray's tooltip, status line and menu are worded again at once
  const stopLocaleWatch = onMainLocaleChange(() => {
    tray.update({ view: limber.statusView(), sitMinutes: limber.settings.sitMinutes, now: clock.now().wall }, true);
  });

  // ---------------------------------------------------------------- app events → shell
  limber.on('status', (view) => {
    timer.arm(limber.wakeAt);
    tray.update({ view, sitMinutes: limber.settings.sitMinutes, now: clock.now().wall });
    for (const wc of allContents()) sendEvent(wc, 'status', view);
  });
  limber.on('break', (view) => {
    sendEvent(breakWindow.window.webContents, 'break', view);
    flow.onBreak(view);
  });
  // the quiet prompt of a break waiting for a pause in typing (SPEC §3.5). When the break itself
  // appears, the core ends the prompt and shows the break in one decision: the prompt is hidden a
  // moment later only if no break took the window meanwhile, so the window grows, never flickers.
  limber.on('prompt', (p) => {
    if (p) breakWindow.showPrompt();
    else queueMicrotask(() => breakWindow.hidePrompt());
  });
  limber.on('warn', ({ dueAt, heldBy }) => headsUp.show(dueAt, clock.now().wall, heldBy));
  // "open at login": the OS state is the user's. It is read once here; the login item / autostart
  // file is written only when the setting changes from it, never re-applied at start.
  const autostartDeps = { loginItems: caps.loginItems, packaged: o.packaged, app, env: o.env, home: o.home, execPath: o.execPath };
  const osOpenAtLogin = openAtLoginState(autostartDeps);
  let openAtLogin: boolean = osOpenAtLogin ?? limber.settings.openAtLogin;
  const autostart = (enabled: boolean) => {
    if (enabled === openAtLogin) return;
    openAtLogin = enabled;
    const r = applyOpenAtLogin(enabled, autostartDeps);
    if (!r.ok) tell(mainText().t('main.notice.openAtLoginTitle'), r.reason);
  };
  limber.on('settings', (view) => {
    for (const wc of allContents()) sendEvent(wc, 'settings', view);
    autostart(view.settings.openAtLogin);
  });
  limber.on('history', () => sendEvent(pages.get('history')?.webContents, 'history', null));
  // the language (setting, or the OS's at start): every window, the hidden break window too,
  // switches at once; the break window gets the current break again with its texts in the new
  // language (straight to the page: a `break` event through the flow would show the window)
  limber.on('locale', (tag) => {
    for (const wc of allContents()) sendEvent(wc, 'locale', tag);
    void limber.getBreak().then((view) => {
      if (view) sendEvent(breakWindow.window.webContents, 'break', view);
    });
    // (the tray is worded again by onMainLocaleChange above, once the main messages are in)
  });
  const locale = followMainLocale({ limber, preferredSystemLanguages: () => app.getPreferredSystemLanguages(), log });

  const stopActivity = watchActivity(powerMonitor, (input) => limber.input(input));
  // Linux and macOS: the system is about to shut down or reboot
  const onShutdown = () => endSession('the system is shutting down');
  if (caps.shutdownEvent) powerMonitor.on('shutdown', onShutdown);
  // macOS: Limber opened again from Finder or Spotlight while running (it has no Dock icon)
  const onActivate = () => pages.show('settings');
  if (caps.activateEvent) app.on('activate', onActivate);
  const unregister = registerIpc({
    ipcMain,
    api,
    isOurContents: (wc) => allContents().includes(wc),
    isOwnPage: (url) => isOwnPage(src, url),
    onEngage: (wc) => {
      if (wc !== breakWindow.window.webContents) return;
      breakWindow.engage();
      headsUp.closeNotice();
    },
    onRefused: (method, reason) => log(`refused ${method}: ${reason}`),
    words: () => mainText().t,
  });

  endSession = (why: string) => {
    log(`${why}: saving the history and letting windows close`);
    breakWindow.releaseForQuit();
    history.log.retry();
    app.quit();
  };

  // ---------------------------------------------------------------- first state
  timer.arm(limber.wakeAt);
  tray.update({ view: limber.statusView(), sitMinutes: limber.settings.sitMinutes, now: clock.now().wall });
  const firstRun = !store.load().firstRunDone;
  if (osOpenAtLogin !== null && osOpenAtLogin !== limber.settings.openAtLogin && !firstRun) {
    // the user changed it outside Limber (Task Manager, Login Items, the autostart file): adopt it
    log(`open at login is ${osOpenAtLogin ? 'on' : 'off'} in the system; the setting follows it`);
    void limber.updateSettings({ openAtLogin: osOpenAtLogin });
  }
  if (store.notice) {
    log(store.notice);
    const { t } = mainText();
    void dialog
      .showMessageBox({ type: 'warning', title: t('main.dialog.settingsTitle'), message: t('main.dialog.settingsMessage'), detail: store.notice, buttons: [t('main.dialog.ok')] })
      .catch(() => tell(t('main.dialog.settingsTitle'), store.notice!));
  }
  if (firstRun) pages.show('settings');

  function safePath(name: 'documents'): string | null {
    try {
      return app.getPath(name);
    } catch {
      return null;
    }
  }

  return {
    limber,
    breakWindow,
    pages,
    tray,
    timer,
    settingsFile: store.file,
    platform,
    caps,
    endSession: (why) => endSession(why),
    run(command: CliCommand): void {
      switch (command.type) {
        case 'pause':
          act('minutes' in command ? { type: 'pause', minutes: command.minutes } : { type: 'pause', until: command.until });
          return;
        case 'resume':
          act({ type: 'resume-breaks' });
          return;
        case 'stretch-now':
          act({ type: 'stretch-now' });
          return;
        case 'settings':
        case 'history':
          pages.show(command.type);
          return;
        case 'none':
          tell(mainText().t('main.notice.alreadyRunningTitle'), mainText().t('main.notice.alreadyRunningBody'));
          return;
        case 'help':
          return;
      }
    },
    dispose(): void {
      history.log.retry(); // last chance for events kept in memory while the log could not be written
      history.log.flushSummary(); // so the next start reads the summary, not today's lines again
      timer.cancel();
      stopActivity();
      locale.dispose();
      lockWatch?.dispose();
      busy.dispose();
      powerMonitor.removeListener('shutdown', onShutdown);
      app.removeListener('activate', onActivate);
      protocol.unhandle(SCHEME);
      unregister();
      headsUp.close();
      breakWindow.destroy();
      pages.closeAll();
      stopLocaleWatch();
      tray.destroy();
    },
  };
}
