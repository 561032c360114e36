// Invariants of the scheduler over thousands of random event sequences (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingTime } from '../../src-main/core/calendar';
import type { BusyReason } from '../../src-main/core/busy';
import type { LimberEvent } from '../../src-main/core/events';
import { simulate, type Trace, type TraceAction, type TraceEvent } from '../../src-main/core/simulation';
import { defaultSettings, type HoldWhen, type Settings } from '../../src-main/core/settings';

const START = new Date(2026, 2, 2, 8, 0).getTime(); // a Monday
const HOURS = 14;

const actionArb: fc.Arbitrary<Omit<TraceEvent, 'at'>> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<TraceAction>('idle', 'active').map((a) => ({ do: a })) },
  { weight: 2, arbitrary: fc.constantFrom<TraceAction>('lock', 'unlock', 'suspend', 'resume').map((a) => ({ do: a })) },
  {
    weight: 6,
    arbitrary: fc.constantFrom<TraceAction>('start', 'complete', 'snooze', 'skip', 'stretch-now', 'resume-breaks').map((a) => ({ do: a })),
  },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ do: 'partial' as const, fraction })) },
  { weight: 1, arbitrary: fc.constant({ do: 'stop' as const, exercise: 'seated-rotation' }) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.integer({ min: 1, max: 180 }).map((minutes) => ({ do: 'pause' as const, minutes })),
      fc.constantFrom('tomorrow' as const, 'forever' as const).map((until) => ({ do: 'pause' as const, until })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        sitMinutes: fc.integer({ min: 10, max: 90 }),
        warnSeconds: fc.constantFrom(0, 30, 60, 300, 600),
        naturalBreakMinutes: fc.integer({ min: 1, max: 15 }),
        snoozeMinutes: fc.integer({ min: 1, max: 20 }),
        maxSnoozes: fc.integer({ min: 0, max: 3 }),
      })
      .map((set) => ({ do: 'settings' as const, set })),
  },
  { weight: 1, arbitrary: fc.integer({ min: -180, max: 180 }).map((m) => ({ do: 'clock' as const, shiftMs: m * 60_000 })) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom<BusyReason>('call', 'presenting', 'dnd', 'app').map((reason) => ({ do: 'busy' as const, reason })),
      fc.constant({ do: 'free' as const }),
      fc.constant({ do: 'prompt' as const }),
    ),
  },
);

const eventsArb = fc
  .array(fc.tuple(fc.integer({ min: 0, max: HOURS * 3600 }), actionArb), { maxLength: 40 })
  .map((list) => list.sort((a, b) => a[0] - b[0]).map(([s, a]) => ({ ...a, at: START + s * 1000 }) as TraceEvent));

