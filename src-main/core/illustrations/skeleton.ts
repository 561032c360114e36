// A tiny 2-D skeleton for the exercise illustrations: a pose is a handful of angles, forward
// kinematics turns it into joint positions. Interpolating the angles (not the points) keeps
// limb lengths constant while the player animates between the start and end poses.
//
// Coordinates: a 100 × 100 box, y grows downwards, the floor is at y = FLOOR.
// Angles are absolute, in degrees: 0 points up, 90 to the right, 180 down, -90 to the left.
// The body's front is at `torso + 90`: a standing figure faces right, a figure lying on its
// back has its head on the left, a figure face down has its head on the right.

export type Pt = readonly [number, number];

export const FLOOR = 91;
export const SEG = {
  torso: 22,
  /** neck point to head centre */
  neck: 8.5,
  headR: 5.5,
  upperArm: 12,
  forearm: 11,
  thigh: 18,
  shin: 17,
  foot: 5,
} as const;

/** [upper-arm angle, forearm angle, upper-arm length factor?, forearm length factor?] (factors: foreshortening, e.g. seen from above) */
export type ArmSpec = readonly [number, number, number?, number?];
/** [thigh angle, shin angle, foot angle?, thigh length factor?, shin length factor?] */
export type LegSpec = readonly [number, number, number?, number?, number?];

export type View = 'side' | 'front';

export type PropSpec =
  | { kind: 'chair'; x: number; seat: number; view?: View }
  | { kind: 'desk'; x0: number; x1: number; top: number }
  | { kind: 'ball'; x: number; y: number; r?: number }
  /** a floor strip; `top`: a whole mat seen from above, for figures drawn lying seen from above */
  | { kind: 'mat'; top?: boolean }
  | { kind: 'floor' };

export interface PoseSpec {
  /** side: profile, the far limbs are drawn faded; front: seen from the front (or from above when lying) */
  view: View;
  /** the pelvis (centre of the hips) */
  x: number;
  y: number;
  /** angle of the spine, pelvis → base of the neck */
  torso: number;
  /** spine curvature: + rounds the back (flexion), − arches it (extension) */
  bend?: number;
  /** head angle relative to the spine (+ nods towards the front) */
  head?: number;
  /** where the face points, relative to the head axis (+90 = front); `null` = facing the viewer */
  look?: number | null;
  /** near (A) and far (B) arm; in front view A is on the figure's front-right (screen right when upright) */
  armA: ArmSpec;
  armB: ArmSpec;
  legA: LegSpec;
  legB: LegSpec;
  /** half the shoulder width (default 7 in front view, 0 in profile; in profile a non-zero
   *  value shows the chest turned towards the viewer, negative = near shoulder pulled back) */
  sw?: number;
  /** half the hip width (default 4 in front view, 0 in profile) */
  hw?: number;
  props?: readonly PropSpec[];
}

/** Joint positions of one drawn figure. */
export interface Figure {
  view: View;
  pelvis: Pt;
  /** spine curve control point */
  back: Pt;
  neck: Pt;
  /** where the neck meets the head */
  chin: Pt;
  head: Pt;
  headR: number;
  /** nose tick [from, to], or null when the face looks at the viewer */
  nose: readonly [Pt, Pt] | null;
  /** shoulder → elbow → hand */
  armA: readonly [Pt, Pt, Pt];
  armB: readonly [Pt, Pt, Pt];
  /** hip → knee → ankle → toe */
  legA: readonly [Pt, Pt, Pt, Pt];
  legB: readonly [Pt, Pt, Pt, Pt];
  props: readonly PropSpec[];
}

const rad = (deg: number): number => (deg * Math.PI) / 180;
export function dir(angle: number): Pt {
  return [Math.sin(rad(angle)), -Math.cos(rad(angle))];
}
function step(p: Pt, angle: number, len: number): Pt {
  const [dx, dy] = dir(angle);
  return [p[0] + dx * len, p[1] + dy * len];
}

/** A leg spec with its defaults filled in. Profile: toes point to the front of the shin;
 *  front view: short feet turned outwards (outward = 1 for leg A, -1 for leg B). */
