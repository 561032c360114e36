// The guided routine: one exercise at a time, its drawing moving between the poses, one step at
// a time, a rep counter or a hold countdown, the side, the breathing cue and the progress.
//
// Timing: a RoutineRun (pause-aware stopwatch on performance.now) says where we are; the player
// sets ONE timeout for the moment the display next changes (the next second of a countdown, or
// the end of a movement), and none at all while paused or while the window is hidden.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { BreakView, ExerciseView } from '../shared/bridge';
import { Button, Icon, Progress } from '../shared/components';
import { usePageVisible, useReducedMotion } from '../shared/hooks';
import type { Announce, Ending } from './BreakApp';
import { Figure } from './Figure';
import { useKeys } from './keys';
import { COUNTDOWN, secondsLeft, sideName, type Plan, type Segment } from './plan';
import { RoutineRun } from './routine-run';

/** What the big cue says for a segment. */
function cueOf(seg: Segment, plan: Plan, t: number): { big: string; small: string; label: string } {
  const left = secondsLeft(seg, t);
  switch (seg.kind) {
    case 'step':
      return { big: 'Get ready', small: 'Read each step and settle into position', label: 'Get ready' };
    case 'switch':
      return { big: `${left}`, small: `Switch over: now the ${seg.side} side`, label: `Switching sides, ${left} seconds` };
    case 'rest':
      return { big: `${left}`, small: `Rest — set ${seg.set} of ${seg.sets} next`, label: `Rest, ${left} seconds` };
    case 'hold':
      return { big: `${left}`, small: 'Hold — keep breathing', label: `Hold, ${left} seconds left` };
    case 'move':
      if (!plan.counted) return { big: 'Ease in', small: 'Move slowly into position', label: 'Ease into position' };
      return {
        big: `${seg.rep}`,
        small: `of ${seg.reps}${plan.sides === 'both' ? '' : ' each side'}${plan.holdSeconds ? ' — move in, then hold' : ' — at an easy pace'}`,
        label: `Repetition ${seg.rep} of ${seg.reps}`,
      };
  }
}

/** What is announced (politely) when a segment begins, if anything. */
function announcementOf(seg: Segment, plan: Plan, ex: ExerciseView, prev: Segment | null): string | null {
  if (seg.kind === 'step') return `Step ${seg.step + 1} of ${plan.steps}: ${ex.steps[seg.step]}`;
  if (seg.kind === 'switch') return `Now the ${seg.side} side.`;
  if (seg.kind === 'rest') return `Rest. Set ${seg.set} of ${seg.sets} next.`;
  if (prev?.kind === 'step' || prev === null) {
    const last = ex.steps[plan.steps - 1] ?? '';
    const side = seg.side ? ` ${sideName(seg.side)} first.` : '';
    return `Begin. ${last}${side}`;
  }
  if (seg.kind === 'hold' && plan.holdSeconds >= 10) return `Hold for ${plan.holdSeconds} seconds.`;
  return null;
}

