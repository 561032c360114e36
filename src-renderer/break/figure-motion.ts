// What the figure does in each segment of an exercise's timeline (plan.ts). Pure: the Figure
// shows a Motion as a flip-book — a pose a second (`framePose`), drawn in the same frame as the
// player's once-a-second numbers — or, still, one pose.
//
//   step (get-ready)        the start pose, still
//   move, no hold after     one movement: start → end → start within the rep's time
//   move, a hold after      start → end (after a hold on the same side: end → start → end, the
//                           release and the next ease-in both within the rep's time)
//   hold                    the end pose, still
//   rest, switch            back to the start pose (eased over ≤ RETURN_MS when the figure was
//                           at the end pose on the same side), then still
//   middle (move, hold)     an alternating round's way back to the middle and the hold there
//                           (knee rolls: the knee hug): back through the start pose into the
//                           drawing's middle pose (pose fraction −1, `MIDDLE`) within the move's
//                           time, then still in it; the next movement starts from it (let go,
//                           feet down, over to the other side: middle → start → end)
// The side is the segment's (the figure is mirrored for the left side). The way back to the
// middle is drawn on the side it comes back from; the hold in the middle has no side and is drawn
// unmirrored: the middle pose is its own mirror image (tests/unit/illustrations.test.ts), so
// leaving it for either side is one movement. A change of side otherwise starts from the new
// side's start pose.
import type { Plan, Segment, Side } from './plan';

/** Longest return to the start pose at the beginning of a rest or a switch. */
export const RETURN_MS = 1200;

/** The pose fraction of a drawing's middle pose (knee rolls' knee hug; the start pose in a drawing without one). */
export const MIDDLE = -1;

export interface Motion {
  /** which side's drawing (null: the exercise has no sides) */
  side: Side | null;
  /** pose fractions (0 = start pose, 1 = end pose, −1 = middle pose), evenly spaced over `ms`; one key = still */
  keys: number[];
  /** how long the movement takes from the segment's start (0 when still) */
  ms: number;
}

/** The pose fraction a segment leaves the figure in. */
function endsAt(plan: Plan, seg: Segment): number {
  if (seg.middle) return MIDDLE;
  if (seg.kind === 'hold') return 1;
  if (seg.kind === 'move') return plan.holdSeconds > 0 ? 1 : 0;
  return 0;
}

/** Each plan's motions, by segment index: the player asks for the segment's motion every tick. */
const motions = new WeakMap<Plan, Motion[]>();

/** What the figure does in a segment (worked out once per plan and segment). */
export function motionOf(plan: Plan, seg: Segment): Motion {
  let known = motions.get(plan);
  if (!known) motions.set(plan, (known = []));
  return (known[seg.index] ??= motionFor(plan, seg));
}

function motionFor(plan: Plan, seg: Segment): Motion {
  const prev = seg.index > 0 ? plan.segments[seg.index - 1] : undefined;
  const from = prev ? endsAt(plan, prev) : 0;
  const sameSide = !!prev && prev.side === seg.side;
  const dur = seg.end - seg.start;
  const still = (key: number): Motion => ({ side: seg.side, keys: [key], ms: 0 });
  if (seg.middle) {
    if (seg.kind !== 'move') return still(MIDDLE);
    // back to the middle, drawn on the side it comes back from (a side's move or hold, never
    // the middle itself: plan.ts puts the middle between the sides): through the start pose
    return { side: prev?.side ?? null, keys: from === 0 ? [0, MIDDLE] : [from, 0, MIDDLE], ms: dur };
  }
  // out of the middle pose (its own mirror image): to the start pose first, on the new side
  const out = from === MIDDLE ? [MIDDLE] : [];
  switch (seg.kind) {
    case 'step':
      return still(0);
    case 'hold':
      return still(1);
    case 'rest':
    case 'switch':
      // a switch names the new side: turn to it at once (the figure faces the other way)
      if (from === MIDDLE) return { side: seg.side, keys: [MIDDLE, 0], ms: Math.min(RETURN_MS, dur) };
      return from === 1 && sameSide ? { side: seg.side, keys: [1, 0], ms: Math.min(RETURN_MS, dur) } : still(0);
    case 'move':
      if (plan.holdSeconds > 0) {
        return from === 1 && sameSide ? { side: seg.side, keys: [1, 0, 1], ms: dur } : { side: seg.side, keys: [...out, 0, 1], ms: dur };
      }
      return { side: seg.side, keys: [...out, 0, 1, 0], ms: dur };
  }
}

/** The pose fraction `elapsed` ms into a motion (eased as the Figure eases it: ease-in-out per leg). */
export function poseFraction(m: Motion, elapsed: number): number {
  if (m.keys.length === 1 || m.ms <= 0 || elapsed >= m.ms) return m.keys[m.keys.length - 1]!;
  if (elapsed <= 0) return m.keys[0]!;
  const legs = m.keys.length - 1;
  const x = (elapsed / m.ms) * legs;
  const i = Math.min(legs - 1, Math.floor(x));
  const u = x - i;
  const eased = u * u * (3 - 2 * u); // close to CSS ease-in-out
  return m.keys[i]! + (m.keys[i + 1]! - m.keys[i]!) * eased;
}

/**
 * How often the figure's pose may change while it moves: once a second, the player's own tick,
 * so a movement adds no frames of its own (in software compositing every frame costs about as
 * much as the whole once-a-second update; a 60 fps movement cost 10–15× a countdown page).
 */
export const FRAME_MS = 1000;

/** Which flip-book frame `elapsed` ms into a motion falls in (0 for a still motion). */
export function frameOf(m: Motion, elapsed: number): number {
  if (m.keys.length === 1 || m.ms <= 0) return 0;
  return elapsed >= m.ms ? Math.ceil(m.ms / FRAME_MS) : Math.max(0, Math.floor(elapsed / FRAME_MS));
}

/**
 * The pose shown during flip-book frame `frame` of a motion: a key pose that falls within the
 * frame's second (so the end pose of a movement is always shown, however the rep's time divides
 * into seconds), else the eased pose half-way through that second; after the motion, its last key.
 */
export function framePose(m: Motion, frame: number): number {
  const last = m.keys[m.keys.length - 1]!;
  if (m.keys.length === 1 || m.ms <= 0) return last;
  const from = frame * FRAME_MS;
  if (from >= m.ms) return last;
  const to = Math.min(m.ms, from + FRAME_MS);
  const legs = m.keys.length - 1;
  for (let i = 0; i <= legs; i++) {
    const at = (i * m.ms) / legs;
    if (at >= from && at < to) return m.keys[i]!;
  }
  return poseFraction(m, (from + to) / 2);
}

/** The pose fraction the figure shows `t` ms into an exercise, in segment `seg`: its flip-book frame's. */
export function timelinePose(plan: Plan, seg: Segment, t: number): number {
  const m = motionOf(plan, seg);
  return framePose(m, frameOf(m, Math.max(0, t - seg.start)));
}
