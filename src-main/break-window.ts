// The break window (SPEC §3 rule 5, §5): created hidden at start and reused for every break. It
// appears on the display under the pointer, on top (also over full-screen apps where the platform
// allows), and WITHOUT taking keyboard focus, so keystrokes keep going to the app the user is typing
// in. When the user clicks it (the preload reports the first pointer-down) or picks "Go to the
// stretch break" in the tray, it takes the keyboard. How is per platform (platform.ts):
//   macOS, Windows: created non-focusable, setFocusable(true) + focus() when engaged;
//   Linux X11: setFocusable does nothing there, and a window created non-focusable is
//     override-redirect (unmanaged: never gets the keyboard, cannot be dragged), so it is created
//     focusable and shown with showInactive() + always-on-top; engaging just focuses it;
//   Linux Wayland: no always-on-top, no positioning, no pointer position and no showInactive(); it
//     is shown normally on the primary display and announced with a notification (shell.ts).
//
// Background throttling is ON (Chromium's default) except while a routine runs: hidden all day,
// the page then really is hidden for the Page Visibility API (Electron reports a page with
// throttling off as always visible) and Chromium throttles anything it might run; while the
// routine runs, its one timer and the figure's animation keep their pace even if the OS reports
// the window covered (`npm run bench`: a hidden break page runs no timers and no frames).
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, Screen } from 'electron';
import type { Capabilities } from './platform';
import { mainText, type MainTranslate } from './main-words';
import { secureWebPreferences } from './security';

export const BREAK_SIZE = { width: 760, height: 620 } as const;
/** The quiet prompt of a break that waits for a pause in typing (SPEC §3.5): the same window, small. */
export const PROMPT_SIZE = { width: 420, height: 96 } as const;
const MARGIN = 24;

export function breakWindowOptions(
  preload: string,
  caps: Pick<Capabilities, 'focusableToggle' | 'panelWindow'>,
  t: MainTranslate = mainText().t,
): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: BREAK_SIZE.width,
    height: BREAK_SIZE.height,
    minWidth: 420,
    minHeight: 400,
    title: t('main.window.break'),
    frame: false,
    // macOS: a floating panel that can sit over full-screen apps without activating Limber
    ...(caps.panelWindow ? { type: 'panel' } : {}),
    alwaysOnTop: true,
    skipTaskbar: true,
    // non-focusable only where it can be made focusable later (see the top of this file)
    focusable: !caps.focusableToggle,
    // the first click on the inactive window already presses the button under the pointer
    acceptFirstMouse: true,
    fullscreenable: false,
    minimizable: false,
    maximizable: false,
    resizable: true,
    autoHideMenuBar: true,
    webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: true },
  };
}

/** Centred in `workArea`, shrunk (keeping a margin) when the area is smaller than the window. */
export function centredIn(workArea: Rectangle, size: { width: number; height: number } = BREAK_SIZE): Rectangle {
  const width = Math.max(1, Math.min(size.width, workArea.width - 2 * MARGIN));
  const height = Math.max(1, Math.min(size.height, workArea.height - 2 * MARGIN));
  return {
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    width,
    height,
  };
}

/** The bottom-right corner of `workArea` (where notifications sit on most desktops), with a margin. */
export function cornerOf(workArea: Rectangle, size: { width: number; height: number } = PROMPT_SIZE): Rectangle {
  const width = Math.max(1, Math.min(size.width, workArea.width - 2 * MARGIN));
  const height = Math.max(1, Math.min(size.height, workArea.height - 2 * MARGIN));
  return {
    x: Math.round(workArea.x + workArea.width - width - MARGIN),
    y: Math.round(workArea.y + workArea.height - height - MARGIN),
    width,
    height,
  };
}

export function contains(outer: Rectangle, inner: Rectangle): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export interface BreakWindowDeps {
  create(options: BrowserWindowConstructorOptions): BrowserWindow;
  screen: Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getDisplayMatching' | 'getPrimaryDisplay' | 'on'>;
  caps: Capabilities;
  preload: string;
  /** hardens and loads the break page into a new window */
  prepare(win: BrowserWindow): void;
  /** the window was hidden after it had taken the keyboard (macOS: give focus back to the previous app) */
  hiddenAfterFocus?(): void;
  /** runs `fn` after `ms` (crash reload back-off); defaults to setTimeout */
  later?(fn: () => void, ms: number): void;
  /** monotonic ms, for the back-off; defaults to performance.now() */
  now?(): number;
  log?(message: string): void;
}

