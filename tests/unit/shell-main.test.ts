// main.ts, the process entry: the limber:// scheme is made privileged before `ready` (Electron
// ignores it after), the shell starts on `ready` with the platform from the environment, and
// quitting disposes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, type FakeTray, resetElectronMock } from '../mocks/electron';

let dir: string;
const argv = process.argv;
beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-main-'));
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: {}, firstRunDone: true, exclusionNotes: {} }));
  process.argv = ['/x/limber', `--limber-user-data=${dir}`];
  vi.resetModules();
});
afterEach(async () => {
  process.argv = argv;
  (await import('electron')).app.emit('before-quit', { preventDefault() {} });
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('main.ts', () => {
  it('registers limber:// as a standard, secure scheme before ready, then starts the shell and serves it', async () => {
    const electron = await import('electron');
    const registered: boolean[] = [];
    const orig = electron.protocol.registerSchemesAsPrivileged.bind(electron.protocol);
    electron.protocol.registerSchemesAsPrivileged = (s) => {
      registered.push(electron.app.isReady());
      orig(s);
    };
    await import('../../src-main/main');
    await Promise.resolve();
    await Promise.resolve();
    expect(registered).toEqual([false]);
    const p = electron.protocol as unknown as typeof fake.protocol;
    expect(p.privileged).toEqual([{ scheme: 'limber', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(p.isProtocolHandled('limber')).toBe(true);
    expect((electron.Tray as unknown as typeof FakeTray).instances).toHaveLength(1);
  });
});
