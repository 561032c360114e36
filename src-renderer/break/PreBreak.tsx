// Before the routine: what it holds (names, still drawings, time), Start, Snooze (while
// allowed, with how many are left) and Skip — or, when no routine could be composed, why.
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { bridge, type BreakView } from '../shared/bridge';
import { Button, Icon } from '../shared/components';
import { t } from '../shared/i18n';
import { Figure } from './Figure';
import { useKeys } from './keys';
import { buildPlan } from './plan';
import { describeDose, duration, num, rich, troubleText, type Trouble } from './words';

/** Skip's key: a fixed letter on every keyboard layout (keys.ts), named in the messages as {key}. */
const SKIP_KEY = 'S';

export function PreBreak({
  view,
  onStart,
  onAct,
}: {
  view: BreakView;
  onStart: () => Promise<Trouble | null>;
  onAct: (type: 'snooze' | 'skip') => Promise<Trouble | null>;
}): JSX.Element {
  const [busy, setBusy] = useState(false);
  // kept as data, worded when drawn
  const [error, setError] = useState<Trouble | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const items = view.routine.items;
  const seconds = useMemo(() => items.map((ex) => buildPlan(ex).total / 1000), [items]);
  const total = seconds.reduce((a, b) => a + b, 0);
  const canStart = !view.problem && items.length > 0;
  const canSnooze = view.snoozesLeft > 0;

  const run = (fn: () => Promise<Trouble | null>) => async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const reason = await fn();
      if (reason) setError(reason);
    } catch {
      setError({ code: 'bridge' });
    } finally {
      setBusy(false);
    }
  };
  const start = run(onStart);
  const snooze = run(() => onAct('snooze'));
  const skip = run(() => onAct('skip'));

  // Esc means "not now": it snoozes while it can, and never turns into Skip — once the snoozes
  // are used up it says so. S (skip) ends the break, so it is guarded against stray typing.
  useKeys(
    {
      Enter: canStart ? start : undefined,
      Escape: canSnooze
        ? snooze
        : () =>
            setNote(t(view.trigger === 'manual' ? 'break.pre.noSnoozeManual' : 'break.pre.noSnoozeLeft', { key: SKIP_KEY })),
      s: skip,
    },
    {
      guarded: ['s'],
      onIgnored: () => setNote(t('break.pre.skipIgnored', { key: SKIP_KEY })),
    },
  );

  const title = t('break.pre.title', { kind: view.problem ? 'problem' : view.trigger });
  const lead = view.problem
    ? t('break.pre.problemLead')
    : t('break.pre.lead', { trigger: view.trigger, count: items.length, duration: duration(total, true) });

  return (
    <main class="pre" aria-labelledby="pre-title">
      <header class="pre-head">
        <div>
          <h1 id="pre-title">{title}</h1>
          <p class="muted">{lead}</p>
        </div>
        <p class="today-chip">
          <span class="visually-hidden">{t('break.pre.todayLabel', { done: view.today.done, goal: view.today.goal })}</span>
          <span aria-hidden="true">{rich('break.pre.todayChip', { goal: view.today.goal }, { done: () => <strong>{num(view.today.done)}</strong> })}</span>
        </p>
      </header>

      {view.problem ? (
        <section class="problem card" role="alert">
          <Icon name="alert" class="icon-large" />
          <div>
            <p>{view.problem}</p>
            <p class="muted">{t('break.pre.problemHint')}</p>
            <Button icon="settings" onClick={() => void bridge().openWindow('settings')}>
              {t('break.pre.openSettings')}
            </Button>
          </div>
        </section>
      ) : (
        <ol class="routine-list" aria-label={t('break.pre.routineLabel')}>
          {items.map((ex, i) => (
            <li class="routine-item" key={ex.id}>
              <Figure exercise={ex} pose="end" label={null} class="thumb" />
              <div class="routine-text">
                <span class="routine-name">{ex.name}</span>
                <span class="routine-meta">{t('break.pre.itemMeta', { position: t('break.position', { position: ex.position }), dose: describeDose(ex.dosage) })}</span>
              </div>
              <span class="routine-time">{duration(seconds[i]!, true)}</span>
            </li>
          ))}
        </ol>
      )}

      {!view.problem && (
        <p class="safety small">
          <Icon name="leaf" /> {t('break.pre.safety')}
        </p>
      )}

      {error && (
        <p class="inline-error" role="alert">
          {troubleText(error)}
        </p>
      )}
      <p class="key-note" role="status">
        {note}
      </p>

      <div class="actions" role="group" aria-label={t('break.pre.actionsLabel')}>
        {canStart && (
          <Button variant="primary" icon="play" keyHint="Enter" keyLabel={t('break.key.enter')} onClick={start} disabled={busy}>
            {t('break.pre.start')}
          </Button>
        )}
        {canSnooze ? (
          <Button icon="snooze" keyHint="Esc" onClick={snooze} disabled={busy}>
            {t('break.pre.snooze', { minutes: view.snoozeMinutes, left: view.snoozesLeft })}
          </Button>
        ) : (
          view.trigger !== 'manual' && view.maxSnoozes > 0 && <span class="muted small no-snoozes">{t('break.pre.noSnoozes')}</span>
        )}
        <Button variant="quiet" icon="skip" class="flip-rtl" keyHint={SKIP_KEY} onClick={skip} disabled={busy}>
          {t('break.pre.skip')}
        </Button>
      </div>
    </main>
  );
}
