// Scheduler figures: timer wake-ups in simulated 8-hour days (next to a fixed 1-second poll),
// and the core's CPU time to replay a simulated month. Each run uses a different seed (answer
// delays, routine lengths, meeting and lunch times), so the spread shows how much they matter.

import { simulate } from '../../src-main/core/simulation';
import { continuousDay, realisticDay, realisticMonth, HOURS_8, type BuiltTrace } from './user-model';
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

export interface SchedulerFigures {
  continuous: DayFigures;
  realistic: DayFigures;
  month: MonthFigures;
}

export function measureScheduler(o: { dayRuns: number; monthRuns: number }): SchedulerFigures {
  const seeds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    continuous: day(continuousDay, seeds(o.dayRuns)),
    realistic: day(realisticDay, seeds(o.dayRuns)),
    month: month(seeds(o.monthRuns)),
  };
}
