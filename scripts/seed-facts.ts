// Keeps tests/fixtures/seed-facts.json in step with the seed articles (../shared/seeds).
//
// The seed articles are not part of this repository, so the tests read the facts they need from
// that fixture: for each article its file name and a fingerprint of its text, and for each
// exercise it names the name as printed, our catalog id, and the doses (seconds held,
// repetitions) the article gives near that name. Facts only — no sentence of an article is kept.
// The name → id mapping is ours and edited by hand in the fixture; this script checks every
// name against its article and fills in the fingerprints and doses.
//
//   npx tsx scripts/seed-facts.ts            rewrite the fixture from the seeds
//   npx tsx scripts/seed-facts.ts --check    exit 1 if the fixture is out of date (or a name is not found)
//   npx tsx scripts/seed-facts.ts --seeds DIR
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DoseFacts {
  /** smallest and largest number of seconds to hold mentioned, or null */
  holdSeconds: [number, number] | null;
  /** smallest and largest number of repetitions mentioned, or null */
  reps: [number, number] | null;
}

export interface SeedExercise extends DoseFacts {
  /** the exercise as the article names it (a short phrase where it names none) */
  name: string;
  /** our catalog id */
  id: string;
}

export interface SeedFacts {
  about: string;
  seeds: Record<string, { sha256: string; exercises: SeedExercise[] }>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE = resolve(root, 'tests/fixtures/seed-facts.json');
export const DEFAULT_SEEDS = resolve(root, '../shared/seeds');

export const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

const RANGE = String.raw`(\d+)(?:\s*(?:-|–|to)\s*(\d+))?`;
const HOLD_RE = new RegExp(`${RANGE}\\s*seconds?`, 'g');
const REPS_RE = new RegExp(`${RANGE}\\s*(?:times|reps|repetitions)\\b`, 'g');

function span(text: string, re: RegExp): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const m of text.matchAll(re)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    lo = Math.min(lo, a, b);
    hi = Math.max(hi, a, b);
  }
  return Number.isFinite(lo) ? [lo, hi] : null;
}

/** The doses an article gives between the first mention of each name and the next name's. */
export function factsOf(text: string, names: readonly { name: string; id: string }[]): { exercises: SeedExercise[]; missing: string[] } {
  const body = normalise(text);
  const found = names.map((n) => ({ ...n, at: body.indexOf(normalise(n.name)) }));
  const missing = found.filter((n) => n.at < 0).map((n) => n.name);
  const starts = found.map((n) => n.at).filter((a) => a >= 0).sort((a, b) => a - b);
  const exercises = found.map(({ name, id, at }) => {
    if (at < 0) return { name, id, holdSeconds: null, reps: null };
    const end = starts.find((s) => s > at) ?? body.length;
    const section = body.slice(at, end);
    return { name, id, holdSeconds: span(section, HOLD_RE), reps: span(section, REPS_RE) };
  });
  return { exercises, missing };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The fixture recomputed from the articles in `seedsDir` (names and ids taken from `current`). */
export function recompute(current: SeedFacts, seedsDir: string): { facts: SeedFacts; problems: string[] } {
  const problems: string[] = [];
  const seeds: SeedFacts['seeds'] = {};
  for (const [file, entry] of Object.entries(current.seeds)) {
    const path = resolve(seedsDir, file);
    if (!existsSync(path)) {
      problems.push(`${file}: not found in ${seedsDir}`);
      seeds[file] = entry;
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const { exercises, missing } = factsOf(text, entry.exercises);
    for (const name of missing) problems.push(`${file}: the article does not name "${name}"`);
    seeds[file] = { sha256: sha256(text), exercises };
  }
  return { facts: { about: current.about, seeds }, problems };
}

/** The fixture's text: one exercise a line, so a change to the facts reads well in a diff. */
export function format(facts: SeedFacts): string {
  const seeds = Object.entries(facts.seeds).map(
    ([file, e]) =>
      `    ${JSON.stringify(file)}: {\n      "sha256": ${JSON.stringify(e.sha256)},\n      "exercises": [\n` +
      e.exercises.map((x) => `        ${JSON.stringify(x)}`).join(',\n') +
      '\n      ]\n    }',
  );
  return `{\n  "about": ${JSON.stringify(facts.about)},\n  "seeds": {\n${seeds.join(',\n')}\n  }\n}\n`;
}

export function readFixture(): SeedFacts {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as SeedFacts;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const i = argv.indexOf('--seeds');
  const seedsDir = i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : DEFAULT_SEEDS;
  if (!existsSync(seedsDir)) {
    process.stderr.write(`seed-facts: no seed articles at ${seedsDir}; nothing to check (the tests use ${FIXTURE} as it is)\n`);
    return check ? 0 : 1;
  }
  const current = readFixture();
  const { facts, problems } = recompute(current, seedsDir);
  for (const p of problems) process.stderr.write(`seed-facts: ${p}\n`);
  const text = format(facts);
  const same = text === readFileSync(FIXTURE, 'utf8');
  if (check) {
    if (!same) process.stderr.write(`seed-facts: ${FIXTURE} is out of date: run npx tsx scripts/seed-facts.ts\n`);
    return same && problems.length === 0 ? 0 : 1;
  }
  if (!same) writeFileSync(FIXTURE, text);
  process.stdout.write(`seed-facts: ${same ? 'up to date' : 'updated'} (${Object.keys(facts.seeds).length} articles)\n`);
  return problems.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exit(main(process.argv.slice(2)));
