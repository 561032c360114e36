// The guided routine: one exercise at a time, its drawing moving between the poses, one step at
// a time, a get-ready countdown (with the exercise's caution), a rep counter or a hold
// countdown, the side, the breathing cue, the progress and the time left — with soft cue sounds
// and, if asked for, the steps spoken (guidance.ts decides what is said and sounded when).
//
// Timing: a RoutineRun (pause-aware stopwatch on performance.now) says where we are; the player
// sets ONE timeout for the moment the display next changes (the next second of a countdown or
// of the time left, or the end of a movement), and none at all while paused or hidden. When it
// fires, the player redraws itself only if the segment changed (a step, a rep, a hold, a side,
// the next exercise); otherwise only the small components that show a ticking value re-render
// (tick.ts: the time left, the counter and its label, the current progress bar, the moving
// figure), so a second costs what those few text nodes cost, not a redraw of the whole tree.
import type { JSX, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { SafetyNote } from '../../src-main/core/bridge';
import { bridge, type BreakView, type ExerciseView } from '../shared/bridge';
import { Button, Icon, Progress } from '../shared/components';
import { usePageVisible, useReducedMotion } from '../shared/hooks';
import { t as tr } from '../shared/i18n';
import type { Announce, Ending, PlayerPrefs } from './BreakApp';
import { cue, hush, speak } from './chime';
import { Figure, placeFigure } from './Figure';
import { motionOf, timelinePose } from './figure-motion';
import { announcementOf, cueOf, cueSoundAt, spokenOf } from './guidance';
import { useKeys } from './keys';
import { COUNTDOWN, stepTextFor } from './plan';
import { RoutineRun, type Position } from './routine-run';
import { setText, Tick, useTicked, useTickWrite } from './tick';
import { clockLeft, intlTag } from './words';

/** The fixed letters of the break-ending keys (keys.ts: the same on every keyboard layout). */
const DONE_KEY = 'D';
const HURTS_KEY = 'H';

/** A title whose hyphenated words never break at the hyphen ("figure-/4"). */
export function Title({ text }: { text: string }): JSX.Element {
  const parts = text.split(/(\s+)/);
  return (
    <>
      {parts.map((p, i) =>
        /\S-\S/.test(p) ? (
          <span key={i} class="nowrap">
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </>
  );
}

/** The safety notes and this exercise's cautions, over the routine (which pauses meanwhile). */
function SafetyPanel({ exercise, onClose }: { exercise: ExerciseView; onClose: () => void }): JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const [notes, setNotes] = useState<SafetyNote[] | null>(null);
  useLayoutEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    bridge()
      .getSafetyNotes()
      .then(setNotes, () => setNotes([]));
  }, []);
  return (
    <dialog
      ref={ref}
      class="safety-panel"
      aria-labelledby="safety-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="safety-title">{tr('break.safety.title')}</h2>
      {/* the notes scroll in a small window; the heading and Back stay in view (the scroller
          takes focus, so the keyboard scrolls it too) */}
      <div class="safety-scroll" tabIndex={0} role="region" aria-labelledby="safety-title">
        {exercise.cautions.length > 0 && (
          <section class="caution" aria-label={tr('break.safety.cautionFor', { name: exercise.name })}>
            <Icon name="alert" />
            <div>
              <p class="caution-head">{exercise.name}</p>
              {exercise.cautions.map((c) => (
                <p key={c}>{c}</p>
              ))}
            </div>
          </section>
        )}
        <ul class="safety-list">
          {(notes ?? []).map((n) => (
            <li key={n.id}>
              <strong>{tr('break.safety.noteHeading', { heading: n.heading })}</strong> {n.text}
            </li>
          ))}
        </ul>
      </div>
      <div class="actions">
        <Button variant="primary" icon="play" onClick={onClose} autoFocus>
          {tr('break.safety.back')}
        </Button>
      </div>
    </dialog>
  );
}

/** The routine's time left (ticks every second: written into its node, no render). */
function TimeLeft({ tick }: { tick: Tick }): JSX.Element {
  const ref = useRef<HTMLSpanElement>(null);
  const text = useTickWrite(
    tick,
    (tk) => tr('break.player.timeLeft', { time: clockLeft(tk.left / 1000) }),
    (v) => {
      const box = ref.current;
      if (!box) return;
      setText(box.firstChild?.firstChild, v);
      const shape = shapeOf(v);
      if (box.dataset.shape !== shape) box.dataset.shape = shape;
    },
  );
  return <Ticker boxRef={ref} class="time-left" text={text} />;
}

/** The same text with every digit as its block's zero: as wide as the text (tabular figures). */
function shapeOf(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => String.fromCodePoint(d.codePointAt(0)! - (d.codePointAt(0)! % 16)));
}

