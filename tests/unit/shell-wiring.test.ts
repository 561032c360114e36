// The whole shell wired together (shell.ts) against the fake electron, a controlled clock, one
// controllable timer, and real settings/history files in a temp dir: what each tray item does,
// the break window's life across a routine, the wake timer, the heads-up, CLI commands.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../src-main/clock';
import { channelOf, eventChannelOf } from '../../src-main/core/bridge';
import { pageUrl } from '../../src-main/pages';
import type { PlatformKey } from '../../src-main/platform';
import { startShell, STORE_CHANNEL, type Shell, type ShellOptions } from '../../src-main/shell';
import { BREAK_SIZE, PROMPT_SIZE } from '../../src-main/break-window';
import type { TimerApi } from '../../src-main/wake-timer';
import { fake, FakeBrowserWindow, FakeMenu, FakeNotification, FakeTray, fakeState, ipcEventFrom, resetElectronMock, setPlatform } from '../mocks/electron';

const MIN = 60_000;
const WALL0 = new Date(2026, 2, 2, 9, 0).getTime(); // Monday 09:00, Berlin

let dir: string;
let mono: number;
let timers: { fn: () => void; at: number }[];
let shell: Shell;

const clock: Clock = { now: () => ({ mono, wall: WALL0 + mono }), mono: () => mono };
const timerApi: TimerApi = {
  setTimeout: (fn, ms) => {
    const t = { fn, at: mono + ms };
    timers.push(t);
    return t;
  },
  clearTimeout: (h) => {
    timers = timers.filter((t) => t !== h);
  },
};

const OS: Record<PlatformKey, { platform: string; env: Record<string, string> }> = {
  'linux-x11': { platform: 'linux', env: { DISPLAY: ':0' } },
  'linux-wayland': { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0', XDG_SESSION_TYPE: 'wayland' } },
  win32: { platform: 'win32', env: {} },
  darwin: { platform: 'darwin', env: {} },
};

function start(key: PlatformKey = 'linux-x11', extra: Partial<ShellOptions> = {}): Shell {
  setPlatform(key);
  shell = startShell({
    userData: dir,
    paths: { rendererDir: path.join(dir, 'renderer'), preload: path.join(dir, 'preload.cjs'), iconsDir: path.join(dir, 'icons') },
    devServer: null,
    platform: OS[key].platform,
    env: { ...OS[key].env, XDG_CONFIG_HOME: path.join(dir, 'config') },
    packaged: false,
    execPath: '/x/limber',
    home: dir,
    clock,
    timers: timerApi,
    random: () => 0.5,
    log: () => {},
    // never busy, answered at once (the real detectors are tested in detect-*.test.ts)
    busy: { check: async () => null, checkNow: () => null, availability: async () => [], lastCheck: null, dispose: () => {} },
    ...extra,
  });
  expect(shell.platform).toBe(key);
  return shell;
}

/** Lets time pass, firing the shell's one timer when it is due (as the OS would). */
function advance(ms: number): void {
  const end = mono + ms;
  for (;;) {
    expect(timers.length).toBeLessThanOrEqual(1);
    const t = timers[0];
    if (!t || t.at > end) break;
    timers = [];
    mono = Math.max(mono, t.at);
    t.fn();
  }
  mono = end;
}

const tray = () => FakeTray.instances[0]!;
const menu = () => tray().menu as FakeMenu;
/** the menu's labels after the status line and its separator */
const actionLabels = () => menu().labels().slice(2);
const breakWin = () => FakeBrowserWindow.instances.find((w) => w.options.title === 'Limber — stretch break' && !w.destroyed)!;
const logged = () =>
  fs.existsSync(path.join(dir, 'history.jsonl'))
    ? fs.readFileSync(path.join(dir, 'history.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).event as string)
    : [];
const fromBreak = (method: string, arg?: unknown) =>
  fake.ipcMain.invoke(channelOf(method as never), ipcEventFrom(breakWin(), pageUrl({ rendererDir: path.join(dir, 'renderer'), devServer: null }, 'break')), ...(arg === undefined ? [] : [arg]));

beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-wiring-'));
  // a returning user: the first-run window is not wanted in most tests
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: { flexMinutes: 0 }, firstRunDone: true, exclusionNotes: {} }));
  mono = 0;
  timers = [];
});
afterEach(() => {
  shell?.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('start-up', () => {
  it('creates the hidden break window, the tray with the status tooltip, and one timer at the core wakeAt', () => {
    start();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(breakWin().visible).toBe(false);
    expect(breakWin().loaded?.url).toBe('limber://app/break.html');
    expect(fake.protocol.isProtocolHandled('limber')).toBe(true);
    expect(tray().tooltip).toMatch(/^Limber: sitting for less than a minute · next break at 09:45/);
    expect(menu().labels()[0]).toBe('Next break ≈ 09:45');
    expect(actionLabels()[0]).toBe('Start a stretch now');
    expect(timers).toHaveLength(1);
    expect(timers[0]!.at).toBe(shell.limber.wakeAt);
  });

  it('opens the settings window on the very first run', () => {
    fs.rmSync(path.join(dir, 'settings.json'));
    start();
    expect(FakeBrowserWindow.instances.map((w) => w.options.title)).toEqual(['Limber — stretch break', 'Limber — Settings']);
  });

  it('tells the user once about a damaged settings file', () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), '{oops');
    const shown: unknown[] = [];
    fake.dialog.showMessageBox = ((o: unknown) => {
      shown.push(o);
      return Promise.resolve({ response: 0 });
    }) as never;
    start();
    expect(shown).toHaveLength(1);
    expect(JSON.stringify(shown[0])).toMatch(/damaged/);
  });
});

