// The tray icon: image, tooltip (the status text), the menu from tray-menu.ts (rebuilt when what
// it shows changes) and what a left click does where the platform does not open the menu by itself
// (platform.ts): Windows pops the menu up; on Linux a click is an "activation" (KDE sends it on a
// left click) and Electron cannot open the menu there, so it brings the break window forward while
// a break shows, else opens History (the closest thing to a main window). Owns nothing else.
import path from 'node:path';
import { Menu, nativeImage, nativeTheme, Tray } from 'electron';
import type { StatusView } from './core/bridge';
import { mainText } from './main-words';
import type { Capabilities } from './platform';
import { trayIconFile, trayMenuTemplate, trayStatusLine, type TrayActions } from './tray-menu';

export interface TrayState {
  view: StatusView;
  sitMinutes: number;
  /** wall ms, for the clock times of the status line */
  now: number;
}

type TrayCaps = Pick<Capabilities, 'trayPopUp' | 'trayLeftClickOpensMenu' | 'trayHover' | 'trayRightClick' | 'templateTrayIcon'>;

export class LimberTray {
  private readonly tray: Tray;
  private last: TrayState | null = null;
  private lastKey = '';

  constructor(
    private readonly iconsDir: string,
    private readonly actions: TrayActions,
    /** fresh status for the moment the user looks (hover, click): nothing polls */
    private readonly freshStatus: () => TrayState,
    private readonly caps: TrayCaps,
  ) {
    this.tray = new Tray(this.image(false));
    const refresh = () => this.update(this.freshStatus());
    // where the platform tells us the user is looking, bring the tooltip up to date
    if (caps.trayHover) this.tray.on('mouse-enter', refresh);
    if (caps.trayRightClick) this.tray.on('right-click', refresh);
    this.tray.on('click', () => {
      refresh();
      this.leftClick();
    });
    nativeTheme.on('updated', () => this.last && this.update(this.last, true));
  }

  /** Applies a status: tooltip always, image and menu when they change. */
  update(state: TrayState, force = false): void {
    const { view, sitMinutes } = state;
    this.last = state;
    this.tray.setToolTip(view.tooltip);
    const text = mainText();
    const statusLine = trayStatusLine(view.status, state.now, text);
    // the Quit label stands for the language: a language change rebuilds the menu
    const key = JSON.stringify([view.status.mode, view.status.paused, statusLine, view.today.done, view.today.goal, sitMinutes, nativeTheme.shouldUseDarkColors, text.t('main.tray.quit')]);
    if (key === this.lastKey && !force) return;
    this.lastKey = key;
    this.tray.setImage(this.image(view.status.paused));
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate({ status: view.status, today: view.today, sitMinutes, statusLine }, this.actions, text)));
  }

  destroy(): void {
    this.tray.destroy();
  }

  private leftClick(): void {
    if (this.caps.trayLeftClickOpensMenu) return;
    if (this.caps.trayPopUp) {
      this.tray.popUpContextMenu();
      return;
    }
    const mode = this.last?.view.status.mode;
    if (mode === 'break' || mode === 'routine') this.actions.showBreak();
    else this.actions.openHistory();
  }

  private image(paused: boolean) {
    const file = path.join(this.iconsDir, trayIconFile(this.caps.templateTrayIcon, nativeTheme.shouldUseDarkColors, paused));
    const img = nativeImage.createFromPath(file);
    if (this.caps.templateTrayIcon) img.setTemplateImage(true);
    return img;
  }
}
