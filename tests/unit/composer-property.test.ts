// Property test of the composer over random settings and random days: whatever the input, the
// result is either a routine that keeps every rule, or a reason that names what to change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG, estimateDosageSeconds, getExercise, type Exercise } from '../../src-main/core/catalog';
import { FIT_TOLERANCE, MAX_SETS, composeRoutine, mulberry32, shortestSeconds } from '../../src-main/core/composer';
import { POSITIONS, type Position } from '../../src-main/core/settings';

const ALL_IDS = CATALOG.map((ex) => ex.id);
const ex = (id: string): Exercise => getExercise(id) as Exercise;

const positionsArb = fc.subarray([...POSITIONS] as Position[], { minLength: 1 });
const excludedArb = fc.oneof(
  fc.subarray(ALL_IDS, { maxLength: 12 }),
  fc.subarray(ALL_IDS), // sometimes (nearly) everything
);
const routineArb = fc.uniqueArray(fc.constantFrom(...ALL_IDS), { minLength: 1, maxLength: 8 });
const dayArb = fc.array(routineArb, { maxLength: 6 });

describe('composeRoutine over random settings', () => {
  it('returns a routine that keeps the rules, or a reason', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }),
        positionsArb,
        excludedArb,
        dayArb,
        fc.integer(),
        (routineMinutes, positions, excludedExercises, earlierToday, seed) => {
          const req = { settings: { routineMinutes, positions, excludedExercises }, earlierToday, random: mulberry32(seed) };
          const result = composeRoutine(req);
          const allowed = CATALOG.filter((e) => positions.includes(e.position) && !excludedExercises.includes(e.id));

          // deterministic for the same random source
          expect(composeRoutine({ ...req, random: mulberry32(seed) })).toEqual(result);

          if (!result.ok) {
            expect(allowed).toHaveLength(0);
            expect(result.reason).toMatch(/Settings/);
            return;
          }
          expect(allowed.length).toBeGreaterThan(0);
          const { items, totalSeconds, targetSeconds, notes } = result.routine;
          const ids = items.map((i) => i.exerciseId);
          expect(items.length).toBeGreaterThan(0);
          expect(new Set(ids).size).toBe(ids.length);
          expect(targetSeconds).toBe(routineMinutes * 60);
          for (const item of items) {
            const e = ex(item.exerciseId);
            expect(positions).toContain(e.position);
            expect(excludedExercises).not.toContain(e.id);
            expect(item.seconds).toBe(estimateDosageSeconds(item.dosage));
            expect(item.dosage.sets).toBeLessThanOrEqual(MAX_SETS);
          }
          expect(totalSeconds).toBe(items.reduce((s, i) => s + i.seconds, 0));

          // the warm-up comes first: all mobility exercises before any other
          const foci = ids.map((id) => ex(id).focus);
          const firstOther = foci.findIndex((f) => f !== 'mobility');
          if (firstOther >= 0) expect(foci.slice(firstOther)).not.toContain('mobility');

          // a routine that misses the time, or repeats the previous break, says so
          if (Math.abs(totalSeconds - targetSeconds) / targetSeconds > FIT_TOLERANCE) {
            expect(notes.join(' ')).toMatch(/asked/);
          }
          const previous = earlierToday[earlierToday.length - 1] ?? [];
          const repeated = ids.filter((id) => previous.includes(id));
          if (repeated.length) expect(notes.join(' ')).toMatch(/from your last break/);

          // the time fits whenever the allowed exercises could fill it (at most MAX_SETS sets
          // each) and one of them can be made short enough
          const capacity = allowed.reduce(
            (s, e) => s + estimateDosageSeconds({ ...e.dosage, sets: MAX_SETS }),
            0,
          );
          const shortest = Math.min(...allowed.map(shortestSeconds));
          if (capacity >= targetSeconds && shortest <= targetSeconds) {
            expect(Math.abs(totalSeconds - targetSeconds) / targetSeconds).toBeLessThanOrEqual(FIT_TOLERANCE);
          }
        },
      ),
      { numRuns: 400, seed: 20260302 },
    );
  });
});