describe('a break from the tray, through the routine', () => {
  it('Start a stretch now → shown without focus → start → complete → end view → closeBreak hides it', async () => {
    start();
    menu().item('Start a stretch now').click();
    const w = breakWin();
    expect(w.visible).toBe(true);
    expect(w.focused).toBe(false);
    expect(w.calls.map((c) => c[0])).toContain('showInactive');
    expect(w.raised).toBe(true);
    expect(w.webContents.sent.filter((s) => s.channel === eventChannelOf('break')).at(-1)!.args[0]).toMatchObject({ trigger: 'manual' });
    expect(actionLabels()[0]).toBe('Go to the stretch break');
    expect(tray().tooltip).toBe('Limber: time for a stretch');

    await expect(fromBreak('breakAction', { type: 'start' })).resolves.toEqual({ ok: true });
    expect(menu().item('Snooze/Pause').enabled).toBe(false);
    advance(2 * MIN);
    await expect(fromBreak('breakAction', { type: 'complete', secondsStretched: 120 })).resolves.toEqual({ ok: true });
    expect(w.visible).toBe(true); // the end view is showing
    await fromBreak('closeBreak');
    expect(w.visible).toBe(false);
    expect(logged()).toEqual(['break', 'started', 'completed']);
    expect(menu().item('Today: 1 of 6')).toBeTruthy();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('the same window serves the next break; Skip hides it at once', async () => {
    start();
    menu().item('Start a stretch now').click();
    const first = breakWin();
    await fromBreak('breakAction', { type: 'skip' });
    expect(first.visible).toBe(false);
    advance(MIN);
    menu().item('Start a stretch now').click();
    expect(breakWin()).toBe(first);
    expect(first.visible).toBe(true);
    expect(logged()).toEqual(['break', 'skipped', 'break']);
  });

  it('"Go to the stretch break" lets the window take the keyboard', () => {
    start();
    menu().item('Start a stretch now').click();
    menu().item('Go to the stretch break').click();
    expect(breakWin().focusable).toBe(true);
    expect(breakWin().focused).toBe(true);
  });

  it('a due break comes by the timer alone, after the heads-up', () => {
    start();
    advance(44 * MIN);
    expect(FakeNotification.instances).toHaveLength(1);
    expect(FakeNotification.instances[0]!.options.title).toBe('Stretch break in 60 seconds');
    expect(breakWin().visible).toBe(false);
    advance(MIN);
    expect(breakWin().visible).toBe(true);
    expect(FakeNotification.instances[0]!.closed).toBe(true);
    expect(logged()).toEqual(['warn', 'break']);
  });

  it.each(['darwin', 'win32'] as const)('%s heads-up "Snooze": the break is snoozed as it comes, never shown, and comes back later', (key) => {
    start(key);
    advance(44 * MIN);
    const n = FakeNotification.instances[0]!;
    expect(n.visibleButtons()).toEqual(['Snooze', 'Start now']);
    n.userAction(0);
    advance(MIN);
    return Promise.resolve().then(() => {
      expect(breakWin().calls.map((c) => c[0])).not.toContain('showInactive');
      expect(logged()).toEqual(['warn', 'break', 'snoozed']);
      advance(5 * MIN);
      expect(breakWin().visible).toBe(true);
      expect(logged()).toEqual(['warn', 'break', 'snoozed', 'break']);
    });
  });

  it.each(['darwin', 'win32'] as const)('%s heads-up "Start now" starts a stretch at once', (key) => {
    start(key);
    advance(44 * MIN);
    FakeNotification.instances[0]!.userAction(1);
    expect(breakWin().visible).toBe(true);
    expect(logged()).toEqual(['warn', 'break']);
  });

  it('a break due while the user types shows the quiet prompt in a corner, then grows into the break at the first pause', async () => {
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: { flexMinutes: 3 }, firstRunDone: true, exclusionNotes: {} }));
    start();
    fakeState.idleSeconds = 0; // typing
    advance(45 * MIN);
    expect(breakWin().visible).toBe(true);
    expect(breakWin().focused).toBe(false);
    expect({ width: breakWin().bounds.width, height: breakWin().bounds.height }).toEqual(PROMPT_SIZE);
    expect(logged()).toEqual(['warn']);
    fakeState.idleSeconds = 6; // a pause
    advance(10_000);
    await Promise.resolve(); // the prompt's end is handled a moment later
    expect(breakWin().visible).toBe(true);
    expect({ width: breakWin().bounds.width, height: breakWin().bounds.height }).toEqual(BREAK_SIZE);
    expect(breakWin().calls.map((c) => c[0])).not.toContain('hide');
    expect(logged()).toEqual(['warn', 'break']);
  });

  it('walking away from a shown break closes it (natural break)', () => {
    start();
    advance(45 * MIN);
    expect(breakWin().visible).toBe(true);
    fakeState.idleSeconds = 5 * 60;
    advance(5 * MIN);
    expect(breakWin().visible).toBe(false);
    expect(logged()).toEqual(['warn', 'break', 'natural-break']);
  });
});

