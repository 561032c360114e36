// The exercise catalog (SPEC §4): typed data, lookups and the duration model.
import { DESK_EXERCISES } from './desk';
import { FLOOR_EXERCISES } from './floor';
import type { Exercise } from './types';

export type { Area, Dosage, Equipment, Exercise, Focus, Intensity, Position, SeedFile, Side } from './types';
export { AREAS, EQUIPMENT, FOCI, INTENSITIES, SEED_FILES, SIDES, SIDE_PLACEHOLDERS } from './types';
export { fillSide, stepsForSide } from './sides';
export { SAFETY_NOTES, type SafetyNote } from './safety';
export {
  DEFAULT_REP_SECONDS,
  REST_SECONDS,
  SETUP_SECONDS,
  SWITCH_SECONDS,
  estimateDoseSeconds,
  estimateSeconds,
} from './estimate';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** Every exercise: the desk set (seated, standing) first, then floor and ball work. */
export const CATALOG: readonly Exercise[] = deepFreeze([...DESK_EXERCISES, ...FLOOR_EXERCISES]);

const BY_ID: ReadonlyMap<string, Exercise> = new Map(CATALOG.map((ex) => [ex.id, ex]));

export const EXERCISE_IDS: ReadonlySet<string> = new Set(BY_ID.keys());

export function getExercise(id: string): Exercise | undefined {
  return BY_ID.get(id);
}

/** Seated and standing exercises make up the desk set; floor and ball work does not. */
export function isDeskExercise(ex: Pick<Exercise, 'position'>): boolean {
  return ex.position === 'seated' || ex.position === 'standing';
}

export const DESK_SET: readonly Exercise[] = CATALOG.filter(isDeskExercise);
