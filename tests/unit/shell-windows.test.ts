// The break window on each platform (src-main/platform.ts; the fake electron behaves as Electron
// does there): security flags, on top, shown without taking the keyboard on the display under the
// pointer, the same window reused, moved when displays change, and — the point of it all — the
// keyboard it gets once the user reaches for it. Settings/history windows: reused while open.
import { BrowserWindow, screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BREAK_SIZE, BreakWindow, breakWindowOptions, centredIn, crashReloadDelay, PROMPT_SIZE } from '../../src-main/break-window';
import { CAPABILITIES, PLATFORM_KEYS, type PlatformKey } from '../../src-main/platform';
import { PageWindows, pageWindowOptions } from '../../src-main/windows';
import { display, FakeBrowserWindow, fake, fakeState, resetElectronMock, setPlatform } from '../mocks/electron';

beforeEach(() => resetElectronMock());

const SECURE = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: '/app/preload.cjs' };

function makeBreakWindow(key: PlatformKey, extra: { hiddenAfterFocus?: () => void; later?: (fn: () => void, ms: number) => void; now?: () => number } = {}) {
  setPlatform(key);
  const prepare = vi.fn();
  const bw = new BreakWindow({ create: (o) => new BrowserWindow(o), screen, caps: CAPABILITIES[key], preload: '/app/preload.cjs', prepare, ...extra });
  return { bw, prepare, win: () => FakeBrowserWindow.instances.at(-1)! };
}

describe('break window options', () => {
  it('are locked down, on top, off the taskbar and frameless everywhere; a panel on macOS', () => {
    for (const key of PLATFORM_KEYS) {
      const o = breakWindowOptions('/app/preload.cjs', CAPABILITIES[key]);
      expect(o.webPreferences).toMatchObject(SECURE);
      expect(o).toMatchObject({ show: false, alwaysOnTop: true, skipTaskbar: true, frame: false, acceptFirstMouse: true });
      expect(o.type).toBe(key === 'darwin' ? 'panel' : undefined);
    }
  });

  it('non-focusable only where setFocusable can undo it (macOS, Windows); focusable on Linux', () => {
    expect(breakWindowOptions('/p', CAPABILITIES.win32).focusable).toBe(false);
    expect(breakWindowOptions('/p', CAPABILITIES.darwin).focusable).toBe(false);
    // X11: focusable: false makes the window override-redirect — unmanaged, never keyboard-focused
    expect(breakWindowOptions('/p', CAPABILITIES['linux-x11']).focusable).toBe(true);
    expect(breakWindowOptions('/p', CAPABILITIES['linux-wayland']).focusable).toBe(true);
  });
});

