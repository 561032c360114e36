// Exercise illustrations (SPEC §4): a start and an end pose per exercise, drawn as SVG by code.
//
// Every drawing is a rig (rig.ts): nested groups whose `transform` attributes place each joint,
// so one markup serves every use — the still start or end pose, a start → end pair side by side
// (thumbnails, reduced motion), and a moving figure: the renderer animates the `transform` of
// the groups marked `data-j` (see `RigMotion`) between their start and end values, as the
// player's timeline says. No SMIL, no inline style, no script (the app's CSP forbids both).
//
// Sides: figures are drawn for the right side; for the left side the renderer (or `mirrored`)
// flips each `g.mirror` group, as Workrave mirrors its exercise frames — except where the drawing
// is its own mirror image (`RigMotion.symmetric`). A figure standing, sitting or lying in profile
// flips about the box's vertical centre line; a figure lying seen from above flips about its own
// spine (the mat's long centre line), so its head stays where it was and only the side the
// knees or the leg go to changes (`mirrorAxis`).
//
// A few alternating exercises have a third pose, the middle position between the sides (knee
// rolls' knee hug): pose fraction −1 (rig.ts `jointAt`), 'middle' and 'middle-pair' here.
import { getExercise } from '../catalog';
import { ILLUSTRATIONS, type IllustrationSpec } from './poses';
import { FIGURE_ATTRS, MAT_TOP_MID_Y, PROP_ATTRS, PROP_GREY, escapeXml, propsSvg } from './render';
import { jointAt, rigOf, transformAttr, type JointName, type JointParams, type Rig, type RigJoint } from './rig';
import { interpolatePose, solve, SEG, type Figure, type PoseSpec } from './skeleton';

export type { Figure, PoseSpec, Pt, PropSpec, View } from './skeleton';
export type { IllustrationSpec } from './poses';
export type { JointParams } from './rig';
export { transformCss } from './rig';

/**
 * start / end / middle: one still pose (the middle pose for a drawing that has one, else the
 * start pose); pair: start → end side by side (twice as wide as high); middle-pair: start →
 * middle side by side.
 */
export type PoseName = 'start' | 'end' | 'pair' | 'middle' | 'middle-pair';

export interface IllustrationOptions {
  pose?: PoseName;
  /** height in CSS pixels (default 160; a pair is twice as wide); the drawing itself is a 100 × 100 box */
  size?: number;
  /** accessible name; defaults to the exercise's name */
  label?: string;
  /** draw the left side: the figure mirrored (unless it is symmetric) */
  mirrored?: boolean;
}

/** Far-side limbs in profile: faded, yet ≥ 3:1 against the page in both themes (tests/unit/illustrations.test.ts). */
export const FAR_OPACITY = 0.6;

/** What the renderer needs to move a figure: for each `data-j` group, in document order, its transform at the start and end pose. */
export interface RigMotion {
  /** c: the middle pose's numbers, for a drawing that has one (pose fraction −1) */
  joints: { a: JointParams; b: JointParams; c?: JointParams }[];
  /** the drawing is its own mirror image: no flipping for the left side */
  symmetric: boolean;
  /** the CSS `transform` of the `g.mirror` groups for the left side (`mirrorAxis`) */
  mirror: string;
}

export const ILLUSTRATED_IDS: ReadonlySet<string> = new Set(Object.keys(ILLUSTRATIONS));

export function getIllustrationSpec(id: string): IllustrationSpec | undefined {
  return Object.prototype.hasOwnProperty.call(ILLUSTRATIONS, id) ? ILLUSTRATIONS[id] : undefined;
}

/**
 * The figure's geometry at pose fraction `t`: 0 the start pose, 1 the end pose, −1 the middle
 * pose (below 0, that far from the start towards the middle pose; the start pose if there is none).
 */
export function poseAt(id: string, t: number): Figure | undefined {
  const spec = getIllustrationSpec(id);
  if (!spec) return undefined;
  if (t < 0) return solve(interpolatePose(spec.start, spec.middle ?? spec.start, -t));
  return solve(interpolatePose(spec.start, spec.end, t));
}

/** Whether an exercise's drawing has a middle pose. */
export function hasMiddlePose(id: string): boolean {
  return getIllustrationSpec(id)?.middle !== undefined;
}

const rigs = new Map<string, Rig>();
export function rigFor(id: string): Rig | undefined {
  const spec = getIllustrationSpec(id);
  if (!spec) return undefined;
  let rig = rigs.get(id);
  if (!rig) {
    rig = rigOf(spec.start, spec.end, spec.middle);
    rigs.set(id, rig);
  }
  return rig;
}

