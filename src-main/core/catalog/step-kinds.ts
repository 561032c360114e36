// Which step of an exercise says what, and how long each takes to read — worked out once from
// the ENGLISH catalog text, so the break player never reads sentences (issue 15). Once the steps
// are translated the page cannot find "hold" or "switch" in them; it gets this analysis with the
// exercise instead (ExerciseView.stepKinds), and the timing is the same in every language.
// Pure: no DOM, no clock.

/** The longest and shortest time a single setup step is shown (seconds). */
export const MIN_STEP_SECONDS = 3;
export const MAX_STEP_SECONDS = 12;

export interface StepKinds {
  /** the movement itself: the last step that neither switches sides nor starts with "Hold"/"Pause" */
  main: number;
  /** the last step that mentions holding, if any */
  hold: number | null;
  /** the last step that moves to the other side, if any */
  transition: number | null;
  /** the last step that goes back to the middle without going on to the other side, if any:
   *  shown during an `alternate` exercise's middle hold (`Dosage.middleHoldSeconds`) */
  middle: number | null;
  /** seconds to read and do each step (by its length in English words), MIN_STEP_SECONDS … MAX_STEP_SECONDS */
  readSeconds: number[];
  /** extra get-ready seconds to read the cautions (a second for every 4 English words) */
  cautionSeconds: number;
}

/** Words in a text. */
export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * Time to read a setup step and do it, in whole seconds: 2 s to look up and move, plus a second
 * for every 3 words (a slow, standing-back reading pace of 180 words a minute), from
 * MIN_STEP_SECONDS to MAX_STEP_SECONDS. 6 words → 4 s; 18 words → 8 s.
 */
export function readingSeconds(text: string): number {
  return Math.max(MIN_STEP_SECONDS, Math.min(MAX_STEP_SECONDS, 2 + Math.ceil(wordCount(text) / 3)));
}

/** Extra get-ready time to read the cautions: a second for every 4 words. */
export function cautionSeconds(cautions: readonly string[] | undefined): number {
  return Math.ceil((cautions ?? []).reduce((n, c) => n + wordCount(c), 0) / 4);
}

const TRANSITION = /\b(switch|repeat|other (side|leg|foot|arm|way)|turn round|then turn|then lift)\b/i;
const HOLD = /\bhold\b/i;
const STARTS_WITH_HOLD = /^\s*(hold|pause)\b/i;
const MIDDLE = /\bto the middle\b/i;

/**
 * Which step says what, read from the English step sentences (our own catalog, written in a
 * regular style): `main` is the movement itself (the last step that neither switches sides, nor
 * starts with "Hold"/"Pause", nor only goes back to the middle), `hold` the last step that
 * mentions holding, `transition` the last step that moves to the other side, `middle` the last
 * step that goes back to the middle and not on to the other side. Steps before `main` are the
 * setup, shown in the intro.
 */
export function stepRoles(steps: readonly string[]): Pick<StepKinds, 'main' | 'hold' | 'transition' | 'middle'> {
  let main = -1;
  let hold: number | null = null;
  let transition: number | null = null;
  let middle: number | null = null;
  steps.forEach((text, i) => {
    const switches = TRANSITION.test(text);
    if (switches) transition = i;
    if (HOLD.test(text)) hold = i;
    if (!switches && MIDDLE.test(text)) middle = i;
    else if (!switches && !STARTS_WITH_HOLD.test(text)) main = i;
  });
  if (main < 0) main = Math.max(0, steps.length - 1);
  return { main, hold, transition, middle };
}

/** The whole analysis of an exercise's (English) text. */
export function stepKindsOf(ex: { steps: readonly string[]; cautions?: readonly string[] }): StepKinds {
  return {
    ...stepRoles(ex.steps),
    readSeconds: ex.steps.map(readingSeconds),
    cautionSeconds: cautionSeconds(ex.cautions),
  };
}

/** An exercise (or any object with English steps) with its analysis attached, as ExerciseView carries it. */
export function withStepKinds<T extends { steps: readonly string[]; cautions?: readonly string[] }>(ex: T): T & { stepKinds: StepKinds } {
  return { ...ex, stepKinds: stepKindsOf(ex) };
}

