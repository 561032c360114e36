// The figure follows the player's timeline (src-renderer/break/figure-motion.ts): one movement
// per rep within the rep's time, the end pose still through a hold, the start pose still during
// get-ready and (after a short return) rests and switches, the side in play, and no jumps
// except where the side changes.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src-main/core/catalog';
import { FRAME_MS, frameOf, framePose, MIDDLE, motionOf, poseFraction, RETURN_MS, type Motion } from '../../src-renderer/break/figure-motion';
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
        expect(m.ms).toBeLessThanOrEqual(dur);
        if (m.keys.length === 1) expect(m.ms).toBe(0);
        if (seg.middle) {
          // an alternating round's way back to the middle (knee rolls): from where the side
          // before left the figure, on that side's drawing, through the start pose into the
          // middle pose (the knee hug); then still in it, with no side
          if (seg.kind === 'move') {
            expect(m.side).toBe(prevSide);
            expect(m.keys).toEqual(prevEnd === 0 ? [0, MIDDLE] : [prevEnd, 0, MIDDLE]);
            expect(m.ms).toBe(dur);
          } else {
            expect(m).toEqual({ side: null, keys: [MIDDLE], ms: 0 });
          }
          prevEnd = poseFraction(m, dur);
          prevSide = m.side;
          continue;
        }
        expect(m.side).toBe(seg.side);
        // out of the middle pose (its own mirror image), on either side: no jump
        if (prevEnd === MIDDLE) expect(poseFraction(m, 0), `${seg.kind} #${seg.index} after the middle`).toBe(MIDDLE);
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

  it('knee rolls: back through the start pose into the knee hug, still in it through the hold, then out of it over to the left', () => {
    const ex = CATALOG.find((e) => e.id === 'knee-rolls')!;
    const plan = buildPlan(withStepKinds(ex));
    const back = plan.segments.find((s) => s.kind === 'move' && s.middle)!;
    const hug = plan.segments[back.index + 1]!;
    const over = plan.segments[back.index + 2]!;
    expect(motionOf(plan, plan.segments[back.index - 1]!)).toEqual({ side: 'right', keys: [1], ms: 0 });
    expect(motionOf(plan, back)).toEqual({ side: 'right', keys: [1, 0, MIDDLE], ms: back.end - back.start });
    expect(motionOf(plan, hug)).toEqual({ side: null, keys: [MIDDLE], ms: 0 });
    // "let go, set your feet down and roll both knees to the other side"
    expect(motionOf(plan, over)).toEqual({ side: 'left', keys: [MIDDLE, 0, 1], ms: over.end - over.start });
    // the flip-book of the way back shows the knees rolled, back in the middle, and the hug
    const m = motionOf(plan, back);
    const shown = [0, 1, 2, 3, 4].map((f) => framePose(m, f));
    expect(shown[0]).toBe(1);
    expect(shown).toContain(0);
    expect(shown.at(-1)).toBe(MIDDLE);
  });

  // the flip-book (Figure.tsx): a pose a second, so a movement adds no frames to the player's
  // once-a-second update — and every movement still shows its key poses
  it('a movement is a flip-book of a pose a second that shows every key pose, and still segments one pose', () => {
    for (const ex of CATALOG) {
      const plan = buildPlan(withStepKinds(ex));
      for (const seg of plan.segments) {
        const m = motionOf(plan, seg);
        const dur = seg.end - seg.start;
        const frames = new Set<number>();
        for (let e = 0; e <= dur; e += 100) {
          const f = frameOf(m, e);
          // the frame (and so the pose) changes only on a whole second of the segment
          if (e % FRAME_MS !== 0) expect(f, `${ex.id} #${seg.index} at ${e}`).toBe(frameOf(m, e - 100));
          frames.add(f);
        }
        const poses = [...frames].map((f) => framePose(m, f));
        if (m.keys.length === 1) {
          expect(poses).toEqual([m.keys[0]]);
          continue;
        }
        // every key pose is shown (the end pose of a 3 s rep out and back, too), and the last one stays
        for (const k of m.keys) expect(poses, `${ex.id} #${seg.index} ${seg.kind}`).toContain(k);
        expect(framePose(m, frameOf(m, dur))).toBe(m.keys.at(-1));
        for (const p of poses) expect(p).toBeGreaterThanOrEqual(MIDDLE), expect(p).toBeLessThanOrEqual(1);
        // it starts where the smooth movement starts
        expect(framePose(m, 0)).toBe(poseFraction(m, 0));
      }
    }
  });

  it('a 3 s rep out and back shows start, end, then on the way back (not two in-between poses)', () => {
    const m: Motion = { side: null, keys: [0, 1, 0], ms: 3000 };
    expect([0, 1, 2, 3].map((f) => framePose(m, f))).toEqual([0, 1, poseFraction(m, 2500), 0]);
    expect([0, 999, 1000, 2999, 3000].map((e) => frameOf(m, e))).toEqual([0, 0, 1, 2, 3]);
  });
});