/**
 * A text that changes every second, laid out on its own: the box takes its size from the
 * text's shape (its digits as zeros, a hidden ::before that changes only when the number of
 * digits does), and the text itself sits over it with size and layout containment. A text
 * change then lays out the text alone, not its line, row and page.
 */
function Ticker({ text, class: cls, boxRef }: { text: string; class?: string; boxRef?: RefObject<HTMLSpanElement> }): JSX.Element {
  return (
    <span ref={boxRef} class={`ticker ${cls ?? ''}`} data-shape={shapeOf(text)}>
      <span class="ticker-text">{text}</span>
    </span>
  );
}

/**
 * The current bar moves in steps of 5 % of the exercise (every 3–7 s for most), not every
 * second: the counter and the time left already show the seconds, and a bar that moves less
 * often is repainted less often.
 */
const BAR_STEPS = 20;

/** The bar's ARIA value (whole percent) and its gradient stops' offset, as the render and a tick both write them. */
function barAttrs(v: number): { pct: number; at: string } {
  return { pct: Math.round(v * 100), at: v.toFixed(4) };
}

/**
 * The current exercise's progress bar. Its value moves as the exercise runs, and a tick must
 * not re-style, re-lay out or re-layerize the page for it: a <progress> value (or a fill's width
 * or transform) is a style change on the bar, and a shape that grows changes its painted bounds,
 * which makes Chromium work out the page's compositing layers again. So the bar is a rectangle
 * of a fixed size painted with a two-stop gradient, and a tick moves the stops' `offset` (an
 * attribute that is neither style nor geometry): a repaint of the bar and nothing else. The
 * bar's role and values are ARIA's, as a <progress>'s would be. It moves in steps (BAR_STEPS).
 */
function CurrentProgress({ tick, label }: { tick: Tick; label: string }): JSX.Element {
  const ref = useRef<HTMLSpanElement>(null);
  const value = useTickWrite(
    tick,
    (tk) => Math.floor(Math.max(0, Math.min(1, tk.pos.t / tk.pos.plan.total)) * BAR_STEPS) / BAR_STEPS,
    (v) => {
      const bar = ref.current;
      const { pct, at } = barAttrs(v);
      // the value and the stops are always written together (here and by the render): most
      // ticks fall inside a step and stop at this read
      if (!bar || bar.getAttribute('aria-valuenow') === String(pct)) return;
      bar.setAttribute('aria-valuenow', String(pct));
      for (const stop of bar.querySelectorAll('stop')) stop.setAttribute('offset', at);
    },
  );
  const { pct, at } = barAttrs(value);
  return (
    <span ref={ref} class="progress-slot is-now is-current" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <svg class="progress-fill" aria-hidden="true" focusable="false">
        <defs>
          <linearGradient id="progress-now">
            <stop class="done" offset={at} />
            <stop class="to-do" offset={at} />
          </linearGradient>
        </defs>
        <rect width="100%" height="100%" fill="url(#progress-now)" />
      </svg>
    </span>
  );
}

/** A count shown in the counter's fixed-size box (in any script's digits). */
const NUMBER = /^\p{Nd}+$/u;

/**
 * The counter (a rep count, a countdown or a get-ready), its label and the side in play. It
 * re-renders when its shape changes (the kind, the side, the words, the count's number of
 * digits); a new count is written into the count's node and the group's label, no render.
 */
