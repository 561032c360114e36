// The heads-up notification, "open at login", the history export and the app paths.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, Notification } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtPaths, userDataOverride } from '../../src-main/app-paths';
import { applyOpenAtLogin, autostartFile, desktopEntry, quoteExec } from '../../src-main/autostart';
import { exportHistory } from '../../src-main/history-export';
import { HeadsUp, headsUpOptions } from '../../src-main/notifications';
import { FakeNotification, fakeState, resetElectronMock } from '../mocks/electron';

let tmp: string;
beforeEach(() => {
  resetElectronMock();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-shell-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const T = new Date(2026, 2, 2, 10, 44).getTime();

describe('heads-up notification', () => {
  function headsUp(platform: string) {
    const startNow = vi.fn();
    const h = new HeadsUp({ create: (o) => new Notification(o), supported: () => Notification.isSupported(), platform, startNow });
    return { h, startNow, last: () => FakeNotification.instances.at(-1)! };
  }

  it('says when the break comes; offers Snooze and Start now where actions exist (macOS)', () => {
    const o = headsUpOptions(T + 60_000, T, 'darwin');
    expect(o.title).toBe('Stretch break in 60 seconds');
    expect(o.body).toContain('10:45');
    expect(o.actions).toEqual([{ type: 'button', text: 'Snooze' }, { type: 'button', text: 'Start now' }]);
    expect(headsUpOptions(T + 300_000, T, 'linux').actions).toBeUndefined();
    expect(headsUpOptions(T + 300_000, T, 'linux').title).toBe('Stretch break in 5 minutes');
  });

  it('"Start now" starts a stretch; "Snooze" snoozes the break when it comes (once, only that one)', () => {
    const { h, startNow, last } = headsUp('darwin');
    h.show(T + 60_000, T);
    expect(last().shown).toBe(true);
    last().emit('action', {}, 1);
    expect(startNow).toHaveBeenCalledOnce();
    h.show(T + 60_000, T);
    last().emit('action', {}, 0);
    expect(h.takeSnooze(T + 60_500)).toBe(true);
    expect(h.takeSnooze(T + 60_500)).toBe(false);
    h.show(T + 60_000, T);
    last().emit('action', {}, 0);
    expect(h.takeSnooze(T + 3_600_000)).toBe(false); // a much later break is not that one
  });

  it('without actions, clicking the notification starts the stretch', () => {
    const { h, startNow, last } = headsUp('linux');
    h.show(T + 60_000, T);
    last().emit('click');
    expect(startNow).toHaveBeenCalledOnce();
  });

  it('a new heads-up replaces the old one; nothing when notifications are unsupported', () => {
    const { h, last } = headsUp('linux');
    h.show(T + 60_000, T);
    const first = last();
    h.show(T + 120_000, T);
    expect(first.closed).toBe(true);
    fakeState.notificationsSupported = false;
    h.show(T + 60_000, T);
    expect(FakeNotification.instances).toHaveLength(2);
  });
});

describe('open at login', () => {
  const deps = (platform: string, extra: Partial<Parameters<typeof applyOpenAtLogin>[1]> = {}) => ({
    platform,
    packaged: true,
    app,
    env: { XDG_CONFIG_HOME: path.join(tmp, 'config') },
    home: tmp,
    execPath: '/opt/Limber/limber',
    ...extra,
  });

  it('macOS and Windows: the login item', () => {
    expect(applyOpenAtLogin(true, deps('darwin'))).toEqual({ ok: true, how: 'login item' });
    expect(applyOpenAtLogin(false, deps('win32'))).toEqual({ ok: true, how: 'login item' });
    expect(fakeState.loginItemSettings).toEqual([{ openAtLogin: true }, { openAtLogin: false }]);
  });

  it('Linux: writes and removes an XDG autostart entry', () => {
    const file = path.join(tmp, 'config', 'autostart', 'limber.desktop');
    expect(applyOpenAtLogin(true, deps('linux'))).toEqual({ ok: true, how: file });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Limber\n/);
    expect(text).toContain('Exec=/opt/Limber/limber\n');
    applyOpenAtLogin(false, deps('linux'));
    expect(fs.existsSync(file)).toBe(false);
    expect(fakeState.loginItemSettings).toEqual([]);
  });

  it('Linux AppImage: starts the AppImage file, quoted', () => {
    applyOpenAtLogin(true, deps('linux', { env: { XDG_CONFIG_HOME: path.join(tmp, 'c'), APPIMAGE: '/home/me/Apps/Limber 0.1.AppImage' } }));
    expect(fs.readFileSync(path.join(tmp, 'c', 'autostart', 'limber.desktop'), 'utf8')).toContain('Exec="/home/me/Apps/Limber 0.1.AppImage"\n');
  });

  it('falls back to ~/.config without XDG_CONFIG_HOME', () => {
    expect(autostartFile({ env: {}, home: '/home/me' })).toBe('/home/me/.config/autostart/limber.desktop');
  });

  it('does nothing when running from source', () => {
    expect(applyOpenAtLogin(true, deps('linux', { packaged: false }))).toMatchObject({ ok: true, how: expect.stringMatching(/skipped/) });
    expect(fs.existsSync(path.join(tmp, 'config'))).toBe(false);
  });

  it('reports a failure instead of throwing', () => {
    fs.writeFileSync(path.join(tmp, 'config'), '');
    expect(applyOpenAtLogin(true, deps('linux'))).toMatchObject({ ok: false });
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