describe.each(PLATFORM_KEYS)('BreakWindow on %s', (key) => {
  const caps = CAPABILITIES[key];

  it('is created hidden at start, managed by the window manager, and its page is loaded right away', () => {
    const { prepare, win } = makeBreakWindow(key);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(win().visible).toBe(false);
    expect(win().unmanaged).toBe(false);
    expect(prepare).toHaveBeenCalledWith(win());
  });

  it('appears without taking the keyboard', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    expect(win().visible).toBe(true);
    expect(win().focused).toBe(false);
    expect(win().calls.map((c) => c[0])).not.toContain('focus');
  });

  it('is seen on top where the platform allows it (Wayland: it is announced instead, see the wiring test)', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    expect(win().raised).toBe(caps.inactiveWindowIsSeen);
    expect(win().alwaysOnTop.flag).toBe(caps.alwaysOnTop);
    if (caps.alwaysOnTopLevels) expect(win().alwaysOnTop.level).toBe('screen-saver');
  });

  it('takes the keyboard when the user reaches for it, and gives it up when hidden', () => {
    const { bw, win } = makeBreakWindow(key);
    fakeState.waylandGrantsFocus = true; // Wayland: the compositor decides; here it lets the click through
    bw.engage(); // nothing showing: nothing happens
    expect(win().focused).toBe(false);
    bw.show();
    bw.engage();
    expect(win().focused).toBe(true);
    bw.hide();
    expect(win().focused).toBe(false);
    bw.show();
    expect(win().focused).toBe(false);
    bw.engage();
    expect(win().focused).toBe(true);
  });

  it('stays off the taskbar after taking the keyboard', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    bw.engage();
    expect(win().inTaskbar).toBe(false);
    bw.hide();
    bw.show();
    expect(win().inTaskbar).toBe(false);
  });

  it('is on every workspace where the platform has them; macOS also over full-screen apps without a process-type flip', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    expect(win().allWorkspaces.flag).toBe(caps.allWorkspaces);
    if (key === 'darwin') expect(win().allWorkspaces.options).toEqual({ visibleOnFullScreen: true, skipTransformProcessType: true });
  });

  it('reuses the same BrowserWindow across breaks', () => {
    const { bw, win } = makeBreakWindow(key);
    const first = win();
    for (let i = 0; i < 3; i++) {
      bw.show();
      bw.hide();
    }
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(bw.window).toBe(first);
  });

  it('closing it (Alt+F4) only hides it; quitting destroys it', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    win().close();
    expect(win().destroyed).toBe(false);
    expect(win().visible).toBe(false);
    bw.destroy();
    expect(win().destroyed).toBe(true);
  });

  it('at shutdown or log-off its close guard lets it close', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    bw.releaseForQuit();
    win().close();
    expect(win().destroyed).toBe(true);
  });

  it('is made again if something destroyed it', () => {
    const { bw, win, prepare } = makeBreakWindow(key);
    win().destroy();
    bw.show();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(win().visible).toBe(true);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('a second show while showing does not move it or steal focus', () => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    win().setBounds({ x: 5, y: 5 });
    const before = win().getBounds();
    bw.show();
    expect(win().bounds).toEqual(before);
    expect(win().focused).toBe(false);
  });

  it('a crashed page is reloaded after a delay that grows while it keeps crashing', () => {
    const delays: number[] = [];
    let pending: (() => void) | null = null;
    let now = 0;
    const { win } = makeBreakWindow(key, { later: (fn, ms) => ((pending = fn), delays.push(ms)), now: () => now });
    const reload = vi.fn();
    win().webContents.on('reload', reload);
    for (let i = 0; i < 4; i++) {
      win().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
      expect(reload).toHaveBeenCalledTimes(i);
      pending!();
      expect(reload).toHaveBeenCalledTimes(i + 1);
      now += 1000;
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    // a page that stayed up a long time starts over at 1 s
    now += 60 * 60_000;
    win().webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(delays.at(-1)).toBe(1000);
  });
});

describe('the quiet prompt (SPEC §3.5)', () => {
  it.each(['linux-x11', 'win32', 'darwin'] as const)('%s: small, in the bottom-right corner of the display under the pointer, on top, without focus', (key) => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), display(2, 1920, 0, 2560, 1440, 0)];
    fakeState.cursor = { x: 3000, y: 700 };
    const { bw, win } = makeBreakWindow(key);
    bw.showPrompt();
    expect(win().visible).toBe(true);
    expect(win().focused).toBe(false);
    expect(win().calls.map((c) => c[0])).not.toContain('focus');
    expect(win().bounds).toEqual({ x: 1920 + 2560 - PROMPT_SIZE.width - 24, y: 1440 - PROMPT_SIZE.height - 24, ...PROMPT_SIZE });
    expect(win().alwaysOnTop.flag).toBe(true);
  });

  it.each(['linux-x11', 'win32', 'darwin'] as const)('%s: the break grows out of it on the same display, without hiding in between', (key) => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), display(2, 1920, 0, 2560, 1440, 0)];
    fakeState.cursor = { x: 3000, y: 700 };
    const { bw, win } = makeBreakWindow(key);
    bw.showPrompt();
    fakeState.cursor = { x: 100, y: 100 }; // the pointer moved to the other display meanwhile
    win().calls.length = 0;
    bw.show();
    expect(win().calls.map((c) => c[0])).not.toContain('hide');
    expect(win().bounds).toEqual({ x: 1920 + (2560 - BREAK_SIZE.width) / 2, y: (1440 - BREAK_SIZE.height) / 2, ...BREAK_SIZE });
    // the prompt's end, told a moment later, does not hide the break
    bw.hidePrompt();
    expect(win().visible).toBe(true);
    bw.hide();
    expect(win().visible).toBe(false);
  });

  it.each(['linux-x11', 'win32', 'darwin'] as const)('%s: never over a break that is up; hidden when it goes away on its own', (key) => {
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    const shown = { ...win().bounds };
    bw.showPrompt();
    expect(win().bounds).toEqual(shown);
    bw.hide();
    bw.showPrompt();
    expect(win().visible).toBe(true);
    bw.hidePrompt();
    expect(win().visible).toBe(false);
  });

  it('linux-wayland: no prompt (a window cannot appear there without taking the keyboard from the app in use)', () => {
    const { bw, win } = makeBreakWindow('linux-wayland');
    expect(bw.canPrompt).toBe(false);
    bw.showPrompt();
    expect(win().visible).toBe(false);
  });
});