function Cue({ tick }: { tick: Tick }): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  // the counter's words for the position the tick read last: worked out once a tick, though
  // both the shape check and the write ask for them
  const last = useRef<{ pos: Position; cue: ReturnType<typeof cueOf> } | null>(null);
  const cueNow = (tk: Tick): ReturnType<typeof cueOf> => {
    if (last.current?.pos !== tk.pos) last.current = { pos: tk.pos, cue: cueOf(tk.pos.seg, tk.pos.plan, tk.pos.t) };
    return last.current.cue;
  };
  useTicked(tick, (tk) => {
    const c = cueNow(tk);
    return `${tk.pos.seg.kind}\n${tk.pos.seg.side ?? ''}\n${NUMBER.test(c.big) ? c.big.length : c.big}\n${c.small}`;
  });
  const cueText = useTickWrite(tick, cueNow, (c) => {
    const group = ref.current;
    if (!group) return;
    if (group.getAttribute('aria-label') !== c.label) group.setAttribute('aria-label', c.label);
    const count = group.querySelector('.cue-big.is-number > .ticker-text');
    if (count) setText(count.firstChild, c.big);
  });
  const { seg } = tick.pos;
  const countdown = COUNTDOWN.has(seg.kind);
  const side = seg.side;
  const number = NUMBER.test(cueText.big);
  return (
    <div ref={ref} class={`cue cue-${seg.kind}${countdown ? ' is-countdown' : ''}`} aria-label={cueText.label} role="group">
      <span class={`cue-big${number ? ' is-number' : ''}`} style={number ? { width: `${Math.max(1.2, cueText.big.length)}ch` } : undefined} aria-hidden="true">
        {number ? <span class="ticker-text">{cueText.big}</span> : cueText.big}
      </span>
      <span class="cue-small" aria-hidden="true">
        {cueText.small}
      </span>
      {side && (
        <span class={`side-chip side-${side}`} aria-hidden="true">
          {tr(seg.kind === 'step' ? 'break.side.first' : 'break.side', { side })}
        </span>
      )}
    </div>
  );
}

/**
 * The drawing following the timeline. A tick places the flip-book's next pose straight into the
 * drawing's joints (`placeFigure`: no render, and nothing at all while the pose stays); the
 * figure re-renders only when what it draws changes: the side (its mirror image), and with
 * reduced motion, the middle of an alternating round (start → middle instead of start → end).
 */
function PlayerFigure({ tick, ex, reduced }: { tick: Tick; ex: ExerciseView; reduced: boolean }): JSX.Element {
  const ref = useRef<HTMLDivElement>(null);
  useTicked(tick, (tk) => {
    const side = motionOf(tk.pos.plan, tk.pos.seg).side;
    return reduced && tk.pos.seg.middle ? `${side}.middle` : side;
  });
  const at = useTickWrite(
    tick,
    (tk) => timelinePose(tk.pos.plan, tk.pos.seg, tk.pos.t),
    (pose) => {
      if (!reduced) placeFigure(ref.current, ex.svg.motion, pose);
    },
  );
  const { plan, seg } = tick.pos;
  return (
    <Figure
      rootRef={ref}
      exercise={ex}
      pose={reduced ? (seg.middle ? 'middle-pair' : 'pair') : 'timeline'}
      at={at}
      side={motionOf(plan, seg).side}
      class={`player-figure${reduced ? ' is-pair' : ''}`}
    />
  );
}

/** Every text a step of the exercise can show (its plain wording, and each side's where it differs), in step order. */
function textsOf(ex: ExerciseView): { step: number; text: string }[] {
  return ex.steps.flatMap((plain, i) => [...new Set([plain, ex.stepsBySide?.right[i], ex.stepsBySide?.left[i]])].filter((t): t is string => t !== undefined).map((text) => ({ step: i, text })));
}

/**
 * The step card: the step shown, as it reads on the side in play. It re-renders itself when the
 * step, the side or get-ready changes (a change of side every rep when the sides alternate), not
 * the whole player.
 */
