// The break window: pre-break view → player → end view, driven by the `break` event and
// `getBreak()` at startup. The outcome is the core's to log; this page only reports what the
// user did through `breakAction`, then shows the end view, which closes itself after a while.
//
// Also kept here for every view: whether the window has keyboard focus (key badges and the
// guard on break-ending letters, see keys.ts), large mode (for stretching a step back from the
// screen; remembered on this computer), and the routine's sound and speech settings.
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SchedulerStatus } from '../../src-main/core/scheduler';
import type { Settings } from '../../src-main/core/settings';
import { bridge, type BreakAction, type BreakView, type ExerciseView, type TodayProgress } from '../shared/bridge';
import { PageError } from '../shared/components';
import { useBridgeEvent } from '../shared/hooks';
import { t } from '../shared/i18n';
import { chime, hush } from './chime';
import type { CueSettings } from './guidance';
import { FocusContext, useWindowFocus, WindowFocus } from './keys';
import { Prompt, type PromptInfo } from './Prompt';
import type { RunReport } from './routine-run';
import type { Trouble } from './words';

type Views = typeof import('./views');
let views: Views | null = null;
let viewsLoading: Promise<Views> | null = null;

/** The break's views (their own chunk, see views.ts): loaded once, the first time asked. */
function loadViews(): Promise<Views> {
  viewsLoading ??= import('./views').then((m) => (views = m));
  return viewsLoading;
}

/** The settings the player follows (read with getSettings, kept fresh by the `settings` event). */
export interface PlayerPrefs extends CueSettings {
  speakSteps: boolean;
}

const DEFAULT_PREFS: PlayerPrefs = { cueHoldEnd: true, cueSideSwitch: true, cueNextExercise: true, speakSteps: false };
const prefsOf = (s: Settings): PlayerPrefs => ({
  cueHoldEnd: s.cueHoldEnd,
  cueSideSwitch: s.cueSideSwitch,
  cueNextExercise: s.cueNextExercise,
  speakSteps: s.speakSteps,
});

const LARGE_KEY = 'limber.break.large';

/** Large mode, remembered on this computer (a display preference, not a setting to sync). */
function useLargeMode(): [boolean, (on: boolean) => void] {
  const [large, setLarge] = useState(() => {
    let on = false;
    try {
      on = localStorage.getItem(LARGE_KEY) === '1';
    } catch {
      // no storage: normal size
    }
    document.documentElement.classList.toggle('large', on); // before the first paint
    return on;
  });
  useEffect(() => {
    document.documentElement.classList.toggle('large', large);
    try {
      localStorage.setItem(LARGE_KEY, large ? '1' : '0');
    } catch {
      // not remembered; still applied
    }
  }, [large]);
  return [large, setLarge];
}

export type EndKind = 'complete' | 'partial' | 'stop';

export interface Ending {
  kind: EndKind;
  report: RunReport;
  /** the exercise the user stopped at ("this hurts") */
  stopped?: ExerciseView;
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'pre'; view: BreakView }
  | { kind: 'player'; view: BreakView }
  | { kind: 'end'; view: BreakView; ending: Ending; today: TodayProgress; status: SchedulerStatus | null; error: Trouble | null };

/** Announces text to screen readers (one polite live region for the whole window). */
export type Announce = (text: string) => void;

/**
 * The window's polite live region, on its own: an announcement re-renders this and nothing else
 * (the running player announces a rep every few seconds; redrawing the whole page for each
 * would undo its once-a-second economy).
 */
function LiveRegion({ setter }: { setter: { current: Announce | null } }): JSX.Element {
  const [live, setLive] = useState('');
  // a changed string is announced again even when the words repeat
  setter.current = (text: string) => setLive((prev) => (prev === text ? `${text}\u00a0` : text));
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {live}
    </div>
  );
}

