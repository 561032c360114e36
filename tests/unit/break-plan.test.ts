// The break player's guidance model (src-renderer/break/plan.ts) and routine run: every catalog
// exercise becomes a gap-free timeline close to the catalog's duration model; time is derived
// from elapsed time, pauses excluded; reports are honest.
import { describe, expect, it } from 'vitest';
import { CATALOG, estimateDoseSeconds, estimateSeconds, stepsForSide } from '../../src-main/core/catalog';
import { allowedDoses } from '../../src-main/core/composer';
import { SETUP_SECONDS } from '../../src-main/core/catalog/estimate';
import { cautionSeconds, readingSeconds, stepKindsOf, stepRoles, withStepKinds } from '../../src-main/core/catalog/step-kinds';
import { frameOf, motionOf } from '../../src-renderer/break/figure-motion';
import { buildPlan, COUNTDOWN, getReadyLeft, nextChange, secondsLeft, segmentAt, stepTextFor, workStart } from '../../src-renderer/break/plan';
import { RoutineRun } from '../../src-renderer/break/routine-run';

describe('buildPlan', () => {
  for (const ex of CATALOG) {
    it(`${ex.id}: a gap-free timeline that follows its dosage`, () => {
      const plan = buildPlan(withStepKinds(ex));
      const segs = plan.segments;
      expect(segs[0]!.start).toBe(0);
      for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
      expect(segs.at(-1)!.end).toBe(plan.total);
      for (const s of segs) expect(s.step).toBeGreaterThanOrEqual(0), expect(s.step).toBeLessThan(ex.steps.length);
      // the player plays exactly the catalog's estimate (which the composer fits and the app
      // shows); the get-ready time is the setup steps' reading time (by words) plus time to read
      // the cautions, at least SETUP_SECONDS
      expect(plan.total / 1000).toBe(estimateSeconds(ex));
      const intro = segs.filter((s) => s.kind === 'step');
      const reading = intro.reduce((n, s) => n + readingSeconds(ex.steps[s.step]!), 0) + cautionSeconds(ex.cautions);
      expect(workStart(plan) / 1000).toBeGreaterThanOrEqual(Math.max(SETUP_SECONDS, reading));
      for (const s of intro) expect((s.end - s.start) % 1000).toBe(0); // whole seconds: the countdown ticks evenly
      const d = ex.dosage;
      const reps = d.reps ?? 1;
      const sides = d.sides === 'both' ? 1 : 2;
      // an alternating round may go back to the middle and hold there (knee rolls)
      const middles = d.middleHoldSeconds ? reps * d.sets : 0;
      expect(segs.filter((s) => s.kind === 'move')).toHaveLength(reps * sides * d.sets + middles);
      expect(segs.filter((s) => s.kind === 'hold')).toHaveLength((d.holdSeconds ? reps * sides * d.sets : 0) + middles);
      expect(segs.filter((s) => s.middle)).toHaveLength(2 * middles);
      expect(segs.filter((s) => s.kind === 'switch')).toHaveLength(d.sides === 'each' ? d.sets : 0);
      expect(segs.filter((s) => s.kind === 'rest')).toHaveLength(d.sets - 1);
      if (d.sides === 'alternate') {
        const moves = segs.filter((s) => s.kind === 'move' && !s.middle).map((s) => s.side);
        expect(moves.slice(0, 4)).toEqual(['right', 'left', 'right', 'left'].slice(0, moves.length));
      }
      if (d.sides === 'each') {
        const moves = segs.filter((s) => s.kind === 'move' && s.set === 1).map((s) => s.side);
        expect(moves).toEqual([...Array(reps).fill('right'), ...Array(reps).fill('left')]);
      }
    });
  }

  it('plays exactly the estimate at every dose the composer may choose (issue: routines ran a minute long)', () => {
    let doses = 0;
    for (const ex of CATALOG) {
      for (const dosage of allowedDoses(ex)) {
        const plan = buildPlan(withStepKinds({ ...ex, dosage }));
        expect(plan.total / 1000, `${ex.id} ${JSON.stringify(dosage)}`).toBe(estimateDoseSeconds(ex, dosage));
        doses++;
      }
    }
    expect(doses).toBeGreaterThan(CATALOG.length * 2);
  });

  it('reads the step roles from the sentences: the movement, the hold, the change-over', () => {
    const knee = CATALOG.find((e) => e.id === 'seated-knee-to-chest')!;
    expect(stepRoles(knee.steps)).toEqual({ main: 2, hold: 3, transition: 4, middle: null });
    const plan = buildPlan(withStepKinds(knee));
    expect(plan.segments.find((s) => s.kind === 'move')!.step).toBe(2);
    expect(plan.segments.find((s) => s.kind === 'hold')!.step).toBe(3);
    expect(plan.segments.find((s) => s.kind === 'switch')!.step).toBe(4);
    expect(plan.segments.filter((s) => s.kind === 'step').map((s) => s.step)).toEqual([0, 1]);
  });

  it('knee rolls: three 5-s holds a round, right, the knee hug in the middle, left (seed 003); the middle has no side and shows the middle step', () => {
    const ex = CATALOG.find((e) => e.id === 'knee-rolls')!;
    const kinds = stepKindsOf(ex);
    expect(ex.steps[kinds.middle!]).toMatch(/back to the middle and hug your knees/);
    const plan = buildPlan(withStepKinds(ex));
    const holds = plan.segments.filter((s) => s.kind === 'hold');
    const rounds = ex.dosage.reps!;
    expect(holds).toHaveLength(3 * rounds);
    for (let r = 1; r <= rounds; r++) {
      const round = holds.filter((s) => s.rep === r).map((s) => [s.side, (s.end - s.start) / 1000, s.step, s.middle ?? false]);
      expect(round, `round ${r}`).toEqual([
        ['right', 5, kinds.hold, false],
        [null, 5, kinds.middle, true],
        ['left', 5, kinds.hold, false],
      ]);
    }
    // the way back to the middle: no side, the middle step; then over to the left: the other-side step
    const back = plan.segments.find((s) => s.kind === 'move' && s.middle)!;
    expect(back).toMatchObject({ side: null, step: kinds.middle, rep: 1 });
    expect(plan.segments[back.index - 1]).toMatchObject({ kind: 'hold', side: 'right' });
    expect(plan.segments[back.index + 1]).toMatchObject({ kind: 'hold', side: null, middle: true });
    expect(plan.segments[back.index + 2]).toMatchObject({ kind: 'move', side: 'left', step: kinds.transition });
    // its words name no side, whichever side's wording is in use
    const bySide = { right: stepsForSide(ex, 'right'), left: stepsForSide(ex, 'left') };
    expect(stepTextFor({ steps: ex.steps, stepsBySide: bySide }, back, back.step)).toBe(ex.steps[kinds.middle!]);
    expect(ex.steps[kinds.middle!]).not.toMatch(/right|left/);
  });

  it('gives each setup step reading time by its length, with a visible get-ready countdown', () => {
    expect(readingSeconds('Sit tall.')).toBe(3);
    expect(readingSeconds('one two three four five six')).toBe(4);
    // the case: 18 words used to get 3 s
    expect(readingSeconds(Array(18).fill('word').join(' '))).toBe(8);
    expect(readingSeconds(Array(80).fill('word').join(' '))).toBe(12);
    const long = Array(18).fill('word').join(' ');
    const plan = buildPlan(withStepKinds({ steps: [long, 'Sit tall.', 'Lift one knee.'], dosage: { reps: 4, sets: 1, sides: 'both', repSeconds: 2 }, cautions: ['Stop if it hurts, and hold the desk.'] }));
    const intro = plan.segments.filter((s) => s.kind === 'step');
    expect(intro.map((s) => (s.end - s.start) / 1000)).toEqual([8 + cautionSeconds(['Stop if it hurts, and hold the desk.']), 3]);
    expect(getReadyLeft(plan, 0)).toBe(workStart(plan) / 1000);
    expect(getReadyLeft(plan, 1500)).toBe(workStart(plan) / 1000 - 1);
    expect(getReadyLeft(plan, workStart(plan))).toBe(0);
    // the get-ready countdown wakes the display once a second
    expect(nextChange(plan, 200)).toBe(800);
  });

  it('reads a step for the side in play (the catalog’s per-side wording): the words agree with the side chip', () => {
    const steps = ['Sit tall.', 'Cross one ankle over the other knee.', 'Hold.', 'Repeat with the other leg.'];
    const stepsBySide = {
      right: ['Sit tall.', 'Cross your right ankle over your left knee.', 'Hold.', 'Repeat with the other leg.'],
      left: ['Sit tall.', 'Cross your left ankle over your right knee.', 'Hold.', 'Repeat with the other leg.'],
    };
    const plan = buildPlan(withStepKinds({ steps, dosage: { reps: 1, holdSeconds: 10, sets: 1, sides: 'each' } }));
    const seen = plan.segments.map((s) => [s.kind, s.side, stepTextFor({ steps, stepsBySide }, s, s.step)]);
    expect(seen).toEqual([
      ['step', 'right', 'Sit tall.'],
      ['move', 'right', 'Cross your right ankle over your left knee.'],
      ['hold', 'right', 'Hold.'],
      ['switch', 'left', 'Repeat with the other leg.'],
      ['move', 'left', 'Cross your left ankle over your right knee.'],
      ['hold', 'left', 'Hold.'],
    ]);
  });

  for (const ex of CATALOG.filter((e) => e.dosage.sides !== 'both' && e.sideSteps)) {
    it(`${ex.id}: each side reads its own wording through the whole timeline`, () => {
      const plan = buildPlan(withStepKinds(ex));
      const bySide = { right: stepsForSide(ex, 'right'), left: stepsForSide(ex, 'left') };
      for (const seg of plan.segments) {
        const text = stepTextFor({ steps: ex.steps, stepsBySide: bySide }, seg, seg.step);
        expect(text).toBe(seg.kind === 'step' || !seg.side ? ex.steps[seg.step] : bySide[seg.side][seg.step]);
      }
    });
  }

  it('sets with rests between them', () => {
    const plan = buildPlan(withStepKinds({ steps: ['a', 'b'], dosage: { reps: 2, sets: 3, sides: 'both', repSeconds: 2 } }));
    expect(plan.segments.map((s) => s.kind).join(' ')).toBe('step move move rest move move rest move move');
    expect(plan.segments.filter((s) => s.kind === 'rest').map((s) => s.set)).toEqual([2, 3]);
  });

  it('wakes the display once a second in countdowns and at the end of a movement otherwise', () => {
    const plan = buildPlan(withStepKinds({ steps: ['a', 'b'], dosage: { reps: 1, holdSeconds: 15, sets: 1, sides: 'both', repSeconds: 3 } }));
    const hold = plan.segments.find((s) => s.kind === 'hold')!;
    const move = plan.segments.find((s) => s.kind === 'move')!;
    expect(nextChange(plan, move.start + 500)).toBe(2500);
    expect(nextChange(plan, hold.start)).toBe(1000);
    expect(nextChange(plan, hold.start + 1300)).toBe(700);
    expect(secondsLeft(hold, hold.start + 1300)).toBe(14);
    expect(segmentAt(plan, hold.start + 14_999)).toBe(hold);
    expect(nextChange(plan, plan.total)).toBe(0);
  });
});

