// Simulated users for the benchmark: a day (or a month) of typing, meetings, lunch and short
// idles, and a user who answers each break the scheduler shows. The answers depend on when the
// breaks come, which only the real scheduler knows, so the trace is built by replaying it:
// simulate, find the first break nobody has answered yet, add the user's answer, simulate again.
// Everything before that break is unchanged by the answer, so the k-th break stays the k-th.
//
// The result is an ordinary simulator trace (SPEC §8), replayed through `simulate()` for the
// figures; nothing here touches the scheduler's own logic.

import { simulate, type Trace, type TraceEvent } from '../../src-main/core/simulation';
import { defaultSettings, type Settings } from '../../src-main/core/settings';
import type { LimberEvent } from '../../src-main/core/events';
import { seededRandom, uniform } from './stats';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

/** A stretch of time the user is not giving input: idle at the desk (a meeting, reading) or locked. */
export interface Away {
  start: number;
  end: number;
  kind: 'idle' | 'lock';
  what: string;
  /** when postponed (the user finishes a routine first), keep the end rather than the length */
  fixedEnd?: boolean;
}

export type Answer = 'start' | 'snooze' | 'skip';

/** How the user answers the breaks, by the order they are shown in (re-shows after a snooze count too). */
export interface BreakPolicy {
  answer(k: number, shown: Extract<LimberEvent, { event: 'break' }>): Answer;
  /** from the break appearing to the user's click */
  delayMs(k: number): number;
  /** from Start to the routine's end */
  routineMs(k: number): number;
}

export interface Plan {
  start: number;
  end: number;
  settings?: Partial<Settings>;
  aways: Away[];
  policy: BreakPolicy;
}

export interface BuiltTrace {
  trace: Trace;
  /** breaks shown (including re-shows after a snooze) */
  shown: number;
  answered: Record<Answer, number>;
  /** breaks the user walked away from (closed by a natural break) or that were still up at the end */
  unanswered: number;
  /** away periods moved later because the user was in the middle of a routine */
  postponed: number;
}

/** Margin between the end of a routine and the next away period, and between away periods. */
const GAP = 5 * SEC;

function compose(plan: Plan, settings: Settings, aways: Away[], actions: TraceEvent[]): Trace {
  const events: TraceEvent[] = [...actions];
  for (const a of aways) {
    events.push({ at: a.start, do: a.kind === 'idle' ? 'idle' : 'lock' });
    events.push({ at: a.end, do: a.kind === 'idle' ? 'active' : 'unlock' });
  }
  events.sort((x, y) => x.at - y.at);
  return { start: plan.start, end: plan.end, settings, events };
}

/**
 * Moves the away periods that would begin during a routine (from `busyFrom` on) to `from`, after
 * it, keeping their length (or their end, for `fixedEnd`) and their order. Away periods that
 * began before `busyFrom` are over by then (the user answered the break after them).
 */
function pushAwaysFrom(aways: Away[], busyFrom: number, from: number): number {
  let moved = 0;
  let floor = from;
  for (const a of aways) {
    if (a.start < busyFrom) continue;
    if (a.start >= floor) break;
    const len = a.end - a.start;
    a.start = floor;
    a.end = a.fixedEnd ? Math.max(a.end, floor + GAP) : floor + len;
    floor = a.end + GAP;
    moved++;
  }
  return moved;
}