describe('placement', () => {
  it.each(['linux-x11', 'win32', 'darwin'] as const)('%s: centred on the display under the pointer', (key) => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), display(2, 1920, 0, 2560, 1440, 0)];
    fakeState.cursor = { x: 3000, y: 700 };
    const { bw, win } = makeBreakWindow(key);
    bw.show();
    expect(win().bounds).toEqual({ x: 1920 + (2560 - BREAK_SIZE.width) / 2, y: (1440 - BREAK_SIZE.height) / 2, ...BREAK_SIZE });
    bw.hide();
    fakeState.cursor = { x: 100, y: 100 };
    bw.show();
    expect(win().bounds.x).toBe((1920 - BREAK_SIZE.width) / 2);
    expect(win().bounds.y).toBe(30 + (1050 - BREAK_SIZE.height) / 2);
  });

  it('linux-wayland: no pointer position and no placement — sized for the primary display, placed by the compositor', () => {
    fakeState.displays = [display(1, 0, 0, 1280, 600), display(2, 1280, 0, 2560, 1440, 0)];
    fakeState.cursor = { x: 3000, y: 700 };
    const { bw, win } = makeBreakWindow('linux-wayland');
    bw.show();
    expect(win().calls.map((c) => c[0])).toContain('setBounds');
    expect({ width: win().bounds.width, height: win().bounds.height }).toEqual({ width: BREAK_SIZE.width, height: 600 - 30 - 48 });
  });

  it('win32: the right size after moving to a display of another scale (bounds set again once shown)', () => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), { ...display(2, 1920, 0, 3840, 2160), scaleFactor: 2 }];
    fakeState.cursor = { x: 100, y: 100 };
    const { bw, win } = makeBreakWindow('win32');
    bw.show();
    bw.hide();
    fakeState.cursor = { x: 3000, y: 700 };
    bw.show();
    expect({ width: win().bounds.width, height: win().bounds.height }).toEqual(BREAK_SIZE);
  });

  it('shrinks to fit a small work area', () => {
    expect(centredIn({ x: 0, y: 0, width: 640, height: 480 })).toEqual({ x: 24, y: 24, width: 592, height: 432 });
  });

  it('moves back onto a display when displays change', () => {
    fakeState.displays = [display(1, 0, 0, 1920, 1080), display(2, 1920, 0, 1920, 1080)];
    fakeState.cursor = { x: 2500, y: 500 };
    const { bw, win } = makeBreakWindow('linux-x11');
    bw.show();
    expect(win().bounds.x).toBeGreaterThan(1920);
    fakeState.displays = [display(1, 0, 0, 1920, 1080)];
    fake.screen.emit('display-removed');
    expect(win().bounds).toEqual(centredIn(fakeState.displays[0]!.workArea));
    win().setBounds({ x: 100, y: 100 });
    fake.screen.emit('display-metrics-changed');
    expect(win().bounds).toMatchObject({ x: 100, y: 100 });
  });

  it('back-off delays: 1 s doubling, at most 5 min', () => {
    expect([1, 2, 3, 10, 50].map(crashReloadDelay)).toEqual([1000, 2000, 4000, 300_000, 300_000]);
  });
});

describe('returning focus (macOS)', () => {
  it('tells the shell when it hides after having had the keyboard, and only then', () => {
    const hiddenAfterFocus = vi.fn();
    const { bw } = makeBreakWindow('darwin', { hiddenAfterFocus });
    bw.show();
    bw.hide();
    expect(hiddenAfterFocus).not.toHaveBeenCalled();
    bw.show();
    bw.engage();
    bw.hide();
    expect(hiddenAfterFocus).toHaveBeenCalledOnce();
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
