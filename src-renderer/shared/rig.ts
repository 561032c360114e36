// Moving an exercise drawing: the core's rig markup marks each joint group that moves with
// `data-j="k"`, and `svg.motion.joints[k]` gives its translate/rotate/scale/opacity at the start
// and the end pose (and at the middle pose, pose fraction −1, for a drawing that has one: knee
// rolls' knee hug). A pose between them is a linear mix of those numbers, so a movement is one
// Web Animation of `transform` per joint — run by the compositor, no layout or style work per
// frame — and a still pose is one CSSOM write per joint (allowed by the CSP, unlike `style=""`
// in markup). Nothing runs while the figure is still. The break player animates nothing: it
// shows a movement as a flip-book of still poses, one a second (break/Figure.tsx), because in
// software compositing each animation frame costs about as much as the player's whole tick.
import type { ExerciseView } from './bridge';

export type RigMotion = ExerciseView['svg']['motion'];
type Params = RigMotion['joints'][number]['a'];

const num = (v: number, digits = 2): string => String(+v.toFixed(digits));

function mix(a: Params, b: Params, t: number): number[] {
  return a.map((v, i) => v + ((b[i] ?? v) - v) * t);
}

/**
 * The CSS for a joint at pose fraction `t` (0 start, 1 end, −1 middle; below 0 towards the
 * middle pose, which is the start pose when the drawing has none): always translate, rotate,
 * scale (so frames interpolate part by part).
 */
export function jointFrame(j: RigMotion['joints'][number], t: number): Keyframe {
  const p = t < 0 ? mix(j.a, j.c ?? j.a, -t) : mix(j.a, j.b, t);
  const frame: Keyframe = {
    transform: `translate(${num(p[0]!)}px, ${num(p[1]!)}px) rotate(${num(p[2]!)}deg) scale(${num(p[3]!, 3)}, ${num(p[4]!, 3)})`,
  };
  if (j.a[5] !== j.b[5] || (j.c && j.a[5] !== j.c[5])) frame.opacity = num(p[5]!, 3);
  return frame;
}

/** The joint groups of a drawing, in motion order. */
export function jointsOf(root: Element): SVGGraphicsElement[] {
  const out: SVGGraphicsElement[] = [];
  for (const el of root.querySelectorAll<SVGGraphicsElement>('[data-j]')) out[Number(el.getAttribute('data-j'))] = el;
  return out;
}

/** Joints moveJoints animated: only those can have animations to stop (getAnimations() would flush style). */
const animated = new WeakSet<Element>();

function stop(el: Element): void {
  if (!animated.has(el)) return;
  for (const a of el.getAnimations()) a.cancel();
  animated.delete(el);
}

/** Puts every joint at pose fraction `t`, still. */
export function placeJoints(joints: readonly SVGGraphicsElement[], motion: RigMotion, t: number): void {
  joints.forEach((el, i) => {
    const j = motion.joints[i];
    if (!el || !j) return;
    stop(el);
    const f = jointFrame(j, t);
    el.style.transform = f.transform as string;
    if (f.opacity !== undefined) el.style.opacity = String(f.opacity);
  });
}

/**
 * Moves every joint through the pose fractions `keys` (evenly spaced, ease-in-out between each
 * two) in `ms`, holding the last; returns the animations (one per moving joint).
 */
export function moveJoints(
  joints: readonly SVGGraphicsElement[],
  motion: RigMotion,
  keys: readonly number[],
  ms: number,
  o: { iterations?: number; elapsed?: number; paused?: boolean } = {},
): Animation[] {
  const out: Animation[] = [];
  joints.forEach((el, i) => {
    const j = motion.joints[i];
    if (!el || !j) return;
    stop(el);
    const frames = keys.map((k) => ({ ...jointFrame(j, k), easing: 'ease-in-out' }));
    const a = el.animate(frames, { duration: ms, iterations: o.iterations ?? 1, fill: 'forwards' });
    animated.add(el);
    if (o.elapsed) a.currentTime = o.elapsed;
    if (o.paused) a.pause();
    out.push(a);
  });
  return out;
}

/**
 * The flip for the left side (`g.mirror` groups): the drawing's own, `motion.mirror` — about the
 * 100-unit box's vertical centre line, or for a figure lying seen from above about its spine.
 */
export function mirrorDrawing(root: Element, left: boolean, motion: Pick<RigMotion, 'mirror'>): void {
  for (const g of root.querySelectorAll<SVGGElement>('g.mirror')) g.style.transform = left ? motion.mirror : '';
}
