// A deterministic generator of realistic history, for tests, the benchmark and UI demos.
// Working days (Mon–Fri, a few days off) from about 09:00 to 17:30 local time: breaks every
// `sitMinutes` with warns, snoozes and re-shows, every outcome, lunch and other natural breaks,
// the odd pause and "stretch now". It also returns the per-day counts it generated, so a test
// can check the statistics against numbers that were not computed by the code under test.
// Pure: local wall times come from Date's local constructor (the process TZ), nothing reads the clock.

import type { LimberEvent } from '../events';
import { mulberry32 } from '../random';
import type { DayCounts } from './stats';

export const SAMPLE_EXERCISES: readonly string[] = [
  'seated-twist',
  'neck-side-tilt',
  'forward-fold',
  'standing-side-bend',
  'shoulder-rolls',
  'wrist-flexor-stretch',
  'chest-opener',
  'calf-raises',
  'hip-flexor-lunge',
  'chin-tucks',
  'seated-figure-four',
  'upper-back-stretch',
];

/** What the generator put on one day: the counts the stats must find, by construction. */
export type GeneratedDay = { date: string } & Pick<
  DayCounts,
  | 'breaksDue'
  | 'manualBreaks'
  | 'completed'
  | 'partial'
  | 'stopped'
  | 'skipped'
  | 'walkedAway'
  | 'snoozes'
  | 'naturalBreaks'
  | 'warns'
  | 'pauses'
  | 'secondsStretched'
  | 'longestSittingSeconds'
>;

export interface GeneratedHistory {
  events: LimberEvent[];
  days: GeneratedDay[];
  /** exercise id → times in `exercises` of completed/partial/stopped */
  exercisesDone: Map<string, number>;
  /** exercise id → times moved past in a routine (see HistoryStats.exercises.skipped) */
  exercisesSkipped: Map<string, number>;
}

export interface GenerateOptions {
  /** first day, YYYY-MM-DD (local) */
  from: string;
  /** number of calendar days */
  days: number;
  seed?: number;
  sitMinutes?: number;
}


