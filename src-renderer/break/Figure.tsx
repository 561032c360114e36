// An exercise illustration: the core's SVG markup (our own drawing code, escaped there), animated
// between the start and end pose, or the still start pose when the user prefers reduced motion.
// The SMIL animation is paused with the player (and while the page is hidden).
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ExerciseView } from '../shared/bridge';

/** The markup with the drawing hidden from assistive tech (the wrapper carries the label). */
function markup(svg: string): string {
  return svg.replace(/^\s*<svg\b/, '<svg aria-hidden="true" focusable="false"');
}

export function Figure({
  exercise,
  pose,
  paused = false,
  class: cls,
  label,
}: {
  exercise: Pick<ExerciseView, 'svg' | 'name'>;
  pose: 'start' | 'end' | 'animated';
  paused?: boolean;
  class?: string;
  /** accessible name; null = decorative */
  label?: string | null;
}): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  const html = markup(exercise.svg[pose]);
  useLayoutEffect(() => {
    const svg = ref.current?.querySelector('svg');
    if (!svg || pose !== 'animated') return;
    if (paused) svg.pauseAnimations();
    else svg.unpauseAnimations();
  }, [paused, html, pose]);
  const name = label === undefined ? `Illustration: ${exercise.name}` : label;
  return (
    <div
      ref={ref}
      class={`figure ${cls ?? ''}`}
      {...(name === null ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': name })}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
