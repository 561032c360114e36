// Own words (issue 13 point 16): every catalog entry states the seed's facts in our own words
// and our own order, not as a sentence-by-sentence synonym swap. Two measures per entry, against
// the seed articles it cites:
// - shared 5-word shingles: the share of the entry's 5-word runs (within one sentence) that also
//   occur in the seed — catches copied phrases;
// - ordered content words: the longest run of the entry's content words (no stop words, crude
//   stems) that appears in the same order inside a window of the seed — catches a text that
//   walks the seed sentence by sentence with synonyms swapped in, which shares few phrases but
//   keeps the seed's nouns in the seed's order.
// The seeds live beside the repository (../shared/seeds), not in it: on a clone alone these
// checks are skipped, and say so.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG, SIDES, stepsForSide, type Exercise } from '../../src-main/core/catalog';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(root, '../shared/seeds');
const missing = existsSync(seedsDir) ? null : `the seed articles are not beside this clone (${seedsDir})`;

/** The entries issue 13 found to be synonym swaps of their seed; they were restructured. */
const REWRITTEN = [
  'tall-stand',
  'lunge-hamstring-reach',
  'standing-hip-hinge',
  'ball-crunch',
  'double-knee-to-chest',
  'piriformis-stretch',
  'bridge-leg-raise',
  'half-moon',
];
/** Highest share of an entry's 5-word runs found in its seeds. */
const MAX_SHINGLE_SHARE = 0.1;
/** Highest share of an entry's content words in the seed's order, for any entry … */
const MAX_ORDERED_SHARE = 0.45;
/** … and for the rewritten ones (they were at 0.41–0.73). */
const MAX_ORDERED_SHARE_REWRITTEN = 0.4;

const STOP = new Set(
  ('a an the and or but of to in on at by for with your you it its this that these those is are be as from into onto up ' +
    'down over off out then than so if one each other both all any no not do does only just will can may should while ' +
    'until when where which what who how there here their them they we our us me my i feet foot knee knees hand hands ' +
    'arm arms leg legs back side hold repeat slowly gently').split(' '),
);
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const stem = (w: string): string => w.replace(/'s$/, '').replace(/(ing|ed|es|s)$/, '');
const contentWords = (s: string): string[] => words(s).filter((w) => w.length > 2 && !STOP.has(w)).map(stem);

function shingles(ws: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

/** Every sentence of an entry a user reads: steps (both sides' text too), cautions, breathing. */
function sentences(ex: Exercise): string[] {
  const sided = ex.sideSteps ? SIDES.flatMap((side) => stepsForSide(ex, side)) : [];
  return [...new Set([...ex.steps, ...sided, ...ex.cautions, ex.breathing])];
}

export function shingleShare(ex: Exercise, seedText: string): number {
  const seed = shingles(words(seedText), 5);
  const own = new Set<string>();
  for (const s of sentences(ex)) for (const g of shingles(words(s), 5)) own.add(g);
  return own.size ? [...own].filter((g) => seed.has(g)).length / own.size : 0;
}

export function orderedShare(ex: Exercise, seedText: string): number {
  const own = contentWords(ex.steps.join(' '));
  const seed = contentWords(seedText);
  const window = Math.max(20, own.length * 2);
  let best = 0;
  for (let i = 0; i < Math.max(1, seed.length - window / 2); i += 5) best = Math.max(best, lcs(own, seed.slice(i, i + window)));
  return own.length ? best / own.length : 0;
}

const seedOf = (ex: Exercise): string => ex.source.map((f) => readFileSync(resolve(seedsDir, f), 'utf8')).join('\n');

describe.skipIf(missing !== null)(`exercise text is in our own words${missing ? ` — skipped: ${missing}` : ''}`, () => {
  it.each(CATALOG.map((ex) => [ex.id, ex] as const))('%s', (id, ex: Exercise) => {
    const seed = seedOf(ex);
    expect(shingleShare(ex, seed), `${id}: 5-word runs shared with the seed`).toBeLessThanOrEqual(MAX_SHINGLE_SHARE);
    const limit = REWRITTEN.includes(id) ? MAX_ORDERED_SHARE_REWRITTEN : MAX_ORDERED_SHARE;
    expect(orderedShare(ex, seed), `${id}: content words in the seed's order`).toBeLessThanOrEqual(limit);
  });

  it('measures what it claims: a synonym swap of a seed passage scores high, a restructured text low', () => {
    const seed = readFileSync(resolve(seedsDir, '002_c8491789ec08c2ef.txt'), 'utf8');
    const base = CATALOG.find((e) => e.id === 'tall-stand')!;
    // the seed's sentences in the seed's order, with synonyms swapped in
    const swap: Exercise = {
      ...base,
      steps: [
        'Stand with your heels a little apart and your toes touching.',
        'Put all of your weight on your heels, unlock your knees and slowly draw your heels together.',
        'Reach above your head, touch your fingers together and stand tall.',
        'Breathe in and lift your ribcage away from your hips; breathe out and tighten your core.',
      ],
      cautions: ['Do it several times.'],
      breathing: 'As you inhale, lift your ribcage away from your hips.',
    };
    expect(orderedShare(swap, seed)).toBeGreaterThan(MAX_ORDERED_SHARE);
    expect(shingleShare(swap, seed)).toBeGreaterThan(MAX_SHINGLE_SHARE);
    expect(orderedShare(base, seed)).toBeLessThanOrEqual(MAX_ORDERED_SHARE_REWRITTEN);
  });
});

describe('own-words check on a clone without the seeds', () => {
  it.runIf(missing !== null)(`is skipped with its reason: ${missing ?? ''}`, () => {
    expect(missing).toMatch(/not beside this clone/);
  });
});