describe('RoutineRun', () => {
  const items = CATALOG.slice(0, 3).map((e) => ({ id: e.id, steps: e.steps, dosage: e.dosage, stepKinds: stepKindsOf(e) }));
  const clock = () => {
    let now = 1000;
    return { now: () => now, go: (ms: number) => void (now += ms) };
  };

  it('derives the position from elapsed time; pauses do not count; overflow carries into the next exercise', () => {
    const c = clock();
    const run = new RoutineRun(items, c.now);
    run.start();
    c.go(5000);
    expect(run.position()).toMatchObject({ index: 0, t: 5000 });
    run.pause();
    c.go(60_000);
    expect(run.position().t).toBe(5000);
    run.resume();
    c.go(run.plans[0]!.total - 5000 + 1234); // a late wake-up, 1.234 s past the end
    expect(run.catchUp()).toBe(false);
    expect(run.position()).toMatchObject({ index: 1, t: 1234 });
    expect(run.report().secondsStretched).toBe(Math.round((run.plans[0]!.total + 1234) / 1000));
  });

  it('Next skips ahead; the report lists exercises done for at least a third of their time, and the fraction done', () => {
    const c = clock();
    const run = new RoutineRun(items, c.now);
    run.start();
    c.go(1000);
    run.next(); // barely started: not counted
    c.go(run.plans[1]!.total / 2);
    run.next();
    c.go(run.plans[2]!.total);
    expect(run.catchUp()).toBe(true);
    const r = run.report();
    expect(r.exercises).toEqual([items[1]!.id, items[2]!.id]);
    const total = run.plans.reduce((s, p) => s + p.total, 0);
    expect(r.fraction).toBe(Math.floor(((1000 + run.plans[1]!.total / 2 + run.plans[2]!.total) / total) * 100) / 100);
    expect(r.complete).toBe(false);
  });

  it('SPEC §3.6: the fraction is time spent over planned time — Next through the whole routine is not complete', () => {
    const c = clock();
    const run = new RoutineRun(items, c.now);
    run.start();
    for (let i = 0; i < items.length; i++) {
      c.go(2000);
      run.next();
    }
    expect(run.done).toBe(true);
    const r = run.report();
    expect(r.complete).toBe(false);
    expect(r.fraction).toBe(Math.floor((6000 / run.total) * 100) / 100);
    expect(r.exercises).toEqual([]);
    expect(r.secondsStretched).toBe(6);
  });

  it('nothing done is fraction 0; the whole time is complete; Next in an exercise’s last second still counts it in full', () => {
    const none = new RoutineRun(items, clock().now);
    none.start();
    expect(none.report()).toMatchObject({ fraction: 0, complete: false, exercises: [], secondsStretched: 0 });

    const c = clock();
    const full = new RoutineRun(items, c.now);
    full.start();
    c.go(full.total);
    expect(full.catchUp()).toBe(true);
    expect(full.report()).toMatchObject({ fraction: 1, complete: true });

    const c2 = clock();
    const late = new RoutineRun(items, c2.now);
    late.start();
    for (const p of late.plans) {
      c2.go(p.total - 600);
      late.next();
    }
    expect(late.report()).toMatchObject({ complete: true, fraction: 1 });

    const c3 = clock();
    const early = new RoutineRun(items, c3.now);
    early.start();
    for (const p of early.plans) {
      c3.go(p.total - 3000);
      early.next();
    }
    const r = early.report();
    expect(r.complete).toBe(false);
    expect(r.fraction).toBeLessThan(1);
    expect(r.fraction).toBeGreaterThan(0.9);
  });

  it('time left counts down the planned time; the display wakes at each second of it', () => {
    const c = clock();
    const run = new RoutineRun(items, c.now);
    run.start();
    expect(run.remainingMs()).toBe(run.total);
    c.go(1300);
    expect(run.remainingMs()).toBe(run.total - 1300);
    expect(run.msToNextChange()).toBeLessThanOrEqual(700);
    run.next();
    expect(run.remainingMs()).toBe(run.total - run.plans[0]!.total);
  });

  // What the player shows that changes with time alone: the exercise and segment, a countdown's
  // second (get-ready, hold, rest, switch), the figure's flip-book frame, the time left's second.
  // Sampled every 50 ms between the wakes msToNextChange asks for (each 5 ms late, as the player
  // sets its timer), it must never change except at a wake, and every wake must show a change
  // (a timer that fires for nothing is work for nothing).
  const shown = (run: RoutineRun): string => {
    const p = run.position();
    const m = motionOf(p.plan, p.seg);
    const count = COUNTDOWN.has(p.seg.kind) ? secondsLeft(p.seg, p.t) : '';
    return [p.index, p.seg.index, count, getReadyLeft(p.plan, p.t), frameOf(m, Math.max(0, p.t - p.seg.start)), Math.ceil(run.remainingMs() / 1000 - 1e-9)].join(' ');
  };
  for (const [name, list] of [
    ['the first three exercises', items],
    ['every catalog exercise in one routine', CATALOG.map((e) => ({ id: e.id, steps: e.steps, dosage: e.dosage, stepKinds: stepKindsOf(e) }))],
  ] as const) {
    it(`${name}: the display wakes when what it shows changes, and only then`, () => {
      const c = clock();
      const run = new RoutineRun(list, c.now);
      run.start();
      let last = shown(run);
      let idle = 0;
      const missed: string[] = [];
      while (!run.catchUp()) {
        const next = run.msToNextChange();
        // (position() reads without moving on: an exercise over but not caught up shows as its end)
        for (let at = 50; at < next; at += 50) {
          c.go(at);
          if (shown(run) !== last && missed.length < 5) missed.push(`${last} → ${shown(run)}`);
          c.go(-at);
        }
        c.go(Math.max(10, Math.ceil(next) + 5));
        if (run.catchUp()) break;
        const now = shown(run);
        if (now === last) idle++;
        last = now;
      }
      expect(missed).toEqual([]);
      expect(idle).toBe(0);
    });
  }
});

describe('step kinds come with the exercise (issue 15: the page never reads the sentences)', () => {
  it('a translated exercise plays exactly like the English one: same segments, same steps, same timing', () => {
    for (const ex of CATALOG) {
      const english = buildPlan(withStepKinds(ex));
      // the steps in another language (here: no English words at all), the analysis from English
      const translated = buildPlan({ steps: ex.steps.map((_s, i) => `ステップ${i + 1}。`), dosage: ex.dosage, stepKinds: stepKindsOf(ex) });
      expect(translated, ex.id).toEqual(english);
    }
  });

  it('the core’s analysis: roles, reading seconds per step and the cautions’ reading time', () => {
    const knee = CATALOG.find((e) => e.id === 'seated-knee-to-chest')!;
    const k = stepKindsOf(knee);
    expect(k).toMatchObject({ main: 2, hold: 3, transition: 4, cautionSeconds: cautionSeconds(knee.cautions) });
    expect(k.readSeconds).toEqual(knee.steps.map(readingSeconds));
  });
});
