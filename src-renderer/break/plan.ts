// The guidance model: an exercise's dosage turned into a timeline of segments the player walks
// through. Pure (no DOM, no clock): the player asks "where are we `t` ms into this exercise?"
// and "when does the display next change?", so time is always derived from elapsed time.
//
// The timeline of one exercise is the core's duration model (src-main/core/catalog/estimate.ts,
// which the composer fits routines with and the app shows), built from the same pieces, so the
// estimate is exactly what is played:
//   intro   "get ready": the setup steps one at a time, each for its reading time (by its
//           length in English words, `stepKinds.readSeconds`, the same in every language; the
//           first also gives time to read the caution), at least SETUP_SECONDS in all; whole
//           seconds, so the get-ready countdown ticks evenly (estimate.ts `introSteps`)
//   work    for each set (a REST_SECONDS breather between sets):
//             both       rep 1..reps: move (repSeconds) [+ hold (holdSeconds)]
//             each       right side: all reps; a SWITCH_SECONDS change-over; left side: all reps
//             alternate  rep 1..reps: right move [+ hold], left move [+ hold]; with
//                        `middleHoldSeconds` a move back to the middle (repSeconds) and a hold
//                        there between them: no side, the "middle" step (seed 003's knee hug)
//   A hold-only exercise (no reps) is one rep: ease into position, then the hold.
// During the work the step shown follows what the user is doing (`stepKinds`, worked out from
// the English text in the core, catalog/step-kinds.ts): the main movement while moving, the
// "hold" step while holding, the "other side" step at a switch and on the way over to the left,
// the "middle" step back in the middle (estimate.ts `workSteps`).
//
// Only the small core modules estimate.ts and step-kinds.ts come into the page, not the catalog.
import { REST_SECONDS, SWITCH_SECONDS, introSteps, normalDose, workSteps } from '../../src-main/core/catalog/estimate';
import type { StepKinds } from '../../src-main/core/catalog/step-kinds';
import type { Dosage } from '../../src-main/core/catalog/types';

export { DEFAULT_REP_SECONDS, REST_SECONDS, SETUP_SECONDS, SWITCH_SECONDS } from '../../src-main/core/catalog/estimate';

export type Side = 'right' | 'left';

/** The dose the plan plays (the catalog's `Dosage`). */
export type DosageLike = Dosage;

export interface ExerciseLike {
  steps: readonly string[];
  dosage: DosageLike;
  /** which step says what and how long each takes to read (from the English text: the core's
   * catalog/step-kinds.ts, carried in ExerciseView), so the plan never reads the sentences */
  stepKinds: StepKinds;
}

export type SegmentKind = 'step' | 'move' | 'hold' | 'switch' | 'rest';

export interface Segment {
  kind: SegmentKind;
  /** ms from the start of the exercise */
  start: number;
  end: number;
  /** the step shown (0-based) */
  step: number;
  set: number;
  sets: number;
  /** 1-based rep on this side (move/hold); for `switch` and `rest` the next rep (1) */
  rep: number;
  reps: number;
  side: Side | null;
  /** the move back to the middle, or the hold there, of an `alternate` round (no side) */
  middle?: true;
  /** index of this segment in `Plan.segments` */
  index: number;
}

export interface Plan {
  segments: Segment[];
  /** ms */
  total: number;
  steps: number;
  /** whether the exercise counts repetitions (false: a hold) */
  counted: boolean;
  holdSeconds: number;
  sides: DosageLike['sides'];
  /** the change-over step (`stepKinds.transition`), if any */
  transition: number | null;
}

