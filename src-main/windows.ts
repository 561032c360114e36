// The settings and history windows: opened on demand, reused (brought forward) while open,
// destroyed when closed. Ordinary focusable windows: the user asked for them.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { mainText, type MainTranslate } from './main-words';
import { secureWebPreferences } from './security';

export type PageWindowName = 'settings' | 'history';

export function pageWindowOptions(page: PageWindowName, preload: string, icon?: string, t: MainTranslate = mainText().t): BrowserWindowConstructorOptions {
  const size = page === 'settings' ? { width: 640, height: 720 } : { width: 900, height: 760 };
  return {
    ...size,
    // the taskbar/window-manager icon on Linux and Windows (macOS uses the bundle's)
    ...(icon ? { icon } : {}),
    minWidth: 480,
    minHeight: 480,
    show: false,
    title: t(page === 'settings' ? 'main.window.settings' : 'main.window.history'),
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preload),
  };
}

export interface PageWindowsDeps {
  create(options: BrowserWindowConstructorOptions): BrowserWindow;
  preload: string;
  /** window icon (PNG), where the platform shows one */
  icon?: string;
  /** hardens and loads the page into a new window */
  prepare(win: BrowserWindow, page: PageWindowName): void;
  /** brings the app forward (macOS: an LSUIElement app must activate itself) */
  activateApp(): void;
}

export class PageWindows {
  private readonly open = new Map<PageWindowName, BrowserWindow>();

  constructor(private readonly deps: PageWindowsDeps) {}

  /** Opens the page's window, or brings the open one forward. */
  show(page: PageWindowName): BrowserWindow {
    this.deps.activateApp();
    const existing = this.get(page);
    if (existing) {
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return existing;
    }
    const win = this.deps.create(pageWindowOptions(page, this.deps.preload, this.deps.icon));
    this.open.set(page, win);
    win.once('ready-to-show', () => {
      if (!win.isDestroyed()) win.show();
    });
    win.on('closed', () => {
      if (this.open.get(page) === win) this.open.delete(page);
    });
    this.deps.prepare(win, page);
    return win;
  }

  get(page: PageWindowName): BrowserWindow | null {
    const win = this.open.get(page);
    return win && !win.isDestroyed() ? win : null;
  }

  all(): BrowserWindow[] {
    return [...this.open.values()].filter((w) => !w.isDestroyed());
  }

  closeAll(): void {
    for (const w of this.all()) w.destroy();
    this.open.clear();
  }
}