function StepCard({
  tick,
  ex,
  override,
  onPage: pageStep,
}: {
  tick: Tick;
  ex: ExerciseView;
  /** the step the user paged to, for the segment it was chosen in */
  override: { seg: number; step: number } | null;
  onPage: (delta: number) => void;
}): JSX.Element {
  const shownOf = (sg: Position['seg']): number => (override && override.seg === sg.index ? override.step : sg.step);
  useTicked(tick, (tk) => `${shownOf(tk.pos.seg)}.${tk.pos.seg.side ?? ''}.${tk.pos.seg.kind === 'step' ? 'ready' : 'work'}`);
  const { seg, plan } = tick.pos;
  const stepShown = shownOf(seg);
  const shownText = stepTextFor(ex, seg, stepShown);
  return (
    <section class="step card" aria-label={tr('break.player.stepOf', { step: stepShown + 1, steps: plan.steps })}>
      <div class="step-head">
        <span class="step-count">{tr('break.player.stepOf', { step: stepShown + 1, steps: plan.steps })}</span>
        <span class="step-nav">
          <button type="button" class="icon-btn" onClick={() => pageStep(-1)} disabled={stepShown === 0} aria-label={tr('break.player.previousStep')} aria-keyshortcuts="ArrowUp">
            ↑
          </button>
          <button
            type="button"
            class="icon-btn"
            onClick={() => pageStep(1)}
            disabled={stepShown >= plan.steps - 1}
            aria-label={tr('break.player.nextStep')}
            aria-keyshortcuts="ArrowDown"
          >
            ↓
          </button>
        </span>
      </div>
      {/* every step of the exercise, as it reads on either side, in one grid cell: the card is
          as tall as the longest, so it never jumps between two and three lines and the counter
          stays put. Each text is laid out once for the exercise; the next step or the other side
          only moves the class that shows one (a change of visibility: painted, not laid out) */}
      <div class="step-stack">
        {textsOf(ex).map((e, k) => {
          const shown = e.step === stepShown && e.text === shownText;
          return (
            <p key={k} class={`step-text${shown ? ' is-shown' : ''}`} aria-hidden={shown ? undefined : 'true'}>
              {e.text}
            </p>
          );
        })}
      </div>
    </section>
  );
}

/**
 * What the player's own drawing shows of a position, besides what its ticking parts show: the
 * exercise, get-ready or not, the set (and, while the user pages the steps, the segment their
 * choice holds for). The player redraws when this changes; a new rep, a hold, the next step or
 * the other side is only a tick (the step card, the counter and the figure re-render themselves).
 */
function viewKey(p: Position, paging: boolean): string {
  const { seg } = p;
  const set = seg.sets > 1 && seg.kind !== 'step' ? seg.set : 0;
  return `${p.index}.${seg.kind === 'step' ? 'ready' : 'work'}.${set}${paging ? `.${seg.index}` : ''}`;
}

