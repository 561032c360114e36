// Exercise illustrations (SPEC §4): a start and an end pose per exercise, drawn as SVG by code.
// `illustrationSvg(id, { pose: 'animated' })` loops calmly between the two poses with SMIL
// <animate>; callers pass `pose: 'start'` when the user prefers reduced motion.
import { getExercise } from '../catalog';
import { ILLUSTRATIONS, type IllustrationSpec } from './poses';
import { FIGURE_ATTRS, PROP_ATTRS, PROP_GREY, escapeXml, propsSvg, shapesOf, type Shapes } from './render';
import { interpolatePose, solve, type Figure, type PoseSpec } from './skeleton';

export type { Figure, PoseSpec, Pt, PropSpec, View } from './skeleton';
export type { IllustrationSpec } from './poses';

export type PoseName = 'start' | 'end' | 'animated';

export interface IllustrationOptions {
  pose?: PoseName;
  /** width and height in CSS pixels (default 160); the drawing itself is a 100 × 100 box */
  size?: number;
  /** accessible name; defaults to the exercise id */
  label?: string;
  /** seconds for one start → end → start cycle (animated only; default `CYCLE_SECONDS`) */
  cycleSeconds?: number;
}

/** One calm loop: about 3 s out to the end pose, a hold, about 3 s back, a short rest. */
export const CYCLE_SECONDS = 8;
/** Animation frames: [pose fraction t, key time]. The middle frames keep limbs from shrinking. */
const FRAMES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0.5, 0.18],
  [1, 0.38],
  [1, 0.5],
  [0.5, 0.68],
  [0, 0.88],
  [0, 1],
];

export const ILLUSTRATED_IDS: ReadonlySet<string> = new Set(Object.keys(ILLUSTRATIONS));

export function getIllustrationSpec(id: string): IllustrationSpec | undefined {
  return Object.prototype.hasOwnProperty.call(ILLUSTRATIONS, id) ? ILLUSTRATIONS[id] : undefined;
}

/** The figure's geometry a fraction `t` (0 = start pose, 1 = end pose) through the movement. */
export function poseAt(id: string, t: number): Figure | undefined {
  const spec = getIllustrationSpec(id);
  if (!spec) return undefined;
  return solve(interpolatePose(spec.start, spec.end, t));
}

function animate(attr: string, values: readonly string[], dur: number): string {
  const keyTimes = FRAMES.map(([, k]) => String(k).replace(/^0\./, '.')).join(';');
  return `<animate attributeName="${attr}" values="${values.join(';')}" keyTimes="${keyTimes}" dur="${dur}s" repeatCount="indefinite"/>`;
}

/** An element whose attribute is fixed, or animated when it changes between frames. */
function el(tag: string, attr: string, values: readonly string[], extra: string, dur: number): string {
  const same = values.every((v) => v === values[0]);
  if (same) return `<${tag} ${attr}="${values[0]}"${extra}/>`;
  return `<${tag} ${attr}="${values[0]}"${extra}>${animate(attr, values, dur)}</${tag}>`;
}

function figureSvg(frames: readonly Shapes[], view: PoseSpec['view'], dur: number): string {
  const pick = <K extends keyof Shapes>(k: K): Shapes[K][] => frames.map((f) => f[k]);
  const line = (k: 'armA' | 'armB' | 'legA' | 'legB'): string => el('polyline', 'points', pick(k), '', dur);
  const far = `${line('armB')}${line('legB')}`;
  const out: string[] = [];
  out.push(view === 'side' ? `<g stroke-opacity=".45">${far}</g>` : far);
  out.push(el('path', 'd', pick('spine'), '', dur));
  // shoulder and hip lines, when some frame shows them (in profile they shrink to dots)
  if (frames.some((f) => f.girdlesSeen)) out.push(el('path', 'd', pick('girdles'), '', dur));
  out.push(line('legA'));
  // the head: a filled circle; x and y animate separately
  const xs = pick('headX');
  const ys = pick('headY');
  const moving = xs.some((x) => x !== xs[0]) || ys.some((y) => y !== ys[0]);
  const headAnim = moving ? `${animate('cx', xs, dur)}${animate('cy', ys, dur)}` : '';
  out.push(
    `<circle cx="${xs[0]}" cy="${ys[0]}" r="5.5" fill="currentColor" stroke="none"${moving ? `>${headAnim}</circle>` : '/>'}`,
  );
  const noses = pick('nose');
  if (noses.some((v) => v !== null)) {
    // a face turned to the viewer has no nose tick: collapse it into the head's centre
    const vals = noses.map((v, i) => v ?? `${xs[i]},${ys[i]} ${xs[i]},${ys[i]}`);
    out.push(el('polyline', 'points', vals, ' stroke-width="2.6"', dur));
  }
  out.push(line('armA'));
  return `<g ${FIGURE_ATTRS}>${out.join('')}</g>`;
}

function ballsSvg(frames: readonly Shapes[], dur: number): string {
  const first = frames[0];
  if (!first) return '';
  return first.balls
    .map((b, i) => {
      const cxs = frames.map((f) => f.balls[i]?.cx ?? b.cx);
      const cys = frames.map((f) => f.balls[i]?.cy ?? b.cy);
      const moving = cxs.some((v) => v !== cxs[0]) || cys.some((v) => v !== cys[0]);
      const attrs = `cx="${b.cx}" cy="${b.cy}" r="${b.r}" fill="${PROP_GREY}" fill-opacity=".3"`;
      return moving
        ? `<circle ${attrs}>${animate('cx', cxs, dur)}${animate('cy', cys, dur)}</circle>`
        : `<circle ${attrs}/>`;
    })
    .join('');
}

/**
 * The illustration of an exercise as standalone SVG markup, or `undefined` for an unknown id.
 * Colours: the figure uses `currentColor`; props a neutral grey.
 */
export function illustrationSvg(id: string, options: IllustrationOptions = {}): string | undefined {
  const spec = getIllustrationSpec(id);
  if (!spec) return undefined;
  const pose = options.pose ?? 'start';
  const size = options.size ?? 160;
  const label = escapeXml(options.label ?? getExercise(id)?.name ?? id);
  const dur = options.cycleSeconds ?? CYCLE_SECONDS;
  const ts = pose === 'start' ? [0] : pose === 'end' ? [1] : FRAMES.map(([t]) => t);
  const frames = ts.map((t) => shapesOf(solve(interpolatePose(spec.start, spec.end, t))));
  const props = spec.start.props ?? [];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="${size}" height="${size}" role="img" aria-label="${label}">` +
    `<title>${label}</title>` +
    `<g ${PROP_ATTRS}>${propsSvg(props)}${ballsSvg(frames, dur)}</g>` +
    figureSvg(frames, spec.start.view, dur) +
    `</svg>`
  );
}