export function fullLeg(spec: LegSpec, view: View, outward: number): [number, number, number, number, number] {
  const [th, sh, ft, thF, shF] = spec;
  return [th, sh, ft ?? (view === 'front' ? sh - 90 * outward : sh - 90), thF ?? 1, shF ?? 1];
}

/** Forward kinematics: pose angles → joint positions. */
export function solve(pose: PoseSpec): Figure {
  const front = pose.view === 'front';
  const pelvis: Pt = [pose.x, pose.y];
  const neck = step(pelvis, pose.torso, SEG.torso);
  const mid: Pt = [(pelvis[0] + neck[0]) / 2, (pelvis[1] + neck[1]) / 2];
  const back = step(mid, pose.torso - 90, pose.bend ?? 0);
  const headAngle = pose.torso + (pose.head ?? 0);
  const head = step(neck, headAngle, SEG.neck);
  const chin = step(neck, headAngle, SEG.neck - SEG.headR);
  const look = pose.look === undefined ? (front ? null : 90) : pose.look;
  const nose: readonly [Pt, Pt] | null =
    look === null
      ? null
      : [step(head, headAngle + look, SEG.headR * 0.55), step(head, headAngle + look, SEG.headR + 2.2)];

  // shoulders sit a little below the neck point, along the spine
  const shoulderMid = step(neck, pose.torso + 180, 2.5);
  const sw = pose.sw ?? (front ? 7 : 0);
  const hw = pose.hw ?? (front ? 4 : 0);
  const sA = step(shoulderMid, pose.torso + 90, sw);
  const sB = step(shoulderMid, pose.torso - 90, sw);
  const hA = step(pelvis, pose.torso + 90, hw);
  const hB = step(pelvis, pose.torso - 90, hw);

  const arm = (s: Pt, [ua, fa, uaF, faF]: ArmSpec): readonly [Pt, Pt, Pt] => {
    const e = step(s, ua, SEG.upperArm * (uaF ?? 1));
    return [s, e, step(e, fa, SEG.forearm * (faF ?? 1))];
  };
  const leg = (h: Pt, spec: LegSpec, outward: number): readonly [Pt, Pt, Pt, Pt] => {
    const [th, sh, ft, thF, shF] = fullLeg(spec, pose.view, outward);
    const k = step(h, th, SEG.thigh * thF);
    const a = step(k, sh, SEG.shin * shF);
    return [h, k, a, step(a, ft, front ? SEG.foot * 0.6 : SEG.foot)];
  };

  return {
    view: pose.view,
    pelvis,
    back,
    neck,
    chin,
    head,
    headR: SEG.headR,
    nose,
    armA: arm(sA, pose.armA),
    armB: arm(sB, pose.armB),
    legA: leg(hA, pose.legA, 1),
    legB: leg(hB, pose.legB, -1),
    props: pose.props ?? [],
  };
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const lerpOpt = (a: number | undefined, b: number | undefined, d: number, t: number): number =>
  lerp(a ?? d, b ?? d, t);

function lerpTuple(a: readonly (number | undefined)[], b: readonly (number | undefined)[], t: number): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined && y === undefined) break;
    // a missing optional (foot angle, length factor) takes its neighbour's value
    out.push(lerp(x ?? (y as number), y ?? (x as number), t));
  }
  return out;
}

function lerpProp(a: PropSpec, b: PropSpec | undefined, t: number): PropSpec {
  if (!b || b.kind !== a.kind) return a;
  if (a.kind === 'ball' && b.kind === 'ball') {
    return { kind: 'ball', x: lerp(a.x, b.x, t), y: lerp(a.y, b.y, t), r: lerpOpt(a.r, b.r, 12, t) };
  }
  return a;
}

/** `b` moved by whole turns to within half a turn of `a`: the short way round from `a`. */
export function nearAngle(a: number, b: number): number {
  return a + ((((b - a) % 360) + 540) % 360) - 180;
}

