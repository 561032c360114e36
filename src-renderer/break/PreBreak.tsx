// Before the routine: what it holds (names, still drawings, time), Start, Snooze (while
// allowed, with how many are left) and Skip — or, when no routine could be composed, why.
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { bridge, type BreakView } from '../shared/bridge';
import { Button, Icon } from '../shared/components';
import { formatDuration, plural } from '../shared/format';
import { Figure } from './Figure';
import { useKeys } from './keys';
import { buildPlan, describeDose } from './plan';

const POSITION: Record<string, string> = { seated: 'Seated', standing: 'Standing', floor: 'On the floor' };

export function PreBreak({
  view,
  onStart,
  onAct,
}: {
  view: BreakView;
  onStart: () => Promise<string | null>;
  onAct: (type: 'snooze' | 'skip') => Promise<string | null>;
}): JSX.Element {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const items = view.routine.items;
  const seconds = useMemo(() => items.map((ex) => buildPlan(ex).total / 1000), [items]);
  const total = seconds.reduce((a, b) => a + b, 0);
  const canStart = !view.problem && items.length > 0;
  const canSnooze = view.snoozesLeft > 0;

  const run = (fn: () => Promise<string | null>) => async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const reason = await fn();
      if (reason) setError(reason);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
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
            setNote(
              view.trigger === 'manual'
                ? 'This stretch has no snooze — Start it, or Skip it with the button or S.'
                : 'No snoozes left for this break — Start it, or Skip it with the button or S.',
            ),
      s: skip,
    },
    {
      guarded: ['s'],
      onIgnored: () => setNote('S was ignored because it came while typing — press it again to skip, or use the button.'),
    },
  );

  const title = view.problem
    ? 'No routine to show'
    : view.trigger === 'manual'
      ? 'Your stretch'
      : view.trigger === 'snooze'
        ? 'Ready for your stretch?'
        : 'Time to stretch';
  const lead = view.problem
    ? 'Limber could not put a routine together for this break.'
    : `${view.trigger === 'due' ? 'You’ve been sitting a while. ' : ''}${plural(items.length, 'exercise')}, about ${formatDuration(total, true)}.`;

  return (
    <main class="pre" aria-labelledby="pre-title">
      <header class="pre-head">
        <div>
          <h1 id="pre-title">{title}</h1>
          <p class="muted">{lead}</p>
        </div>
        <p class="today-chip">
          <span class="visually-hidden">
            Today: {view.today.done} of {view.today.goal} breaks done
          </span>
          <span aria-hidden="true">
            Today <strong>{view.today.done}</strong>/{view.today.goal}
          </span>
        </p>
      </header>

      {view.problem ? (
        <section class="problem card" role="alert">
          <Icon name="alert" class="icon-large" />
          <div>
            <p>{view.problem}</p>
            <p class="muted">Change it in Settings; for now you can skip this break.</p>
            <Button icon="settings" onClick={() => void bridge().openWindow('settings')}>
              Open Settings
            </Button>
          </div>
        </section>
      ) : (
        <ol class="routine-list" aria-label="This routine">
          {items.map((ex, i) => (
            <li class="routine-item" key={ex.id}>
              <Figure exercise={ex} pose="end" label={null} class="thumb" />
              <div class="routine-text">
                <span class="routine-name">{ex.name}</span>
                <span class="routine-meta">
                  {POSITION[ex.position] ?? ex.position} · {describeDose(ex.dosage)}
                </span>
              </div>
              <span class="routine-time">{formatDuration(seconds[i]!, true)}</span>
            </li>
          ))}
        </ol>
      )}

      {!view.problem && (
        <p class="safety small">
          <Icon name="leaf" /> Move gently, keep breathing, never stretch into pain — and if your back hurts today, rest instead.
        </p>
      )}

      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
      <p class="key-note" role="status">
        {note}
      </p>

      <div class="actions" role="group" aria-label="Break">
        {canStart && (
          <Button variant="primary" icon="play" keyHint="Enter" onClick={start} disabled={busy}>
            Start
          </Button>
        )}
        {canSnooze ? (
          <Button icon="snooze" keyHint="Esc" onClick={snooze} disabled={busy}>
            Snooze {view.snoozeMinutes} min ({view.snoozesLeft} left)
          </Button>
        ) : (
          view.trigger !== 'manual' && view.maxSnoozes > 0 && <span class="muted small no-snoozes">No snoozes left</span>
        )}
        <Button variant="quiet" icon="skip" keyHint="S" onClick={skip} disabled={busy}>
          Skip
        </Button>
      </div>
    </main>
  );
}
