// SPEC §3, rule by rule. Each test drives the real Scheduler, either through the simulator
// (a trace in code) or directly with a hand-held clock where the simulator cannot express it.
import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../src-main/core/busy';
import { Scheduler, type Decision, type Instant, type SchedulerInput } from '../../src-main/core/scheduler';
import { parseTrace, simulate, type OutputLine } from '../../src-main/core/simulation';
import { defaultSettings, type Settings } from '../../src-main/core/settings';

type TraceEvents = Array<Record<string, unknown>>;

/** Rules other than 5 are tested with breaks shown at due (`flexMinutes` 0) unless a test says otherwise. */
function run(events: TraceEvents, settings: Record<string, unknown> = {}, end = '12:00', start = '2026-03-02T09:00:00', opts = {}) {
  return simulate(parseTrace({ start, end, settings: { flexMinutes: 0, ...settings }, events }), opts);
}
const brief = (lines: OutputLine[]) => lines.map((l) => `${l.at} ${l.event}`);
/**
 * Checks lines against "HH:MM:SS event" strings allowing 15 s either way: after a natural
 * break the user's return is seen by the next look, so later times may be off by up to 15 s
 * (SPEC §8).
 */
function expectNear(lines: OutputLine[], expected: string[]) {
  const secs = (hms: string) => hms.split(':').map(Number).reduce((a, b) => a * 60 + b, 0);
  expect(lines.map((l) => l.event)).toEqual(expected.map((e) => e.split(' ')[1]));
  lines.forEach((l, i) => {
    const exp = expected[i]!.split(' ')[0]!;
    expect(Math.abs(secs(l.at) - secs(exp)), `${l.event} at ${l.at}, expected ${exp}`).toBeLessThanOrEqual(15);
  });
}

/** A scheduler on a hand-held clock (monotonic and wall in ms, idle in seconds). */
function manual(settings: Partial<Settings> = {}, wall = new Date(2026, 2, 2, 9, 0).getTime()) {
  const now: Instant = { mono: 0, wall };
  const s = new Scheduler({ ...defaultSettings(), flexMinutes: 0, ...settings }, { ...now });
  let idle = 0;
  // the detectors are asked on every call here and answer "free" unless a test says otherwise
  const feed = (input: SchedulerInput, busy: BusyReason | null = null): Decision => s.handle(input, { ...now }, idle, busy);
  return {
    scheduler: s,
    now,
    setIdle: (seconds: number) => (idle = seconds),
    advance(ms: number, { monoToo = true } = {}) {
      if (monoToo) now.mono += ms;
      now.wall += ms;
      if (idle > 0) idle += ms / 1000;
    },
    feed,
  };
}

describe('rule 1: when the sitting clock starts', () => {
  it('starts at app start inside working hours', () => {
    expect(brief(run([], {}, '09:46').lines)).toEqual(['09:44:00 warn', '09:45:00 break']);
  });
  it('restarts at an outcome, not before', () => {
    const r = run([{ at: '09:50', do: 'skip' }], {}, '10:40');
    expect(brief(r.lines).slice(-3)).toEqual(['09:50:00 skipped', '10:34:00 warn', '10:35:00 break']);
  });
  it('after a natural break, waits for the next input', () => {
    const r = run([{ at: '09:10', do: 'idle' }, { at: '10:30', do: 'active' }], {}, '11:20');
    expectNear(r.lines, ['09:15:00 natural-break', '11:14:00 warn', '11:15:00 break']);
  });
});

describe('rule 2: short away periods count as sitting; suspend never does', () => {
  it('a 4-minute idle and a 4-minute lock do not move the break', () => {
    const r = run([
      { at: '09:10', do: 'idle' }, { at: '09:14', do: 'active' },
      { at: '09:20', do: 'lock' }, { at: '09:24', do: 'unlock' },
    ], {}, '09:50');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break']);
  });
  it('a 3-minute suspend pushes the break back by 3 minutes, whether or not the monotonic clock stops', () => {
    for (const monoStopsInSuspend of [false, true]) {
      const r = run([{ at: '09:20', do: 'suspend' }, { at: '09:23', do: 'resume' }], {}, '09:50', undefined, { monoStopsInSuspend });
      expect(brief(r.lines)).toEqual(['09:47:00 warn', '09:48:00 break']);
    }
  });
});

