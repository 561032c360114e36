// The shell hands the core the platform's detectors (as the app's busy port, and to Settings
// through getDetectors) and, on Linux, feeds it the session's lock state — here from a
// logind-like service on a real D-Bus daemon, and from powerMonitor's idle state at a wake.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src-main/clock';
import { DETECTOR_KINDS, type BusyReason } from '../../src-main/core/busy';
import type { BusyDetectors } from '../../src-main/detectors';
import { startShell, type Shell } from '../../src-main/shell';
import type { TimerApi } from '../../src-main/wake-timer';
import { fake, resetElectronMock } from '../mocks/electron';
import { FakeLogind } from '../support/fake-desktop';
import { need, Procs, startBus, until, type Bus, type Started } from '../support/real-servers';

const WALL0 = new Date(2026, 2, 2, 9, 0).getTime();
let dir: string;
let mono = 0;
let timers: { fn: () => void; at: number }[] = [];
let shell: Shell | null = null;
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

function start(platform: string, env: Record<string, string>, logs: string[] = [], busy?: BusyDetectors): Shell {
  shell = startShell({
    userData: dir,
    paths: { rendererDir: path.join(dir, 'renderer'), preload: path.join(dir, 'preload.cjs'), iconsDir: path.join(dir, 'icons') },
    devServer: null,
    platform,
    env,
    packaged: false,
    execPath: '/x/limber',
    home: dir,
    clock,
    timers: timerApi,
    random: () => 0.5,
    log: (m) => logs.push(m),
    ...(busy ? { busy } : {}),
  });
  return shell;
}

beforeEach(() => {
  resetElectronMock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-busy-wiring-'));
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ firstRunDone: true }));
  mono = 0;
  timers = [];
});
afterEach(() => {
  shell?.dispose();
  shell = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the busy port in the shell', () => {
  it('Settings can ask which detectors work here (one answer per kind, with reasons)', async () => {
    const s = start('linux', { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' });
    const a = await s.limber.getDetectors();
    expect(a.map((x) => x.kind)).toEqual([...DETECTOR_KINDS]);
    expect(a.find((x) => x.kind === 'presenting')).toMatchObject({ available: false, detail: expect.stringMatching(/Wayland/) });
    expect(a.find((x) => x.kind === 'apps')).toMatchObject({ available: true });
  });

  it("the detectors' answer reaches the core: a break due during a call is held, and comes once the call ends", async () => {
    let answer: BusyReason | null = 'call';
    const asked: unknown[] = [];
    const port: BusyDetectors = {
      check: async (holdWhen) => {
        asked.push(holdWhen);
        return answer;
      },
      availability: async () => [],
      lastCheck: null,
      dispose: () => {},
    };
    const s = start('linux', {}, [], port);
    // let the one timer fire until the core has asked the port and got its answer
    const fireNext = async () => {
      const t = timers[0]!;
      timers = [];
      mono = t.at;
      t.fn();
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    };
    for (let i = 0; i < 50 && !s.limber.statusView().status.held; i++) await fireNext();
    expect(s.limber.statusView().status.held).toMatchObject({ reason: 'call' });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked[0]).toMatchObject({ call: true, presenting: true, doNotDisturb: true });
    answer = null;
    for (let i = 0; i < 50 && s.limber.statusView().status.held; i++) await fireNext();
    expect(s.limber.statusView().status.held).toBeFalsy();
  });

  it('macOS: what cannot work says so', async () => {
    const s = start('darwin', {});
    const a = await s.limber.getDetectors();
    expect(a.find((x) => x.kind === 'doNotDisturb')).toMatchObject({ available: false, detail: expect.stringMatching(/Focus/) });
  });
});

describe('Linux lock state in the shell', { timeout: 60_000 }, () => {
  const procs = new Procs();
  let bus: Started<Bus>;
  beforeAll(async () => {
    bus = await startBus(procs);
  }, 180_000);
  afterAll(() => procs.stopAll());

  it('a logind lock and unlock reach the core', async (ctx) => {
    const { address } = need(bus, ctx);
    const logind = await FakeLogind.start(address);
    const logs: string[] = [];
    try {
      const s = start('linux', { XDG_SESSION_ID: '2', DBUS_SYSTEM_BUS_ADDRESS: address, DBUS_SESSION_BUS_ADDRESS: address }, logs);
      expect(await until(() => logs.some((l) => l.startsWith('screen lock: logind LockedHint')))).toBe(true);
      expect(s.limber.statusView().status.locked).toBe(false);
      logind.setLocked(true);
      expect(await until(() => s.limber.statusView().status.locked)).toBe(true);
      logind.setLocked(false);
      expect(await until(() => !s.limber.statusView().status.locked)).toBe(true);
    } finally {
      logind.stop();
    }
  });

  it("powerMonitor's idle state 'locked' at a wake is a lock (where no D-Bus source answers)", () => {
    const s = start('linux', { DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/nonexistent/system', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/session' });
    let state: 'locked' | 'active' = 'locked';
    const original = fake.powerMonitor.getSystemIdleState;
    fake.powerMonitor.getSystemIdleState = () => state;
    try {
      const t = timers[0]!;
      timers = [];
      mono = t.at;
      t.fn();
      expect(s.limber.statusView().status.locked).toBe(true);
      state = 'active';
      // the next wake (while locked the core still wakes for the natural break) reads it again
      const next = timers[0]!;
      expect(next).toBeDefined();
      timers = [];
      mono = next.at;
      next.fn();
      expect(s.limber.statusView().status.locked).toBe(false);
    } finally {
      fake.powerMonitor.getSystemIdleState = original;
    }
  });
});
