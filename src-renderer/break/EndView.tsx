// After the routine: what was done — in words that match it (SPEC §3.6: the whole routine, part
// of it with the share done by time, or nothing) and whether it counts toward the daily goal
// (§2: a partial break counts once at least half is done) — today's progress, when the next
// break comes, Close; and after "Stop — this hurts", the offer never to show that exercise
// again. The view closes itself after AUTO_CLOSE_SECONDS (an always-on-top window must not wait
// for a click), paused while the pointer is over it or the user works it with the keyboard.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SchedulerStatus } from '../../src-main/core/scheduler';
import { bridge, type BreakView, type TodayProgress } from '../shared/bridge';
import { Button, Icon, Progress } from '../shared/components';
import { t } from '../shared/i18n';
import type { Announce, Ending } from './BreakApp';
import { AUTO_CLOSE_SECONDS, AUTO_CLOSE_STOP_SECONDS, endWords, nextBreakWords } from './end-words';
import { useKeys } from './keys';
import { num, rich, troubleText, type Trouble } from './words';

/** The fixed letter of "never show this exercise again" (keys.ts: the same on every layout). */
const EXCLUDE_KEY = 'N';

export function EndView({
  view,
  ending,
  today,
  status,
  error,
  announce,
  onClose,
}: {
  view: BreakView;
  ending: Ending;
  today: TodayProgress;
  status: SchedulerStatus | null;
  error: Trouble | null;
  announce: Announce;
  onClose: () => Promise<void>;
}): JSX.Element {
  const [excluded, setExcluded] = useState<'no' | 'busy' | 'yes' | 'failed'>('no');
  const closeRef = useRef<HTMLButtonElement>(null);
  const { kind, report, stopped } = ending;
  const names = new Map(view.routine.items.map((e) => [e.id, e.name]));
  const done = report.exercises.map((id) => names.get(id) ?? id);

  const { title, lead, icon } = endWords({ kind, report, ...(stopped ? { stoppedName: stopped.name } : {}) });
  const next = nextBreakWords(status);

  useEffect(() => {
    closeRef.current?.focus();
    announce(t('break.end.announce', { title, lead }));
  }, []);

  // closing by itself: a countdown that stops while the user is here
  const [hovered, setHovered] = useState(false);
  const [engaged, setEngaged] = useState(false);
  const total = kind === 'stop' && excluded === 'no' ? AUTO_CLOSE_STOP_SECONDS : AUTO_CLOSE_SECONDS;
  const [elapsed, setElapsed] = useState(0);
  const held = hovered || engaged || excluded === 'busy';
  const leftS = Math.max(0, total - elapsed);
  useEffect(() => {
    if (held) return undefined;
    if (leftS <= 0) {
      void onClose();
      return undefined;
    }
    const id = setTimeout(() => setElapsed((e) => e + 1), 1000);
    return () => clearTimeout(id);
  }, [held, leftS]);

  const exclude = async (): Promise<void> => {
    if (!stopped || excluded !== 'no') return;
    setExcluded('busy');
    try {
      const res = await bridge().setExcluded({ id: stopped.id, excluded: true });
      // a refusal's own text is the settings' (a field name, or the app's words for a failed
      // save): the end view says what it means here, in the page's language
      setExcluded(res.ok ? 'yes' : 'failed');
      announce(res.ok ? t('break.end.excludedAnnounce', { name: stopped.name }) : t('break.end.excludeFailed'));
    } catch {
      setExcluded('failed'); // the call itself failed (Electron's English frame): the same words
      announce(t('break.end.excludeFailed'));
    }
    setElapsed(0); // time to read the answer before the view closes
  };

  useKeys(
    { Escape: () => void onClose(), Enter: () => void onClose(), n: stopped && excluded === 'no' ? () => void exclude() : undefined },
    { guarded: ['n'] },
  );

  const goalMet = today.done >= today.goal;
  return (
    <main
      class={`end end-${kind}`}
      aria-labelledby="end-title"
      // a pointer moving over the view holds it (not one merely resting where the user clicked
      // "Done for now" before walking away: layout changes under it move nothing)
      onPointerMove={(e) => {
        if (e.movementX !== 0 || e.movementY !== 0) setHovered(true);
      }}
      onPointerLeave={() => setHovered(false)}
      onKeyDown={(e) => {
        // working the view with the keyboard (Tab to a control) keeps it open
        if (e.key === 'Tab') setEngaged(true);
      }}
    >
      <header class="end-head">
        <Icon name={icon} class={`icon-large end-icon end-icon-${icon}`} />
        <div>
          <h1 id="end-title">{title}</h1>
          <p class="muted">{lead}</p>
        </div>
      </header>

      {stopped && (
        <section class="exclude card" aria-labelledby="exclude-title">
          <h2 id="exclude-title" class="question">
            {t('break.end.excludeQuestion', { name: stopped.name })}
          </h2>
          {excluded === 'yes' ? (
            <p role="status">
              <Icon name="check" /> {t('break.end.excluded')}
            </p>
          ) : (
            <>
              <Button icon="ban" keyHint={EXCLUDE_KEY} onClick={exclude} disabled={excluded === 'busy'}>
                {t('break.end.exclude')}
              </Button>
              {excluded === 'failed' && (
                <p class="inline-error" role="alert">
                  {t('break.end.excludeError', { name: stopped.name })}
                </p>
              )}
            </>
          )}
        </section>
      )}

      {done.length > 0 && (
        <section class="done-list" aria-labelledby="done-title">
          <h2 id="done-title" class="small-heading">
            {t('break.end.doneTitle')}
          </h2>
          <ul>
            {done.map((n) => (
              <li key={n}>
                <Icon name="check" /> {n}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="today card" aria-labelledby="today-title">
        <h2 id="today-title" class="small-heading">
          {t('break.end.todayTitle')}
        </h2>
        <p class="today-line">
          {rich('break.end.todayLine', { goal: today.goal, met: goalMet ? 'yes' : 'no' }, { done: () => <strong>{num(today.done)}</strong> })}
          {today.minutesStretched > 0 ? ` · ${t('break.end.minutesStretched', { minutes: today.minutesStretched })}` : ''}
        </p>
        <Progress value={today.done} max={today.goal} label={t('break.end.goalLabel', { done: today.done, goal: today.goal })} />
      </section>

      {error && (
        <p class="inline-error" role="alert">
          {t('break.end.recordFailed', { error: troubleText(error) })}
        </p>
      )}

      <div class="actions">
        <Button buttonRef={closeRef} variant="primary" icon="close" keyHint="Esc" onClick={() => void onClose()}>
          {t('break.end.close')}
        </Button>
        <p class="auto-close muted small">
          {next && <span class="next-break">{next} </span>}
          <span class="closes-in">{held ? t('break.end.staysOpen') : t('break.end.closesIn', { seconds: leftS })}</span>
        </p>
      </div>
    </main>
  );
}
