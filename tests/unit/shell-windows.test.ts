// The break window: security flags, on top, shown without focus (showInactive) on the display
// under the pointer, the same window reused across breaks, moved when displays change.
// Settings/history windows: reused while open.
import { BrowserWindow, screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BREAK_SIZE, BreakWindow, breakWindowOptions, centredIn } from '../../src-main/break-window';
import { PageWindows, pageWindowOptions } from '../../src-main/windows';
import { display, FakeBrowserWindow, fake, fakeState, resetElectronMock } from '../mocks/electron';

beforeEach(() => resetElectronMock());

const SECURE = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/preload.cjs' };

function makeBreakWindow(platform = 'linux') {
  const prepare = vi.fn();
  const bw = new BreakWindow({ create: (o) => new BrowserWindow(o), screen, platform, preload: '/app/preload.cjs', prepare });
  return { bw, prepare, win: () => FakeBrowserWindow.instances.at(-1)! };
}

describe('break window options', () => {
  it('are locked down, on top, off the taskbar, frameless and not focusable', () => {
    const o = breakWindowOptions('/app/preload.cjs', 'win32');
    expect(o.webPreferences).toMatchObject(SECURE);
    expect(o).toMatchObject({ show: false, alwaysOnTop: true, skipTaskbar: true, focusable: false, frame: false, acceptFirstMouse: true });
    expect(o.type).toBeUndefined();
    expect(breakWindowOptions('/p', 'darwin').type).toBe('panel');
  });
});