/**
 * `b` with every absolute angle (spine, head, limb segments, face) moved by whole turns to within
 * half a turn of the same angle in `a`, so that interpolating from `a` turns each segment the
 * short way round. Relative angles (head, look) are unwrapped as the absolute directions they
 * give, so a child never turns further than its own start → end difference either.
 */
export function shortWay(a: PoseSpec, b: PoseSpec): PoseSpec {
  const torso = nearAngle(a.torso, b.torso);
  const headA = a.torso + (a.head ?? 0);
  const headB = nearAngle(headA, torso + (b.head ?? 0));
  const lookOf = (p: PoseSpec): number | null => (p.look === undefined ? (p.view === 'front' ? null : 90) : p.look);
  const la = lookOf(a);
  const lb = lookOf(b);
  const look = la === null || lb === null ? lb : nearAngle(headA + la, headB + lb) - headB;
  const arm = (x: ArmSpec, y: ArmSpec): ArmSpec =>
    x[2] === undefined && y[2] === undefined ? [nearAngle(x[0], y[0]), nearAngle(x[1], y[1])] : [nearAngle(x[0], y[0]), nearAngle(x[1], y[1]), y[2] ?? 1, y[3] ?? 1];
  const leg = (x: LegSpec, y: LegSpec, outward: number): LegSpec => {
    const fx = fullLeg(x, a.view, outward);
    const fy = fullLeg(y, a.view, outward);
    return [nearAngle(fx[0], fy[0]), nearAngle(fx[1], fy[1]), nearAngle(fx[2], fy[2]), fy[3], fy[4]];
  };
  return {
    ...b,
    torso,
    head: headB - torso,
    look,
    armA: arm(a.armA, b.armA),
    armB: arm(a.armB, b.armB),
    legA: leg(a.legA, b.legA, 1),
    legB: leg(a.legB, b.legB, -1),
  };
}

/** An arm spec with its length factors written out (1 when missing) if either pose foreshortens the arm. */
function fullArm(spec: ArmSpec, other: ArmSpec): ArmSpec {
  return spec[2] === undefined && other[2] === undefined ? spec : [spec[0], spec[1], spec[2] ?? 1, spec[3] ?? 1];
}

/** The pose a fraction `t` (0 = start, 1 = end) of the way between two poses, each angle the short way round. */
export function interpolatePose(a: PoseSpec, end: PoseSpec, t: number): PoseSpec {
  const b = shortWay(a, end);
  const u = Math.min(1, Math.max(0, t));
  // a figure keeps its view for the whole movement; a face turned to the viewer (null) snaps
  const lookOf = (p: PoseSpec): number | null => (p.look === undefined ? (p.view === 'front' ? null : 90) : p.look);
  const la = lookOf(a);
  const lb = lookOf(b);
  const look = la === null || lb === null ? (u < 0.5 ? la : lb) : lerp(la, lb, u);
  return {
    view: a.view,
    x: lerp(a.x, b.x, u),
    y: lerp(a.y, b.y, u),
    torso: lerp(a.torso, b.torso, u),
    bend: lerpOpt(a.bend, b.bend, 0, u),
    head: lerpOpt(a.head, b.head, 0, u),
    look,
    armA: lerpTuple(fullArm(a.armA, b.armA), fullArm(b.armA, a.armA), u) as unknown as ArmSpec,
    armB: lerpTuple(fullArm(a.armB, b.armB), fullArm(b.armB, a.armB), u) as unknown as ArmSpec,
    legA: lerpTuple(fullLeg(a.legA, a.view, 1), fullLeg(b.legA, a.view, 1), u) as unknown as LegSpec,
    legB: lerpTuple(fullLeg(a.legB, a.view, -1), fullLeg(b.legB, a.view, -1), u) as unknown as LegSpec,
    sw: lerpOpt(a.sw, b.sw, a.view === 'front' ? 7 : 0, u),
    hw: lerpOpt(a.hw, b.hw, a.view === 'front' ? 4 : 0, u),
    props: (a.props ?? []).map((p, i) => lerpProp(p, b.props?.[i], u)),
  };
}
