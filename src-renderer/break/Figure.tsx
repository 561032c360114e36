// An exercise illustration: the core's SVG markup (our own drawing code, escaped there).
//
// Still: the start or end pose, or start → end side by side ("pair": reduced motion; during an
// alternating round's way to the middle and the hold there, "middle-pair": start → middle).
// Timeline: the pose follows the player's segment (figure-motion.ts) — a movement is a flip-book
// of poses, one a second, changed in the same frame as the player's once-a-second numbers (so it
// costs no frames of its own; no animation runs), nothing changes while the figure is still
// (holds, rests, get-ready), and it is frozen when paused or hidden (the player does not draw).
// The player places each new pose from its tick (`placeFigure`), without a render; the figure
// re-renders only when its markup or its side changes.
// For the left side the drawing is mirrored (about the line its motion names), unless it is symmetric.
import type { JSX, RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import type { ExerciseView } from '../shared/bridge';
import { t } from '../shared/i18n';
import { jointsOf, mirrorDrawing, placeJoints } from '../shared/rig';
import './figure.css';
import type { Side } from './plan';

/** The markup with the drawing hidden from assistive tech (the wrapper carries the label). */
function markup(svg: string): string {
  return svg.replace(/^\s*<svg\b/, '<svg aria-hidden="true" focusable="false"');
}

/** The pose fraction a drawing's joints were last placed at (so a still figure is never touched again). */
const placedAt = new WeakMap<Element, number>();

/**
 * Places a timeline figure's joints at pose fraction `at` (figure-motion.ts), if they are not
 * there already: a still figure is not touched (no style, paint or frame). The player calls it
 * from its tick, with no render; the Figure from its layout effect after a render.
 */
export function placeFigure(root: Element | null, motion: ExerciseView['svg']['motion'], at: number): void {
  const svg = root?.querySelector('svg');
  if (!root || !svg || placedAt.get(svg) === at) return;
  placeJoints(jointsOf(root), motion, at);
  placedAt.set(svg, at);
}

export function Figure({
  exercise,
  pose,
  at = 0,
  side = null,
  class: cls,
  label,
  rootRef,
}: {
  exercise: Pick<ExerciseView, 'svg' | 'name'>;
  /** `timeline`: the start pose's rig, its joints placed at pose fraction `at` */
  pose: 'start' | 'end' | 'pair' | 'middle-pair' | 'timeline';
  /** the pose fraction of a `timeline` figure (0 start, 1 end, −1 middle) */
  at?: number;
  /** the side drawn (the left side mirrored, unless the drawing is symmetric) */
  side?: Side | null;
  class?: string;
  /** accessible name; null = decorative */
  label?: string | null;
  /** the wrapper, for a caller that places the joints itself between renders (`placeFigure`) */
  rootRef?: RefObject<HTMLDivElement>;
}): JSX.Element {
  const own = useRef<HTMLDivElement>(null);
  const ref = rootRef ?? own;
  const svg = exercise.svg;
  const source = pose === 'timeline' ? svg.start : pose === 'middle-pair' ? (svg.middlePair ?? svg.pair) : svg[pose];
  const html = useMemo(() => markup(source), [source]);
  const motion = svg.motion;
  const left = side === 'left' && !motion.symmetric;

  useLayoutEffect(() => {
    const root = ref.current;
    if (root) mirrorDrawing(root, left, motion);
  }, [html, left, motion]);

  useLayoutEffect(() => {
    if (pose === 'timeline') placeFigure(ref.current, motion, at);
  }, [html, pose, motion, at]);

  const name = label === undefined ? t('break.figure.label', { name: exercise.name }) : label;
  return (
    <div
      ref={ref}
      class={`figure ${cls ?? ''}`}
      data-side={side ?? undefined}
      {...(name === null ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': name })}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