describe('BreakWindow', () => {
  it('is created hidden at start and its page is loaded right away', () => {
    const { prepare, win } = makeBreakWindow();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(win().visible).toBe(false);
    expect(prepare).toHaveBeenCalledWith(win());
    expect(win().options).toMatchObject({ show: false, focusable: false });
  });

  it('shows with showInactive (never show/focus), non-focusable, on top at screen-saver level, on all workspaces', () => {
    const { bw, win } = makeBreakWindow('darwin');
    bw.show();
    const w = win();
    expect(w.visible).toBe(true);
    expect(w.focused).toBe(false);
    expect(w.calls.map((c) => c[0])).toContain('showInactive');
    expect(w.calls.map((c) => c[0])).not.toContain('show');
    expect(w.calls.map((c) => c[0])).not.toContain('focus');
    expect(w.focusable).toBe(false);
    expect(w.alwaysOnTop).toEqual({ flag: true, level: 'screen-saver' });
    expect(w.allWorkspaces).toEqual({ flag: true, options: { visibleOnFullScreen: true } });
    // focusable is switched off before the window appears
    const names = w.calls.map((c) => c[0]);
    expect(names.lastIndexOf('setFocusable')).toBeLessThan(names.indexOf('showInactive'));
  });

  it('on Linux sets always-on-top without a level (window managers ignore levels)', () => {
    const { bw, win } = makeBreakWindow('linux');
    bw.show();
    expect(win().alwaysOnTop).toEqual({ flag: true, level: undefined });
  });

  it('appears centred on the display under the pointer', () => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), display(2, 1920, 0, 2560, 1440, 0)];
    fakeState.cursor = { x: 3000, y: 700 };
    const { bw, win } = makeBreakWindow();
    bw.show();
    expect(win().bounds).toEqual({ x: 1920 + (2560 - BREAK_SIZE.width) / 2, y: (1440 - BREAK_SIZE.height) / 2, ...BREAK_SIZE });
    bw.hide();
    fakeState.cursor = { x: 100, y: 100 };
    bw.show();
    expect(win().bounds.x).toBe((1920 - BREAK_SIZE.width) / 2);
    expect(win().bounds.y).toBe(30 + (1050 - BREAK_SIZE.height) / 2);
  });

  it('shrinks to fit a small work area', () => {
    expect(centredIn({ x: 0, y: 0, width: 640, height: 480 })).toEqual({ x: 24, y: 24, width: 592, height: 432 });
  });

  it('reuses the same BrowserWindow across breaks', () => {
    const { bw, win } = makeBreakWindow();
    const first = win();
    for (let i = 0; i < 3; i++) {
      bw.show();
      bw.hide();
    }
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(bw.window).toBe(first);
    expect(first.calls.filter((c) => c[0] === 'showInactive')).toHaveLength(3);
  });

  it('closing it (Alt+F4) only hides it; quitting destroys it', () => {
    const { bw, win } = makeBreakWindow();
    bw.show();
    win().close();
    expect(win().destroyed).toBe(false);
    expect(win().visible).toBe(false);
    bw.destroy();
    expect(win().destroyed).toBe(true);
  });

  it('is made again if something destroyed it', () => {
    const { bw, win, prepare } = makeBreakWindow();
    win().destroy();
    bw.show();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(win().visible).toBe(true);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('takes the keyboard only when the user reaches for it, and gives it up when hidden', () => {
    const { bw, win } = makeBreakWindow();
    bw.engage(); // nothing showing: nothing happens
    expect(win().focusable).toBe(false);
    bw.show();
    bw.engage();
    expect(win().focusable).toBe(true);
    expect(win().focused).toBe(true);
    bw.hide();
    expect(win().focusable).toBe(false);
    bw.show();
    expect(win().focused).toBe(false);
  });

  it('a second show while showing does not move it or steal focus', () => {
    const { bw, win } = makeBreakWindow();
    bw.show();
    win().setBounds({ x: 5, y: 5 });
    bw.show();
    expect(win().bounds).toMatchObject({ x: 5, y: 5 });
    expect(win().calls.filter((c) => c[0] === 'showInactive')).toHaveLength(1);
  });

  it('moves back onto a display when displays change', () => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), display(2, 1920, 0, 1920, 1080)];
    fakeState.cursor = { x: 2500, y: 500 };
    const { bw, win } = makeBreakWindow();
    bw.show();
    expect(win().bounds.x).toBeGreaterThan(1920);
    // the second monitor is unplugged
    fakeState.displays = [display(1, 0, 0, 1920, 1080)];
    fake.screen.emit('display-removed');
    expect(win().bounds).toEqual(centredIn(fakeState.displays[0]!.workArea));
    // a metrics change that leaves it fully visible does not move it
    win().setBounds({ x: 100, y: 100 });
    fake.screen.emit('display-metrics-changed');
    expect(win().bounds).toMatchObject({ x: 100, y: 100 });
  });

  it('a crashed page is reloaded', () => {
    const { win } = makeBreakWindow();
    const reload = vi.fn();
    win().webContents.on('reload', reload);
    win().webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('settings and history windows', () => {
  function pages() {
    const prepare = vi.fn();
    const activateApp = vi.fn();
    return { pw: new PageWindows({ create: (o) => new BrowserWindow(o), preload: '/app/preload.cjs', prepare, activateApp }), prepare, activateApp };
  }

  it('are locked down too', () => {
    expect(pageWindowOptions('settings', '/app/preload.cjs').webPreferences).toMatchObject(SECURE);
    expect(pageWindowOptions('history', '/app/preload.cjs')).toMatchObject({ show: false, title: 'Limber — History' });
    expect(pageWindowOptions('history', '/p', '/i/icon-256.png').icon).toBe('/i/icon-256.png');
  });

  it('open on demand, show when ready, and are reused while open', () => {
    const { pw, prepare, activateApp } = pages();
    const a = pw.show('settings') as unknown as FakeBrowserWindow;
    expect(prepare).toHaveBeenCalledWith(a, 'settings');
    expect(a.visible).toBe(false);
    a.emit('ready-to-show');
    expect(a.visible).toBe(true);
    const b = pw.show('settings');
    expect(b).toBe(a);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(a.calls.map((c) => c[0])).toContain('focus');
    expect(activateApp).toHaveBeenCalledTimes(2);
    pw.show('history');
    expect(pw.all()).toHaveLength(2);
  });

  it('a closed window is forgotten and made afresh next time', () => {
    const { pw } = pages();
    const a = pw.show('history');
    a.close();
    expect(pw.get('history')).toBeNull();
    const b = pw.show('history');
    expect(b).not.toBe(a);
  });
});
