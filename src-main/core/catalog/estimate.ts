// How long an exercise takes: exactly as long as the break player plays it. The composer fits
// routines with this estimate and the app shows it (settings previews, the exercise list), so it
// must agree with the player's timeline (src-renderer/break/plan.ts `buildPlan`), which is built
// from the same pieces below: the get-ready model (`introSteps`), the normalised dose
// (`normalDose`) and the constants. tests/unit/break-plan.test.ts checks that the two agree for
// every catalog exercise at every dose the composer may choose.
//
// The model (all in seconds):
//   get ready   the setup steps (those before the main movement), each for its reading time
//               (`StepKinds.readSeconds`, by its length in English words), the first also for
//               the cautions (`StepKinds.cautionSeconds`); together at least SETUP_SECONDS
//   one rep     = repSeconds (the movement, default 3) + holdSeconds (0 if none)
//   one set     both       reps × one rep
//               each       reps × one rep, a SWITCH_SECONDS change-over, reps × one rep
//               alternate  reps × (right rep + left rep), and with `middleHoldSeconds` a move
//                          back to the middle (repSeconds) and that hold between the two
//   (a hold-only exercise, no reps, is one rep)
//   whole       = get ready + sets × one set + (sets − 1) × REST_SECONDS
// and the result is rounded to a whole second.
//
// Pure and small: the break page imports this module (and step-kinds.ts), not the catalog.
import { MIN_STEP_SECONDS, stepKindsOf, type StepKinds } from './step-kinds';
import type { Dosage, Exercise } from './types';

/** The least get-ready time: to read the first step and get into the starting position. */
export const SETUP_SECONDS = 5;
/** Movement time of one repetition when the exercise does not say. */
export const DEFAULT_REP_SECONDS = 3;
/** The shortest movement the player plays, whatever a dose says. */
export const MIN_REP_SECONDS = 0.5;
/** Changing over from one side to the other (`each` only; `alternate` flows continuously). */
export const SWITCH_SECONDS = 3;
/** Breather between sets. */
export const REST_SECONDS = 5;

/** The dose as the player plays it: whole reps and sets, at least one of each, no negative time. */
export interface NormalDose {
  /** whether the exercise counts repetitions (false: a hold-only exercise, played as one rep) */
  counted: boolean;
  reps: number;
  sets: number;
  repSeconds: number;
  holdSeconds: number;
  /** the hold in the middle of each round of an `alternate` exercise (0: none) */
  middleHoldSeconds: number;
}

export function normalDose(d: Dosage): NormalDose {
  return {
    counted: (d.reps ?? 0) > 0,
    reps: Math.max(1, Math.round(d.reps ?? 1)),
    sets: Math.max(1, Math.round(d.sets)),
    repSeconds: Math.max(MIN_REP_SECONDS, d.repSeconds ?? DEFAULT_REP_SECONDS),
    holdSeconds: Math.max(0, d.holdSeconds ?? 0),
    middleHoldSeconds: d.sides === 'alternate' ? Math.max(0, d.middleHoldSeconds ?? 0) : 0,
  };
}

/** Which step is shown in each part of the work (see plan.ts). */
export interface WorkSteps {
  /** while moving (a hold-only exercise eases straight into its hold: its hold step) */
  move: number;
  /** while holding */
  hold: number;
  /** at a change of side (`each`), and on the way over to the left (`alternate`) */
  other: number;
  /** on the way back to the middle and during the middle hold (`middleHoldSeconds`) */
  middle: number;
}

export function workSteps(kinds: StepKinds, counted: boolean): WorkSteps {
  const move = !counted && kinds.hold !== null ? kinds.hold : kinds.main;
  return { move, hold: kinds.hold ?? move, other: kinds.transition ?? move, middle: kinds.middle ?? move };
}

/** One step of the get-ready time. */
export interface IntroStep {
  step: number;
  /** whole seconds, so the get-ready countdown ticks evenly */
  seconds: number;
}

/**
 * The get-ready ("intro") time of an exercise: the setup steps (those before the step shown while
 * moving), one at a time, each for its reading time, the first also for the cautions, at least
 * SETUP_SECONDS in all (an exercise whose movement is its first step shows that step).
 */
export function introSteps(kinds: StepKinds, counted: boolean): IntroStep[] {
  const { move } = workSteps(kinds, counted);
  const count = Math.max(1, move);
  const minEach = Math.ceil(SETUP_SECONDS / count);
  const out: IntroStep[] = [];
  for (let i = 0; i < count; i++) {
    const step = move === 0 ? 0 : i;
    const seconds = Math.max(minEach, kinds.readSeconds[step] ?? MIN_STEP_SECONDS) + (i === 0 ? kinds.cautionSeconds : 0);
    out.push({ step, seconds });
  }
  return out;
}

/** The get-ready seconds in all. */
export function introSeconds(kinds: StepKinds, counted: boolean): number {
  return introSteps(kinds, counted).reduce((sum, s) => sum + s.seconds, 0);
}

/** The work after the get-ready time, in seconds (not rounded). */
export function workSeconds(d: Dosage): number {
  const n = normalDose(d);
  const rep = n.repSeconds + n.holdSeconds;
  const middle = n.middleHoldSeconds > 0 ? n.repSeconds + n.middleHoldSeconds : 0;
  const set =
    d.sides === 'both' ? n.reps * rep : d.sides === 'each' ? 2 * n.reps * rep + SWITCH_SECONDS : n.reps * (2 * rep + middle);
  return n.sets * set + (n.sets - 1) * REST_SECONDS;
}

/** The English text an estimate reads (the steps and cautions decide the get-ready time). */
export type EstimateText = { steps: readonly string[]; cautions?: readonly string[] };

const introCache = new WeakMap<object, { counted?: number; uncounted?: number }>();

/** The get-ready seconds of an exercise (cached per exercise object: the composer asks often). */
function introSecondsOf(ex: EstimateText, counted: boolean): number {
  let entry = introCache.get(ex);
  if (!entry) {
    entry = {};
    introCache.set(ex, entry);
  }
  const key = counted ? 'counted' : 'uncounted';
  let s = entry[key];
  if (s === undefined) {
    s = introSeconds(stepKindsOf(ex), counted);
    entry[key] = s;
  }
  return s;
}

/** How long `ex` takes at dose `d`: get ready, then the work, rounded to a whole second. */
export function estimateDoseSeconds(ex: EstimateText, d: Dosage): number {
  return Math.round(introSecondsOf(ex, normalDose(d).counted) + workSeconds(d));
}

/** How long an exercise takes at its catalog dose. */
export function estimateSeconds(ex: Pick<Exercise, 'dosage' | 'steps' | 'cautions'>): number {
  return estimateDoseSeconds(ex, ex.dosage);
}
