// Power and session events become core inputs; the idle time is sampled at every call.
import * as electron from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { isWaylandSession, sampleIdle, StuckIdleDetector, watchActivity, type ActivityInput } from '../../src-main/activity';
import { Scheduler, type Instant } from '../../src-main/core/scheduler';
import { defaultSettings } from '../../src-main/core/settings';
import { CAPABILITIES, PLATFORM_KEYS } from '../../src-main/platform';
import { fake, fakeState, resetElectronMock, setPlatform } from '../mocks/electron';

beforeEach(() => resetElectronMock());

describe.each(PLATFORM_KEYS)('watchActivity on %s', (key) => {
  it(`translates suspend/resume${CAPABILITIES[key].lockEvents ? ' and lock/unlock' : ' (lock/unlock never come: Electron sends them on macOS/Windows only)'}, and stops on unsubscribe`, () => {
    setPlatform(key);
    const got: ActivityInput[] = [];
    const stop = watchActivity(electron.powerMonitor, (i) => got.push(i));
    for (const e of ['lock-screen', 'suspend', 'resume', 'unlock-screen', 'shutdown'] as const) fake.powerMonitor.osEmit(e);
    const locks = CAPABILITIES[key].lockEvents;
    expect(got).toEqual(locks ? [{ type: 'lock' }, { type: 'suspend' }, { type: 'resume' }, { type: 'unlock' }] : [{ type: 'suspend' }, { type: 'resume' }]);
    stop();
    fake.powerMonitor.osEmit('suspend');
    expect(got).toHaveLength(locks ? 4 : 2);
  });
});

describe('watchActivity', () => {
  it('drives a real scheduler: idle samples at each call date the user away, a suspend counts as a natural break', () => {
    // a tiny driver, like main.ts: every call samples the OS idle time at that moment
    let mono = 0;
    const wall0 = new Date(2026, 2, 2, 9, 0).getTime();
    const now = (): Instant => ({ mono, wall: wall0 + mono });
    const s = new Scheduler(defaultSettings(), now());
    const log: string[] = [];
    const feed = (i: Parameters<Scheduler['handle']>[0]) => {
      const d = s.handle(i, now(), sampleIdle(electron.powerMonitor), null); // no busy detectors: always free
      for (const e of d.effects) if (e.type === 'log') log.push(e.event.event);
      return d;
    };
    watchActivity(electron.powerMonitor, feed);
    const calls = fake.powerMonitor.idleCalls;
    // idle for 6 minutes: the scheduler's own wake-up sees it and logs a natural break
    mono = 6 * 60_000;
    fakeState.idleSeconds = 6 * 60;
    feed({ type: 'wake' });
    expect(log).toEqual(['natural-break']);
    expect(fake.powerMonitor.idleCalls).toBe(calls + 1);
    // back, then a 20-minute suspend
    fakeState.idleSeconds = 0;
    mono += 1000;
    feed({ type: 'wake' });
    electron.powerMonitor.emit('suspend');
    mono += 20 * 60_000;
    electron.powerMonitor.emit('resume');
    expect(log).toEqual(['natural-break', 'natural-break']);
    expect(fake.powerMonitor.idleCalls).toBe(calls + 4);
  });
});

describe('sampleIdle', () => {
  it('reads the OS idle time and treats nonsense as present', () => {
    fakeState.idleSeconds = 42;
    expect(sampleIdle(electron.powerMonitor)).toBe(42);
    fakeState.idleSeconds = Number.NaN;
    expect(sampleIdle(electron.powerMonitor)).toBe(0);
    fakeState.idleSeconds = -3;
    expect(sampleIdle(electron.powerMonitor)).toBe(0);
    expect(sampleIdle({ getSystemIdleTime: () => { throw new Error('no X'); } })).toBe(0);
  });
});

describe('the Wayland caveat', () => {
  it('detects an idle counter stuck at 0 for an hour, once, on Wayland only', () => {
    const d = new StuckIdleDetector(true);
    const hits = Array.from({ length: 13 }, (_, i) => d.sample(0, i * 5 * 60_000));
    expect(hits.filter(Boolean)).toHaveLength(1);
    expect(hits[12]).toBe(true);
    expect(new StuckIdleDetector(false).sample(0, 10 ** 9)).toBe(false);
  });
  it('any non-zero sample resets it', () => {
    const d = new StuckIdleDetector(true, 3, 1000);
    d.sample(0, 0);
    d.sample(0, 600);
    d.sample(4, 900);
    expect(d.sample(0, 1200)).toBe(false);
    expect(d.sample(0, 1800)).toBe(false);
    expect(d.sample(0, 2300)).toBe(true);
  });
  it('recognises a Wayland session', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11' })).toBe(false);
  });
});
