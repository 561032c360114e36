// Property tests of the composer over random settings and random days: whatever the input, the
// result is either a routine that keeps every rule, or a reason that names what to change; and
// over a simulated working day the routines rotate through the catalog instead of swinging
// between two fixed ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, estimateDoseSeconds, getExercise, type Exercise } from '../../src-main/core/catalog';
import {
  FIT_TOLERANCE,
  MAX_ITEM_SECONDS,
  MAX_SETS,
  composeRoutine,
  longestSeconds,
  mulberry32,
  shortestSeconds,
  type Routine,
} from '../../src-main/core/composer';
import { POSITIONS, USER_EQUIPMENT, type Position, type UserEquipment } from '../../src-main/core/settings';

const ALL_IDS = CATALOG.map((ex) => ex.id);
const ex = (id: string): Exercise => getExercise(id) as Exercise;

const positionsArb = fc.subarray([...POSITIONS] as Position[], { minLength: 1 });
const equipmentArb = fc.oneof(
  fc.constant([...USER_EQUIPMENT] as UserEquipment[]),
  fc.subarray([...USER_EQUIPMENT] as UserEquipment[]),
);
const excludedArb = fc.oneof(
  fc.subarray(ALL_IDS, { maxLength: 12 }),
  fc.subarray(ALL_IDS), // sometimes (nearly) everything
);
const routineArb = fc.uniqueArray(fc.constantFrom(...ALL_IDS), { minLength: 1, maxLength: 8 });
const dayArb = fc.array(routineArb, { maxLength: 6 });

const has = (equipment: readonly UserEquipment[], e: Exercise): boolean => e.equipment === 'none' || equipment.includes(e.equipment);

/** Every rule a single routine keeps, whatever it was asked for. */
function expectWellFormed(routine: Routine, positions: readonly Position[], equipment: readonly UserEquipment[], excluded: readonly string[]): void {
  const ids = routine.items.map((i) => i.exerciseId);
  expect(routine.items.length).toBeGreaterThan(0);
  expect(new Set(ids).size).toBe(ids.length);
  for (const item of routine.items) {
    const e = ex(item.exerciseId);
    expect(positions).toContain(e.position);
    expect(excluded).not.toContain(e.id);
    // equipment: nothing the user has not ticked (a stability ball is never assumed)
    expect(has(equipment, e), `${e.id} needs ${e.equipment}`).toBe(true);
    expect(item.seconds).toBe(estimateDoseSeconds(ex(item.exerciseId), item.dosage));
    // sets capped: one, or a second only while the exercise stays short
    expect(item.dosage.sets).toBeGreaterThanOrEqual(1);
    expect(item.dosage.sets).toBeLessThanOrEqual(MAX_SETS);
    if (item.dosage.sets > 1) expect(item.seconds).toBeLessThanOrEqual(MAX_ITEM_SECONDS);
  }
  expect(routine.totalSeconds).toBe(routine.items.reduce((s, i) => s + i.seconds, 0));

  // one block per position: never floor → standing → floor (or any other up-down-up)
  const seq = routine.items.map((i) => ex(i.exerciseId).position);
  const blocks = seq.filter((p, i) => i === 0 || p !== seq[i - 1]);
  expect(new Set(blocks).size, seq.join(' ')).toBe(blocks.length);

  // the warm-up: the routine opens with mobility when it has any, and within each position
  // block mobility comes first
  const foci = ids.map((id) => ex(id).focus);
  if (foci.includes('mobility')) expect(foci[0]).toBe('mobility');
  for (const p of new Set(seq)) {
    const block = ids.filter((id) => ex(id).position === p).map((id) => ex(id).focus);
    const firstOther = block.findIndex((f) => f !== 'mobility');
    if (firstOther >= 0) expect(block.slice(firstOther)).not.toContain('mobility');
  }

  // never two head-down exercises in a row (the forward bend never straight after the hip hinge)
  for (let i = 1; i < ids.length; i++) {
    expect(Boolean(ex(ids[i - 1]!).headDown && ex(ids[i]!).headDown), ids.join(' ')).toBe(false);
  }
}