export function buildPlan(ex: ExerciseLike): Plan {
  const d = ex.dosage;
  const { counted, reps, sets, repSeconds, holdSeconds, middleHoldSeconds } = normalDose(d);
  const steps = Math.max(1, ex.steps.length);
  const repMs = repSeconds * 1000;
  const holdMs = holdSeconds * 1000;
  const middleMs = middleHoldSeconds * 1000;
  const segments: Segment[] = [];
  let t = 0;
  const push = (kind: SegmentKind, ms: number, fields: Partial<Segment>): void => {
    segments.push({
      kind,
      start: t,
      end: t + ms,
      step: 0,
      set: 1,
      sets,
      rep: 1,
      reps,
      side: null,
      index: segments.length,
      ...fields,
    });
    t += ms;
  };

  const roles = ex.stepKinds;
  const { move: moveStep, hold: holdStep, other: otherStep, middle: middleStep } = workSteps(roles, counted);

  // the intro ("get ready"): the setup steps, each for its reading time (the core's model); the
  // side that comes first shown
  const firstSide: Side | null = d.sides === 'both' ? null : 'right';
  for (const { step, seconds } of introSteps(roles, counted)) push('step', seconds * 1000, { step, side: firstSide });

  const rep = (set: number, r: number, side: Side | null): void => {
    // alternating: the way back and over to the left is the "other side" step
    push('move', repMs, { set, rep: r, side, step: side === 'left' && d.sides === 'alternate' ? otherStep : moveStep });
    if (holdMs > 0) push('hold', holdMs, { set, rep: r, side, step: holdStep });
  };
  for (let set = 1; set <= sets; set++) {
    if (set > 1) push('rest', REST_SECONDS * 1000, { set, side: d.sides === 'both' ? null : 'right', step: moveStep });
    if (d.sides === 'both') {
      for (let r = 1; r <= reps; r++) rep(set, r, null);
    } else if (d.sides === 'each') {
      for (let r = 1; r <= reps; r++) rep(set, r, 'right');
      push('switch', SWITCH_SECONDS * 1000, { set, side: 'left', step: otherStep });
      for (let r = 1; r <= reps; r++) rep(set, r, 'left');
    } else {
      for (let r = 1; r <= reps; r++) {
        rep(set, r, 'right');
        if (middleMs > 0) {
          // back to the middle and hold there (no side), then over to the left
          push('move', repMs, { set, rep: r, step: middleStep, middle: true });
          push('hold', middleMs, { set, rep: r, step: middleStep, middle: true });
        }
        rep(set, r, 'left');
      }
    }
  }
  return { segments, total: t, steps, counted, holdSeconds: holdMs / 1000, sides: d.sides, transition: roles.transition };
}

/** The segment `t` ms into the exercise (the last one once it is over). */
export function segmentAt(plan: Plan, t: number): Segment {
  const segs = plan.segments;
  let lo = 0;
  let hi = segs.length - 1;
  if (t >= plan.total) return segs[hi]!;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo]!;
}

/** Whole seconds left in a counted-down segment (hold, rest, switch), as shown. */
export function secondsLeft(seg: Segment, t: number): number {
  return Math.max(0, Math.ceil((seg.end - t) / 1000 - 1e-9));
}

/** Whole seconds of "get ready" left (0 once the work has begun). */
export function getReadyLeft(plan: Plan, t: number): number {
  return Math.max(0, Math.ceil((workStart(plan) - t) / 1000 - 1e-9));
}

/** Segments whose display counts down every second (get-ready too: its segments are whole seconds). */
export const COUNTDOWN: ReadonlySet<SegmentKind> = new Set(['step', 'hold', 'rest', 'switch']);

/** ms from `t` until the display changes: the next whole second of a countdown, or the segment's end. */
export function nextChange(plan: Plan, t: number): number {
  if (t >= plan.total) return 0;
  const seg = segmentAt(plan, t);
  const toEnd = seg.end - t;
  if (!COUNTDOWN.has(seg.kind)) return toEnd;
  const toSecond = toEnd % 1000 || 1000;
  return Math.min(toEnd, toSecond);
}

/** The work part's first segment (after the intro). */
export function workStart(plan: Plan): number {
  return plan.segments.find((s) => s.kind !== 'step')?.start ?? plan.total;
}

/** The steps of an exercise, and (where they differ by side) as they read on each side. */
export interface SidedSteps {
  steps: readonly string[];
  /** the catalog's per-side wording (ExerciseView.stepsBySide), absent when the steps read the same */
  stepsBySide?: { right: readonly string[]; left: readonly string[] } | undefined;
}

/**
 * The step text shown for a segment: during the work, the wording for the side in play, so the
 * words always agree with the side chip and the (mirrored) drawing; during get-ready the plain
 * steps, which fit either side (the chip says which side comes first).
 */
export function stepTextFor(ex: SidedSteps, seg: Pick<Segment, 'side' | 'kind'>, step: number): string {
  const sided = seg.side && seg.kind !== 'step' ? ex.stepsBySide?.[seg.side]?.[step] : undefined;
  return sided ?? ex.steps[step] ?? '';
}

/** "1:05" (whole seconds, rounded up: what is left). */
export function clockOf(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds - 1e-9));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
