// Every exercise named in the seed articles has a catalog entry (SPEC §4). The table below maps
// each name as the article prints it to our catalog id; the test checks the name really is in
// that article, the id exists and cites the article — so removing an entry, or an id typo,
// fails here. Seed 002 names none of its four exercises, so it is mapped by short phrases.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG, getExercise, SEED_FILES, type SeedFile } from '../../src-main/core/catalog';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(root, '../shared/seeds');

const NAMES: Record<SeedFile, [name: string, id: string][]> = {
  '000_2cd309e82abe1791.txt': [
    ['Cat-Cow', 'cat-cow'],
    ['Downward Dog into Plank', 'downward-dog'],
    ['Glute Bridge', 'glute-bridge'],
    ['Seated Spinal Twist', 'seated-spinal-twist'],
    ['Half Moon Pose', 'half-moon'],
  ],
  '001_5891a6a53c572c73.txt': [
    ['Forward Bends', 'forward-bend'],
    ['Knee-to-Chest', 'single-knee-to-chest'],
    ['Seated Rotational Stretches', 'seated-rotation'],
    ['Lying Bent Knee Spiral Twist', 'lying-spiral-twist'],
    ['Partial Crunches', 'partial-crunch'],
    ['Bird Dog', 'bird-dog'],
    ['Glute Bridge', 'glute-bridge'],
    ['Lying Lateral Leg Lifts', 'lying-leg-lift'],
    ['Downward Dog', 'downward-dog'],
  ],
  '002_c8491789ec08c2ef.txt': [
    ['hold the plank', 'forearm-plank'],
    ['Extending your hips', 'standing-hip-hinge'],
    ['lunge position', 'lunge-hamstring-reach'],
    ['pull your heels together', 'tall-stand'],
  ],
  '003_4e559636a5498c15.txt': [
    ['Leg Twists', 'leg-twist'],
    ['Seated Spinal Twist', 'seated-spinal-twist'],
    ['Bridging', 'glute-bridge'],
    ['Bird-Dog Pose', 'bird-dog'],
    ['Back Extension Push-Up', 'prone-press-up'],
    ['Knee Rolls', 'knee-rolls'],
    ['knee to chest kicks', 'knee-to-chest-kicks'],
  ],
  '004_08db197b1c89f8ee.txt': [
    ['neutral spine', 'abdominal-bracing'],
    ['Single Knee to Chest', 'single-knee-to-chest'],
    ['Double Knee to Chest', 'double-knee-to-chest'],
    ['Kneeling Back Stretch', 'kneeling-back-stretch'],
    ['Stretch Lower Back Using Hip and Knee', 'piriformis-stretch'],
    ['Active Stretch of the Hamstrings', 'active-hamstring-stretch'],
    ['Backward Rock in Quadraped', 'backward-rock'],
    ['Forward Rock in Quadraped', 'forward-rock'],
    ['Bird Dog', 'bird-dog'],
    ['Bridging with leg raise', 'bridge-leg-raise'],
    ['Superman', 'superman'],
    ['Prone press up', 'prone-press-up'],
    ['Marching on stability Ball', 'ball-march'],
    ['"Bird Dog" using stability ball', 'ball-bird-dog'],
    ['Prone walk-out', 'prone-walk-out'],
    ['Back extension using stability ball', 'ball-back-extension'],
    ['Crunches on stability ball', 'ball-crunch'],
  ],
};

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const articles = new Map(
  SEED_FILES.map((f) => [f, normalise(readFileSync(resolve(seedsDir, f), 'utf8'))] as const),
);
const rows = Object.entries(NAMES).flatMap(([file, names]) =>
  names.map(([name, id]) => [file as SeedFile, name, id] as const),
);

describe('every exercise in the seed articles has a catalog entry', () => {
  it('covers all five seed articles', () => {
    expect(Object.keys(NAMES).sort()).toEqual([...SEED_FILES].sort());
  });

  it.each(rows)('%s: "%s" → %s', (file, name, id) => {
    expect(articles.get(file), `${file} is readable`).toBeDefined();
    expect(articles.get(file)).toContain(normalise(name));
    const ex = getExercise(id);
    expect(ex, `catalog entry ${id}`).toBeDefined();
    expect(ex!.source).toContain(file);
    expect(ex!.adaptationOf).toBeUndefined();
  });

  it('has no seed-sourced entry the table does not know (adaptations aside)', () => {
    const mapped = new Set(rows.map(([, , id]) => id));
    const unmapped = CATALOG.filter((ex) => !ex.adaptationOf && !mapped.has(ex.id)).map((ex) => ex.id);
    expect(unmapped).toEqual([]);
  });

  it('cites an article only where the table finds the exercise in it', () => {
    for (const ex of CATALOG) {
      if (ex.adaptationOf) continue; // an adaptation cites its original's articles
      const cited = rows.filter(([, , id]) => id === ex.id).map(([file]) => file);
      expect([...ex.source].sort(), ex.id).toEqual([...new Set(cited)].sort());
    }
  });

  it('merges exercises the articles share (one entry, several sources)', () => {
    expect(getExercise('seated-spinal-twist')!.source).toHaveLength(2);
    expect(getExercise('glute-bridge')!.source).toHaveLength(3);
    expect(getExercise('bird-dog')!.source).toHaveLength(3);
    expect(getExercise('downward-dog')!.source).toHaveLength(2);
    expect(getExercise('prone-press-up')!.source).toHaveLength(2);
    // related lying twists that move differently stay separate
    for (const id of ['lying-spiral-twist', 'knee-rolls', 'leg-twist']) expect(getExercise(id)).toBeDefined();
  });

  it('chooses a dose that respects every source of a merged exercise, and says how', () => {
    // seated spinal twist: about 5 per side in both articles; holds of 2–3 s and 8–10 s
    const twist = getExercise('seated-spinal-twist')!;
    expect(twist.dosage.reps).toBe(5);
    expect(twist.dosage.holdSeconds).toBeGreaterThanOrEqual(2);
    expect(twist.dosage.holdSeconds).toBeLessThanOrEqual(10);
    for (const ex of CATALOG) {
      if (ex.source.length > 1 && !ex.adaptationOf) {
        expect(ex.doseNote, `${ex.id} explains its dose`).toBeTruthy();
      }
    }
  });
});