describe('rule 3: natural breaks', () => {
  it('by idle: logged at the moment away reaches naturalBreakMinutes, while still away', () => {
    const r = run([{ at: '09:30', do: 'idle' }], { naturalBreakMinutes: 7 }, '10:00');
    expect(brief(r.lines)).toEqual(['09:37:00 natural-break']);
    expect(r.trueAt[0]! - new Date(2026, 2, 2, 9, 37).getTime()).toBeLessThanOrEqual(15_000);
  });
  it('by lock: logged while still locked', () => {
    const r = run([{ at: '09:30', do: 'lock' }], {}, '10:00');
    expect(r.lines).toEqual([{ at: '09:35:00', event: 'natural-break', cause: 'lock' }]);
  });
  it('by suspend: logged at resume', () => {
    const r = run([{ at: '09:30', do: 'suspend' }, { at: '11:00', do: 'resume' }], {}, '11:05');
    expect(r.lines).toEqual([{ at: '11:00:00', event: 'natural-break', cause: 'suspend' }]);
  });
  it('away time is the longest of idle, lock and suspend: idle before a lock counts', () => {
    const r = run([{ at: '09:30', do: 'idle' }, { at: '09:33', do: 'lock' }], {}, '10:00');
    expect(brief(r.lines)).toEqual(['09:35:00 natural-break']);
  });
  it('idle before a suspend counts: 3 min idle + 3 min suspended is a natural break at resume', () => {
    const r = run([{ at: '09:30', do: 'idle' }, { at: '09:33', do: 'suspend' }, { at: '09:36', do: 'resume' }], {}, '10:00');
    expect(brief(r.lines)).toEqual(['09:36:00 natural-break']);
  });
  it('suspended time is measured between the events even when the monotonic clock stops', () => {
    const h = manual();
    h.advance(10 * 60_000);
    h.feed({ type: 'suspend' });
    h.advance(30 * 60_000, { monoToo: false }); // a monotonic clock that did not count the suspend
    const d = h.feed({ type: 'resume' });
    const logged = d.effects.filter((e) => e.type === 'log').map((e) => e.type === 'log' && e.event);
    expect(logged).toEqual([expect.objectContaining({ event: 'natural-break', cause: 'suspend' })]);
    expect(d.status.mode).toBe('sitting'); // the user is back: the clock starts from zero
    expect(d.status.sittingMs).toBe(0);
  });
});

describe('rule 4: warn and due', () => {
  it('warns warnSeconds before the break', () => {
    const r = run([], { warnSeconds: 300 }, '09:50');
    expect(r.lines[0]).toMatchObject({ at: '09:40:00', event: 'warn', due: '09:45:00' });
  });
  it('logs the warn with notifications off, but asks for no notification', () => {
    const on = manual({ notifications: true });
    const off = manual({ notifications: false });
    for (const h of [on, off]) h.advance(44 * 60_000);
    const dOn = on.feed({ type: 'wake' });
    const dOff = off.feed({ type: 'wake' });
    expect(dOn.effects.map((e) => e.type)).toEqual(['log', 'notify-warn']);
    expect(dOff.effects.map((e) => e.type)).toEqual(['log']);
  });
  it('warnSeconds 0 means no heads-up at all', () => {
    expect(brief(run([], { warnSeconds: 0 }, '09:50').lines)).toEqual(['09:45:00 break']);
  });
  it('no warn before a snoozed break', () => {
    const r = run([{ at: '09:46', do: 'snooze' }], {}, '09:55');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break', '09:46:00 snoozed', '09:51:00 break']);
  });
  it('the break appears within 15 s of being due, and wakes are scheduled for exactly then', () => {
    const h = manual();
    let d = h.feed({ type: 'wake' });
    // follow the scheduler's own wake requests until the break shows
    for (let i = 0; i < 100 && !d.effects.some((e) => e.type === 'show-break'); i++) {
      h.advance(d.wakeAt! - h.now.mono);
      d = h.feed({ type: 'wake' });
    }
    expect(h.now.mono).toBe(45 * 60_000);
  });
});