describe('pause and resume', () => {
  it('pause for 30 minutes: logged, Resume offered, the timer waits for the pause end', () => {
    start();
    menu().item('For 30 minutes').click();
    expect(logged()).toEqual(['paused']);
    expect(actionLabels()[1]).toBe('Resume');
    expect(menu().labels()[0]).toBe('Paused until 09:30');
    expect(tray().tooltip).toBe('Limber: paused until 09:30');
    expect(timers).toHaveLength(1);
    expect(timers[0]!.at).toBe(30 * MIN);
    advance(30 * MIN);
    expect(logged()).toEqual(['paused', 'resumed']);
  });

  it('paused indefinitely: no timer at all; Resume from the tray', () => {
    start();
    menu().item('Indefinitely').click();
    expect(timers).toHaveLength(0);
    expect(shell.timer.pending).toBeNull();
    menu().item('Resume').click();
    expect(logged()).toEqual(['paused', 'resumed']);
    expect(timers).toHaveLength(1);
  });

  it('pausing while a break shows skips it and hides the window', () => {
    start();
    menu().item('Start a stretch now').click();
    menu().item('Until tomorrow').click();
    expect(breakWin().visible).toBe(false);
    expect(logged()).toEqual(['break', 'skipped', 'paused']);
  });
});

describe('Remind me every', () => {
  it('applies at once, saves the setting, and keeps the sitting clock', () => {
    start();
    advance(20 * MIN);
    const before = shell.limber.statusView().status.sittingMs;
    menu().item('Remind me every').submenu!.item('30 min').click();
    expect(shell.limber.statusView().status.sittingMs).toBe(before);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.sitMinutes).toBe(30);
    expect(menu().item('Remind me every').submenu!.items.find((i) => i.checked)!.label).toBe('30 min');
    expect(tray().tooltip).toMatch(/next break at 09:30/);
  });
});

describe('command line and power events', () => {
  it('CLI commands act on the running app', () => {
    start();
    shell.run({ type: 'pause', minutes: 120 });
    expect(tray().tooltip).toBe('Limber: paused until 11:00');
    shell.run({ type: 'resume' });
    shell.run({ type: 'stretch-now' });
    expect(breakWin().visible).toBe(true);
    shell.run({ type: 'history' });
    expect(shell.pages.get('history')).not.toBeNull();
    expect(logged()).toEqual(['paused', 'resumed', 'break']);
  });

  it('a refused command is told, not logged', () => {
    start();
    shell.run({ type: 'resume' });
    expect(FakeNotification.instances.at(-1)!.options.body).toMatch(/not paused/);
    expect(logged()).toEqual([]);
  });

  it('a long suspend is a natural break', () => {
    start();
    advance(10 * MIN);
    fake.powerMonitor.emit('suspend');
    mono += 30 * MIN;
    fake.powerMonitor.emit('resume');
    expect(logged()).toEqual(['natural-break']);
  });
});

