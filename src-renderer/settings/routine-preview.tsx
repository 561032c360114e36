// "A routine right now": what the composer would build for a break at this moment, with the
// same settings, exclusions and day so far (previewRoutine() on the app). Shuffle asks again;
// it is asked again by itself whenever the settings change.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PreviewResult, SettingsView } from '../../src-main/core/bridge';
import { Button, Icon } from '../shared/components';
import { bridge } from '../shared/bridge';
import { formatDuration } from '../shared/format';
import { Illustration } from './illustration';

/** What of the settings changes a routine: when this string changes, the preview is asked again. */
function routineKey(view: SettingsView | undefined): string {
  if (!view) return '';
  const s = view.settings;
  return JSON.stringify([s.positions, s.routineMinutes, s.excludedExercises]);
}

export function RoutinePreview({ view }: { view: SettingsView | undefined }): JSX.Element {
  const [result, setResult] = useState<PreviewResult | null>(null);
  const [busy, setBusy] = useState(false);
  const seq = useRef(0);
  const key = routineKey(view);

  const load = (): void => {
    const mine = ++seq.current;
    setBusy(true);
    bridge()
      .previewRoutine()
      .then(
        (r) => mine === seq.current && setResult(r),
        (e: unknown) => mine === seq.current && setResult({ ok: false, reason: e instanceof Error ? e.message : String(e) }),
      )
      .finally(() => mine === seq.current && setBusy(false));
  };
  useEffect(() => {
    if (key) load();
  }, [key]);

  return (
    <div class="preview card" aria-labelledby="preview-title" role="region" aria-busy={busy ? 'true' : undefined}>
      <div class="preview-head">
        <div>
          <h3 id="preview-title">A routine right now</h3>
          <p class="field-hint">What Limber would put together if a break started now.</p>
        </div>
        <Button variant="secondary" onClick={load} aria-describedby="preview-title">
          Shuffle
        </Button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {result?.ok ? `Routine: ${result.routine.items.map((ex) => ex.name).join(', ')}; about ${formatDuration(result.routine.totalSeconds, true)}.` : ''}
      </p>
      <div class="preview-body">
        {result === null ? (
          <p class="muted">Putting a routine together…</p>
        ) : result.ok ? (
          <>
            <ol class="preview-list" data-testid="preview-list">
              {result.routine.items.map((ex) => (
                <li key={ex.id} class="preview-item" data-id={ex.id}>
                  <Illustration svg={ex.svg} class="thumb" />
                  <span class="preview-name">{ex.name}</span>
                  <span class="preview-time">{formatDuration(ex.seconds, true)}</span>
                </li>
              ))}
            </ol>
            <p class="preview-total">
              {`${result.routine.items.length} exercises · about ${formatDuration(result.routine.totalSeconds, true)} in all`}
            </p>
          </>
        ) : (
          <p class="preview-problem" role="alert">
            <Icon name="alert" />
            <span>{result.reason}</span>
          </p>
        )}
      </div>
    </div>
  );
}