const settingsArb = fc.record({
  sitMinutes: fc.integer({ min: 10, max: 90 }),
  naturalBreakMinutes: fc.integer({ min: 1, max: 15 }),
  warnSeconds: fc.constantFrom(0, 60, 600),
  maxSnoozes: fc.integer({ min: 0, max: 3 }),
  workingHours: fc.boolean().map((enabled) => ({ enabled, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' })),
  flexMinutes: fc.constantFrom(0, 3, 15),
  pauseSeconds: fc.constantFrom(2, 5, 60),
  maxHoldMinutes: fc.constantFrom(15, 120),
  holdWhen: fc.constantFrom<HoldWhen>(
    { call: true, presenting: true, doNotDisturb: true, apps: [] },
    { call: false, presenting: true, doNotDisturb: false, apps: ['obs'] },
  ),
});

/**
 * SPEC §3.5 and §3.12 over a whole run: a scheduled break never opens while the detectors say
 * busy (unless it was held for maxHoldMinutes, whose heads-up says so, or the user clicked the
 * prompt), and a break never waits longer than flexMinutes (and 15 s of tolerance).
 */
function checkRightMoment(r: ReturnType<typeof simulate>, t: Trace) {
  const h = t.settings.holdWhen;
  const honored = (reason: BusyReason) =>
    reason === 'call' ? h.call : reason === 'presenting' ? h.presenting : reason === 'dnd' ? h.doNotDisturb : h.apps.length > 0;
  const busyBefore = (at: number): BusyReason | null => {
    let reason: BusyReason | null = null;
    for (const e of t.events) {
      if (e.at >= at) break;
      if (e.do === 'busy') reason = e.reason!;
      if (e.do === 'free') reason = null;
    }
    return reason !== null && honored(reason) ? reason : null;
  };
  let heldOut = false;
  r.events.forEach((e, i) => {
    if (e.event === 'warn' && e.heldBy) heldOut = true;
    if (e.event !== 'break') return;
    const at = r.trueAt[i]!;
    if (e.trigger !== 'manual') {
      const clicked = t.events.some((x) => x.do === 'prompt' && x.at === at);
      if (!heldOut && !clicked) expect(busyBefore(at), `a ${e.trigger} break opened while busy`).toBeNull();
      if (e.waited !== undefined) expect(e.waited).toBeLessThanOrEqual(t.settings.flexMinutes * 60 + 15);
    } else {
      expect(e.waited).toBeUndefined();
    }
    heldOut = false;
  });
}

function trace(settings: Partial<Settings>, events: TraceEvent[]): Trace {
  return { start: START, end: START + HOURS * 3600_000, settings: { ...defaultSettings(), ...settings }, events };
}

/** Replays the log and checks the invariants that must hold for any event sequence. */
function checkLog(events: LimberEvent[], settings: Settings) {
  let open: string | null = null; // the break window showing
  let pending: string | null = null; // a snoozed break waiting to come back
  let paused = false;
  const outcomes = new Map<string, number>();
  // working hours are read on the wall clock the app sees, which is what `at` records
  const wh = settings.workingHours;
  events.forEach((e) => {
    switch (e.event) {
      case 'break':
        expect(open, 'never two breaks at once').toBeNull();
        if (e.trigger !== 'manual') {
          expect(paused, 'no scheduled break while paused').toBe(false);
          if (wh.enabled) expect(isWorkingTime(wh, e.at), 'no scheduled break outside working hours').toBe(true);
        }
        if (pending !== null) expect(e.breakId, 'a snoozed break comes back as itself').toBe(pending);
        open = e.breakId;
        pending = null;
        break;
      case 'warn':
        expect(paused, 'no warn while paused').toBe(false);
        if (wh.enabled) expect(isWorkingTime(wh, e.at), 'no warn outside working hours').toBe(true);
        break;
      case 'snoozed':
        expect(open).toBe(e.breakId);
        pending = open;
        open = null;
        break;
      case 'completed':
      case 'partial':
      case 'stopped':
      case 'skipped':
      case 'natural-break': {
        const id = e.breakId;
        if (id === undefined) break; // a natural break while no break was due
        outcomes.set(id, (outcomes.get(id) ?? 0) + 1);
        expect(outcomes.get(id), 'a break ends in exactly one outcome').toBe(1);
        expect([open, pending], 'an outcome ends the open or the snoozed break').toContain(id);
        if (open === id) open = null;
        if (pending === id) pending = null;
        break;
      }
      case 'paused':
        paused = true;
        break;
      case 'resumed':
        paused = false;
        break;
      default:
        break;
    }
  });
  // every break that was shown and is not still open (or snoozed) has exactly one outcome
  const shown = new Set(events.flatMap((e) => (e.event === 'break' ? [e.breakId] : [])));
  for (const id of shown) {
    if (id === open || id === pending) continue;
    expect(outcomes.get(id), `break ${id} has an outcome`).toBe(1);
  }
}

describe('scheduler invariants over random event sequences', () => {
  it('never two breaks at once; one outcome per break; nothing while paused or off hours; clock never negative', () => {
    fc.assert(
      fc.property(settingsArb, eventsArb, (settings, events) => {
        // settings changes inside a trace keep working hours as they were
        const t = trace(settings, events);
        const r = simulate(t, { keepDecisions: true });
        checkLog(r.events, t.settings);
        checkRightMoment(r, t);
        // plain checks: thousands of decisions per run
        for (const d of r.decisions) {
          if (!(d.status.sittingMs >= 0)) throw new Error(`the sitting clock went negative: ${d.status.sittingMs}`);
          if (d.wakeAt !== null && !Number.isFinite(d.wakeAt)) throw new Error('wakeAt is not a finite time');
        }
      }),
      { numRuns: 1500 },
    );
  }, 120_000); // thousands of simulated days: slow on a loaded machine

  it('shifting the wall clock never changes when a break comes', () => {
    const noWallRules = eventsArb.map((evs) => evs.filter((e) => e.do !== 'clock' && !(e.do === 'pause' && e.until === 'tomorrow')));
    const shiftsArb = fc.array(
      fc.tuple(fc.integer({ min: 0, max: HOURS * 3600 }), fc.integer({ min: -600, max: 600 })),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(settingsArb, noWallRules, shiftsArb, (settings, events, shifts) => {
        const s = { ...settings, workingHours: { ...settings.workingHours, enabled: false } };
        const shifted = [...events, ...shifts.map(([sec, min]) => ({ at: START + sec * 1000, do: 'clock' as const, shiftMs: min * 60_000 }))].sort(
          (a, b) => a.at - b.at,
        );
        const a = simulate(trace(s, events));
        const b = simulate(trace(s, shifted));
        const when = (r: ReturnType<typeof simulate>) =>
          r.events.map((e, i) => `${e.event}@${r.trueAt[i]}`).filter((x) => /^(warn|break)@/.test(x));
        expect(when(b)).toEqual(when(a));
        expect(b.events.map((e) => e.event)).toEqual(a.events.map((e) => e.event));
      }),
      { numRuns: 1500 },
    );
  });

  it('a natural break by idle is detected within 15 s of reaching naturalBreakMinutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 40 * 60 }), fc.integer({ min: 1, max: 20 }), (idleAtSec, n) => {
        const idleAt = START + 3600_000 + idleAtSec * 1000; // working hours off: any time is fine
        const r = simulate(trace({ naturalBreakMinutes: n, sitMinutes: 180 }, [{ at: idleAt, do: 'idle' }]));
        const i = r.events.findIndex((e) => e.event === 'natural-break');
        expect(i).toBeGreaterThanOrEqual(0);
        const moment = idleAt + n * 60_000;
        expect(r.trueAt[i]! - moment).toBeGreaterThanOrEqual(0);
        expect(r.trueAt[i]! - moment).toBeLessThanOrEqual(15_000);
        expect(Math.abs(r.events[i]!.at - moment)).toBeLessThanOrEqual(15_000);
      }),
      { numRuns: 500 },
    );
  });
});

describe('counterexamples found by the properties, kept as regressions', () => {
  it('a clock set back to the moment of an earlier break does not give a later break the same id', () => {
    const settings = { sitMinutes: 10, naturalBreakMinutes: 1, warnSeconds: 0, maxSnoozes: 0, flexMinutes: 0, workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } };
    const events: TraceEvent[] = [
      { do: 'clock', shiftMs: -600000, at: 1772439000000 },
      { do: 'skip', at: 1772439000000 },
      { do: 'idle', at: 1772439541000 },
    ];
    const r = simulate(trace(settings, events));
    const ids = r.events.flatMap((e) => (e.event === 'break' ? [e.breakId] : []));
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    checkLog(r.events, trace(settings, events).settings);
  });
});
