// "The right moment" (SPEC §3.5, §3.12) measured: a typing model and a model working day with two
// calls and a presentation, replayed through the real scheduler twice — as Limber (wait for a
// pause, hold while busy) and as "open at due" (flexMinutes 0, nothing held) — with the same
// typing, so the figures compare the two on the same day.
//
// The typing model. The OS idle counter only sees input events, so what matters is where the gaps
// between keystrokes are:
// - Inside a burst, keys come every ~0.24 s on average: Dhakal, Feit, Kristensson & Oulasvirta,
//   "Observations on Typing from 136 Million Keystrokes" (CHI 2018; 168,000 typists) report a mean
//   inter-key interval of about 240 ms and about 52 words per minute. Gaps that short never reach
//   `pauseSeconds` (≥ 2 s), so a burst is modelled as continuous input.
// - Writing research calls a run of text between pauses of 2 s or more a "P-burst" (2 s is the
//   usual threshold: Kaufer, Hayes & Flower 1986; Chenoweth & Hayes 2001; Wengelin 2006); adult
//   writers produce about 7–12 words per burst, which at ~52 wpm (≈1.15 s a word) is 8–14 s. We
//   draw burst lengths from a log-normal with median 10 s (σ 0.6: most bursts 4–30 s).
// - Pauses are longer at larger text boundaries — between sentences longer than between words
//   (Wengelin 2006; Medimorec & Risko 2017, "Pauses in written composition"). The exact
//   distribution depends on the task, so we use a mixture and say so: 55 % hesitations of 2–4 s
//   within a sentence, 25 % sentence boundaries of 3–8 s, 15 % thinking or reading pauses of
//   8–40 s, 5 % long pauses of 40–180 s (reading a page, looking something up) — all shorter than
//   a natural break. Mean cycle ≈ 10 s typing + ≈ 13 s pause.
// These are model assumptions built on the cited regularities, not measurements of any one user.
//
// The model day (09:00–17:00, default settings): typing as above; a call 10:40–11:20 and another
// 14:00–14:30 (busy `call`; input only now and then: a short note every 30–120 s); lunch from 12:30
// with the screen locked, back between 13:05 and 13:25; a presentation 15:30–16:15 (busy `presenting`: a key for the next slide
// every 20–90 s). The user answers each break with Start after 3–15 s and completes the ~2 min
// routine (110–130 s); no typing from the moment a break shows until the routine ends.

import type { BusyReason } from '../../src-main/core/busy';
import type { LimberEvent } from '../../src-main/core/events';
import { defaultSettings, type Settings } from '../../src-main/core/settings';
import { simulate, type SimulationResult, type Trace, type TraceEvent } from '../../src-main/core/simulation';
import { seededRandom, uniform } from './stats';
import { at, referenceDay } from './user-model';

const SEC = 1000;
const MIN = 60 * SEC;

/** A stretch of continuous input (a typing burst, a note, a slide change), true-timeline ms. */
export interface Segment {
  start: number;
  end: number;
}

export interface Period {
  start: number;
  end: number;
}

export interface BusyPeriod extends Period {
  reason: BusyReason;
  what: string;
}

