// The heads-up notification, "open at login", the history export and the app paths.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Notification } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtPaths, userDataOverride } from '../../src-main/app-paths';
import { applyOpenAtLogin, autostartFile, desktopEntry, desktopEntryEnabled, openAtLoginState, quoteExec } from '../../src-main/autostart';
import { exportHistory } from '../../src-main/history-export';
import { HeadsUp, headsUpOptions } from '../../src-main/notifications';
import { CAPABILITIES, PLATFORM_KEYS, type PlatformKey } from '../../src-main/platform';
import { fake, FakeNotification, fakeState, resetElectronMock, setPlatform } from '../mocks/electron';

const app = fake.app;

let tmp: string;
beforeEach(() => {
  resetElectronMock();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-shell-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const T = new Date(2026, 2, 2, 10, 44).getTime();

describe.each(PLATFORM_KEYS)('heads-up notification on %s', (key) => {
  const caps = CAPABILITIES[key];
  function headsUp() {
    setPlatform(key);
    const startNow = vi.fn();
    const openBreak = vi.fn();
    const log = vi.fn();
    const h = new HeadsUp({ create: (o) => new Notification(o), supported: () => Notification.isSupported(), caps, startNow, openBreak, log });
    return { h, startNow, openBreak, log, last: () => FakeNotification.instances.at(-1)! };
  }

  it('says when the break comes, and pops up (not low urgency, which GNOME files straight into the tray)', () => {
    const { h, last } = headsUp();
    h.show(T + 60_000, T);
    expect(last().options.title).toBe('Stretch break in 60 seconds');
    expect(last().options.body).toContain('10:45');
    expect(last().urgency()).not.toBe('low');
    expect(headsUpOptions(T + 300_000, T, caps).title).toBe('Stretch break in 5 minutes');
  });

  it(`${caps.notificationActions ? 'offers' : 'cannot offer'} Snooze and Start now buttons`, () => {
    const { h, last } = headsUp();
    h.show(T + 60_000, T);
    expect(last().visibleButtons()).toEqual(caps.notificationActions ? ['Snooze', 'Start now'] : []);
  });

  it('clicking the notification starts the stretch (also where it has buttons)', () => {
    const { h, startNow, last } = headsUp();
    h.show(T + 60_000, T);
    last().userClick();
    expect(startNow).toHaveBeenCalledOnce();
  });

  if (caps.notificationActions) {
    it('"Start now" starts a stretch; "Snooze" snoozes the break when it comes (once, only that one)', () => {
      const { h, startNow, last } = headsUp();
      h.show(T + 60_000, T);
      last().userAction(1);
      expect(startNow).toHaveBeenCalledOnce();
      h.show(T + 60_000, T);
      last().userAction(0);
      expect(h.takeSnooze(T + 60_500)).toBe(true);
      expect(h.takeSnooze(T + 60_500)).toBe(false);
      h.show(T + 60_000, T);
      last().userAction(0);
      expect(h.takeSnooze(T + 3_600_000)).toBe(false); // a much later break is not that one
    });
  }

  it(`a notification that cannot be shown is ${caps.notificationFailed ? 'logged' : 'not reported by Electron here'}`, () => {
    const { h, log, last } = headsUp();
    h.show(T + 60_000, T);
    expect(last().osFail('toast activator missing')).toBe(caps.notificationFailed);
    if (caps.notificationFailed) expect(log).toHaveBeenCalledWith(expect.stringContaining('toast activator missing'));
  });

  it('a new heads-up replaces the old one; nothing when notifications are unsupported', () => {
    const { h, last } = headsUp();
    h.show(T + 60_000, T);
    const first = last();
    h.show(T + 120_000, T);
    expect(first.closed).toBe(true);
    fakeState.notificationsSupported = false;
    h.show(T + 60_000, T);
    expect(FakeNotification.instances).toHaveLength(2);
  });

  it('the break notice stays until answered and opens the break when clicked', () => {
    const { h, openBreak, last } = headsUp();
    h.announceBreak();
    expect(last().options.title).toBe('Time for a stretch');
    if (caps.notificationUrgency) expect(last().options.timeoutType).toBe('never');
    last().userClick();
    expect(openBreak).toHaveBeenCalledOnce();
    h.closeNotice();
    expect(last().closed).toBe(true);
  });
});

describe('open at login', () => {
  const deps = (key: PlatformKey, extra: Partial<Parameters<typeof applyOpenAtLogin>[1]> = {}) => {
    setPlatform(key);
    return {
      loginItems: CAPABILITIES[key].loginItems,
      packaged: true,
      app: app as never,
      env: { XDG_CONFIG_HOME: path.join(tmp, 'config') },
      home: tmp,
      execPath: '/opt/Limber/limber',
      ...extra,
    };
  };

  it('macOS and Windows: the login item', () => {
    expect(applyOpenAtLogin(true, deps('darwin'))).toEqual({ ok: true, how: 'login item' });
    expect(applyOpenAtLogin(false, deps('win32'))).toEqual({ ok: true, how: 'login item' });
    expect(fakeState.loginItemSettings).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
  });

  it('macOS and Windows: the state is read from the OS, including a change the user made there', () => {
    const d = deps('win32');
    expect(openAtLoginState(d)).toBe(false);
    applyOpenAtLogin(true, d);
    expect(openAtLoginState(d)).toBe(true);
    app.userSetsLoginItem(false); // Task Manager → Startup → Disable
    expect(openAtLoginState(d)).toBe(false);
  });

  it.each(['linux-x11', 'linux-wayland'] as const)('%s: writes and removes an XDG autostart entry (Electron has no login items there)', (key) => {
    const file = path.join(tmp, 'config', 'autostart', 'limber.desktop');
    expect(applyOpenAtLogin(true, deps(key))).toEqual({ ok: true, how: file });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Limber\n/);
    expect(text).toContain('Exec=/opt/Limber/limber\n');
    expect(openAtLoginState(deps(key))).toBe(true);
    applyOpenAtLogin(false, deps(key));
    expect(fs.existsSync(file)).toBe(false);
    expect(openAtLoginState(deps(key))).toBe(false);
    expect(fakeState.loginItemSettings).toEqual([]);
    expect(app.setLoginItemSettings).toBeUndefined();
  });

  it('Linux: an entry the user switched off (GNOME Tweaks, Hidden=true) reads as off', () => {
    const file = path.join(tmp, 'config', 'autostart', 'limber.desktop');
    applyOpenAtLogin(true, deps('linux-x11'));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'));
    expect(openAtLoginState(deps('linux-x11'))).toBe(false);
    expect(desktopEntryEnabled('[Desktop Entry]\nHidden=true\n')).toBe(false);
    expect(desktopEntryEnabled('[Desktop Entry]\nExec=x\n[Desktop Action y]\nHidden=true\n')).toBe(true);
  });

  it('Linux AppImage: starts the AppImage file, quoted', () => {
    applyOpenAtLogin(true, deps('linux-x11', { env: { XDG_CONFIG_HOME: path.join(tmp, 'c'), APPIMAGE: '/home/me/Apps/Limber 0.1.AppImage' } }));
    expect(fs.readFileSync(path.join(tmp, 'c', 'autostart', 'limber.desktop'), 'utf8')).toContain('Exec="/home/me/Apps/Limber 0.1.AppImage"\n');
  });

  it('falls back to ~/.config without XDG_CONFIG_HOME', () => {
    expect(autostartFile({ env: {}, home: '/home/me' })).toBe('/home/me/.config/autostart/limber.desktop');
  });

  it('does nothing, and knows nothing, when running from source', () => {
    expect(applyOpenAtLogin(true, deps('linux-x11', { packaged: false }))).toMatchObject({ ok: true, how: expect.stringMatching(/skipped/) });
    expect(openAtLoginState(deps('win32', { packaged: false }))).toBeNull();
    expect(fs.existsSync(path.join(tmp, 'config'))).toBe(false);
  });

  it('reports a failure instead of throwing', () => {
    fs.writeFileSync(path.join(tmp, 'config'), '');
    expect(applyOpenAtLogin(true, deps('linux-x11'))).toMatchObject({ ok: false });
  });

  it('quotes Exec arguments per the Desktop Entry spec', () => {
    expect(quoteExec('/usr/bin/limber')).toBe('/usr/bin/limber');
    expect(quoteExec('/a b/$x"y')).toBe('"/a b/\\$x\\"y"');
    expect(desktopEntry('/x')).toContain('X-GNOME-Autostart-enabled=true');
  });
});

describe('history export', () => {
  const deps = (canceled: boolean, fail = false) => ({
    showSaveDialog: vi.fn(async (_o: { defaultPath: string }) => ({ canceled, filePath: canceled ? undefined : path.join(tmp, 'out.csv') })),
    exportCsv: vi.fn((dest: string) => {
      if (fail) throw new Error('EACCES');
      fs.writeFileSync(dest, 'a,b\n');
    }),
    exportRaw: vi.fn(),
    defaultDir: tmp,
    today: '2026-03-02',
  });
  it('asks where, then writes', async () => {
    const d = deps(false);
    await expect(exportHistory('csv', d)).resolves.toEqual({ ok: true, path: path.join(tmp, 'out.csv') });
    expect(d.showSaveDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: path.join(tmp, 'limber-history-2026-03-02.csv') });
  });
  it('cancel and failure are answers, not throws', async () => {
    await expect(exportHistory('csv', deps(true))).resolves.toEqual({ ok: false, cancelled: true });
    await expect(exportHistory('csv', deps(false, true))).resolves.toMatchObject({ ok: false, reason: expect.stringMatching(/EACCES/) });
  });
});

describe('app paths', () => {
  it('lay out the build next to main.cjs', () => {
    expect(builtPaths('/opt/l/dist/main')).toEqual({ rendererDir: '/opt/l/dist/renderer', preload: '/opt/l/dist/main/preload.cjs', iconsDir: '/opt/l/dist/icons' });
  });
  it('a data folder can be moved by switch or environment (absolute only)', () => {
    expect(userDataOverride(['x', '--limber-user-data=/tmp/a'], {})).toBe('/tmp/a');
    expect(userDataOverride(['x'], { LIMBER_USER_DATA: '/tmp/b' })).toBe('/tmp/b');
    expect(userDataOverride(['x', '--limber-user-data=rel'], {})).toBeNull();
    expect(userDataOverride(['x'], {})).toBeNull();
  });
});