/** Delay before reloading after the n-th crash in a row (1 s, 2 s, 4 s … at most 5 min). */
export function crashReloadDelay(crashesInARow: number): number {
  return Math.min(1000 * 2 ** Math.max(0, crashesInARow - 1), 5 * 60_000);
}
/** A page that has stayed up this long resets the back-off. */
const STABLE_MS = 10 * 60_000;

export class BreakWindow {
  private win: BrowserWindow | null = null;
  private quitting = false;
  private engaged = false;
  private routine = false;
  private shownScale: number | null = null;
  private crashes = 0;
  private lastCrashAt = -Infinity;
  private reloadPending = false;
  /** what the visible window shows: a break (or its end view), or the quiet prompt */
  private mode: 'break' | 'prompt' | null = null;

  constructor(private readonly deps: BreakWindowDeps) {
    this.ensure();
    const follow = () => this.keepOnScreen();
    for (const e of ['display-added', 'display-removed', 'display-metrics-changed'] as const) deps.screen.on(e as 'display-added', follow);
  }

  /** The window (created again if something destroyed it). */
  get window(): BrowserWindow {
    return this.ensure();
  }

  get visible(): boolean {
    return this.win !== null && !this.win.isDestroyed() && this.win.isVisible();
  }

  /** Shows the break on the display under the pointer, on top, without taking focus. */
  show(): void {
    const win = this.ensure();
    const caps = this.deps.caps;
    if (this.visible && this.mode !== 'prompt') {
      if (caps.moveTop) win.moveTop();
      return;
    }
    // from the prompt the window grows where it is shown: the display it is on
    const display =
      this.visible && this.mode === 'prompt'
        ? this.deps.screen.getDisplayMatching(win.getBounds())
        : caps.cursorPoint
          ? this.deps.screen.getDisplayNearestPoint(this.deps.screen.getCursorScreenPoint())
          : this.deps.screen.getPrimaryDisplay();
    this.mode = 'break';
    this.present(win, display, centredIn(display.workArea));
  }

  /** Whether this desktop can show the quiet prompt without taking the keyboard from the user's app. */
  get canPrompt(): boolean {
    return this.deps.caps.showInactive && this.deps.caps.positioning;
  }

  /**
   * The quiet prompt (SPEC §3.5): the window, small, in the bottom-right corner of the display under
   * the pointer, on top and WITHOUT focus — the user is typing. Never over a break that is up. Where
   * a window cannot be shown without taking the keyboard (Wayland) there is no prompt: the break
   * simply appears at the pause.
   */
  showPrompt(): void {
    if (!this.canPrompt || (this.visible && this.mode !== 'prompt')) return;
    const win = this.ensure();
    const display = this.deps.caps.cursorPoint
      ? this.deps.screen.getDisplayNearestPoint(this.deps.screen.getCursorScreenPoint())
      : this.deps.screen.getPrimaryDisplay();
    this.mode = 'prompt';
    this.present(win, display, cornerOf(display.workArea));
  }

  /** The prompt went away (the break appeared, or the user walked off): hide it, never a break. */
  hidePrompt(): void {
    if (this.mode === 'prompt') this.hide();
  }

