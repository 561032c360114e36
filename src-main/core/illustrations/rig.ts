// The figure as a rig: nested SVG groups, one per joint, each placed by `translate() rotate()
// scale()` in its parent's frame, the bones drawn once in local coordinates. A pose is then only
// a set of numbers per joint, and moving between two poses is a linear interpolation of those
// numbers — which a browser can do as a compositor animation of each group's `transform` (no
// layout, no style recalculation, no paint of the page per frame), unlike SMIL on `points`.
//
// Frames: the root group sits at the pelvis rotated by the spine angle (the torso frame: origin
// at the pelvis, the spine pointing up along −y). Girdles, the two spine halves, the head and
// the four limbs hang from it; each limb segment is a child of the one before. Rotations are
// the skeleton's angles (0 = up, clockwise positive — CSS's and SVG's `rotate()` direction),
// taken relative to the parent; interpolating them linearly equals interpolating the absolute
// angles linearly, so the rig moves exactly as `interpolatePose` says at every key pose.
//
// Curved spine: the skeleton draws the back as a quadratic curve bulging by `bend`; the rig
// draws it as two straight halves meeting at that curve's midpoint, each half rotated and
// stretched (scaleY) to reach it — a rigid transform per half, so it can animate on the compositor.
import { SEG, fullLeg, shortWay, type PoseSpec, type PropSpec } from './skeleton';

/** One joint's numbers: translate x, y; rotate (deg); scale x, y; opacity. */
export type JointParams = readonly [number, number, number, number, number, number];

export type JointName =
  | 'root'
  | 'spineLo'
  | 'spineHi'
  | 'shoulders'
  | 'hips'
  | 'head'
  | 'nose'
  | `${'upper' | 'fore' | 'upperBone' | 'foreBone'}${'A' | 'B'}`
  | `${'thigh' | 'shin' | 'foot'}${'A' | 'B'}`
  | `${'thighBone' | 'shinBone'}${'A' | 'B'}`
  | `ball${number}`;