/** Standard normal from two uniforms (Box–Muller). */
function normal(random: () => number): number {
  const u = Math.max(1e-12, random());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** One burst length, ms: log-normal, median 10 s, σ 0.6. */
export function burstMs(random: () => number): number {
  return Math.round(10 * SEC * Math.exp(0.6 * normal(random)));
}

/** One pause between bursts, ms (≥ 2 s): the mixture described above. */
export function pauseMs(random: () => number): number {
  const p = random();
  const s = p < 0.55 ? uniform(random, 2, 4) : p < 0.8 ? uniform(random, 3, 8) : p < 0.95 ? uniform(random, 8, 40) : uniform(random, 40, 180);
  return Math.round(s * SEC);
}

/** Typing from `from` to `to`: bursts and pauses. */
export function typing(from: number, to: number, random: () => number): Segment[] {
  const out: Segment[] = [];
  let t = from;
  while (t < to) {
    const end = Math.min(to, t + burstMs(random));
    out.push({ start: t, end });
    t = end + pauseMs(random);
  }
  return out;
}

/** Sparse input (notes in a call, slide changes): a short segment every `lo`–`hi` seconds. */
function sparse(from: number, to: number, random: () => number, lo: number, hi: number, lenLo: number, lenHi: number): Segment[] {
  const out: Segment[] = [];
  let t = from + uniform(random, lo, hi) * SEC;
  while (t < to) {
    const end = Math.min(to, t + uniform(random, lenLo, lenHi) * SEC);
    out.push({ start: Math.round(t), end: Math.round(end) });
    t = end + uniform(random, lo, hi) * SEC;
  }
  return out;
}

export interface ModelDay {
  start: number;
  end: number;
  input: Segment[];
  busy: BusyPeriod[];
  locks: Period[];
}

/** The model day of the given seed (the call and presentation times are fixed, the input is not). */
export function modelDay(seed: number, day = referenceDay()): ModelDay {
  const random = seededRandom(seed * 6151 + 11);
  const busy: BusyPeriod[] = [
    { start: at(day, 10, 40), end: at(day, 11, 20), reason: 'call', what: 'call' },
    { start: at(day, 14, 0), end: at(day, 14, 30), reason: 'call', what: 'call' },
    { start: at(day, 15, 30), end: at(day, 16, 15), reason: 'presenting', what: 'presentation' },
  ];
  // lunch from 12:30, back between 13:05 and 13:25
  const locks: Period[] = [{ start: at(day, 12, 30), end: at(day, 13, 5) + Math.round(uniform(random, 0, 20 * MIN)) }];
  const spans: Array<{ start: number; end: number; kind: 'type' | 'call' | 'slides' | 'lock' }> = [
    { start: at(day, 9), end: busy[0]!.start, kind: 'type' },
    { start: busy[0]!.start, end: busy[0]!.end, kind: 'call' },
    { start: busy[0]!.end, end: locks[0]!.start, kind: 'type' },
    { start: locks[0]!.end, end: busy[1]!.start, kind: 'type' },
    { start: busy[1]!.start, end: busy[1]!.end, kind: 'call' },
    { start: busy[1]!.end, end: busy[2]!.start, kind: 'type' },
    { start: busy[2]!.start, end: busy[2]!.end, kind: 'slides' },
    { start: busy[2]!.end, end: at(day, 17), kind: 'type' },
  ];
  const input: Segment[] = [];
  for (const s of spans) {
    if (s.kind === 'type') input.push(...typing(s.start, s.end, random));
    else if (s.kind === 'call') input.push(...sparse(s.start, s.end, random, 30, 120, 2, 6));
    else if (s.kind === 'slides') input.push(...sparse(s.start, s.end, random, 20, 90, 0.3, 1));
  }
  return { start: at(day, 9), end: at(day, 17), input, busy, locks };
}

/** Input with the user's routines cut out (no typing from a break showing until its routine ends). */
function clip(input: Segment[], cuts: Period[]): Segment[] {
  let out = input;
  for (const c of cuts) {
    const next: Segment[] = [];
    for (const s of out) {
      if (s.end <= c.start || s.start >= c.end) next.push(s);
      else {
        if (s.start < c.start) next.push({ start: s.start, end: c.start });
        if (s.end > c.end) next.push({ start: c.end, end: s.end });
      }
    }
    out = next;
  }
  return out;
}

const ORDER: Record<string, number> = { free: 0, busy: 1, unlock: 2, idle: 3, active: 4, lock: 5, start: 6, complete: 7 };

function compose(day: ModelDay, settings: Settings, input: Segment[], actions: TraceEvent[]): Trace {
  const events: TraceEvent[] = [...actions];
  // the simulated user is giving input from the start: an idle at 09:00 unless a burst begins then
  if (!(input[0] && input[0].start <= day.start)) events.push({ at: day.start, do: 'idle' });
  for (const s of input) {
    if (s.start > day.start) events.push({ at: s.start, do: 'active' });
    events.push({ at: s.end, do: 'idle' });
  }
  for (const b of day.busy) {
    events.push({ at: b.start, do: 'busy', reason: b.reason });
    events.push({ at: b.end, do: 'free' });
  }
  for (const l of day.locks) {
    events.push({ at: l.start, do: 'lock' });
    events.push({ at: l.end, do: 'unlock' });
    events.push({ at: l.end + SEC, do: 'idle' }); // back at the desk, typing starts with the next burst
  }
  const inLock = (t: number) => day.locks.some((l) => t > l.start && t < l.end + SEC);
  const kept = events.filter((e) => !((e.do === 'active' || e.do === 'idle') && inLock(e.at)));
  kept.sort((a, b) => a.at - b.at || (ORDER[a.do] ?? 9) - (ORDER[b.do] ?? 9));
  return { start: day.start, end: day.end, settings, events: kept };
}

export interface RightMomentRun {
  trace: Trace;
  result: SimulationResult;
  /** the input actually given (typing with the routines cut out) */
  input: Segment[];
  /** per break shown by the scheduler (trigger due or snooze) */
  breaks: Array<{ at: number; waited: number; typedWithin2s: boolean; duringBusy: string | null }>;
}

/** Replays the model day, answering each break (Start after 3–15 s, complete after 110–130 s). */
export function runModelDay(day: ModelDay, seed: number, settingsPatch: Partial<Settings>): RightMomentRun {
  const settings: Settings = { ...defaultSettings(), ...settingsPatch };
  const random = seededRandom(seed * 31 + 7);
  const cuts: Period[] = [];
  const actions: TraceEvent[] = [];
  for (let handled = 0; handled < 100; handled++) {
    const input = clip(day.input, cuts);
    const trace = compose(day, settings, input, actions);
    const result = simulate(trace);
    let seen = 0;
    let next: number | null = null;
    for (let i = 0; i < result.events.length; i++) {
      if (result.events[i]!.event !== 'break') continue;
      if (seen++ === handled) {
        next = result.trueAt[i]!;
        break;
      }
    }
    if (next === null || next >= day.end - 3 * MIN) return finish(day, trace, result, input);
    const startAt = Math.round(next + uniform(random, 3, 15) * SEC);
    const doneAt = Math.round(startAt + uniform(random, 110, 130) * SEC);
    actions.push({ at: startAt, do: 'start' }, { at: doneAt, do: 'complete' });
    cuts.push({ start: next, end: doneAt + 2 * SEC });
  }
  throw new Error('runModelDay: too many breaks');
}

function finish(day: ModelDay, trace: Trace, result: SimulationResult, input: Segment[]): RightMomentRun {
  const breaks: RightMomentRun['breaks'] = [];
  result.events.forEach((e: LimberEvent, i) => {
    if (e.event !== 'break' || e.trigger === 'manual') return;
    const t = result.trueAt[i]!;
    const typedWithin2s = input.some((s) => s.start <= t && s.end >= t - 2 * SEC);
    const busy = day.busy.find((b) => t >= b.start && t < b.end);
    breaks.push({ at: t, waited: e.waited ?? 0, typedWithin2s, duringBusy: busy ? busy.what : null });
  });
  return { trace, result, input, breaks };
}

/** "Open at due": no waiting for a pause, nothing held. */
export const OPEN_AT_DUE: Partial<Settings> = {
  flexMinutes: 0,
  holdWhen: { call: false, presenting: false, doNotDisturb: false, apps: [] },
};
