// The figure follows the player's timeline (src-renderer/break/figure-motion.ts): one movement
// per rep within the rep's time, the end pose still through a hold, the start pose still during
// get-ready and (after a short return) rests and switches, the side in play, and no jumps
// except where the side changes.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src-main/core/catalog';
import { motionOf, poseFraction, RETURN_MS } from '../../src-renderer/break/figure-motion';
import { withStepKinds } from '../../src-main/core/catalog/step-kinds';
import { buildPlan } from '../../src-renderer/break/plan';

describe('the figure’s motion along the timeline', () => {
  for (const ex of CATALOG) {
    it(`${ex.id}: moves once per rep, holds still, rests at the start pose, never jumps on one side`, () => {
      const plan = buildPlan(withStepKinds(ex));
      let prevEnd: number | null = null;
      let prevSide: string | null | undefined;
      for (const seg of plan.segments) {
        const m = motionOf(plan, seg);
        const dur = seg.end - seg.start;
        expect(m.side).toBe(seg.side);
        expect(m.ms).toBeLessThanOrEqual(dur);
        if (m.keys.length === 1) expect(m.ms).toBe(0);
        switch (seg.kind) {
          case 'step':
            expect(m.keys).toEqual([0]);
            break;
          case 'hold':
            expect(m.keys).toEqual([1]); // still: no animation at all during a hold
            break;
          case 'rest':
          case 'switch':
            expect(m.keys.at(-1)).toBe(0);
            expect(m.ms).toBeLessThanOrEqual(RETURN_MS);
            break;
          case 'move':
            // the whole movement in the rep's own time, reaching the end pose
            expect(m.ms).toBe(dur);
            expect(m.keys).toContain(1);
            if (!plan.holdSeconds) expect(m.keys).toEqual([0, 1, 0]);
            else expect(m.keys.at(-1)).toBe(1);
            break;
        }
        // continuity: a segment starts where the one before left the figure, unless the side changed
        if (prevEnd !== null && prevSide === seg.side) expect(poseFraction(m, 0), `${seg.kind} #${seg.index}`).toBe(prevEnd);
        prevEnd = poseFraction(m, dur);
        prevSide = seg.side;
      }
    });
  }

  it('a short rep is one whole movement, not a quarter of an 8 s loop', () => {
    // the catalog's shortest counted rep without a hold
    const ex = CATALOG.filter((e) => e.dosage.reps && !e.dosage.holdSeconds).sort(
      (a, b) => (a.dosage.repSeconds ?? 3) - (b.dosage.repSeconds ?? 3),
    )[0]!;
    expect(ex.dosage.repSeconds ?? 3).toBeLessThanOrEqual(4);
    const plan = buildPlan(withStepKinds(ex));
    const move = plan.segments.find((s) => s.kind === 'move')!;
    const m = motionOf(plan, move);
    const dur = move.end - move.start;
    expect(poseFraction(m, 0)).toBe(0);
    expect(poseFraction(m, dur / 2)).toBeCloseTo(1, 6);
    expect(poseFraction(m, dur)).toBe(0);
  });

  it('alternating sides: each rep is drawn on its own side', () => {
    const ex = CATALOG.find((e) => e.dosage.sides === 'alternate')!;
    const plan = buildPlan(withStepKinds(ex));
    const sides = plan.segments.filter((s) => s.kind === 'move').map((s) => motionOf(plan, s).side);
    expect(sides.slice(0, 4)).toEqual(['right', 'left', 'right', 'left']);
  });
});