const SHOULDER_DROP = 2.5;
const HALF_SPINE = SEG.torso / 2;
const rad = (d: number): number => (d * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;

/** The joints' numbers for one pose (its angles already unwrapped against the other pose's). */
export function jointParams(p: PoseSpec): Map<JointName, JointParams> {
  const front = p.view === 'front';
  const j = new Map<JointName, JointParams>();
  const T = (x: number, y: number, r = 0, sx = 1, sy = 1, o = 1): JointParams => [x, y, r, sx, sy, o];
  j.set('root', T(p.x, p.y, p.torso));
  // spine halves meet at the midpoint of the skeleton's curve: (−bend/2, −11) in the torso frame
  const b = p.bend ?? 0;
  const tilt = deg(Math.atan2(b / 2, HALF_SPINE));
  const stretch = Math.hypot(b / 2, HALF_SPINE) / HALF_SPINE;
  j.set('spineLo', T(0, 0, -tilt, 1, stretch));
  j.set('spineHi', T(0, -SEG.torso, 180 + tilt, 1, stretch));
  const sw = p.sw ?? (front ? 7 : 0);
  const hw = p.hw ?? (front ? 4 : 0);
  const shoulderY = -(SEG.torso - SHOULDER_DROP);
  j.set('shoulders', T(0, shoulderY, 0, sw, 1));
  j.set('hips', T(0, 0, 0, hw, 1));
  const head = p.head ?? 0;
  j.set('head', T(0, -SEG.torso, head));
  const look = p.look === undefined ? (front ? null : 90) : p.look;
  j.set('nose', T(0, -SEG.neck, look ?? 0, 1, 1, look === null ? 0 : 1));
  for (const [side, spec, s] of [['A', p.armA, 1], ['B', p.armB, -1]] as const) {
    const [ua, fa, uaF = 1, faF = 1] = spec;
    j.set(`upper${side}`, T(s * sw, shoulderY, ua - p.torso));
    j.set(`upperBone${side}`, T(0, 0, 0, 1, uaF));
    j.set(`fore${side}`, T(0, -SEG.upperArm * uaF, fa - ua));
    j.set(`foreBone${side}`, T(0, 0, 0, 1, faF));
  }
  for (const [side, spec, s] of [['A', p.legA, 1], ['B', p.legB, -1]] as const) {
    const [th, sh, ft, thF, shF] = fullLeg(spec, p.view, s);
    j.set(`thigh${side}`, T(s * hw, 0, th - p.torso));
    j.set(`thighBone${side}`, T(0, 0, 0, 1, thF));
    j.set(`shin${side}`, T(0, -SEG.thigh * thF, sh - th));
    j.set(`shinBone${side}`, T(0, 0, 0, 1, shF));
    j.set(`foot${side}`, T(0, -SEG.shin * shF, ft - sh));
  }
  (p.props ?? []).forEach((prop, i) => {
    if (prop.kind === 'ball') j.set(`ball${i}`, T(prop.x, prop.y));
  });
  return j;
}

export interface RigJoint {
  name: JointName;
  /** numbers at the start pose and at the end pose */
  a: JointParams;
  b: JointParams;
  /** numbers at the middle pose, for a drawing that has one (see `IllustrationSpec.middle`) */
  c?: JointParams;
}

export interface Rig {
  view: PoseSpec['view'];
  joints: RigJoint[];
  /** false when the figure shows neither girdle at either pose (a profile with the chest square on) */
  girdles: boolean;
  props: readonly PropSpec[];
}

/**
 * The rig moving between the start and the end pose (and, for a drawing that has one, between
 * the start and the middle pose); each other pose's angles are taken the short way round from
 * the start pose's.
 */
export function rigOf(start: PoseSpec, end: PoseSpec, middle?: PoseSpec): Rig {
  const ja = jointParams(start);
  const jb = jointParams({ ...shortWay(start, end), view: start.view });
  const jc = middle ? jointParams({ ...shortWay(start, middle), view: start.view }) : undefined;
  const joints: RigJoint[] = [];
  for (const [name, a] of ja) joints.push(jc ? { name, a, b: jb.get(name) ?? a, c: jc.get(name) ?? a } : { name, a, b: jb.get(name) ?? a });
  const seen = (n: JointName): boolean => {
    const j = joints.find((x) => x.name === n)!;
    return j.a[3] !== 0 || j.b[3] !== 0 || (j.c !== undefined && j.c[3] !== 0);
  };
  return { view: start.view, joints, girdles: seen('shoulders') || seen('hips'), props: start.props ?? [] };
}

/**
 * A joint's numbers at pose fraction `t`: 0 the start pose, 1 the end pose, −1 the middle pose
 * (a fraction below 0 is that far from the start towards the middle pose; the start pose when
 * the drawing has none).
 */
export function jointAt(j: RigJoint, t: number): JointParams {
  const to = t < 0 ? (j.c ?? j.a) : j.b;
  const u = Math.abs(t);
  const l = (i: number): number => j.a[i]! + (to[i]! - j.a[i]!) * u;
  return [l(0), l(1), l(2), l(3), l(4), l(5)];
}

const num = (v: number, digits = 2): string => {
  const s = v.toFixed(digits).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
};

/** The SVG `transform` attribute for a joint (translate, rotate, scale — only the parts in use). */
export function transformAttr(p: JointParams): string {
  const parts: string[] = [];
  if (p[0] !== 0 || p[1] !== 0) parts.push(`translate(${num(p[0])} ${num(p[1])})`);
  if (Math.abs(p[2]) > 1e-9) parts.push(`rotate(${num(p[2])})`);
  if (p[3] !== 1 || p[4] !== 1) parts.push(`scale(${num(p[3], 3)} ${num(p[4], 3)})`);
  return parts.join(' ');
}

/** The CSS `transform` for a joint: always the same three functions, so two poses interpolate part by part. */
export function transformCss(p: JointParams): string {
  return `translate(${num(p[0])}px, ${num(p[1])}px) rotate(${num(p[2])}deg) scale(${num(p[3], 3)}, ${num(p[4], 3)})`;
}