describe('quitting', () => {
  it('writes events kept in memory while the history could not be written', () => {
    const file = path.join(dir, 'history.jsonl');
    fs.mkdirSync(file); // the log cannot be written: a directory is in the way
    start();
    menu().item('Start a stretch now').click();
    shell.run({ type: 'pause', minutes: 30 }); // skips the break, then pauses
    fs.rmdirSync(file);
    shell.dispose();
    expect(logged()).toEqual(['break', 'skipped', 'paused']);
  });
});

describe('IPC through the wiring', () => {
  it('refuses a window that is not ours', async () => {
    start();
    const stranger = new (fake.BrowserWindow as typeof FakeBrowserWindow)({});
    await expect(fake.ipcMain.invoke(channelOf('getStatus'), ipcEventFrom(stranger, 'file:///etc/passwd'))).rejects.toThrow(/not a Limber window/);
  });

  it('openWindow from the break page opens the settings window, once, however often it is asked', async () => {
    start();
    menu().item('Start a stretch now').click();
    const settingsWindows = () => FakeBrowserWindow.instances.filter((w) => !w.destroyed && w.options.title === 'Limber — Settings');
    await fromBreak('openWindow', 'settings');
    await fromBreak('openWindow', 'settings');
    expect(settingsWindows()).toHaveLength(1);
    await expect(fromBreak('openWindow', 'preferences')).rejects.toThrow(/openWindow takes "settings" or "history"/);
  });

  it('the break window’s first click lets it take the keyboard', () => {
    start();
    menu().item('Start a stretch now').click();
    fake.ipcMain.emit('limber:internal:engage', ipcEventFrom(breakWin(), pageUrl({ rendererDir: path.join(dir, 'renderer'), devServer: null }, 'break')));
    expect(breakWin().focused).toBe(true);
  });
});