export function Player({
  view,
  prefs,
  large,
  onLarge,
  announce,
  onFinish,
}: {
  view: BreakView;
  prefs: PlayerPrefs;
  large: boolean;
  onLarge: (on: boolean) => void;
  announce: Announce;
  onFinish: (ending: Ending) => void;
}): JSX.Element {
  const items = view.routine.items;
  const run = useMemo(() => new RoutineRun(items), [items]);
  const tick = useMemo(() => new Tick(run), [run]);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [paused, setPaused] = useState(false);
  const [safety, setSafety] = useState(false);
  const [stepOverride, setStepOverride] = useState<{ seg: number; step: number } | null>(null);
  const [keyNote, setKeyNote] = useState<string | null>(null);
  const visible = usePageVisible();
  const reduced = useReducedMotion();
  const finished = useRef(false);
  const lastSeg = useRef<{ index: number; seg: number } | null>(null);
  const pauseRef = useRef<HTMLButtonElement>(null);
  const prefsRef = useRef(prefs);
  prefsRef.current = prefs;
  const announceRef = useRef(announce);
  announceRef.current = announce;
  const overrideRef = useRef(stepOverride);
  overrideRef.current = stepOverride;

  const finish = (kind: Ending['kind']): void => {
    if (finished.current) return;
    finished.current = true;
    run.pause();
    const stopped = kind === 'stop' ? (run.current() as ExerciseView) : undefined;
    const report = run.report();
    // "Done for now" after the whole time is still the whole routine; Next through it is not
    const k = kind === 'stop' ? 'stop' : report.complete ? 'complete' : 'partial';
    onFinish({ kind: k, report, ...(stopped ? { stopped } : {}) });
  };

  // start on mount (the user pressed Start)
  useLayoutEffect(() => {
    run.start();
    pauseRef.current?.focus();
    return () => {
      run.pause();
      hush();
    };
  }, [run]);

  // catch up with the clock on every draw; finish when the time is up
  const done = run.catchUp();
  tick.read();
  useEffect(() => {
    if (done) finish('complete');
  }, [done]);

  // the one timer: wake when the display next changes — never while paused, hidden or done.
  // The segment changed (or the routine is done): redraw the player. Otherwise: a tick — only
  // the ticking components re-render — and the timer is set again from here.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useRef({ paused, visible, done });
  live.current = { paused, visible, done };
  const arm = (): void => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const l = live.current;
    if (l.paused || !l.visible || l.done || finished.current) return;
    timer.current = setTimeout(wake, Math.max(10, Math.ceil(run.msToNextChange()) + 5));
  };
  const wake = (): void => {
    timer.current = undefined;
    const shown: Position = tick.pos;
    const over = run.catchUp();
    tick.read();
    const o = overrideRef.current;
    const paging = o !== null && o.seg === shown.seg.index;
    if (over || viewKey(tick.pos, paging) !== viewKey(shown, paging)) {
      redraw(0);
      return;
    }
    tick.notify();
    segmentBegins();
    arm();
  };

  // announce step, side and set changes; sound the cues; speak the steps if asked — when a
  // segment begins, whether the player redrew for it or it was only a tick
  const segmentBegins = (): void => {
    const { index, plan: pl, seg: sg } = tick.pos;
    const prev = lastSeg.current;
    if (prev && prev.index === index && prev.seg === sg.index) return;
    lastSeg.current = { index, seg: sg.index };
    if (finished.current) return;
    const exercise = items[index]!;
    const newExercise = !prev || prev.index !== index;
    const parts: string[] = [];
    if (newExercise) parts.push(tr('break.player.announceExercise', { index: index + 1, count: items.length, name: exercise.name }));
    const prevSeg = !newExercise && prev ? (pl.segments[prev.seg] ?? null) : null;
    const a = announcementOf(sg, pl, exercise, prevSeg);
    if (a) parts.push(a);
    if (parts.length) announceRef.current(parts.join(' '));
    if (!live.current.visible) return;
    const p = prefsRef.current;
    // the first exercise follows the Start press: no "next" sound for it
    const sound = cueSoundAt(sg, prevSeg, newExercise && prev !== null, p);
    if (sound) cue(sound);
    if (p.speakSteps) {
      const said = spokenOf(sg, pl, exercise, prevSeg, newExercise);
      if (said) speak(said, intlTag());
    }
  };

  // A layout effect, as are the draw's other per-draw effects, or have dependencies: a draw
  // with a pending useEffect costs an extra animation frame and timer (Preact's after-paint).
  useLayoutEffect(() => {
    segmentBegins();
    arm();
    return () => {
      clearTimeout(timer.current);
      timer.current = undefined;
    };
  });

  const pos = tick.pos;
  const ex = items[pos.index]!;
  const { plan, seg } = pos;

  const togglePause = (): void => {
    if (finished.current) return;
    if (run.running) {
      run.pause();
      setPaused(true);
      hush();
      announce(tr('break.player.paused'));
    } else {
      run.resume();
      setPaused(false);
      announce(tr('break.player.resumed'));
    }
  };
  const openSafety = (): void => {
    if (finished.current) return;
    if (run.running) {
      run.pause();
      setPaused(true);
      hush();
    }
    setSafety(true);
  };
  const closeSafety = (): void => {
    setSafety(false);
    pauseRef.current?.focus();
  };
  const next = (): void => {
    if (finished.current) return;
    setStepOverride(null);
    if (run.next()) finish('partial');
    else redraw(0);
  };
  const stepShown = stepOverride && stepOverride.seg === seg.index ? stepOverride.step : seg.step;
  const pageStep = (delta: number): void => {
    // the segment now (the player may not have redrawn since: a new rep is only a tick)
    tick.read();
    const now = tick.pos.seg;
    const from = stepOverride && stepOverride.seg === now.index ? stepOverride.step : now.step;
    const s = Math.max(0, Math.min(tick.pos.plan.steps - 1, from + delta));
    setStepOverride({ seg: now.index, step: s });
  };

  useKeys(
    safety
      ? {}
      : {
          ' ': togglePause,
          ArrowRight: next,
          ArrowUp: () => pageStep(-1),
          ArrowDown: () => pageStep(1),
          d: () => finish('partial'),
          h: () => finish('stop'),
          '+': () => onLarge(true),
          '=': () => onLarge(true),
          '-': () => onLarge(false),
        },
    {
      force: [' '],
      guarded: ['d', 'h'],
      onIgnored: (k) => setKeyNote(tr('break.player.keyIgnored', { key: k.toUpperCase() })),
    },
  );

  const gettingReady = seg.kind === 'step';

  return (
    <main class={`player${paused ? ' is-paused' : ''}${large ? ' is-large' : ''}`} aria-labelledby="ex-title" data-view={viewKey(pos, stepOverride !== null && stepOverride.seg === seg.index)}>
      <header class="player-head">
        <p class="player-count muted">
          <TimeLeft tick={tick} />
          {' · '}
          {tr('break.player.exerciseOf', { index: pos.index + 1, count: items.length })}
          {seg.sets > 1 && seg.kind !== 'step' ? ` · ${tr('break.player.setOf', { set: seg.set, sets: seg.sets })}` : null}
        </p>
        <Button variant="danger" icon="hand" keyHint={HURTS_KEY} class="hurts" onClick={() => finish('stop')}>
          {tr('break.player.hurts')}
        </Button>
        <h1 id="ex-title">
          <Title text={ex.name} />
        </h1>
        <div class="routine-progress" role="group" aria-label={tr('break.player.progressLabel')}>
          {items.map((it, i) => {
            const label = tr('break.player.progressItem', { name: it.name, state: i < pos.index ? 'done' : i === pos.index ? 'now' : 'later' });
            return i === pos.index ? (
              <CurrentProgress key={it.id} tick={tick} label={label} />
            ) : (
              <span key={it.id} class="progress-slot">
                <Progress class="" value={i < pos.index ? 1 : 0} max={1} label={label} />
              </span>
            );
          })}
        </div>
      </header>

      <div class="player-body">
        <PlayerFigure tick={tick} ex={ex} reduced={reduced} key={`${ex.id}-${reduced ? 's' : 'a'}`} />
        <div class="player-info">
          <StepCard tick={tick} ex={ex} override={stepOverride} onPage={pageStep} />

          <Cue tick={tick} />

          {gettingReady && ex.cautions.length > 0 ? (
            <div class="caution" role="note" aria-label={tr('break.player.caution')}>
              <Icon name="alert" />
              <p>{ex.cautions.join(' ')}</p>
            </div>
          ) : (
            <p class="breathing">
              <Icon name="wind" />
              <span>{ex.breathing}</span>
            </p>
          )}
          {paused && !safety && (
            <p class="paused-note" role="status">
              {tr('break.player.pausedNote', { key: tr('key.space') })}
            </p>
          )}
          {keyNote && (
            <p class="key-note" role="status">
              {keyNote}
            </p>
          )}
        </div>
      </div>

      <div class="controls" role="group" aria-label={tr('break.player.controlsLabel')}>
        <Button buttonRef={pauseRef} variant="primary" icon={paused ? 'play' : 'pause'} keyHint=" " onClick={togglePause}>
          {tr(paused ? 'break.player.resume' : 'break.player.pause')}
        </Button>
        <Button icon="next" keyHint="ArrowRight" onClick={next}>
          {tr(pos.index === items.length - 1 ? 'break.player.finish' : 'break.player.next')}
        </Button>
        <Button variant="quiet" icon="done" class="flip-rtl" keyHint={DONE_KEY} onClick={() => finish('partial')}>
          {tr('break.player.doneForNow')}
        </Button>
        <span class="controls-end">
          <Button variant="quiet" icon="leaf" class="safety-link" title={tr('break.player.safetyTitle')} onClick={openSafety}>
            {tr('break.player.safety')}
          </Button>
          <Button
            variant="quiet"
            icon="zoom"
            keyHint={large ? '-' : '+'}
            aria-pressed={large}
            title={tr(large ? 'break.player.normalTitle' : 'break.player.biggerTitle')}
            onClick={() => onLarge(!large)}
          >
            {tr('break.player.bigger')}
          </Button>
        </span>
      </div>
      {safety && <SafetyPanel exercise={ex} onClose={closeSafety} />}
    </main>
  );
}