describe('rule 6: answering a break', () => {
  it('snooze re-shows the break snoozeMinutes later with the sitting clock still running, and is refused after maxSnoozes', () => {
    const r = run([{ at: '09:45:30', do: 'snooze' }, { at: '09:49', do: 'snooze' }], { snoozeMinutes: 3, maxSnoozes: 1 }, '09:52');
    expect(r.lines.map((l) => [l.at, l.event, l.snoozesLeft ?? l.reason ?? null])).toEqual([
      ['09:44:00', 'warn', null],
      ['09:45:00', 'break', 1],
      ['09:45:30', 'snoozed', null],
      ['09:48:30', 'break', 0],
      ['09:49:00', 'ignored', 'no snoozes left for this break (maxSnoozes is 1)'],
    ]);
    // the re-shown break is the same break: one id
    const ids = new Set(r.events.filter((e) => e.event === 'break').map((e) => e.event === 'break' && e.breakId));
    expect(ids.size).toBe(1);
  });
  it('maxSnoozes 0: snooze is never offered', () => {
    const r = run([{ at: '09:46', do: 'snooze' }], { maxSnoozes: 0 }, '09:47');
    expect(r.lines.slice(1).map((l) => [l.event, l.snoozesLeft ?? l.action])).toEqual([['break', 0], ['ignored', 'snooze']]);
  });
  it('partial carries the fraction and stop the exercise; actions out of place are ignored with a reason', () => {
    const r = run([
      { at: '09:40', do: 'start' },
      { at: '09:46', do: 'complete' },
      { at: '09:46:10', do: 'start' },
      { at: '09:47', do: 'stop', exercise: 'seated-rotation' },
      { at: '09:48', do: 'skip' },
    ], {}, '09:50');
    expect(r.lines.map((l) => [l.event, l.reason ?? l.exercise ?? null])).toEqual([
      ['ignored', 'no break is showing'],
      ['warn', null],
      ['break', null],
      ['ignored', 'the routine has not started'],
      ['started', null],
      ['stopped', 'seated-rotation'],
      ['ignored', 'no break is showing'],
    ]);
  });
});

describe('rule 7: walking away from a break', () => {
  it('closes an unanswered break as one natural-break event', () => {
    const r = run([{ at: '09:45:10', do: 'idle' }], {}, '11:00');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break', '09:50:10 natural-break']);
    const d = r.events[2]!;
    expect(d.event === 'natural-break' && d.breakId).toBe(r.events[1]!.event === 'break' && r.events[1]!.breakId);
  });
  it('never ends a started routine, however long without input', () => {
    const r = run([{ at: '09:46', do: 'start' }, { at: '09:46', do: 'idle' }], {}, '12:00');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break', '09:46:00 started']);
  });
});

describe('rule 8: one break at a time, never at the moment of return', () => {
  it('stretch-now while a break shows is refused', () => {
    const r = run([{ at: '09:46', do: 'stretch-now' }], {}, '09:47');
    expect(r.lines.at(-1)).toMatchObject({ event: 'ignored', action: 'stretch-now', reason: 'a break is already showing' });
  });
  it('a natural break reached at the very moment a break is due wins: no break, and a full sitting period after return', () => {
    const r = run([{ at: '09:40', do: 'idle' }, { at: '10:10', do: 'active' }], {}, '11:00');
    expectNear(r.lines, ['09:44:00 warn', '09:45:00 natural-break', '10:54:00 warn', '10:55:00 break']);
  });
});

