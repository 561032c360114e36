// Scheduler figures: timer wake-ups in simulated 8-hour days (next to a fixed 1-second poll),
// and the core's CPU time to replay a simulated month. Each run uses a different seed (answer
// delays, routine lengths, meeting and lunch times), so the spread shows how much they matter.

import { defaultSettings } from '../../src-main/core/settings';
import { simulate } from '../../src-main/core/simulation';
import { modelDay, OPEN_AT_DUE, runModelDay } from './typing-model';
import { at, continuousDay, realisticDay, realisticMonth, referenceDay, HOURS_8, type BuiltTrace } from './user-model';
import { spread, type Spread } from './stats';

/** A fixed 1-second poll over the same 8 hours. */
export const POLL_1S_8H = HOURS_8 / 1000;

export interface DayFigures {
  runs: number;
  seeds: number[];
  /** timer wake-ups the scheduler asked for (Decision.wakeAt), 09:00–17:00 */
  wakeUps: Spread;
  /** every call into the scheduler: wake-ups + events (lock, unlock, user actions) + the first */
  calls: Spread;
  /** 28,800 / wake-ups, per run */
  ratio: Spread;
  breaksShown: Spread;
  /** sanity: actions the scheduler refused (should be 0: the simulated user only answers shown breaks) */
  ignored: number;
}

function day(build: (seed: number) => BuiltTrace, seeds: number[]): DayFigures {
  const wakes: number[] = [];
  const calls: number[] = [];
  const shown: number[] = [];
  let ignored = 0;
  for (const seed of seeds) {
    const built = build(seed);
    const r = simulate(built.trace);
    wakes.push(r.wakeUps);
    calls.push(r.calls);
    shown.push(r.events.filter((e) => e.event === 'break').length);
    ignored += r.events.filter((e) => e.event === 'ignored').length;
  }
  return {
    runs: seeds.length,
    seeds,
    wakeUps: spread(wakes),
    calls: spread(calls),
    ratio: spread(wakes.map((w) => POLL_1S_8H / w)),
    breaksShown: spread(shown),
    ignored,
  };
}

export interface MonthFigures {
  runs: number;
  seeds: number[];
  /** process.cpuUsage() user + system around simulate(month), ms */
  cpuMs: Spread;
  /** the same replay on the wall clock, ms */
  wallMs: Spread;
  wakeUps: Spread;
  calls: Spread;
  /** CPU per scheduler call, µs */
  cpuPerCallUs: Spread;
  workingDays: number;
  breaksShown: Spread;
  ignored: number;
}

function month(seeds: number[]): MonthFigures {
  const cpu: number[] = [];
  const wall: number[] = [];
  const wakes: number[] = [];
  const calls: number[] = [];
  const perCall: number[] = [];
  const shown: number[] = [];
  let ignored = 0;
  let workingDays = 0;
  // one replay first, not counted: the JIT compiles the scheduler on it
  simulate(realisticMonth(seeds[0]! + 1000).trace);
  for (const seed of seeds) {
    const built = realisticMonth(seed);
    workingDays = built.days.length;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = simulate(built.trace);
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    const cpuMs = (c.user + c.system) / 1000;
    cpu.push(cpuMs);
    wall.push(t1 - t0);
    wakes.push(r.wakeUps);
    calls.push(r.calls);
    perCall.push((cpuMs * 1000) / r.calls);
    shown.push(r.events.filter((e) => e.event === 'break').length);
    ignored += r.events.filter((e) => e.event === 'ignored').length;
  }
  return {
    runs: seeds.length,
    seeds,
    cpuMs: spread(cpu),
    wallMs: spread(wall),
    wakeUps: spread(wakes),
    calls: spread(calls),
    cpuPerCallUs: spread(perCall),
    workingDays,
    breaksShown: spread(shown),
    ignored,
  };
}