  /** Places and shows the window without taking focus (the break or the prompt). */
  private present(win: BrowserWindow, display: { scaleFactor: number }, bounds: Rectangle): void {
    const caps = this.deps.caps;
    const wasVisible = this.visible;
    win.setBounds(bounds);
    // growing from the prompt keeps what the user's click gave it (the keyboard, if they clicked)
    if (!wasVisible) {
      this.engaged = false;
      if (caps.focusableToggle) {
        win.setFocusable(false);
        // Windows: toggling focusable brings the taskbar button back
        if (caps.skipTaskbarToggle) win.setSkipTaskbar(true);
      }
    }
    // 'screen-saver' floats above full-screen apps on macOS and Windows; X11 WMs know one "above"
    if (caps.alwaysOnTop) {
      if (caps.alwaysOnTopLevels) win.setAlwaysOnTop(true, 'screen-saver');
      else win.setAlwaysOnTop(true);
    }
    if (caps.allWorkspaces) {
      // macOS: without skipTransformProcessType every show turns Limber into a foreground app and back
      if (caps.allWorkspacesOptions) win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true, skipTransformProcessType: true });
      else win.setVisibleOnAllWorkspaces(true);
    }
    if (!wasVisible) {
      if (caps.showInactive) win.showInactive();
      else win.show();
    }
    // a reused window moved to a display of another scale gets its size wrong from setBounds
    // alone (Windows); setting the same bounds once it is there puts it right
    if (this.shownScale !== null && this.shownScale !== display.scaleFactor) win.setBounds(bounds);
    this.shownScale = display.scaleFactor;
  }

  /** The user reached for the window: from now on it may take the keyboard. */
  engage(): void {
    if (!this.visible || this.engaged) return;
    const win = this.window;
    const caps = this.deps.caps;
    this.engaged = true;
    if (caps.focusableToggle) {
      win.setFocusable(true);
      if (caps.skipTaskbarToggle) win.setSkipTaskbar(true);
    }
    if (!caps.showInactive) win.show();
    win.focus();
  }

  hide(): void {
    if (!this.win || this.win.isDestroyed()) return;
    const hadFocus = this.engaged || this.win.isFocused();
    if (this.win.isVisible()) this.win.hide();
    if (this.deps.caps.focusableToggle) this.win.setFocusable(false);
    this.engaged = false;
    this.mode = null;
    this.routineRunning(false);
    if (hadFocus) this.deps.hiddenAfterFocus?.();
  }

  /** Background throttling off while a routine runs, back on when it ends or the window hides. */
  routineRunning(running: boolean): void {
    if (running === this.routine || !this.win || this.win.isDestroyed()) return;
    this.routine = running;
    this.win.webContents.setBackgroundThrottling(!running);
  }

  /** When displays change, a showing window stays on its display, re-centred if it no longer fits. */
  keepOnScreen(): void {
    if (!this.visible || !this.deps.caps.positioning) return;
    const win = this.window;
    const bounds = win.getBounds();
    const display = this.deps.screen.getDisplayMatching(bounds);
    if (!contains(display.workArea, bounds)) win.setBounds(centredIn(display.workArea));
  }

  /** Shutdown, log-off or quit: closing must not be refused any more (the close guard is off). */
  releaseForQuit(): void {
    this.quitting = true;
  }

  /** For quitting: really close it. */
  destroy(): void {
    this.quitting = true;
    if (this.win && !this.win.isDestroyed()) this.win.destroy();
    this.win = null;
  }

  private ensure(): BrowserWindow {
    if (this.win && !this.win.isDestroyed()) return this.win;
    const win = this.deps.create(breakWindowOptions(this.deps.preload, this.deps.caps));
    this.win = win;
    this.shownScale = null;
    // closing (Alt+F4, ⌘W) only hides it: the same window serves the next break
    win.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      this.hide();
    });
    win.on('closed', () => {
      if (this.win === win) {
        this.win = null;
        this.routine = false;
      }
    });
    // a crashed page is reloaded (it asks for the current break again), with a growing delay
    // when it keeps crashing, so a page that dies at once does not spin a core
    win.webContents.on('render-process-gone', (_event, details) => {
      const now = (this.deps.now ?? (() => performance.now()))();
      if (now - this.lastCrashAt > STABLE_MS) this.crashes = 0;
      this.lastCrashAt = now;
      this.crashes++;
      const delay = crashReloadDelay(this.crashes);
      this.deps.log?.(`the break page is gone (${details?.reason ?? 'unknown'}); reloading in ${delay / 1000} s`);
      if (this.reloadPending) return;
      this.reloadPending = true;
      (this.deps.later ?? ((fn, ms) => void setTimeout(fn, ms)))(() => {
        this.reloadPending = false;
        if (!win.isDestroyed()) win.webContents.reload();
      }, delay);
    });
    this.deps.prepare(win);
    return win;
  }
}
