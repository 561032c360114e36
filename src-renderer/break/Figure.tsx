// An exercise illustration: the core's SVG markup (our own drawing code, escaped there).
//
// Still: the start or end pose, or start → end side by side ("pair": reduced motion; during an
// alternating round's way to the middle and the hold there, "middle-pair": start → middle).
// Timeline: the pose follows the player's segment (figure-motion.ts) — a movement is a flip-book
// of poses, one a second, changed in the same frame as the player's once-a-second numbers (so it
// costs no frames of its own; no animation runs), nothing changes while the figure is still
// (holds, rests, get-ready), and it is frozen when paused or hidden (the player does not draw).
// For the left side the drawing is mirrored (about the line its motion names), unless it is symmetric.
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExerciseView } from '../shared/bridge';
import { t } from '../shared/i18n';
import { jointsOf, mirrorDrawing, placeJoints } from '../shared/rig';
import { frameOf, framePose, motionOf } from './figure-motion';
import './figure.css';
import type { Plan, Segment, Side } from './plan';

/** The markup with the drawing hidden from assistive tech (the wrapper carries the label). */
function markup(svg: string): string {
  return svg.replace(/^\s*<svg\b/, '<svg aria-hidden="true" focusable="false"');
}

export interface FigureTimeline {
  plan: Plan;
  seg: Segment;
  /** ms into the exercise when this was drawn */
  t: number;
}

export function Figure({
  exercise,
  pose,
  timeline,
  side = null,
  class: cls,
  label,
}: {
  exercise: Pick<ExerciseView, 'svg' | 'name'>;
  /** `timeline`: follow `timeline` (the start pose's rig, moved); `middle-pair`: start → middle (the pair for a drawing without one) */
  pose: 'start' | 'end' | 'pair' | 'middle-pair' | 'timeline';
  timeline?: FigureTimeline;
  /** the side in play (still poses; a timeline takes its segment's side) */
  side?: Side | null;
  class?: string;
  /** accessible name; null = decorative */
  label?: string | null;
}): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const placed = useRef<{ html: string; pose: number } | null>(null);
  const svg = exercise.svg;
  const html = markup(pose === 'timeline' ? svg.start : pose === 'middle-pair' ? (svg.middlePair ?? svg.pair) : svg[pose]);
  const motion = exercise.svg.motion;
  const seg = timeline?.seg;
  const shownSide = pose === 'timeline' && timeline && seg ? motionOf(timeline.plan, seg).side : side;
  const left = shownSide === 'left' && !motion.symmetric;

  useLayoutEffect(() => {
    const root = ref.current;
    if (root) mirrorDrawing(root, left, motion);
  }, [html, left, motion]);

  const m = pose === 'timeline' && timeline && seg ? motionOf(timeline.plan, seg) : null;
  const frame = m && timeline && seg ? frameOf(m, Math.max(0, timeline.t - seg.start)) : 0;
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || !m) return;
    const at = framePose(m, frame);
    // only when the pose changes: a still figure is not touched (no style, paint or frame)
    if (placed.current?.html === html && placed.current.pose === at) return;
    placeJoints(jointsOf(root), motion, at);
    placed.current = { html, pose: at };
  }, [html, pose, seg?.index, timeline?.plan, frame]);

  const name = label === undefined ? t('break.figure.label', { name: exercise.name }) : label;
  return (
    <div
      ref={ref}
      class={`figure ${cls ?? ''}`}
      data-side={shownSide ?? undefined}
      {...(name === null ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': name })}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
