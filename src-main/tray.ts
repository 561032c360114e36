// The tray icon: image, tooltip (the status text) and the menu from tray-menu.ts, rebuilt on
// every status change. Owns nothing else.
import path from 'node:path';
import { Menu, nativeImage, nativeTheme, Tray } from 'electron';
import type { StatusView } from './core/bridge';
import { trayIconFile, trayMenuTemplate, type TrayActions } from './tray-menu';

export class LimberTray {
  private readonly tray: Tray;
  private last: { view: StatusView; sitMinutes: number } | null = null;
  private lastKey = '';

  constructor(
    private readonly iconsDir: string,
    private readonly actions: TrayActions,
    /** fresh status for the moment the user looks (hover, click): nothing polls */
    private readonly freshStatus: () => { view: StatusView; sitMinutes: number },
  ) {
    this.tray = new Tray(this.image(false));
    const refresh = () => this.update(this.freshStatus());
    // where the platform tells us the user is looking, bring the tooltip up to date
    this.tray.on('mouse-enter', refresh);
    this.tray.on('click', refresh);
    this.tray.on('right-click', refresh);
    nativeTheme.on('updated', () => this.last && this.update(this.last, true));
  }

  /** Applies a status: tooltip always, image and menu when they change. */
  update(state: { view: StatusView; sitMinutes: number }, force = false): void {
    const { view, sitMinutes } = state;
    this.last = state;
    this.tray.setToolTip(view.tooltip);
    const key = JSON.stringify([view.status.mode, view.status.paused, view.today.done, view.today.goal, sitMinutes, nativeTheme.shouldUseDarkColors]);
    if (key === this.lastKey && !force) return;
    this.lastKey = key;
    this.tray.setImage(this.image(view.status.paused));
    this.tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate({ status: view.status, today: view.today, sitMinutes }, this.actions)));
  }

  destroy(): void {
    this.tray.destroy();
  }

  private image(paused: boolean) {
    const file = path.join(this.iconsDir, trayIconFile(process.platform, nativeTheme.shouldUseDarkColors, paused));
    const img = nativeImage.createFromPath(file);
    if (process.platform === 'darwin') img.setTemplateImage(true);
    return img;
  }
}