export function BreakApp(): JSX.Element {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const liveRef = useRef<Announce | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [, setViewsReady] = useState(views !== null);
  // a due break waiting for a pause in the user's typing: the window shows its quiet prompt
  const [prompt, setPrompt] = useState<PromptInfo | null>(null);
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const chimed = useRef<string | null>(null);
  const seq = useRef(0);
  const focus = useMemo(() => new WindowFocus(), []);
  const focused = useWindowFocus(focus);
  const [large, setLarge] = useLargeMode();
  const [prefs, setPrefs] = useState<PlayerPrefs>(DEFAULT_PREFS);

  useEffect(() => focus.attach(), [focus]);
  useEffect(() => {
    document.documentElement.classList.toggle('window-focused', focused);
  }, [focused]);
  useEffect(() => {
    bridge()
      .getSettings()
      .then(
        (v) => setPrefs(prefsOf(v.settings)),
        () => undefined,
      );
  }, []);
  useBridgeEvent('settings', (v) => setPrefs(prefsOf(v.settings)));

  const announce: Announce = useCallback((text: string) => liveRef.current?.(text), []);

  const show = useCallback((view: BreakView | null) => {
    const cur = phaseRef.current;
    if (!view) {
      // the outcome we reported hides the break in the core: the end view stays until Close
      if (cur.kind !== 'end') setPhase({ kind: 'none' });
      return;
    }
    if ((cur.kind === 'player' || cur.kind === 'end') && cur.view.breakId === view.breakId) return;
    if (cur.kind === 'pre' && cur.view.breakId === view.breakId) {
      setPhase({ kind: 'pre', view });
      return;
    }
    setPhase({ kind: 'pre', view });
    if (view.sound && chimed.current !== view.breakId) chime('start');
    chimed.current = view.breakId;
  }, []);

  useBridgeEvent('break', (view) => {
    seq.current++;
    show(view);
  });

  useBridgeEvent('status', (s) => setPrompt(s.status.prompt ?? null));

  useEffect(() => {
    bridge()
      .getStatus()
      .then((s) => setPrompt(s.status.prompt ?? null))
      .catch(() => undefined);
    const mine = seq.current;
    bridge()
      .getBreak()
      .then(
        (view) => {
          if (mine === seq.current) show(view);
        },
        // Electron's rejection reads "Error invoking remote method…": the page says it in its own words
        () => setFatal(t('break.error.bridge')),
      );
  }, []);

  const start = useCallback(async (): Promise<Trouble | null> => {
    const cur = phaseRef.current;
    if (cur.kind !== 'pre') return null;
    const res = await bridge().breakAction({ type: 'start' });
    if (!res.ok) return res.refusal;
    setPhase({ kind: 'player', view: cur.view });
    return null;
  }, []);

  const startFromPrompt = useCallback(async (): Promise<Trouble | null> => {
    const res = await bridge().breakAction({ type: 'prompt' });
    return res.ok ? null : res.refusal;
  }, []);

  const act = useCallback(async (type: 'snooze' | 'skip'): Promise<Trouble | null> => {
    const res = await bridge().breakAction({ type });
    return res.ok ? null : res.refusal;
  }, []);

  const finish = useCallback(async (ending: Ending): Promise<void> => {
    const cur = phaseRef.current;
    if (cur.kind !== 'player') return;
    const { exercises, secondsStretched, fraction } = ending.report;
    hush();
    const action: BreakAction =
      ending.kind === 'complete'
        ? { type: 'complete', exercises, secondsStretched }
        : ending.kind === 'partial'
          ? { type: 'partial', fraction, exercises, secondsStretched }
          : { type: 'stop', exercise: ending.stopped!.id, exercises, secondsStretched };
    setPhase({ kind: 'end', view: cur.view, ending, today: cur.view.today, status: null, error: null });
    if (ending.kind === 'complete' && cur.view.sound) chime('end');
    const res = await bridge()
      .breakAction(action)
      .catch((): { ok: false; refusal: Trouble } => ({ ok: false, refusal: { code: 'bridge' } }));
    const status = await bridge()
      .getStatus()
      .catch(() => null);
    setPhase((p) =>
      p.kind === 'end' && p.view.breakId === cur.view.breakId
        ? { ...p, today: status?.today ?? p.today, status: status?.status ?? null, error: res.ok ? null : res.refusal }
        : p,
    );
  }, []);

  const close = useCallback(async (): Promise<void> => {
    await bridge().closeBreak();
    const next = await bridge().getBreak();
    setPhase(next ? { kind: 'pre', view: next } : { kind: 'none' });
  }, []);

  useEffect(() => {
    // after the idle page is on screen: the views are ready long before the first break
    loadViews().then(
      () => setViewsReady(true),
      (e: unknown) => setFatal(t('break.error.load', { error: e instanceof Error ? e.message : String(e) })),
    );
  }, []);

  // the window's title (taskbar, window switcher) in the page's language; the HTML has the English
  useEffect(() => {
    document.title = t('break.window.title');
  });

  let body: JSX.Element;
  if (fatal) body = <PageError message={fatal} />;
  else if (!views && (phase.kind === 'pre' || phase.kind === 'player' || phase.kind === 'end')) body = <main class="idle" aria-busy="true" />;
  else
    switch (phase.kind) {
      case 'loading':
        body = <main class="idle" aria-busy="true" />;
        break;
      case 'none':
        body = prompt ? (
          <Prompt key={prompt.breakId} prompt={prompt} onStart={startFromPrompt} />
        ) : (
          <main class="idle">
            <h1 class="visually-hidden">{t('break.idle.title')}</h1>
          </main>
        );
        break;
      case 'pre': {
        const { PreBreak } = views!;
        body = <PreBreak key={phase.view.breakId} view={phase.view} onStart={start} onAct={act} />;
        break;
      }
      case 'player': {
        const { Player } = views!;
        body = (
          <Player
            key={phase.view.breakId}
            view={phase.view}
            prefs={prefs}
            large={large}
            onLarge={setLarge}
            announce={announce}
            onFinish={finish}
          />
        );
        break;
      }
      case 'end': {
        const { EndView } = views!;
        body = (
          <EndView
            key={phase.view.breakId}
            view={phase.view}
            ending={phase.ending}
            today={phase.today}
            status={phase.status}
            error={phase.error}
            announce={announce}
            onClose={close}
          />
        );
        break;
      }
    }

  return (
    <FocusContext.Provider value={focus}>
      {body}
      <LiveRegion setter={liveRef} />
    </FocusContext.Provider>
  );
}
