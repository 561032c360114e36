// After the routine: what was done, today's progress toward the daily goal, Close — and after
// "Stop — this hurts", the offer never to show that exercise again.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { bridge, type BreakView, type TodayProgress } from '../shared/bridge';
import { Button, Icon, Progress } from '../shared/components';
import { formatDuration, plural } from '../shared/format';
import type { Announce, Ending } from './BreakApp';
import { useKeys } from './keys';

export function EndView({
  view,
  ending,
  today,
  error,
  announce,
  onClose,
}: {
  view: BreakView;
  ending: Ending;
  today: TodayProgress;
  error: string | null;
  announce: Announce;
  onClose: () => Promise<void>;
}): JSX.Element {
  const [excluded, setExcluded] = useState<'no' | 'busy' | 'yes' | { error: string }>('no');
  const closeRef = useRef<HTMLButtonElement>(null);
  const { kind, report, stopped } = ending;
  const names = new Map(view.routine.items.map((e) => [e.id, e.name]));
  const done = report.exercises.map((id) => names.get(id) ?? id);

  const title = kind === 'complete' ? 'Well done' : kind === 'partial' ? 'Good — every bit counts' : 'Stopped — good call';
  const lead =
    kind === 'stop'
      ? `You stopped at “${stopped?.name ?? ''}”. Never push through pain. If it keeps hurting, talk to a doctor or physiotherapist.`
      : report.secondsStretched > 0
        ? `You stretched for ${formatDuration(report.secondsStretched)}.`
        : 'Nothing done this time — that’s fine too.';

  useEffect(() => {
    closeRef.current?.focus();
    announce(`${title}. ${lead}`);
  }, []);

  const exclude = async (): Promise<void> => {
    if (!stopped || excluded !== 'no') return;
    setExcluded('busy');
    try {
      const res = await bridge().setExcluded({ id: stopped.id, excluded: true });
      setExcluded(res.ok ? 'yes' : { error: res.errors.join(' ') });
      announce(res.ok ? `${stopped.name} will not be suggested again.` : 'That did not work.');
    } catch (e) {
      setExcluded({ error: e instanceof Error ? e.message : String(e) });
    }
  };

  useKeys({ Escape: () => void onClose(), Enter: () => void onClose(), n: stopped && excluded === 'no' ? () => void exclude() : undefined });

  const goalMet = today.done >= today.goal;
  return (
    <main class={`end end-${kind}`} aria-labelledby="end-title">
      <header class="end-head">
        <Icon name={kind === 'stop' ? 'hand' : 'check'} class="icon-large end-icon" />
        <div>
          <h1 id="end-title">{title}</h1>
          <p class="muted">{lead}</p>
        </div>
      </header>

      {stopped && (
        <section class="exclude card" aria-labelledby="exclude-title">
          <h2 id="exclude-title" class="question">
            Leave “{stopped.name}” out from now on?
          </h2>
          {excluded === 'yes' ? (
            <p role="status">
              <Icon name="check" /> Done: it won’t be suggested again. You can bring it back in Settings.
            </p>
          ) : (
            <>
              <Button icon="ban" keyHint="N" onClick={exclude} disabled={excluded === 'busy'}>
                Never show this exercise again
              </Button>
              {typeof excluded === 'object' && (
                <p class="inline-error" role="alert">
                  {excluded.error}
                </p>
              )}
            </>
          )}
        </section>
      )}

      {done.length > 0 && (
        <section class="done-list" aria-labelledby="done-title">
          <h2 id="done-title" class="small-heading">
            Done this time
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
          Today
        </h2>
        <p class="today-line">
          <strong>{today.done}</strong> of {plural(today.goal, 'break')}
          {goalMet ? ' — daily goal reached' : ''}
          {today.minutesStretched > 0 ? ` · ${today.minutesStretched} min stretched` : ''}
        </p>
        <Progress value={today.done} max={today.goal} label={`Daily goal: ${today.done} of ${today.goal} breaks`} />
      </section>

      {error && (
        <p class="inline-error" role="alert">
          Limber could not record this break: {error}
        </p>
      )}

      <div class="actions">
        <Button buttonRef={closeRef} variant="primary" icon="close" keyHint="Esc" onClick={() => void onClose()}>
          Close
        </Button>
      </div>
    </main>
  );
}