export function Player({
  view,
  announce,
  onFinish,
}: {
  view: BreakView;
  announce: Announce;
  onFinish: (ending: Ending) => void;
}): JSX.Element {
  const items = view.routine.items;
  const run = useMemo(() => new RoutineRun(items), [items]);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [paused, setPaused] = useState(false);
  const [stepOverride, setStepOverride] = useState<{ seg: number; step: number } | null>(null);
  const visible = usePageVisible();
  const reduced = useReducedMotion();
  const finished = useRef(false);
  const lastSeg = useRef<{ index: number; seg: number } | null>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);

  const finish = (kind: Ending['kind']): void => {
    if (finished.current) return;
    finished.current = true;
    run.pause();
    const stopped = kind === 'stop' ? (run.current() as ExerciseView) : undefined;
    onFinish({ kind, report: run.report(), ...(stopped ? { stopped } : {}) });
  };

  // start on mount (the user pressed Start)
  useLayoutEffect(() => {
    run.start();
    pauseRef.current?.focus();
    return () => run.pause();
  }, [run]);

  // catch up with the clock on every draw; finish when the time is up
  const done = run.catchUp();
  useEffect(() => {
    if (done) finish('complete');
  });

  // the one timer: wake when the display next changes — never while paused, hidden or done
  useEffect(() => {
    if (paused || !visible || done || finished.current) return undefined;
    const ms = run.msToNextChange();
    const id = setTimeout(redraw, Math.max(10, Math.ceil(ms) + 5));
    return () => clearTimeout(id);
  });

  const pos = run.position();
  const ex = items[pos.index]!;
  const { plan, seg, t } = pos;

  // announce step, side and set changes
  useEffect(() => {
    const key = { index: pos.index, seg: seg.index };
    const prev = lastSeg.current;
    if (prev && prev.index === key.index && prev.seg === key.seg) return;
    lastSeg.current = key;
    const parts: string[] = [];
    if (!prev || prev.index !== key.index) parts.push(`Exercise ${pos.index + 1} of ${items.length}: ${ex.name}.`);
    const prevSeg = prev && prev.index === key.index ? (plan.segments[prev.seg] ?? null) : null;
    const a = announcementOf(seg, plan, ex, prevSeg);
    if (a) parts.push(a);
    if (parts.length) announce(parts.join(' '));
  });

  const togglePause = (): void => {
    if (finished.current) return;
    if (run.running) {
      run.pause();
      setPaused(true);
      announce('Paused.');
    } else {
      run.resume();
      setPaused(false);
      announce('Resumed.');
    }
  };
  const next = (): void => {
    if (finished.current) return;
    setStepOverride(null);
    if (run.next()) finish('complete');
    else redraw(0);
  };
  const stepShown = stepOverride && stepOverride.seg === seg.index ? stepOverride.step : seg.step;
  const pageStep = (delta: number): void => {
    const s = Math.max(0, Math.min(plan.steps - 1, stepShown + delta));
    setStepOverride({ seg: seg.index, step: s });
  };

  useKeys(
    {
      ' ': togglePause,
      ArrowRight: next,
      ArrowUp: () => pageStep(-1),
      ArrowDown: () => pageStep(1),
      d: () => finish('partial'),
      h: () => finish('stop'),
    },
    [' '],
  );

  const cue = cueOf(seg, plan, t);
  const countdown = COUNTDOWN.has(seg.kind);
  const side = seg.side && seg.kind !== 'step' ? seg.side : null;

  return (
    <main class={`player${paused ? ' is-paused' : ''}`} aria-labelledby="ex-title">
      <header class="player-head">
        <p class="player-count muted">
          Exercise {pos.index + 1} of {items.length}
          {seg.sets > 1 && seg.kind !== 'step' ? ` · Set ${seg.set} of ${seg.sets}` : ''}
        </p>
        <Button variant="danger" icon="hand" keyHint="H" class="hurts" onClick={() => finish('stop')}>
          Stop — this hurts
        </Button>
        <h1 id="ex-title">{ex.name}</h1>
        <div class="routine-progress" role="group" aria-label="Progress through the routine">
          {items.map((it, i) => (
            <Progress
              key={it.id}
              class={i === pos.index ? 'is-current' : ''}
              value={i < pos.index ? 1 : i === pos.index ? t / plan.total : 0}
              max={1}
              label={`${it.name}: ${i < pos.index ? 'done' : i === pos.index ? 'now' : 'to come'}`}
            />
          ))}
        </div>
      </header>

      <div class="player-body">
        <Figure
          exercise={ex}
          pose={reduced ? 'start' : 'animated'}
          paused={paused || !visible}
          class="player-figure"
          key={`${ex.id}-${reduced ? 's' : 'a'}`}
        />
        <div class="player-info">
          <section class="step card" aria-label={`Step ${stepShown + 1} of ${plan.steps}`}>
            <div class="step-head">
              <span class="step-count">
                Step {stepShown + 1} of {plan.steps}
              </span>
              <span class="step-nav">
                <button type="button" class="icon-btn" onClick={() => pageStep(-1)} disabled={stepShown === 0} aria-label="Previous step" aria-keyshortcuts="ArrowUp">
                  ↑
                </button>
                <button
                  type="button"
                  class="icon-btn"
                  onClick={() => pageStep(1)}
                  disabled={stepShown >= plan.steps - 1}
                  aria-label="Next step"
                  aria-keyshortcuts="ArrowDown"
                >
                  ↓
                </button>
              </span>
            </div>
            <p class="step-text">{(side && ex.stepsBySide?.[side][stepShown]) || ex.steps[stepShown]}</p>
          </section>

          <div class={`cue cue-${seg.kind}${countdown ? ' is-countdown' : ''}`} aria-label={cue.label} role="group">
            <span class="cue-big" aria-hidden="true">
              {cue.big}
            </span>
            <span class="cue-small" aria-hidden="true">
              {cue.small}
            </span>
            {side && (
              <span class={`side-chip side-${side}`} aria-hidden="true">
                {sideName(side)}
              </span>
            )}
          </div>

          <p class="breathing">
            <Icon name="wind" />
            <span>{ex.breathing}</span>
          </p>
          {paused && (
            <p class="paused-note" role="status">
              Paused — press Space or Resume when you’re ready.
            </p>
          )}
        </div>
      </div>

      <div class="controls" role="group" aria-label="Routine controls">
        <Button buttonRef={pauseRef} variant="primary" icon={paused ? 'play' : 'pause'} keyHint=" " onClick={togglePause}>
          {paused ? 'Resume' : 'Pause'}
        </Button>
        <Button icon="next" keyHint="ArrowRight" onClick={next}>
          {pos.index === items.length - 1 ? 'Finish' : 'Next'}
        </Button>
        <Button variant="quiet" icon="done" keyHint="D" onClick={() => finish('partial')}>
          Done for now
        </Button>
      </div>
    </main>
  );
}
