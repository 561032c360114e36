// The break player's guidance model (src-renderer/break/plan.ts) and routine run: every catalog
// exercise becomes a gap-free timeline close to the catalog's duration model; time is derived
// from elapsed time, pauses excluded; reports are honest.
import { describe, expect, it } from 'vitest';
import { CATALOG, estimateSeconds } from '../../src-main/core/catalog';
import { buildPlan, nextChange, secondsLeft, segmentAt, stepRoles } from '../../src-renderer/break/plan';
import { RoutineRun } from '../../src-renderer/break/routine-run';

describe('buildPlan', () => {
  for (const ex of CATALOG) {
    it(`${ex.id}: a gap-free timeline that follows its dosage`, () => {
      const plan = buildPlan(ex);
      const segs = plan.segments;
      expect(segs[0]!.start).toBe(0);
      for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
      expect(segs.at(-1)!.end).toBe(plan.total);
      for (const s of segs) expect(s.step).toBeGreaterThanOrEqual(0), expect(s.step).toBeLessThan(ex.steps.length);
      // within a few seconds of the catalog's estimate (the intro shows each setup step for 3 s)
      expect(Math.abs(plan.total / 1000 - estimateSeconds(ex))).toBeLessThanOrEqual(10);
      const d = ex.dosage;
      const reps = d.reps ?? 1;
      const sides = d.sides === 'both' ? 1 : 2;
      expect(segs.filter((s) => s.kind === 'move')).toHaveLength(reps * sides * d.sets);
      expect(segs.filter((s) => s.kind === 'hold')).toHaveLength(d.holdSeconds ? reps * sides * d.sets : 0);
      expect(segs.filter((s) => s.kind === 'switch')).toHaveLength(d.sides === 'each' ? d.sets : 0);
      expect(segs.filter((s) => s.kind === 'rest')).toHaveLength(d.sets - 1);
      if (d.sides === 'alternate') {
        const moves = segs.filter((s) => s.kind === 'move').map((s) => s.side);
        expect(moves.slice(0, 4)).toEqual(['right', 'left', 'right', 'left'].slice(0, moves.length));
      }
      if (d.sides === 'each') {
        const moves = segs.filter((s) => s.kind === 'move' && s.set === 1).map((s) => s.side);
        expect(moves).toEqual([...Array(reps).fill('right'), ...Array(reps).fill('left')]);
      }
    });
  }

  it('reads the step roles from the sentences: the movement, the hold, the change-over', () => {
    const knee = CATALOG.find((e) => e.id === 'seated-knee-to-chest')!;
    expect(stepRoles(knee.steps)).toEqual({ main: 2, hold: 3, transition: 4 });
    const plan = buildPlan(knee);
    expect(plan.segments.find((s) => s.kind === 'move')!.step).toBe(2);
    expect(plan.segments.find((s) => s.kind === 'hold')!.step).toBe(3);
    expect(plan.segments.find((s) => s.kind === 'switch')!.step).toBe(4);
    expect(plan.segments.filter((s) => s.kind === 'step').map((s) => s.step)).toEqual([0, 1]);
  });

  it('sets with rests between them', () => {
    const plan = buildPlan({ steps: ['a', 'b'], dosage: { reps: 2, sets: 3, sides: 'both', repSeconds: 2 } });
    expect(plan.segments.map((s) => s.kind).join(' ')).toBe('step move move rest move move rest move move');
    expect(plan.segments.filter((s) => s.kind === 'rest').map((s) => s.set)).toEqual([2, 3]);
  });

  it('wakes the display once a second in countdowns and at the end of a movement otherwise', () => {
    const plan = buildPlan({ steps: ['a', 'b'], dosage: { reps: 1, holdSeconds: 15, sets: 1, sides: 'both', repSeconds: 3 } });
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
  const items = CATALOG.slice(0, 3).map((e) => ({ id: e.id, steps: e.steps, dosage: e.dosage }));
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
    expect(r.fraction).toBeCloseTo((1000 + run.plans[1]!.total / 2 + run.plans[2]!.total) / total, 2);
  });
});
