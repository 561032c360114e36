// How long an exercise takes, estimated from its dosage. The composer fits routines with it
// and the player shows it, so it must stay simple and predictable.
//
// The model (all in seconds):
//   one rep      = repSeconds (the movement, default 3) + holdSeconds (0 if none)
//   sides        = 1 for `both`; 2 for `each` and `alternate` (reps are counted per side)
//   one set      = reps (1 if only a hold) × one rep × sides  (+ SWITCH_SECONDS for `each`)
//   whole        = SETUP_SECONDS + sets × one set + (sets − 1) × REST_SECONDS
// and the result is rounded to a whole second.
import type { Dosage, Exercise } from './types';

/** Time to read the step and get into the starting position. */
export const SETUP_SECONDS = 5;
/** Movement time of one repetition when the exercise does not say. */
export const DEFAULT_REP_SECONDS = 3;
/** Changing over from one side to the other (`each` only; `alternate` flows continuously). */
export const SWITCH_SECONDS = 3;
/** Breather between sets. */
export const REST_SECONDS = 5;

export function estimateDosageSeconds(d: Dosage): number {
  const reps = d.reps ?? 1;
  const rep = (d.repSeconds ?? DEFAULT_REP_SECONDS) + (d.holdSeconds ?? 0);
  const sides = d.sides === 'both' ? 1 : 2;
  const set = reps * rep * sides + (d.sides === 'each' ? SWITCH_SECONDS : 0);
  const sets = Math.max(1, d.sets);
  return Math.round(SETUP_SECONDS + sets * set + (sets - 1) * REST_SECONDS);
}

/** Estimated duration of an exercise at its catalog dose. */
export function estimateSeconds(ex: Pick<Exercise, 'dosage'>): number {
  return estimateDosageSeconds(ex.dosage);
}