/** Builds the trace of a plan: the life events, plus the user's answer to every break shown. */
export function buildTrace(plan: Plan): BuiltTrace {
  const settings = { ...defaultSettings(), ...(plan.settings ?? {}) };
  const naturalMs = settings.naturalBreakMinutes * MIN;
  const aways = plan.aways.map((a) => ({ ...a })).sort((x, y) => x.start - y.start);
  const actions: TraceEvent[] = [];
  const answered: Record<Answer, number> = { start: 0, snooze: 0, skip: 0 };
  let handled = 0;
  let unanswered = 0;
  let postponed = 0;

  for (let guard = 0; guard < 100_000; guard++) {
    const r = simulate(compose(plan, settings, aways, actions));
    let seen = 0;
    let next: { event: Extract<LimberEvent, { event: 'break' }>; at: number } | null = null;
    for (let i = 0; i < r.events.length; i++) {
      const e = r.events[i]!;
      if (e.event !== 'break') continue;
      if (seen++ === handled) {
        next = { event: e, at: r.trueAt[i]! };
        break;
      }
    }
    if (!next) return { trace: compose(plan, settings, aways, actions), shown: handled, answered, unanswered, postponed };
    const k = handled++;

    // when can the user answer? not while away: after a short away they answer on return; a
    // long one (a natural break) closes the window by itself (SPEC §3 rule 7)
    let t = next.at + plan.policy.delayMs(k);
    let walkedAway = false;
    for (const a of aways) {
      if (a.start >= t || a.end <= next.at) continue;
      if (a.end - a.start >= naturalMs) {
        walkedAway = true;
        break;
      }
      t = a.end + plan.policy.delayMs(k);
    }
    if (walkedAway || t >= plan.end) {
      unanswered++;
      continue;
    }
    let answer = plan.policy.answer(k, next.event);
    if (answer === 'snooze' && next.event.snoozesLeft === 0) answer = 'start';
    answered[answer]++;
    actions.push({ at: Math.round(t), do: answer });
    if (answer === 'start') {
      const done = Math.round(t + plan.policy.routineMs(k));
      actions.push({ at: done, do: 'complete' });
      // the user stretches first and goes to the meeting (or lunch) after
      postponed += pushAwaysFrom(aways, t, done + GAP);
    }
  }
  throw new Error('buildTrace: too many breaks (the user model does not converge)');
}

// ---------------------------------------------------------------------------------- days

/** Local wall time on a given day (the process TZ). */
export function at(day: Date, h: number, m = 0, s = 0): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m, s).getTime();
}

/** The bench's reference day: Monday 2 March 2026 (local midnight; computed when asked, after TZ is set). */
export function referenceDay(): Date {
  return new Date(2026, 2, 2);
}

/** Each break answered with Start after about 30 s and completed after the ~2 min routine. */
export function diligentPolicy(seed: number): BreakPolicy {
  const random = seededRandom(seed);
  return {
    answer: () => 'start',
    delayMs: () => uniform(random, 20, 40) * SEC,
    routineMs: () => uniform(random, 110, 130) * SEC,
  };
}

/**
 * A realistic answerer: most breaks started within a minute; each day two breaks snoozed (one of
 * them twice) and one skipped, chosen among the day's first few due breaks.
 */
export function realisticPolicy(seed: number, dueBreaksPerDay = 5): BreakPolicy {
  const random = seededRandom(seed);
  const pick = () => Math.floor(random() * dueBreaksPerDay);
  let day = '';
  let snoozeA = -1;
  let snoozeB = -1;
  let skip = -1;
  let due = -1;
  let reshows = 0;
  const newDay = () => {
    snoozeA = pick();
    do snoozeB = pick();
    while (snoozeB === snoozeA);
    do skip = pick();
    while (skip === snoozeA || skip === snoozeB);
    due = -1;
  };
  return {
    answer: (_k, shown) => {
      const d = new Date(shown.at).toDateString();
      if (d !== day) {
        day = d;
        newDay();
      }
      if (shown.trigger !== 'snooze') {
        due++;
        reshows = 0;
        if (due === snoozeA || due === snoozeB) return 'snooze';
        if (due === skip) return 'skip';
        return 'start';
      }
      // a re-show after a snooze: the first snoozed break of the day is snoozed once more
      reshows++;
      return due === snoozeA && reshows === 1 ? 'snooze' : 'start';
    },
    delayMs: () => uniform(random, 10, 60) * SEC,
    routineMs: () => uniform(random, 100, 140) * SEC,
  };
}

/**
 * The away periods of a realistic working day from 09:00: two meetings (idle 45–60 min), lunch
 * (screen locked 60 min) and five short idles (1–4 min: reading, a phone call, a coffee).
 */
