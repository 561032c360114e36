// SPEC §3.5 (wait for a pause), §3.12 (hold while busy), §3.13 (wall-clock look) and §3.9's exact
// "until tomorrow", at the level of the scheduler's decisions: what it asks for (wakes, busy
// checks, prompts), not only what it logs. The traces in tests/traces cover the logged outcomes.
import { describe, expect, it } from 'vitest';
import type { BusyReason } from '../../src-main/core/busy';
import { tomorrowMorning } from '../../src-main/core/calendar';
import { BUSY_RECHECK_MS, Scheduler, WALL_CHECK_MS, type Decision, type Instant, type SchedulerInput } from '../../src-main/core/scheduler';
import { parseTrace, simulate } from '../../src-main/core/simulation';
import { defaultSettings, type Settings } from '../../src-main/core/settings';
import { statusText } from '../../src-main/core/status-text';
import { ENGLISH_TEXT } from '../../src-main/main-words';

const MIN = 60_000;
const WH = { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

function run(events: Array<Record<string, unknown>>, settings: Record<string, unknown> = {}, end = '10:30') {
  return simulate(parseTrace({ start: '2026-03-02T09:00:00', end, settings, events }), { keepDecisions: true });
}

/** A scheduler on a hand-held clock; `idle` is the OS idle time in seconds at each call. */
function manual(settings: Partial<Settings> = {}, wall = at(2026, 3, 2, 9)) {
  const now: Instant = { mono: 0, wall };
  const s = new Scheduler({ ...defaultSettings(), ...settings }, { ...now });
  return {
    s,
    now,
    feed: (input: SchedulerInput, idle = 0, busy?: BusyReason | null): Decision => s.handle(input, { ...now }, idle, busy),
    to(mono: number) {
      now.wall += mono - now.mono;
      now.mono = mono;
    },
  };
}

describe('§3.9 "until tomorrow", exactly', () => {
  const off = { ...WH, enabled: false };
  it('without working hours: the next 06:00, today\'s before 06:00', () => {
    expect(tomorrowMorning(off, at(2026, 3, 3, 0, 10))).toBe(at(2026, 3, 3, 6));
    expect(tomorrowMorning(off, at(2026, 3, 3, 5, 59))).toBe(at(2026, 3, 3, 6));
    expect(tomorrowMorning(off, at(2026, 3, 3, 6, 0))).toBe(at(2026, 3, 4, 6));
    expect(tomorrowMorning(off, at(2026, 3, 3, 23, 0))).toBe(at(2026, 3, 4, 6));
  });
  it('with working hours: the first working period on or after that 06:00\'s day that is still to come', () => {
    expect(tomorrowMorning(WH, at(2026, 3, 3, 0, 10))).toBe(at(2026, 3, 3, 9)); // Tuesday 00:10 → Tuesday 09:00
    expect(tomorrowMorning(WH, at(2026, 3, 3, 7, 10))).toBe(at(2026, 3, 4, 9)); // Tuesday 07:10 → Wednesday 09:00
    expect(tomorrowMorning(WH, at(2026, 3, 6, 18, 0))).toBe(at(2026, 3, 9, 9)); // Friday evening → Monday
    expect(tomorrowMorning(WH, at(2026, 3, 7, 3, 0))).toBe(at(2026, 3, 9, 9)); // Saturday night → Monday
    // a working period that starts before 06:00 and is still to come counts
    expect(tomorrowMorning({ ...WH, start: '05:00', end: '13:00' }, at(2026, 3, 3, 0, 10))).toBe(at(2026, 3, 3, 5));
  });
});

describe('§3.5: waiting for a pause, without polling', () => {
  it('at due while typing: a prompt (not the window), then the window at the first pause; the prompt goes away', () => {
    const h = manual({ warnSeconds: 0 });
    h.to(45 * MIN);
    const d = h.feed({ type: 'wake' }, 0, null);
    expect(d.effects.map((e) => e.type)).toEqual(['show-prompt']);
    expect(d.status.prompt).toMatchObject({ dueAt: h.now.wall, latestAt: h.now.wall + 3 * MIN });
    expect(statusText(d.status, h.now.wall, ENGLISH_TEXT)).toMatch(/^Limber: Break waits for a pause \(at the latest 09:48\)/);
    // idle 2 s now: the pause cannot complete before 3 s from now, so that is the next wake
    h.to(45 * MIN + 10_000);
    const d2 = h.feed({ type: 'wake' }, 2);
    expect(d2.effects).toEqual([]);
    expect(d2.wakeAt).toBe(45 * MIN + 13_000);
    h.to(45 * MIN + 13_000);
    // the pause is found: before the window opens the detectors are asked (not ahead: it is
    // rarely found at a given sample), so this wake defers to an immediate one with a check
    const deferred = h.feed({ type: 'wake' }, 5);
    expect(deferred.effects).toEqual([]);
    expect(deferred).toMatchObject({ wakeAt: h.now.mono, checkBusy: true });
    const d3 = h.feed({ type: 'wake' }, 5, null);
    expect(d3.effects.map((e) => e.type)).toEqual(['hide-prompt', 'log', 'show-break']);
    expect(d3.effects[1]).toMatchObject({ type: 'log', event: { event: 'break', trigger: 'due', waited: 13 } });
    expect(d3.status.prompt).toBeNull();
  });

  it('typing on through the whole wait costs one idle sample per pauseSeconds at most (a few dozen per break)', () => {
    const r = run([], { pauseSeconds: 5, flexMinutes: 3, warnSeconds: 0 }, '09:50');
    const before = run([], { pauseSeconds: 5, flexMinutes: 0, warnSeconds: 0 }, '09:50');
    const extra = r.wakeUps - before.wakeUps;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThanOrEqual((3 * 60) / 5 + 1);
  });

  it('a user already pausing (or with flexMinutes 0) gets the window at due, without `waited`', () => {
    for (const [idle, flex] of [[6, 3], [0, 0]] as const) {
      const h = manual({ warnSeconds: 0, flexMinutes: flex });
      h.to(45 * MIN);
      const d = h.feed({ type: 'wake' }, idle, null);
      expect(d.effects.map((e) => e.type)).toEqual(['log', 'show-break']);
      expect(d.effects[0]).toMatchObject({ event: { event: 'break' } });
      expect((d.effects[0] as { event: Record<string, unknown> }).event.waited).toBeUndefined();
    }
  });

  it('a break that waited is held if the user joined a call meanwhile', () => {
    const h = manual({ warnSeconds: 0 });
    h.to(45 * MIN);
    h.feed({ type: 'wake' }, 0, null);
    h.to(46 * MIN);
    const d = h.feed({ type: 'wake' }, 6, 'call');
    expect(d.effects.map((e) => (e.type === 'log' ? e.event.event : e.type))).toEqual(['hide-prompt', 'held']);
    expect(d.status).toMatchObject({ prompt: null, held: { reason: 'call' } });
  });

  it('a click on the prompt shows the break at once; a click with nothing waiting is answered', () => {
    const h = manual({ warnSeconds: 0 });
    expect(h.feed({ type: 'prompt' }).effects).toEqual([expect.objectContaining({ event: expect.objectContaining({ event: 'ignored', action: 'prompt' }) })]);
    h.to(45 * MIN);
    h.feed({ type: 'wake' }, 0, null);
    h.to(46 * MIN);
    const d = h.feed({ type: 'prompt' }, 0);
    expect(d.effects.map((e) => e.type)).toEqual(['hide-prompt', 'log', 'show-break']);
    expect(d.effects[1]).toMatchObject({ event: { event: 'break', waited: 60 } });
  });

  it('a longer limit set while the break waits takes the break back (prompt hidden); pausing breaks hides it too', () => {
    const h = manual({ warnSeconds: 0 });
    h.to(45 * MIN);
    h.feed({ type: 'wake' }, 0, null);
    const d = h.feed({ type: 'settings', settings: { ...h.s.currentSettings, sitMinutes: 60 } });
    expect(d.effects.map((e) => e.type)).toEqual(['hide-prompt']);
    expect(d.status.nextBreakAt).toBe(at(2026, 3, 2, 10));
    h.to(60 * MIN);
    h.feed({ type: 'wake' }, 0, null);
    const p = h.feed({ type: 'pause', minutes: 30 });
    expect(p.effects.map((e) => e.type)).toEqual(['hide-prompt', 'log']); // no `skipped`: it never showed
  });
});

describe('§3.12: busy answers enter only at decision moments', () => {
  it('the decision says checkBusy for the warn and the due moment, not for ordinary idle samples', () => {
    const h = manual();
    const first = h.feed({ type: 'wake' });
    expect(first.wakeAt).toBe(5 * MIN); // the idle sample for a natural break
    expect(first.checkBusy).toBe(false);
    let d = first;
    while (d.wakeAt! < 44 * MIN) {
      h.to(d.wakeAt!);
      d = h.feed({ type: 'wake' }, 0);
    }
    expect(d.wakeAt).toBe(44 * MIN);
    expect(d.checkBusy).toBe(true);
  });

  it('a decision moment reached without an answer is deferred: an immediate wake with a check', () => {
    const h = manual();
    h.to(44 * MIN + 1000);
    const d = h.feed({ type: 'lock' }); // an event, not the timer: nobody asked the detectors
    expect(d.effects).toEqual([]);
    expect(d.wakeAt).toBe(h.now.mono);
    expect(d.checkBusy).toBe(true);
    const d2 = h.feed({ type: 'wake' }, 0, 'call');
    expect(d2.effects).toEqual([expect.objectContaining({ event: expect.objectContaining({ event: 'held', reason: 'call' }) })]);
    expect(d2.status.held).toMatchObject({ reason: 'call', until: h.now.wall + 120 * MIN });
    expect(statusText(d2.status, h.now.wall, ENGLISH_TEXT)).toMatch(/^Limber: Break held: in a call/);
    expect(d2.wakeAt).toBe(h.now.mono + BUSY_RECHECK_MS);
    expect(d2.checkBusy).toBe(true);
  });

  it('an idle period becoming a natural break is checked once, not ahead at every sample', () => {
    const r = run([{ at: '09:00', do: 'busy', reason: 'call' }, { at: '09:10', do: 'idle' }], { flexMinutes: 0 }, '09:40');
    expect(r.lines).toEqual([]); // idle in a call is sitting
    // checks: the natural-break moment (09:15), then every 60 s while the busy user stays idle
    expect(r.busyChecks).toBeGreaterThanOrEqual(24);
    expect(r.busyChecks).toBeLessThanOrEqual(27);
  });

  it('a day of typing asks the detectors about twice per break (warn and due), nothing more', () => {
    const r = run([], { flexMinutes: 0 }, '17:00');
    const breaks = r.events.filter((e) => e.event === 'break').length;
    expect(breaks).toBe(1); // an unanswered break stays open
    expect(r.busyChecks).toBe(2);
  });

  it('with every kind of holdWhen off nothing is ever asked', () => {
    const r = run([{ at: '09:00', do: 'busy', reason: 'call' }], { flexMinutes: 0, holdWhen: { call: false, presenting: false, doNotDisturb: false, apps: [] } }, '09:50');
    expect(r.busyChecks).toBe(0);
    expect(r.lines.map((l) => l.event)).toEqual(['warn', 'break']);
  });

  it('a hold is checked every 60 s from the moment it began, and a long one ends with a heads-up that says why', () => {
    const r = run([{ at: '09:00', do: 'busy', reason: 'dnd' }], { flexMinutes: 0, maxHoldMinutes: 30 }, '10:30');
    expect(r.lines.slice(0, 3)).toEqual([
      { at: '09:44:00', event: 'held', reason: 'dnd' },
      { at: '10:14:00', event: 'warn', due: '10:15:00', heldBy: 'dnd' },
      { at: '10:15:00', event: 'break', trigger: 'due', snoozesLeft: 2 },
    ]);
    const notify = r.decisions.flatMap((d) => d.effects).find((e) => e.type === 'notify-warn');
    expect(notify).toMatchObject({ heldBy: 'dnd' });
    expect(r.busyChecks).toBeGreaterThanOrEqual(30);
    expect(r.busyChecks).toBeLessThanOrEqual(32);
  });
});

describe('§3.13: the wall clock is re-read at least every 15 minutes while a wall-clock moment is awaited', () => {
  it('paused until tomorrow: wakes every 15 minutes, and a clock set forward ends the pause within 15 minutes', () => {
    const h = manual({}, at(2026, 3, 2, 19));
    const d = h.feed({ type: 'pause', until: 'tomorrow' });
    expect(d.wakeAt).toBe(WALL_CHECK_MS);
    // the wall clock jumps forward 11 h (now reads 06:10); the next look ends the pause
    h.now.wall += 11 * 60 * MIN;
    h.now.mono += WALL_CHECK_MS;
    const d2 = h.feed({ type: 'wake' });
    expect(d2.effects).toEqual([expect.objectContaining({ event: expect.objectContaining({ event: 'resumed', by: 'timer' }) })]);
  });
  it('outside working hours: the same look; paused indefinitely: no wake at all', () => {
    const h = manual({ workingHours: WH }, at(2026, 3, 2, 18));
    expect(h.feed({ type: 'wake' }).wakeAt).toBe(WALL_CHECK_MS);
    const g = manual({}, at(2026, 3, 2, 10));
    expect(g.feed({ type: 'pause', until: 'forever' }).wakeAt).toBeNull();
  });
});