describe('pages come from limber://app (not file://)', () => {
  it('serves the renderer build with MIME types and the CSP header, and nothing outside it', async () => {
    fs.mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'renderer', 'break.html'), '<!doctype html><title>b</title>');
    fs.writeFileSync(path.join(dir, 'renderer', 'assets', 'break.js'), 'export {}');
    start();
    const page = await fake.protocol.fetch('limber://app/break.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(await page.text()).toContain('<title>b</title>');
    expect((await fake.protocol.fetch('limber://app/assets/break.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const bad of ['limber://app/../settings.json', 'limber://app/%2e%2e/settings.json', 'limber://app/assets%2f..%2f..%2fsettings.json', 'limber://app/missing.html', 'limber://other/break.html']) {
      expect((await fake.protocol.fetch(bad)).status, bad).toBe(404);
    }
    expect((await fake.protocol.fetch('limber://app/break.html', { method: 'POST', body: 'x' })).status).toBe(405);
    shell.dispose();
    expect(fake.protocol.isProtocolHandled('limber')).toBe(false);
  });
});

describe('electron-store’s own IPC channel', () => {
  it('is not left open to renderers', async () => {
    // electron-store registers it once per process, at its first construction: start afresh
    vi.resetModules();
    const { ipcMain } = await import('electron');
    const fresh = await import('../../src-main/shell');
    const { default: Store } = await import('electron-store');
    new Store({ cwd: dir, name: 'probe' });
    expect(ipcMain.listenerCount(STORE_CHANNEL)).toBe(1); // what electron-store does by itself
    const s = fresh.startShell({
      userData: dir,
      paths: { rendererDir: path.join(dir, 'renderer'), preload: path.join(dir, 'preload.cjs'), iconsDir: path.join(dir, 'icons') },
      devServer: null,
      platform: 'linux',
      env: { DISPLAY: ':0' },
      packaged: false,
      execPath: '/x/limber',
      home: dir,
      clock,
      timers: timerApi,
      log: () => {},
    });
    expect(ipcMain.listenerCount(STORE_CHANNEL)).toBe(0);
    s.dispose();
  });
});

describe('platform behaviour, wired', () => {
  it('linux-wayland: a due break is announced by a notification that stays; clicking it opens the break with the keyboard', async () => {
    start('linux-wayland');
    fakeState.waylandGrantsFocus = true;
    advance(45 * MIN);
    expect(breakWin().visible).toBe(true);
    expect(breakWin().raised).toBe(false); // GNOME stacks it under the focused window
    const notice = FakeNotification.instances.find((n) => n.options.title === 'Time for a stretch')!;
    expect(notice.options.timeoutType).toBe('never');
    // starting the routine does not announce it again
    const notices = () => FakeNotification.instances.filter((n) => n.options.title === 'Time for a stretch');
    await expect(fromBreak('breakAction', { type: 'start' })).resolves.toEqual({ ok: true });
    expect(notices()).toHaveLength(1);
    notice.userClick();
    expect(breakWin().focused).toBe(true);
    expect(notice.closed).toBe(true);
  });

  it.each(['linux-x11', 'win32', 'darwin'] as const)('%s: no break notice (the window itself is seen)', (key) => {
    start(key);
    advance(45 * MIN);
    expect(FakeNotification.instances.map((n) => n.options.title)).toEqual(['Stretch break in 60 seconds']);
  });

  it('linux-x11: the break window gets the keyboard when clicked (it is a managed, focusable window)', () => {
    start('linux-x11');
    menu().item('Start a stretch now').click();
    expect(breakWin().unmanaged).toBe(false);
    expect(breakWin().focused).toBe(false);
    fake.ipcMain.emit('limber:internal:engage', ipcEventFrom(breakWin(), pageUrl({ rendererDir: path.join(dir, 'renderer'), devServer: null }, 'break')));
    expect(breakWin().focused).toBe(true);
  });

  it('win32: log-off ends the session — history written, the break window closes, Limber quits', () => {
    start('win32');
    menu().item('Start a stretch now').click();
    const quits = fakeState.quitCalls;
    expect(breakWin().osSessionEnd()).toBe(true);
    expect(fakeState.quitCalls).toBe(quits + 1);
    const w = breakWin();
    w.close();
    expect(w.destroyed).toBe(true);
  });

  it.each(['linux-x11', 'darwin'] as const)('%s: system shutdown releases the break window and quits', (key) => {
    start(key);
    menu().item('Start a stretch now').click();
    const w = breakWin();
    const quits = fakeState.quitCalls;
    expect(fake.powerMonitor.osEmit('shutdown')).toBe(true);
    expect(fakeState.quitCalls).toBe(quits + 1);
    w.close();
    expect(w.destroyed).toBe(true);
  });

  it('darwin: hiding the break after it had the keyboard hands focus back (app.hide); reopening from Finder opens Settings', async () => {
    start('darwin');
    menu().item('Start a stretch now').click();
    menu().item('Go to the stretch break').click();
    await fromBreak('breakAction', { type: 'skip' });
    expect(fake.app.hideCalls).toBe(1);
    expect(fake.app.osActivate()).toBe(true);
    expect(FakeBrowserWindow.instances.some((w) => w.options.title === 'Limber — Settings')).toBe(true);
  });

  it.each(['linux-x11', 'win32'] as const)('%s: no app.hide (it does not exist there), no activate', async (key) => {
    start(key);
    menu().item('Start a stretch now').click();
    menu().item('Go to the stretch break').click();
    await fromBreak('breakAction', { type: 'skip' });
    expect(fake.app.hide).toBeUndefined();
    expect(fake.app.osActivate()).toBe(false);
  });
});

describe('open at login is the user’s', () => {
  it('win32 packaged: the OS state is read at start and never re-applied; a change the user made there is adopted', async () => {
    fake.app.userSetsLoginItem(false); // Task Manager → Startup → Disabled
    const writes = fakeState.loginItemSettings.length;
    start('win32', { packaged: true });
    await Promise.resolve();
    expect(fakeState.loginItemSettings).toHaveLength(writes);
    expect(shell.limber.settings.openAtLogin).toBe(false);
    // turning it on in Settings writes it, once
    await shell.limber.updateSettings({ openAtLogin: true });
    expect(fakeState.loginItemSettings.slice(writes)).toEqual([{ openAtLogin: true }]);
    await shell.limber.updateSettings({ sitMinutes: 60 });
    expect(fakeState.loginItemSettings.slice(writes)).toHaveLength(1);
  });

  it('linux packaged: X-GNOME-Autostart-enabled=false is respected, not overwritten', async () => {
    const file = path.join(dir, 'config', 'autostart', 'limber.desktop');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = '[Desktop Entry]\nType=Application\nName=Limber\nExec=/opt/Limber/limber\nX-GNOME-Autostart-enabled=false\n';
    fs.writeFileSync(file, text);
    start('linux-x11', { packaged: true });
    await Promise.resolve();
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(shell.limber.settings.openAtLogin).toBe(false);
  });

  it('linux packaged, first run: finishing the first run with "open at login" on registers it', async () => {
    fs.rmSync(path.join(dir, 'settings.json'));
    start('linux-x11', { packaged: true });
    const file = path.join(dir, 'config', 'autostart', 'limber.desktop');
    expect(fs.existsSync(file)).toBe(false);
    await shell.limber.completeFirstRun({ openAtLogin: true });
    expect(fs.readFileSync(file, 'utf8')).toContain('X-GNOME-Autostart-enabled=true');
  });
});
