// "A routine right now": what the composer would build for a break at this moment, with the
// same settings, exclusions and day so far (previewRoutine() on the app). Shuffle asks again;
// it is asked again by itself whenever the settings change.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PreviewResult, SettingsView } from '../../src-main/core/bridge';
import { Button, Icon } from '../shared/components';
import { bridge, rejectionText } from '../shared/bridge';
import { intlLocale } from '../shared/format';
import { t } from '../shared/i18n';
import { Illustration } from './illustration';
import { durationWords } from './words';

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
        (e: unknown) => mine === seq.current && setResult({ ok: false, reason: rejectionText(e) }),
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
          <h3 id="preview-title">{t('settings.preview.title')}</h3>
          <p class="field-hint">{t('settings.preview.hint')}</p>
        </div>
        <Button variant="secondary" onClick={load} aria-describedby="preview-title">
          {t('settings.preview.shuffle')}
        </Button>
      </div>
      <p class="visually-hidden" aria-live="polite">
        {result?.ok
          ? t('settings.preview.announce', {
              exercises: new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(result.routine.items.map((ex) => ex.name)),
              duration: durationWords(result.routine.totalSeconds),
            })
          : ''}
      </p>
      <div class="preview-body">
        {result === null ? (
          <p class="muted">{t('settings.preview.loading')}</p>
        ) : result.ok ? (
          <>
            <ol class="preview-list" data-testid="preview-list">
              {result.routine.items.map((ex) => (
                <li key={ex.id} class="preview-item" data-id={ex.id}>
                  <Illustration svg={ex.svg} class="thumb" />
                  <span class="preview-name">{ex.name}</span>
                  <span class="preview-time">{durationWords(ex.seconds)}</span>
                </li>
              ))}
            </ol>
            <p class="preview-total">
              {t('settings.preview.total', { count: result.routine.items.length, duration: durationWords(result.routine.totalSeconds) })}
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