describe('rule 9: pause', () => {
  it('pausing while a break shows skips that break, then pauses', () => {
    const r = run([{ at: '09:46', do: 'pause', minutes: 60 }], {}, '10:00');
    expect(brief(r.lines).slice(2)).toEqual(['09:46:00 skipped', '09:46:00 paused']);
  });
  it('nothing is tracked while paused: no natural break, no warn, no break', () => {
    const r = run([{ at: '09:05', do: 'pause', minutes: 120 }, { at: '09:10', do: 'idle' }, { at: '10:00', do: 'active' }], {}, '11:04');
    expect(brief(r.lines)).toEqual(['09:05:00 paused']);
  });
  it('a pause of N hours wakes the scheduler exactly once, at its end, with no idle polling', () => {
    const r = run([{ at: '09:05', do: 'pause', minutes: 120 }], {}, '11:05:01');
    const wakesBefore = run([{ at: '09:05', do: 'pause', minutes: 120 }], {}, '11:04:59').wakeUps;
    expect(r.wakeUps - wakesBefore).toBe(1);
    expect(brief(r.lines)).toEqual(['09:05:00 paused', '11:05:00 resumed']);
  });
  it('an indefinite pause asks for no wake at all', () => {
    const h = manual();
    const d = h.feed({ type: 'pause', until: 'forever' });
    expect(d.wakeAt).toBeNull();
    expect(d.status).toMatchObject({ mode: 'paused', paused: true, pausedUntil: null });
  });
  it('a pause for an invalid number of minutes is refused and changes nothing', () => {
    const h = manual();
    const d = h.feed({ type: 'pause', minutes: 0 });
    expect(d.effects).toEqual([{ type: 'log', event: expect.objectContaining({ event: 'ignored', action: 'pause' }) }]);
    expect(d.status.mode).toBe('sitting');
  });
  it('until tomorrow without working hours ends at 06:00 the next day', () => {
    const r = run([{ at: '23:00', do: 'pause', until: 'tomorrow' }], {}, '2026-03-03T06:01:00', '2026-03-02T22:30:00');
    expect(brief(r.lines)).toEqual(['23:00:00 paused', '2026-03-03T06:00:00 resumed']);
  });
});

describe('rule 10: settings changes never reset the sitting clock', () => {
  it('changing an unrelated setting keeps the schedule', () => {
    const r = run([{ at: '09:30', do: 'settings', set: { dailyGoal: 8, sound: false } }], {}, '09:50');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break']);
  });
  it('a shorter limit after the heads-up never brings the break earlier than announced', () => {
    const r = run([{ at: '09:44:30', do: 'settings', set: { sitMinutes: 20 } }], {}, '09:50');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break']);
  });
  it('a longer limit after the heads-up gives a fresh heads-up later', () => {
    const r = run([{ at: '09:44:30', do: 'settings', set: { sitMinutes: 60 } }], {}, '10:01');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:59:00 warn', '10:00:00 break']);
  });
});

describe('rule 11: working hours', () => {
  const wh = { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } };
  it('nothing happens on a weekend day', () => {
    const r = run([{ at: '10:00', do: 'idle' }, { at: '11:00', do: 'active' }], wh, '18:00', '2026-03-07T08:00:00');
    expect(r.lines).toEqual([]);
    // nothing but the wall-clock look every 15 minutes of rule 13 (10 hours: 40 looks at most)
    expect(r.wakeUps).toBeLessThanOrEqual(40);
  });
  it('the clock starts fresh at the start of working hours when the user is already there', () => {
    const r = run([], wh, '09:46', '2026-03-02T08:30:00');
    expect(brief(r.lines)).toEqual(['09:44:00 warn', '09:45:00 break']);
  });
  it('a break is never due at or after the end of working hours', () => {
    const r = run([], wh, '2026-03-02T18:00:00', '2026-03-02T16:30:00');
    expect(r.lines).toEqual([]);
  });
  it('a snoozed break that the end of the day cuts off still gets its one outcome', () => {
    const r = run([{ at: '16:58', do: 'snooze' }], wh, '18:00', '2026-03-02T16:13:00');
    expect(brief(r.lines)).toEqual(['16:57:00 warn', '16:58:00 break', '16:58:00 snoozed', '17:00:00 skipped']);
  });
});

describe('wake-ups are as rare as correctness allows', () => {
  it('an 8-hour day of continuous input with prompt breaks needs fewer than 1 % of a 1 s poll', () => {
    const events: TraceEvents = [];
    // answer each break 30 s after it shows, complete 2 min later: breaks at 45-minute intervals
    let t = new Date(2026, 2, 2, 9, 0).getTime();
    for (let i = 0; i < 10; i++) {
      t += 45 * 60_000 + 30_000;
      const hm = (ms: number) => new Date(ms).toTimeString().slice(0, 8);
      events.push({ at: hm(t), do: 'start' }, { at: hm(t + 120_000), do: 'complete' });
      t += 120_000;
    }
    const r = run(events, {}, '17:00');
    expect(r.lines.filter((l) => l.event === 'completed').length).toBe(10);
    expect(r.wakeUps).toBeLessThan(8 * 3600 / 100);
  });
});
