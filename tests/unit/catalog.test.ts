// The exercise catalog as data (SPEC §4): every entry complete and coherent, the desk set,
// desk adaptations, safety notes and the duration model.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AREAS,
  CATALOG,
  DESK_SET,
  EQUIPMENT,
  EXERCISE_IDS,
  FOCI,
  INTENSITIES,
  SAFETY_NOTES,
  SEED_FILES,
  estimateDoseSeconds,
  estimateSeconds,
  SIDES,
  fillSide,
  getExercise,
  isDeskExercise,
  stepsForSide,
  type Exercise,
} from '../../src-main/core/catalog';
import { readFixture } from '../../scripts/seed-facts';
import { stepRoles } from '../../src-main/core/catalog/step-kinds';
import { POSITIONS } from '../../src-main/core/settings';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(root, '../shared/seeds');
// The articles are not part of this repository: on a clone alone the sources are checked against
// the facts kept in tests/fixtures/seed-facts.json (see catalog-seeds.test.ts).
const seedsPresent = existsSync(seedsDir);
const SEED_FACTS = readFixture();

const S001 = '001_5891a6a53c572c73.txt';

describe('catalog entries', () => {
  it('has every exercise once, with unique kebab-case ids and unique names', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(30);
    const ids = CATALOG.map((ex) => ex.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = CATALOG.map((ex) => ex.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect([...EXERCISE_IDS].sort()).toEqual([...ids].sort());
  });

  it.each(CATALOG.map((ex) => [ex.id, ex] as const))('%s is complete and coherent', (_id, ex: Exercise) => {
    expect(POSITIONS).toContain(ex.position);
    expect(EQUIPMENT).toContain(ex.equipment);
    expect(FOCI).toContain(ex.focus);
    expect(INTENSITIES).toContain(ex.intensity);

    expect(ex.areas.length).toBeGreaterThan(0);
    expect(new Set(ex.areas).size).toBe(ex.areas.length);
    for (const a of ex.areas) expect(AREAS).toContain(a);

    // short imperative sentences, shown one at a time
    expect(ex.steps.length).toBeGreaterThanOrEqual(3);
    expect(ex.steps.length).toBeLessThanOrEqual(7);
    for (const step of ex.steps) {
      expect(step).toMatch(/^[A-Z].*[.]$/);
      expect(step.length).toBeLessThanOrEqual(110);
    }
    expect(ex.cautions.length).toBeGreaterThan(0);
    for (const c of ex.cautions) expect(c).toMatch(/^[A-Z].*[.]$/);
    expect(ex.breathing).toMatch(/^[A-Z].*[.]$/);
    expect(ex.breathing.toLowerCase()).toMatch(/breath/);

    // dosage: positive whole numbers, something to do
    const d = ex.dosage;
    expect(Number.isInteger(d.sets) && d.sets >= 1).toBe(true);
    expect(['both', 'each', 'alternate']).toContain(d.sides);
    expect(d.reps !== undefined || d.holdSeconds !== undefined).toBe(true);
    if (d.reps !== undefined) expect(Number.isInteger(d.reps) && d.reps >= 1).toBe(true);
    if (d.holdSeconds !== undefined) expect(d.holdSeconds).toBeGreaterThan(0);
    if (d.repSeconds !== undefined) expect(d.repSeconds).toBeGreaterThan(0);
    // a hold in the middle of each round is for alternating exercises only
    if (d.middleHoldSeconds !== undefined) {
      expect(d.sides).toBe('alternate');
      expect(Number.isInteger(d.middleHoldSeconds) && d.middleHoldSeconds >= 1).toBe(true);
    }

    // position and equipment fit together
    if (ex.position === 'floor') expect(['mat', 'ball', 'none']).toContain(ex.equipment);
    if (ex.position === 'seated') expect(ex.equipment).toBe('chair');
    if (ex.position === 'standing') expect(['none', 'desk', 'chair']).toContain(ex.equipment);
    const mentionsBall = /ball/i.test(ex.name) || /ball/.test(ex.id);
    expect(ex.equipment === 'ball').toBe(mentionsBall);
    // stability-ball work is never part of the desk set
    if (ex.equipment === 'ball') expect(ex.position).toBe('floor');

    // sources are real seed articles
    expect(ex.source.length).toBeGreaterThan(0);
    expect(new Set(ex.source).size).toBe(ex.source.length);
    for (const s of ex.source) {
      expect(SEED_FILES).toContain(s);
      expect(Object.keys(SEED_FACTS.seeds)).toContain(s);
      if (seedsPresent) expect(existsSync(resolve(seedsDir, s))).toBe(true);
    }
  });

  it('is frozen: callers cannot change the shared data', () => {
    const ex = CATALOG[0] as Exercise;
    expect(Object.isFrozen(CATALOG)).toBe(true);
    expect(Object.isFrozen(ex)).toBe(true);
    expect(Object.isFrozen(ex.dosage)).toBe(true);
    expect(Object.isFrozen(ex.steps)).toBe(true);
  });

  it('looks exercises up by id', () => {
    for (const ex of CATALOG) expect(getExercise(ex.id)).toBe(ex);
    expect(getExercise('no-such-exercise')).toBeUndefined();
    expect(getExercise('toString')).toBeUndefined();
  });
});

describe('desk set and adaptations', () => {
  it('is the seated and standing exercises, at least 10 of them', () => {
    expect(DESK_SET.length).toBeGreaterThanOrEqual(10);
    expect(DESK_SET).toEqual(CATALOG.filter((ex) => ex.position !== 'floor'));
    for (const ex of CATALOG) expect(isDeskExercise(ex)).toBe(ex.position === 'seated' || ex.position === 'standing');
  });

  it('contains a seated rotational stretch of 15–20 turns per side (seed 001)', () => {
    const rotation = DESK_SET.find(
      (ex) => ex.position === 'seated' && /rotation/i.test(ex.name) && ex.source.includes(S001),
    );
    expect(rotation).toBeDefined();
    const d = rotation!.dosage;
    expect(d.reps).toBeGreaterThanOrEqual(15);
    expect(d.reps).toBeLessThanOrEqual(20);
    expect(['alternate', 'each']).toContain(d.sides);
    expect(rotation!.focus).toBe('mobility');
  });

  it('contains a forward bend (seed 001)', () => {
    const bend = DESK_SET.find((ex) => /forward bend/i.test(ex.name) && ex.source.includes(S001));
    expect(bend).toBeDefined();
    expect(bend!.position).toBe('standing');
  });

  it('has seated or standing versions of the well-known floor exercises', () => {
    for (const floorId of [
      'single-knee-to-chest',
      'piriformis-stretch',
      'active-hamstring-stretch',
      'cat-cow',
      'ball-march',
      'abdominal-bracing',
    ]) {
      const adaptation = DESK_SET.find((ex) => ex.adaptationOf?.id === floorId);
      expect(adaptation, `desk version of ${floorId}`).toBeDefined();
    }
  });

  it('marks every adaptation: a desk exercise pointing at a seed exercise in another position, same sources, with a note', () => {
    const adaptations = CATALOG.filter((ex) => ex.adaptationOf);
    expect(adaptations.length).toBeGreaterThanOrEqual(7);
    for (const ex of adaptations) {
      const original = getExercise(ex.adaptationOf!.id);
      expect(original, `${ex.id} adapts ${ex.adaptationOf!.id}`).toBeDefined();
      expect(original!.position).not.toBe(ex.position);
      expect(original!.adaptationOf).toBeUndefined();
      expect(isDeskExercise(ex)).toBe(true);
      expect([...ex.source].sort()).toEqual([...original!.source].sort());
      expect(ex.adaptationOf!.note.length).toBeGreaterThan(20);
      // a desk dose is never more than the original's per set
      if (ex.dosage.holdSeconds && original!.dosage.holdSeconds) {
        expect(ex.dosage.holdSeconds).toBeLessThanOrEqual(original!.dosage.holdSeconds);
      }
    }
  });
});

describe('sides: the steps fit either side, and the side text names the side in play', () => {
  const NAMES_A_SIDE = /\b(right|left)\b(?! angle)/i;
  const sided = CATALOG.filter((ex) => ex.dosage.sides !== 'both');

  it.each(CATALOG.map((ex) => [ex.id, ex] as const))('%s', (_id, ex: Exercise) => {
    if (ex.dosage.sides === 'both') {
      expect(ex.sideSteps, 'side text only for one-sided exercises').toBeUndefined();
      return;
    }
    // the plain steps are read on both sides, so they never name one
    for (const step of ex.steps) expect(step).not.toMatch(NAMES_A_SIDE);
    if (!ex.sideSteps) return;
    for (const [key, template] of Object.entries(ex.sideSteps)) {
      const i = Number(key);
      expect(Number.isInteger(i) && i >= 0 && i < ex.steps.length, `${ex.id} step ${key}`).toBe(true);
      expect(template).toMatch(/\{side\}|\{other\}/);
      expect(template.replace(/\{side\}|\{other\}/g, '')).not.toMatch(/[{}]/);
      expect(fillSide(template, 'right')).not.toBe(fillSide(template, 'left'));
    }
    for (const side of SIDES) {
      const steps = stepsForSide(ex, side);
      expect(steps).toHaveLength(ex.steps.length);
      for (const step of steps) {
        expect(step).toMatch(/^[A-Z].*[.]$/);
        expect(step.length).toBeLessThanOrEqual(110);
      }
    }
  });

  it('names the side in play wherever a one-sided exercise picks a limb (issue 13 point 1)', () => {
    // the exercises whose seed text picks a side: each now has side text
    for (const id of ['seated-figure-four', 'chair-spinal-twist', 'seated-rotation', 'piriformis-stretch', 'kneeling-back-stretch', 'active-hamstring-stretch', 'leg-twist', 'seated-spinal-twist', 'lying-spiral-twist', 'seated-side-bend', 'half-moon']) {
      expect(getExercise(id)!.sideSteps, id).toBeDefined();
    }
    const left = stepsForSide(getExercise('seated-figure-four')!, 'left').join(' ');
    expect(left).toMatch(/left hip/);
    expect(left).not.toMatch(/right hip/);
    expect(left).toMatch(/left ankle across your right thigh/);
    expect(sided.length).toBeGreaterThan(15);
  });

  it('keeps the step roles the player reads from the text: a movement step, a hold step when there is a hold, a step that changes sides', () => {
    for (const ex of CATALOG) {
      const roles = stepRoles(ex.steps);
      if (ex.dosage.sides !== 'both') {
        expect(roles.transition, `${ex.id} says how to change sides`).not.toBeNull();
        expect(roles.transition!, ex.id).toBeGreaterThan(roles.main);
      }
      // a hold of 3 s or more has its own step; a shorter pause is part of the movement step
      if ((ex.dosage.holdSeconds ?? 0) >= 3 && ex.dosage.reps) expect(roles.hold, `${ex.id} has a hold step`).not.toBeNull();
      // the movement step is not a setup remark after the fact
      if (roles.hold !== null && ex.dosage.reps) expect(roles.main, ex.id).toBeLessThanOrEqual(roles.hold);
      // a step that only goes back to the middle is the middle hold's, and a middle hold has one
      expect(roles.middle !== null, `${ex.id}: a middle step exactly when there is a middle hold`).toBe(ex.dosage.middleHoldSeconds !== undefined);
      if (roles.middle !== null) expect(roles.middle, ex.id).toBeGreaterThan(roles.main);
    }
  });
});

describe('desk risks (issue 13 point 14)', () => {
  const text = (id: string): string => getExercise(id)!.cautions.join(' ').toLowerCase();
  it('warns about swivel chairs and chairs that roll where the exercise could move the chair', () => {
    expect(text('chair-spinal-twist')).toMatch(/swivel/);
    expect(text('seated-rotation')).toMatch(/swivel/);
    expect(text('seated-hamstring-stretch')).toMatch(/castors|wheels/);
    expect(text('seated-hamstring-stretch')).toMatch(/roll/);
    // the twist's back hand rests on the seat, it does not pull on the chair back
    expect(getExercise('chair-spinal-twist')!.steps.join(' ')).toMatch(/without pulling/);
  });
  it('treats the forward bend as a head-down hang: soft knees, hands on thighs to come up', () => {
    const bend = getExercise('forward-bend')!;
    expect(bend.headDown).toBe(true);
    expect(getExercise('standing-hip-hinge')!.headDown).toBe(true);
    const all = [...bend.steps, ...bend.cautions].join(' ').toLowerCase();
    expect(all).toMatch(/knees soft/);
    expect(all).toMatch(/hands on your thighs/);
    expect(all).toMatch(/after sitting/);
    expect(all).toMatch(/light-headed/);
  });
  it('says the half moon (and its seated version) need room overhead', () => {
    expect(text('half-moon')).toMatch(/room overhead/);
    expect(text('seated-side-bend')).toMatch(/room/);
  });
});

describe('doses against the seeds (issue 13 point 15)', () => {
  it('bridge with leg raise: hips down after every round, 15 rounds, each foot up 2 s', () => {
    const d = getExercise('bridge-leg-raise')!.dosage;
    expect(d.sides).toBe('both');
    expect(d.reps).toBe(15);
    expect(d.holdSeconds).toBe(4);
    expect(getExercise('bridge-leg-raise')!.steps.join(' ')).toMatch(/lower your hips/);
  });
  it('knee rolls: three counted 5-s holds a round (seed 003): one side, the knee hug in the middle, the other side', () => {
    const ex = getExercise('knee-rolls')!;
    expect(ex.dosage.holdSeconds).toBe(5);
    expect(ex.dosage.middleHoldSeconds).toBe(5);
    expect(ex.dosage.sides).toBe('alternate');
    const roles = stepRoles(ex.steps);
    expect(ex.steps[roles.middle!]).toMatch(/middle.*hug your knees/);
    expect(ex.steps[roles.transition!]).toMatch(/other side/);
    expect(ex.doseNote).toMatch(/right, the hug in the middle, left/);
  });
  it('seated figure-4 and seated hamstring stretch: the seed’s 5 reps, or a note why not', () => {
    for (const id of ['seated-figure-four', 'seated-hamstring-stretch']) {
      const ex = getExercise(id)!;
      if (ex.dosage.reps !== 5) expect(ex.doseNote, id).toMatch(/five times/);
    }
  });
  it('seated rotation: one breath per turn stays at a resting pace (≤ 20 breaths a minute)', () => {
    const ex = getExercise('seated-rotation')!;
    expect(ex.breathing).toMatch(/breath per turn/);
    expect(60 / ex.dosage.repSeconds!).toBeLessThanOrEqual(20);
  });
});

describe('safety notes', () => {
  it('cover the points the seeds make, each a heading and one or two sentences of our own', () => {
    const ids = SAFETY_NOTES.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['no-pain', 'not-in-pain', 'breathe', 'gentle', 'physician', 'soreness', 'when-in-doubt']));
    const all = SAFETY_NOTES.map((n) => `${n.heading} ${n.text}`).join(' ').toLowerCase();
    for (const word of ['pain', 'breath', 'gentle', 'doctor', 'sore', 'skip']) expect(all).toContain(word);
    // seeds 003 and 002: exercise when the back is not hurting; stop and rest if it gets worse
    const calm = SAFETY_NOTES.find((n) => n.id === 'not-in-pain')!.text.toLowerCase();
    expect(calm).toMatch(/not hurting|not in pain/);
    expect(calm).toMatch(/worse/);
    expect(calm).toMatch(/stop and rest/);
    for (const n of SAFETY_NOTES) {
      expect(n.heading.length).toBeGreaterThan(3);
      expect(n.heading.length).toBeLessThanOrEqual(40);
      const sentences = n.text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
    }
  });
});

