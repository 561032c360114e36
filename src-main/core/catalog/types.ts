// Types of the exercise catalog (SPEC §4). Pure data: no electron, no clock, no randomness.
import type { Position } from '../settings';

export type { Position };

export type Equipment = 'none' | 'chair' | 'desk' | 'mat' | 'ball';
export const EQUIPMENT: readonly Equipment[] = ['none', 'chair', 'desk', 'mat', 'ball'];

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
 */
export interface Dosage {
  reps?: number;
  holdSeconds?: number;
  sets: number;
  sides: 'both' | 'each' | 'alternate';
  /** Seconds one repetition's movement takes, holds excluded (default `DEFAULT_REP_SECONDS`). */
  repSeconds?: number;
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
  /** short imperative sentences, shown one at a time by the player */
  steps: readonly string[];
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
}
