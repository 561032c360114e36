// The break window (SPEC §3 rule 5, §5): created hidden at start and reused for every break. It
// appears on the display under the pointer, on top (also over full-screen apps where the platform
// allows), and WITHOUT taking keyboard focus: it is shown non-focusable with showInactive(), so
// keystrokes keep going to the app the user is typing in. When the user clicks it (the preload
// reports the first pointer-down) or picks "Go to the stretch break" in the tray, it becomes
// focusable and takes the keyboard. Hiding makes it non-focusable again for the next break.
//
// Background throttling is ON (Chromium's default) except while a routine runs: hidden all day,
// the page then really is hidden for the Page Visibility API (Electron reports a page with
// throttling off as always visible) and Chromium throttles anything it might run; while the
// routine runs, its one timer and the figure's animation keep their pace even if the OS reports
// the window covered (`npm run bench`: a hidden break page runs no timers and no frames).
import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, Screen } from 'electron';
import { secureWebPreferences } from './security';

export const BREAK_SIZE = { width: 760, height: 620 } as const;
const MARGIN = 24;

export function breakWindowOptions(preload: string, platform: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: BREAK_SIZE.width,
    height: BREAK_SIZE.height,
    minWidth: 420,
    minHeight: 400,
    title: 'Limber — stretch break',
    frame: false,
    // macOS: a floating panel that can sit over full-screen apps without activating Limber
    ...(platform === 'darwin' ? { type: 'panel' } : {}),
    alwaysOnTop: true,
    skipTaskbar: true,
    focusable: false,
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

export function contains(outer: Rectangle, inner: Rectangle): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export interface BreakWindowDeps {
  create(options: BrowserWindowConstructorOptions): BrowserWindow;
  screen: Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint' | 'getDisplayMatching' | 'on'>;
  platform: string;
  preload: string;
  /** hardens and loads the break page into a new window */
  prepare(win: BrowserWindow): void;
}

export class BreakWindow {
  private win: BrowserWindow | null = null;
  private quitting = false;
  private engaged = false;
  private routine = false;

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
    if (this.visible) {
      win.moveTop();
      return;
    }
    const display = this.deps.screen.getDisplayNearestPoint(this.deps.screen.getCursorScreenPoint());
    win.setBounds(centredIn(display.workArea));
    win.setFocusable(false);
    this.engaged = false;
    // 'screen-saver' floats above full-screen apps on macOS and Windows; Linux WMs ignore levels
    if (this.deps.platform === 'linux') win.setAlwaysOnTop(true);
    else win.setAlwaysOnTop(true, 'screen-saver');
    win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    win.showInactive();
  }

  /** The user reached for the window: from now on it may take the keyboard. */
  engage(): void {
    if (!this.visible || this.engaged) return;
    const win = this.window;
    this.engaged = true;
    win.setFocusable(true);
    win.focus();
  }

  hide(): void {
    if (!this.win || this.win.isDestroyed()) return;
    if (this.win.isVisible()) this.win.hide();
    this.win.setFocusable(false);
    this.engaged = false;
    this.routineRunning(false);
  }

  /** Background throttling off while a routine runs, back on when it ends or the window hides. */
  routineRunning(running: boolean): void {
    if (running === this.routine || !this.win || this.win.isDestroyed()) return;
    this.routine = running;
    this.win.webContents.setBackgroundThrottling(!running);
  }

  /** When displays change, a showing window stays on its display, re-centred if it no longer fits. */
  keepOnScreen(): void {
    if (!this.visible) return;
    const win = this.window;
    const bounds = win.getBounds();
    const display = this.deps.screen.getDisplayMatching(bounds);
    if (!contains(display.workArea, bounds)) win.setBounds(centredIn(display.workArea));
  }

  /** For quitting: really close it. */
  destroy(): void {
    this.quitting = true;
    if (this.win && !this.win.isDestroyed()) this.win.destroy();
    this.win = null;
  }

  private ensure(): BrowserWindow {
    if (this.win && !this.win.isDestroyed()) return this.win;
    const win = this.deps.create(breakWindowOptions(this.deps.preload, this.deps.platform));
    this.win = win;
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
    // a crashed page is reloaded; it asks for the current break again
    win.webContents.on('render-process-gone', () => {
      if (!win.isDestroyed()) win.webContents.reload();
    });
    this.deps.prepare(win);
    return win;
  }
}