const same = (p: JointParams, q: JointParams): boolean => p.every((v, i) => Math.abs(v - q[i]!) < 1e-6);
const IDENTITY: JointParams = [0, 0, 0, 1, 1, 1];

/**
 * Markup of one rig at pose fraction `t`, or — `t` null — at the start pose with every joint
 * that moves marked `data-j="k"` (k = its index in `RigMotion.joints`).
 */
function rigMarkup(rig: Rig, t: number | null, moving: RigJoint[]): string {
  const byName = new Map(rig.joints.map((j) => [j.name, j]));
  const g = (name: JointName, inner: string, extra = ''): string => {
    const j = byName.get(name);
    if (!j) return inner;
    const p = jointAt(j, t ?? 0);
    const animated = t === null && (!same(j.a, j.b) || (j.c !== undefined && !same(j.a, j.c)));
    if (!animated && same(p, IDENTITY) && !extra) return inner;
    let attrs = extra;
    const tr = transformAttr(p);
    if (tr) attrs += ` transform="${tr}"`;
    if (p[5] !== 1) attrs += ` opacity="${+p[5].toFixed(2)}"`;
    if (animated) attrs += ` data-j="${name}"`; // numbered below, in document order
    return `<g${attrs}>${inner}</g>`;
  };
  const bone = (len: number): string => `<path d="M0 0V${-len}"/>`;
  const footLen = rig.view === 'front' ? SEG.foot * 0.6 : SEG.foot;
  const arm = (s: 'A' | 'B'): string =>
    g(`upper${s}`, g(`upperBone${s}`, bone(SEG.upperArm)) + g(`fore${s}`, g(`foreBone${s}`, bone(SEG.forearm))));
  const leg = (s: 'A' | 'B'): string =>
    g(`thigh${s}`, g(`thighBone${s}`, bone(SEG.thigh)) + g(`shin${s}`, g(`shinBone${s}`, bone(SEG.shin)) + g(`foot${s}`, bone(footLen))));
  // group opacity, not stroke-opacity: the joints' overlapping caps would show as darker dots
  const fade = rig.view === 'side' ? ` opacity="${FAR_OPACITY}"` : '';
  const far = fade ? `<g${fade}>${arm('B')}${leg('B')}</g>` : `${arm('B')}${leg('B')}`;
  const half = SEG.torso / 2;
  const spine = g('spineLo', bone(half)) + g('spineHi', bone(half));
  // butt caps: scaled round caps would stretch sideways; the limbs' round caps close the ends
  const girdle = '<path d="M-1 0H1" stroke-linecap="butt"/>';
  const girdles = rig.girdles ? g('shoulders', girdle) + g('hips', girdle) : '';
  const nose = g('nose', `<path d="M0 ${-(SEG.headR * 0.55).toFixed(2)}V${-(SEG.headR + 2.2).toFixed(2)}" stroke-width="2.6"/>`);
  const head = g(
    'head',
    `${bone(SEG.neck - SEG.headR)}<circle cy="${-SEG.neck}" r="${SEG.headR}" fill="currentColor" stroke="none"/>${nose}`,
  );
  const figure = g('root', far + spine + girdles + leg('A') + head + arm('A'));
  const balls = rig.props
    .map((p, i) => (p.kind === 'ball' ? g(`ball${i}`, `<circle r="${p.r ?? 12}" fill="${PROP_GREY}" fill-opacity=".3"/>`) : ''))
    .join('');
  const markup = `<g ${PROP_ATTRS}>${propsSvg(rig.props)}${balls}</g><g ${FIGURE_ATTRS}>${figure}</g>`;
  return markup.replace(/ data-j="(\w+)"/g, (_, name: JointName) => {
    moving.push(byName.get(name)!);
    return ` data-j="${moving.length - 1}"`;
  });
}

/**
 * The line the drawing flips about for the left side: `x` the box's vertical centre line (x = 50)
 * for a figure in profile or facing the viewer; `y` the mat's long centre line for a figure lying
 * seen from above (its spine: the head stays on the left, the knees or the leg go to the other side).
 */
export function mirrorAxis(id: string): 'x' | 'y' {
  const props = getIllustrationSpec(id)?.start.props ?? [];
  return props.some((p) => p.kind === 'mat' && p.top) ? 'y' : 'x';
}