describe('composeRoutine over random settings', () => {
  it('returns a routine that keeps the rules, or a reason', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        positionsArb,
        equipmentArb,
        excludedArb,
        dayArb,
        fc.integer(),
        (routineMinutes, positions, equipment, excludedExercises, earlierToday, seed) => {
          const req = { settings: { routineMinutes, positions, excludedExercises, equipment }, earlierToday, random: mulberry32(seed) };
          const result = composeRoutine(req);
          const allowed = CATALOG.filter((e) => positions.includes(e.position) && !excludedExercises.includes(e.id) && has(equipment, e));

          // deterministic for the same random source
          expect(composeRoutine({ ...req, random: mulberry32(seed) })).toEqual(result);

          if (!result.ok) {
            expect(allowed).toHaveLength(0);
            expect(result.reason).toMatch(/Settings/);
            return;
          }
          expect(allowed.length).toBeGreaterThan(0);
          const { items, totalSeconds, targetSeconds, notes } = result.routine;
          expect(targetSeconds).toBe(routineMinutes * 60);
          expectWellFormed(result.routine, positions, equipment, excludedExercises);

          // a routine that misses the time, or repeats the previous break, says so
          if (Math.abs(totalSeconds - targetSeconds) / targetSeconds > FIT_TOLERANCE) {
            expect(notes.join(' ')).toMatch(/asked/);
          }
          const ids = items.map((i) => i.exerciseId);
          const previous = earlierToday[earlierToday.length - 1] ?? [];
          const repeated = ids.filter((id) => previous.includes(id));
          if (repeated.length) expect(notes.join(' ')).toMatch(/from your last break/);

          // the time fits whenever the allowed exercises could fill it (each at most its longest
          // allowed dose) and one of them can be made short enough
          const capacity = allowed.reduce((s, e) => s + longestSeconds(e), 0);
          const shortest = Math.min(...allowed.map(shortestSeconds));
          if (capacity >= targetSeconds * 1.1 && shortest <= targetSeconds) {
            expect(Math.abs(totalSeconds - targetSeconds) / targetSeconds).toBeLessThanOrEqual(FIT_TOLERANCE);
          }
        },
      ),
      { numRuns: 400, seed: 20260302 },
    );
  });
});

describe('a simulated working day', () => {
  const deskPositions = fc.subarray(['seated', 'standing'] as Position[], { minLength: 1 });

  it('rotates through the catalog: no routine is the one from two breaks before, and openers rotate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), deskPositions, equipmentArb, fc.integer(), (routineMinutes, positions, equipment, seed) => {
        const random = mulberry32(seed);
        const allowed = CATALOG.filter((e) => positions.includes(e.position) && has(equipment, e));
        // openers that can fit the routine at all (a 1-minute routine has no room for 30 turns)
        const openers = allowed.filter((e) => e.focus === 'mobility' && shortestSeconds(e) <= routineMinutes * 60);
        const day: string[][] = [];
        for (let b = 0; b < 8; b++) {
          const r = composeRoutine({ settings: { routineMinutes, positions, excludedExercises: [], equipment }, earlierToday: day, random });
          if (!r.ok) return; // nothing allowed at all: the other property covers the reason
          expectWellFormed(r.routine, positions, equipment, []);
          day.push(r.routine.items.map((i) => i.exerciseId));
        }
        const key = (ids: readonly string[]): string => [...ids].sort().join(',');
        for (let b = 2; b < day.length; b++) {
          // two fixed routines alternating all day is what this rules out. Exceptions, where the
          // rules leave no choice: a routine of exactly the exercises the previous break left over
          // (SPEC §4: avoid the previous break), one that must repeat some of the previous break
          // because the others cannot fill the time, and a 1-minute routine (one or two short
          // exercises)
          const leftOver = allowed.filter((e) => !day[b - 1]!.includes(e.id)).map((e) => e.id);
          const repeats = day[b]!.some((id) => day[b - 1]!.includes(id));
          if (routineMinutes > 1 && !repeats && key(day[b]!) !== key(leftOver)) expect(key(day[b]!), `break ${b}`).not.toBe(key(day[b - 2]!));
          // the openers rotate: never the previous break's, and not the one from two breaks
          // before while a fitting opener is left that neither of the last two breaks used
          if (openers.some((e) => !day[b - 1]!.includes(e.id))) expect(day[b - 1]!).not.toContain(day[b]![0]);
          const unused = openers.filter((e) => !day[b - 1]!.includes(e.id) && !day[b - 2]!.includes(e.id));
          if (unused.length) expect(day[b - 2]![0], `break ${b}`).not.toBe(day[b]![0]);
        }
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });

  it('keeps the seated-only short routines from swinging between the same two openers (issue 13 point 17)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = mulberry32(seed);
      const day: string[][] = [];
      for (let b = 0; b < 9; b++) {
        const r = composeRoutine({ settings: { routineMinutes: 2, positions: ['seated'], excludedExercises: [], equipment: ['chair'] }, earlierToday: day, random });
        if (!r.ok) throw new Error(r.reason);
        day.push(r.routine.items.map((i) => i.exerciseId));
      }
      const openers = day.map((ids) => ids[0]!);
      expect(new Set(openers).size, openers.join(' ')).toBeGreaterThanOrEqual(3);
      expect(openers).toContain('seated-side-bend');
    }
  });
});