export function realisticAways(day: Date, random: () => number): Away[] {
  const mins = (lo: number, hi: number) => Math.round(uniform(random, lo, hi) * 60) * SEC;
  const aways: Away[] = [];
  const m1 = at(day, 10, 0) + mins(0, 45);
  aways.push({ start: m1, end: m1 + mins(45, 60), kind: 'idle', what: 'meeting' });
  const lunch = at(day, 12, 0) + mins(0, 30);
  aways.push({ start: lunch, end: lunch + 60 * MIN, kind: 'lock', what: 'lunch' });
  const m2 = at(day, 14, 0) + mins(0, 60);
  aways.push({ start: m2, end: m2 + mins(45, 60), kind: 'idle', what: 'meeting' });
  const from = at(day, 9, 10);
  const to = at(day, 16, 50);
  for (let placed = 0, tries = 0; placed < 5 && tries < 1000; tries++) {
    const start = from + Math.round(random() * (to - from) / SEC) * SEC;
    const end = start + mins(1, 4);
    if (aways.some((a) => start < a.end + 5 * MIN && end > a.start - 5 * MIN)) continue;
    aways.push({ start, end, kind: 'idle', what: 'short idle' });
    placed++;
  }
  return aways.sort((x, y) => x.start - y.start);
}

/** 8 hours of continuous typing, every break answered (Start after ~30 s, done after ~2 min). */
export function continuousDay(seed: number): BuiltTrace {
  return buildTrace({
    start: at(referenceDay(), 9),
    end: at(referenceDay(), 17),
    aways: [],
    policy: diligentPolicy(seed),
  });
}

/** 09:00–17:00 with meetings, lunch, short idles, a few snoozes and a skip. */
export function realisticDay(seed: number): BuiltTrace {
  const random = seededRandom(seed * 7919 + 1);
  return buildTrace({
    start: at(referenceDay(), 9),
    end: at(referenceDay(), 17),
    aways: realisticAways(referenceDay(), random),
    policy: realisticPolicy(seed),
  });
}

export interface BuiltMonth extends BuiltTrace {
  /** the working days it was built from, each starting when the user is back at the desk */
  days: BuiltTrace[];
}

/**
 * 30 days from Monday 2 March 2026 09:00: weekdays 09–17 with the realistic pattern (a fresh
 * snooze/skip pick each day), the screen locked from 17:00–17:10 until the next weekday's
 * 08:55–09:05 (so evenings and weekends are quiet), default settings. Europe/Berlin moves to
 * summer time on Sunday 29 March, inside a quiet weekend.
 *
 * Built day by day (each evening's lock is a natural break, after which the scheduler is where a
 * fresh start leaves it) and joined into one trace, so building stays linear in the days.
 */
export function realisticMonth(seed: number, days = 30): BuiltMonth {
  const random = seededRandom(seed * 104729 + 3);
  const policy = realisticPolicy(seed);
  const first = referenceDay();
  const dayAt = (i: number) => new Date(first.getFullYear(), first.getMonth(), first.getDate() + i);
  const isWorkday = (d: Date) => d.getDay() >= 1 && d.getDay() <= 5;
  const monthStart = at(first, 9);
  const monthEnd = at(dayAt(days), 9);
  const built: BuiltTrace[] = [];
  let start = monthStart;
  for (let i = 0; i < days; i++) {
    const d = dayAt(i);
    if (!isWorkday(d)) continue;
    let n = i + 1;
    while (!isWorkday(dayAt(n))) n++;
    // leave between 17:00 and 17:10, back on the next working day between 08:55 and 09:05
    const leave = at(d, 17) + Math.round(uniform(random, 0, 10) * 60) * SEC;
    const back = Math.min(monthEnd, at(dayAt(n), 8, 55) + Math.round(uniform(random, 0, 10) * 60) * SEC);
    const aways = realisticAways(d, random);
    aways.push({ start: leave, end: back, kind: 'lock', what: n - i > 1 ? 'weekend' : 'evening', fixedEnd: true });
    built.push(buildTrace({ start, end: back, aways, policy }));
    start = back;
    if (back >= monthEnd) break;
  }
  // the joined trace: each day's events, the evening's unlock (at the day's end) included
  const events = built.flatMap((b) => b.trace.events);
  const trace: Trace = { start: monthStart, end: monthEnd, settings: defaultSettings(), events };
  const sum = (f: (b: BuiltTrace) => number) => built.reduce((acc, b) => acc + f(b), 0);
  return {
    trace,
    shown: sum((b) => b.shown),
    answered: { start: sum((b) => b.answered.start), snooze: sum((b) => b.answered.snooze), skip: sum((b) => b.answered.skip) },
    unanswered: sum((b) => b.unanswered),
    postponed: sum((b) => b.postponed),
    days: built,
  };
}

export const HOURS_8 = 8 * HOUR;