/** The right moment (SPEC §3.5, §3.12) on the model day of scripts/bench/typing-model.ts. */
export interface RightMomentFigures {
  runs: number;
  /** breaks shown by the scheduler (due or snoozed) over all runs */
  breaks: { limber: number; atDue: number };
  /** share of those breaks that opened while the user had typed within the last 2 s */
  typedWithin2s: { limber: number; atDue: number };
  /** seconds from due to the window (`waited`, 0 when shown at due), over all Limber breaks */
  delaySeconds: { median: number; p95: number; max: number };
  /** breaks shown during a call or the presentation, over all runs */
  duringBusy: { limber: number; atDue: number };
  /** Limber's timer wake-ups in the 8 h, per run, and 28,800 ÷ that */
  wakeUps: Spread;
  ratio: Spread;
  /** the same day opening at due: what waiting and holding cost in wake-ups */
  wakeUpsAtDue: Spread;
  /** BusyPort checks per day (only when the scheduler asked) */
  busyChecks: Spread;
  /** `held` lines per day */
  held: Spread;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? Number.NaN;
}

function rightMoment(seeds: number[]): RightMomentFigures {
  let shown = 0;
  let shownDue = 0;
  let typed = 0;
  let typedDue = 0;
  let busy = 0;
  let busyDue = 0;
  const delays: number[] = [];
  const wakes: number[] = [];
  const wakesDue: number[] = [];
  const checks: number[] = [];
  const held: number[] = [];
  for (const seed of seeds) {
    const d = modelDay(seed);
    const limber = runModelDay(d, seed, {});
    const due = runModelDay(d, seed, OPEN_AT_DUE);
    shown += limber.breaks.length;
    shownDue += due.breaks.length;
    typed += limber.breaks.filter((b) => b.typedWithin2s).length;
    typedDue += due.breaks.filter((b) => b.typedWithin2s).length;
    busy += limber.breaks.filter((b) => b.duringBusy).length;
    busyDue += due.breaks.filter((b) => b.duringBusy).length;
    delays.push(...limber.breaks.map((b) => b.waited));
    wakes.push(limber.result.wakeUps);
    wakesDue.push(due.result.wakeUps);
    checks.push(limber.result.busyChecks);
    held.push(limber.result.events.filter((e) => e.event === 'held').length);
  }
  return {
    runs: seeds.length,
    breaks: { limber: shown, atDue: shownDue },
    typedWithin2s: { limber: typed / shown, atDue: typedDue / shownDue },
    delaySeconds: { median: percentile(delays, 0.5), p95: percentile(delays, 0.95), max: Math.max(...delays) },
    duringBusy: { limber: busy, atDue: busyDue },
    wakeUps: spread(wakes),
    ratio: spread(wakes.map((w) => POLL_1S_8H / w)),
    wakeUpsAtDue: spread(wakesDue),
    busyChecks: spread(checks),
    held: spread(held),
  };
}

/** SPEC §3.13's cost: wake-ups while waiting for a wall-clock moment (nothing else happens then). */
export interface WallClockFigures {
  /** Friday 17:00 → Monday 09:00 outside working hours (64 h) */
  weekendOffHours: number;
  /** paused "until tomorrow" at 18:00 → 06:00 (12 h) */
  nightPaused: number;
}

function wallClock(): WallClockFigures {
  const fri = new Date(2026, 2, 6);
  const mon = new Date(2026, 2, 9);
  const wh = { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
  const weekend = simulate({
    start: at(fri, 17),
    end: at(mon, 9),
    settings: { ...defaultSettings(), workingHours: wh },
    events: [{ at: at(fri, 17, 0, 1), do: 'idle' }],
  });
  const day = referenceDay();
  const night = simulate({
    start: at(day, 18),
    end: at(day, 18) + 12 * 3_600_000,
    settings: defaultSettings(),
    events: [{ at: at(day, 18, 0, 1), do: 'pause', until: 'tomorrow' }],
  });
  return { weekendOffHours: weekend.wakeUps, nightPaused: night.wakeUps };
}

export interface SchedulerFigures {
  continuous: DayFigures;
  realistic: DayFigures;
  month: MonthFigures;
  rightMoment: RightMomentFigures;
  wallClock: WallClockFigures;
}

export function measureScheduler(o: { dayRuns: number; monthRuns: number; rightMomentRuns?: number }): SchedulerFigures {
  const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    continuous: day(continuousDay, seeds(o.dayRuns)),
    realistic: day(realisticDay, seeds(o.dayRuns)),
    month: month(seeds(o.monthRuns)),
    rightMoment: rightMoment(seeds(o.rightMomentRuns ?? Math.max(2, o.dayRuns * 2))),
    wallClock: wallClock(),
  };
}