/** The flip for the left side as a point map, and as the SVG `transform` attribute and the CSS `transform`. */
function flipOf(axis: 'x' | 'y'): { point: (p: readonly [number, number]) => [number, number]; attr: string; css: string } {
  if (axis === 'x') return { point: ([x, y]) => [100 - x, y], attr: 'matrix(-1 0 0 1 100 0)', css: 'matrix(-1, 0, 0, 1, 100, 0)' };
  const twice = 2 * MAT_TOP_MID_Y;
  return { point: ([x, y]) => [x, twice - y], attr: `matrix(1 0 0 -1 0 ${twice})`, css: `matrix(1, 0, 0, -1, 0, ${twice})` };
}

/** Where the left side's drawing puts a point of the right side's (for tests and tools). */
export function mirrorPoint(id: string, p: readonly [number, number]): [number, number] {
  return flipOf(mirrorAxis(id)).point(p);
}

/** Whether the drawing, in each of its poses, is its own mirror image. */
export function isSymmetric(id: string): boolean {
  const spec = getIllustrationSpec(id);
  if (!spec) return false;
  const flip = flipOf(mirrorAxis(id)).point;
  const mirrorOf = (f: Figure): string[] => {
    const m = (p: readonly [number, number]): string => flip(p).map(Math.round).join(',');
    const limbs = [f.armA, f.armB, f.legA, f.legB].map((l) => l.map(m).join(' '));
    return [m(f.head), m(f.pelvis), ...limbs.sort()];
  };
  const plain = (f: Figure): string[] => {
    const m = (p: readonly [number, number]): string => `${Math.round(p[0])},${Math.round(p[1])}`;
    const limbs = [f.armA, f.armB, f.legA, f.legB].map((l) => l.map(m).join(' '));
    return [m(f.head), m(f.pelvis), ...limbs.sort()];
  };
  const props = (spec.start.props ?? []).every((p) => p.kind === 'floor' || p.kind === 'mat');
  return (
    props &&
    [spec.start, spec.end, ...(spec.middle ? [spec.middle] : [])].every((p: PoseSpec) => {
      const f = solve(p);
      return JSON.stringify(mirrorOf(f)) === JSON.stringify(plain(f));
    })
  );
}

/** The moving joints of an exercise's drawing, in the order of the `data-j` marks of `illustrationSvg(id, { pose: 'start' })`. */
export function rigMotion(id: string): RigMotion | undefined {
  const rig = rigFor(id);
  if (!rig) return undefined;
  const moving: RigJoint[] = [];
  rigMarkup(rig, null, moving);
  return {
    joints: moving.map((j) => (j.c ? { a: j.a, b: j.b, c: j.c } : { a: j.a, b: j.b })),
    symmetric: isSymmetric(id),
    mirror: flipOf(mirrorAxis(id)).css,
  };
}

/**
 * The illustration of an exercise as standalone SVG markup, or `undefined` for an unknown id.
 * Colours: the figure uses `currentColor`; props a neutral grey. The start pose carries the
 * `data-j` marks the renderer animates (`rigMotion`).
 */
export function illustrationSvg(id: string, options: IllustrationOptions = {}): string | undefined {
  const rig = rigFor(id);
  if (!rig) return undefined;
  const pose = options.pose ?? 'start';
  const size = options.size ?? 160;
  const label = escapeXml(options.label ?? getExercise(id)?.name ?? id);
  const flip = options.mirrored && !isSymmetric(id) ? ` transform="${flipOf(mirrorAxis(id)).attr}"` : '';
  const mirror = (inner: string, dx = 0): string => {
    const body = `<g class="mirror"${flip}>${inner}</g>`;
    return dx ? `<g transform="translate(${dx} 0)">${body}</g>` : body;
  };
  const head = (w: number): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} 100" width="${(size * w) / 100}" height="${size}" role="img" aria-label="${label}">` +
    `<title>${label}</title>`;
  const key = pose === 'middle' || pose === 'middle-pair' ? -1 : 1;
  if (pose === 'pair' || pose === 'middle-pair') {
    // start, a small arrow, end (or middle): the arrow points the way the movement goes, whichever side
    const arrow = `<path d="M94 50h12m-4-4 4 4-4 4" ${PROP_ATTRS.replace('stroke-width="2"', 'stroke-width="2.4"')}/>`;
    return `${head(200)}${mirror(rigMarkup(rig, 0, []))}${arrow}${mirror(rigMarkup(rig, key, []), 100)}</svg>`;
  }
  const body = pose === 'start' ? rigMarkup(rig, null, []) : rigMarkup(rig, key, []);
  return `${head(100)}${mirror(body)}</svg>`;
}