export function generateHistory(opts: GenerateOptions): GeneratedHistory {
  const rnd = mulberry32(opts.seed ?? 1);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const sitS = (opts.sitMinutes ?? 45) * 60;
  const events: LimberEvent[] = [];
  const days: GeneratedDay[] = [];
  const exercisesDone = new Map<string, number>();
  const exercisesSkipped = new Map<string, number>();
  const bump = (m: Map<string, number>, ids: string[]) => {
    for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  };
  const [y0, m0, d0] = opts.from.split('-').map(Number) as [number, number, number];

  for (let i = 0; i < opts.days; i++) {
    const midnight = new Date(y0, m0 - 1, d0 + i);
    const weekday = midnight.getDay();
    if (weekday === 0 || weekday === 6 || rnd() < 0.04) continue; // weekends and days off
    const date = `${midnight.getFullYear()}-${String(midnight.getMonth() + 1).padStart(2, '0')}-${String(midnight.getDate()).padStart(2, '0')}`;
    const day: GeneratedDay = {
      date,
      breaksDue: 0,
      manualBreaks: 0,
      completed: 0,
      partial: 0,
      stopped: 0,
      skipped: 0,
      walkedAway: 0,
      snoozes: 0,
      naturalBreaks: 0,
      warns: 0,
      pauses: 0,
      secondsStretched: 0,
      longestSittingSeconds: 0,
    };
    const sat = (s: number) => {
      day.longestSittingSeconds = Math.max(day.longestSittingSeconds, Math.round(s));
    };
    // Wall times in seconds since local midnight; all stay between 08:00 and 19:00.
    let t = int(8 * 3600 + 30 * 60, 9 * 3600 + 30 * 60);
    let sitStart = t;
    let lunchDone = false;
    let k = 0;
    const end = 17 * 3600 + 30 * 60;
    const at = (sec: number) => new Date(midnight.getFullYear(), midnight.getMonth(), midnight.getDate(), 0, 0, sec).getTime();
    while (t < end) {
      // Lunch: a natural break of 30–60 min, once, after noon.
      if (!lunchDone && t > 12 * 3600) {
        lunchDone = true;
        const away = int(30, 60) * 60;
        const sitting = t - sitStart;
        events.push({ event: 'natural-break', at: at(t + 300), cause: rnd() < 0.5 ? 'lock' : 'idle', sittingSeconds: sitting });
        day.naturalBreaks++;
        sat(sitting);
        t += away;
        sitStart = t;
        continue;
      }
      // Sometimes the user gets up on their own before the break is due.
      if (rnd() < 0.12) {
        const sitting = int(10, 40) * 60;
        t = sitStart + sitting;
        events.push({ event: 'natural-break', at: at(t + 300), cause: 'idle', sittingSeconds: sitting });
        day.naturalBreaks++;
        sat(sitting);
        t += int(6, 20) * 60;
        sitStart = t;
        continue;
      }
      // Now and then a pause (a meeting) or a "stretch now".
      if (rnd() < 0.03) {
        const minutes = 60;
        events.push({ event: 'paused', at: at(t + 600), kind: 'minutes', minutes, until: at(t + 600 + minutes * 60) });
        day.pauses++;
        t += 600 + minutes * 60;
        events.push({ event: 'resumed', at: at(t), by: 'timer' });
        sitStart = t;
        continue;
      }
      const manual = rnd() < 0.04;
      const id = `${date}-${++k}`;
      const first = int(0, SAMPLE_EXERCISES.length - 1);
      const step = int(1, 3);
      const routine = [0, 1, 2].map((j) => SAMPLE_EXERCISES[(first + j * step) % SAMPLE_EXERCISES.length]!);
      let shown: number;
      if (manual) {
        shown = sitStart + int(5, 30) * 60;
        events.push({ event: 'break', at: at(shown), breakId: id, trigger: 'manual', snoozesLeft: 2, sittingSeconds: shown - sitStart, routine });
        day.manualBreaks++;
      } else {
        shown = sitStart + sitS;
        events.push({ event: 'warn', at: at(shown - 60), dueAt: at(shown) });
        day.warns++;
        events.push({ event: 'break', at: at(shown), breakId: id, trigger: 'due', snoozesLeft: 2, sittingSeconds: sitS, routine });
        day.breaksDue++;
      }
      sat(shown - sitStart);
      const snoozes = rnd() < 0.2 ? int(1, 2) : 0;
      for (let s = 1; s <= snoozes; s++) {
        const act = shown + int(5, 40);
        events.push({ event: 'snoozed', at: at(act), breakId: id, until: at(act + 300), snoozesUsed: s });
        day.snoozes++;
        shown = act + 300;
        events.push({ event: 'break', at: at(shown), breakId: id, trigger: 'snooze', snoozesLeft: 2 - s, sittingSeconds: shown - sitStart, routine });
        sat(shown - sitStart);
      }
      const r = rnd();
      const act = shown + int(3, 90);
      if (r < 0.05) {
        // walked away while the window showed
        const sitting = act - sitStart;
        events.push({ event: 'natural-break', at: at(act + 300), cause: 'idle', sittingSeconds: sitting, breakId: id });
        day.naturalBreaks++;
        day.walkedAway++;
        sat(sitting);
        t = act + int(8, 20) * 60;
      } else if (r < 0.2) {
        events.push({ event: 'skipped', at: at(act), breakId: id });
        day.skipped++;
        sat(act - sitStart);
        t = act;
      } else {
        events.push({ event: 'started', at: at(act), breakId: id });
        sat(act - sitStart);
        const kind = r < 0.3 ? 'partial' : r < 0.33 ? 'stopped' : 'completed';
        const secs = kind === 'completed' ? int(100, 140) : int(30, 80);
        // now and then (no extra random draw, so the rest of the history stays as it was) the
        // user moves past the middle exercise of a routine they otherwise complete
        const movedPast = kind === 'completed' && secs % 7 === 0;
        const done = kind === 'completed' ? (movedPast ? [routine[0]!, routine[2]!] : routine) : routine.slice(0, kind === 'partial' ? 2 : 1);
        if (movedPast) bump(exercisesSkipped, [routine[1]!]);
        const endAt = at(act + secs + int(0, 20));
        if (kind === 'completed') {
          events.push({ event: 'completed', at: endAt, breakId: id, exercises: done, secondsStretched: secs });
          day.completed++;
        } else if (kind === 'partial') {
          events.push({ event: 'partial', at: endAt, breakId: id, fraction: 0.67, exercises: done, secondsStretched: secs });
          day.partial++;
        } else {
          events.push({ event: 'stopped', at: endAt, breakId: id, exercise: done[done.length - 1]!, exercises: done, secondsStretched: secs });
          day.stopped++;
        }
        day.secondsStretched += secs;
        bump(exercisesDone, done);
        t = act + secs + 20;
      }
      sitStart = t;
    }
    days.push(day);
  }
  return { events, days, exercisesDone, exercisesSkipped };
}