describe('estimateSeconds: the documented duration model', () => {
  it('adds the get-ready time, reps × (movement + hold) × sides, side switches and rests between sets', () => {
    // one short setup step ("Sit tall.", read in 3 s): the get-ready time is its least, 5 s;
    // a rep moves in 3 s unless the dosage says otherwise
    const sit = { steps: ['Sit tall.', 'Lift one knee.'] };
    expect(estimateDoseSeconds(sit, { reps: 5, sets: 1, sides: 'both' })).toBe(5 + 5 * 3);
    expect(estimateDoseSeconds(sit, { reps: 5, sets: 1, sides: 'both', repSeconds: 6 })).toBe(5 + 5 * 6);
    // alternate: reps per side, no change-over pause
    expect(estimateDoseSeconds(sit, { reps: 5, holdSeconds: 5, sets: 1, sides: 'alternate' })).toBe(5 + 5 * 8 * 2);
    // each: all reps on one side, a 3-s switch, then the other side
    expect(estimateDoseSeconds(sit, { reps: 3, holdSeconds: 15, sets: 1, sides: 'each' })).toBe(5 + 3 * 18 * 2 + 3);
    // a hold without reps is one rep
    expect(estimateDoseSeconds(sit, { holdSeconds: 30, sets: 1, sides: 'both', repSeconds: 6 })).toBe(5 + 36);
    // sets repeat the work with a 5-s rest between them
    expect(estimateDoseSeconds(sit, { reps: 5, sets: 3, sides: 'both' })).toBe(5 + 3 * 15 + 2 * 5);
  });

  it('gives each setup step its reading time and the first the cautions’ (as the player does)', () => {
    // 18 words: 2 + 18 / 3 = 8 s; the caution's 8 words: 2 s more; "Sit tall.": 3 s
    const long = {
      steps: [Array(18).fill('word').join(' '), 'Sit tall.', 'Lift one knee.'],
      cautions: ['Stop if it hurts, and hold the desk.'],
    };
    expect(estimateDoseSeconds(long, { reps: 4, sets: 1, sides: 'both', repSeconds: 2 })).toBe(8 + 2 + 3 + 4 * 2);
    // a hold-only exercise eases into its hold: the steps before the hold step are its setup
    const hold = { steps: ['Stand tall.', 'Bend forward.', 'Hold there.'] };
    expect(estimateDoseSeconds(hold, { holdSeconds: 30, sets: 1, sides: 'both' })).toBe(3 + 3 + 3 + 30);
  });

  it('gives every exercise a sensible whole number of seconds at its catalog dose', () => {
    for (const ex of CATALOG) {
      const s = estimateSeconds(ex);
      expect(Number.isInteger(s)).toBe(true);
      expect(s, ex.id).toBeGreaterThanOrEqual(25);
      expect(s, ex.id).toBeLessThanOrEqual(210);
    }
    // the desk set is made for short breaks: none takes more than two and a half minutes with
    // its get-ready time (the seated rotation's 2 × 15 turns at one calm breath each are the longest)
    for (const ex of DESK_SET) expect(estimateSeconds(ex), ex.id).toBeLessThanOrEqual(150);
    const longest = [...DESK_SET].sort((a, b) => estimateSeconds(b) - estimateSeconds(a))[0]!;
    expect(longest.id).toBe('seated-rotation');
  });
});

describe('copying rule', () => {
  const tool = resolve(root, '../shared/tools/seed-overlap.py');
  const python = spawnSync('python3', ['--version']);
  // on a clone of the repository alone there is no ../shared: the check is skipped, and says why
  const missing = !existsSync(tool) ? `the seed-overlap tool is not beside this clone (${tool})` : python.status !== 0 ? 'python3 is not on this machine' : null;
  it.skipIf(missing !== null)(`no catalog, illustration or composer file repeats 10+ words of a seed${missing ? ` — skipped: ${missing}` : ''}`, () => {
    const run = spawnSync('python3', [tool, root], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/file\(s\) repeat/);
    const ours = run.stdout
      .split('\n')
      .filter((line) => /^src-main\/core\/(catalog|illustrations|composer)/.test(line));
    expect(ours).toEqual([]);
  });
});
