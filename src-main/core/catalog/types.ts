// Types of the exercise catalog (SPEC §4). Pure data: no electron, no clock, no randomness.
import type { Position, UserEquipment } from '../settings';

export type { Position };

/** What an exercise needs: nothing, or one thing the user may have (`Settings.equipment`). */
export type Equipment = 'none' | UserEquipment;
export const EQUIPMENT: readonly Equipment[] = ['none', 'chair', 'desk', 'mat', 'ball'];

/** The side in play during an `each` or `alternate` exercise (the player does the right first). */
export type Side = 'right' | 'left';
export const SIDES: readonly Side[] = ['right', 'left'];

/**
 * Placeholders of a side template (`Exercise.sideSteps`): `{side}` becomes the side in play and
 * `{other}` the opposite one, both as the lower-case words "right" / "left".
 */
export const SIDE_PLACEHOLDERS = ['{side}', '{other}'] as const;

/** What an exercise mainly trains. The composer opens a routine with `mobility`. */
export type Focus = 'mobility' | 'stretch' | 'stability' | 'strength';
export const FOCI: readonly Focus[] = ['mobility', 'stretch', 'stability', 'strength'];

export type Area =
  | 'neck'
  | 'shoulders'
  | 'chest'
  | 'upper-back'
  | 'lower-back'
  | 'spine'
  | 'sides'
  | 'core'
  | 'hips'
  | 'glutes'
  | 'hamstrings'
  | 'thighs';
export const AREAS: readonly Area[] = [
  'neck',
  'shoulders',
  'chest',
  'upper-back',
  'lower-back',
  'spine',
  'sides',
  'core',
  'hips',
  'glutes',
  'hamstrings',
  'thighs',
];

/** light: anyone at a desk; moderate: some effort or balance; advanced: stability-ball work. */
export type Intensity = 'light' | 'moderate' | 'advanced';
export const INTENSITIES: readonly Intensity[] = ['light', 'moderate', 'advanced'];

/**
 * How the exercise is dosed.
 * - `both`: the movement uses both sides at once (or has no side); `reps` are the whole set.
 * - `each`: all reps on one side, then all reps on the other; `reps` are per side.
 * - `alternate`: left, right, left …; `reps` are per side.
 * A hold-only exercise (a plank, a long stretch) has `holdSeconds` and no `reps` (= one rep).
 * An `alternate` exercise may add a hold in the middle of each round (`middleHoldSeconds`).
 */
export interface Dosage {
  reps?: number;
  holdSeconds?: number;
  sets: number;
  sides: 'both' | 'each' | 'alternate';
  /** Seconds one repetition's movement takes, holds excluded (default `DEFAULT_REP_SECONDS`). */
  repSeconds?: number;
  /**
   * `alternate` only: a counted-down hold back in the middle between the right and the left of
   * every round (seed 003's knee rolls: one side, a knee hug in the middle, the other side). The
   * way back to the middle takes `repSeconds`; both show the exercise's "middle" step (the step
   * that goes back to the middle, catalog/step-kinds.ts) and no side.
   */
  middleHoldSeconds?: number;
}

export type SeedFile =
  | '000_2cd309e82abe1791.txt'
  | '001_5891a6a53c572c73.txt'
  | '002_c8491789ec08c2ef.txt'
  | '003_4e559636a5498c15.txt'
  | '004_08db197b1c89f8ee.txt';
export const SEED_FILES: readonly SeedFile[] = [
  '000_2cd309e82abe1791.txt',
  '001_5891a6a53c572c73.txt',
  '002_c8491789ec08c2ef.txt',
  '003_4e559636a5498c15.txt',
  '004_08db197b1c89f8ee.txt',
];

export interface Exercise {
  /** kebab-case, stable: it is stored in settings (`excludedExercises`) and in the history log */
  id: string;
  name: string;
  position: Position;
  equipment: Equipment;
  focus: Focus;
  areas: readonly Area[];
  /**
   * short imperative sentences, shown one at a time by the player. They fit either side: a
   * one-sided exercise never names "right" or "left" here (the player may be on either).
   */
  steps: readonly string[];
  /**
   * Step texts that name the side in play, by step index, as templates with `{side}` and
   * `{other}` (SIDE_PLACEHOLDERS). Only for one-sided exercises (`each` / `alternate`); a step
   * without an entry reads the same on both sides. The app fills them in (ExerciseView.sideSteps)
   * so the page only ever shows finished text.
   */
  sideSteps?: Readonly<Record<number, string>>;
  dosage: Dosage;
  intensity: Intensity;
  cautions: readonly string[];
  breathing: string;
  /** the seed articles the facts come from (a desk adaptation names the seeds of its original) */
  source: readonly SeedFile[];
  /** set when this entry is our desk version of a floor exercise from the seeds */
  adaptationOf?: { id: string; note: string };
  /** why the dose is what it is, when the sources disagree or give none */
  doseNote?: string;
  /** the head hangs below the heart: the composer never puts two such exercises in a row */
  headDown?: true;
}
