// The first run: three short steps — what Limber does, the safety notes (acknowledged), and
// the reminder interval and positions — then completeFirstRun(patch), after which the app never
// shows it again (`firstRunDone`). "You're set" offers Close and the full settings. The welcome
// step starts with the language (saved at once, like every other setting in Settings).
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SafetyNote } from '../../src-main/core/catalog/safety';
import { formatNumber } from '../../src-main/core/i18n/intl';
import type { ExerciseView } from '../../src-main/core/bridge';
import { POSITIONS, type Position } from '../../src-main/core/settings';
import { bridge } from '../shared/bridge';
import { Button, Icon } from '../shared/components';
import { intlLocale } from '../shared/format';
import { FieldErrors } from './fields';
import { Illustration } from './illustration';
import { LanguageField } from './language';
import { check, type SettingsModel } from './model';
import { PositionsField } from './sections';
import { t } from '../shared/i18n';
import { settingsMessage } from './words';

export const INTERVALS = [30, 45, 60, 90] as const;
// step names are message ids (read with t() when drawn)
const STEPS = ['settings.firstRun.step.welcome', 'settings.firstRun.step.safety', 'settings.firstRun.step.rhythm'] as const;

function StepHeading({ step, title }: { step: number; title: string }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  // each step starts with its heading focused, so a screen reader hears where it is
  useEffect(() => ref.current?.focus(), [step]);
  return (
    <header class="fr-head">
      <p class="fr-step muted" id="fr-step">{t('settings.firstRun.stepOf', { step: formatNumber(intlLocale(), step + 1), steps: formatNumber(intlLocale(), STEPS.length) })}</p>
      <h1 ref={ref} tabIndex={-1} id="fr-title">
        {title}
      </h1>
    </header>
  );
}

function Dots({ step }: { step: number }): JSX.Element {
  return (
    <ol class="fr-dots" aria-label={t('settings.firstRun.progress')}>
      {STEPS.map((name, i) => (
        <li key={name} class={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
          <span class="visually-hidden">{i < step ? t('settings.firstRun.stepDone', { step: t(name) }) : t(name)}</span>
        </li>
      ))}
    </ol>
  );
}

export function FirstRun({ model, onDone }: { model: SettingsModel; onDone: () => void }): JSX.Element {
  const view = model.view!;
  const [step, setStep] = useState(0);
  const [notes, setNotes] = useState<SafetyNote[] | null>(null);
  const [hero, setHero] = useState<ExerciseView | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [ackError, setAckError] = useState(false);
  const [sitMinutes, setSitMinutes] = useState<number>(
    (INTERVALS as readonly number[]).includes(view.settings.sitMinutes) ? view.settings.sitMinutes : 45,
  );
  const [positions, setPositions] = useState<Position[]>(view.settings.positions);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const ackRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    bridge()
      .getSafetyNotes()
      .then(setNotes, () => setNotes([]));
    bridge()
      .getCatalog()
      .then(
        (c) => setHero(c.find((ex) => ex.id === 'seated-rotation') ?? c[0] ?? null),
        () => undefined,
      );
  }, []);

  const finish = async (): Promise<void> => {
    const patch = { sitMinutes, positions };
    const problems = check(patch);
    if (problems.length) {
      setErrors(problems);
      return;
    }
    setBusy(true);
    const ok = await model.run(() => bridge().completeFirstRun(patch), t('settings.saved.firstRun'));
    setBusy(false);
    if (ok) onDone();
    else setErrors([t('settings.firstRun.saveFailed')]);
  };

  const onSubmit = (e: JSX.TargetedEvent<HTMLFormElement>): void => {
    e.preventDefault();
    if (step === 1 && !acknowledged) {
      setAckError(true);
      ackRef.current?.focus();
      return;
    }
    if (step < STEPS.length - 1) setStep(step + 1);
    else void finish();
  };

  return (
    <main class="first-run" aria-labelledby="fr-title">
      <form class="fr-card card" onSubmit={onSubmit} noValidate>
        <Dots step={step} />
        {step === 0 && (
          <>
            <StepHeading step={0} title={t('settings.firstRun.welcome.title')} />
            {/* the language first, for someone the system's language does not suit: choosing
                one saves it and redraws this page in it at once (as in Settings) */}
            <LanguageField model={model} compact />
            <div class="fr-welcome">
              {hero && <Illustration svg={hero.svg} moving class="fr-hero" />}
              <ul class="fr-points">
                <li>
                  <Icon name="snooze" />
                  <span>{t('settings.firstRun.welcome.notices')}</span>
                </li>
                <li>
                  <Icon name="leaf" />
                  <span>{t('settings.firstRun.welcome.offers')}</span>
                </li>
                <li>
                  <Icon name="check" />
                  <span>{t('settings.firstRun.welcome.counts')}</span>
                </li>
              </ul>
            </div>
          </>
        )}
        {step === 1 && (
          <>
            <StepHeading step={1} title={t('settings.firstRun.safety.title')} />
            <p class="muted">{t('settings.firstRun.safety.intro')}</p>
            <ul class="fr-notes">
              {(notes ?? []).map((n) => (
                <li key={n.id} data-id={n.id}>
                  <h2>{n.heading}</h2>
                  <p>{n.text}</p>
                </li>
              ))}
            </ul>
            <label class={`fr-ack ${ackError ? 'has-error' : ''}`}>
              <input
                ref={ackRef}
                type="checkbox"
                checked={acknowledged}
                aria-invalid={ackError ? 'true' : undefined}
                aria-describedby={ackError ? 'fr-ack-error' : undefined}
                onChange={(e) => {
                  setAcknowledged(e.currentTarget.checked);
                  if (e.currentTarget.checked) setAckError(false);
                }}
              />
              <span>{t('settings.firstRun.safety.ack')}</span>
            </label>
            {ackError && <FieldErrors id="fr-ack-error" messages={[t('settings.firstRun.safety.ackError')]} />}
          </>
        )}
        {step === 2 && (
          <>
            <StepHeading step={2} title={t('settings.firstRun.rhythm.title')} />
            <fieldset class="field fr-interval" aria-describedby="fr-interval-hint">
              <legend class="field-label">{t('settings.firstRun.rhythm.legend')}</legend>
              <p id="fr-interval-hint" class="field-hint">
                {t('settings.firstRun.rhythm.hint')}
              </p>
              <div class="segmented">
                {INTERVALS.map((m) => (
                  <label key={m} class="segment">
                    <input type="radio" name="fr-interval" value={m} checked={sitMinutes === m} onChange={() => setSitMinutes(m)} />
                    <span>{t('settings.firstRun.rhythm.minutes', { minutes: formatNumber(intlLocale(), m) })}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <PositionsField
              id="fr-positions"
              selected={positions}
              errors={errors.filter((e) => e.startsWith('positions')).map((m) => settingsMessage(m))}
              onChange={(next, _p, on, input) => {
                const problems = check({ positions: next });
                if (problems.length) {
                  setErrors(problems);
                  input.checked = !on;
                  return;
                }
                setErrors([]);
                setPositions(next);
              }}
            />
            <FieldErrors id="fr-errors" messages={errors.filter((e) => !e.startsWith('positions')).map((m) => settingsMessage(m))} />
          </>
        )}
        <div class="fr-actions">
          {step > 0 ? (
            <Button variant="quiet" onClick={() => setStep(step - 1)}>
              {t('settings.firstRun.back')}
            </Button>
          ) : (
            <span />
          )}
          <Button variant="primary" type="submit" disabled={busy}>
            {step === 0 ? t('settings.firstRun.start') : step === 1 ? t('settings.firstRun.continue') : t('settings.firstRun.finish')}
          </Button>
        </div>
      </form>
    </main>
  );
}

export function AllSet({ model, onShowSettings }: { model: SettingsModel; onShowSettings: () => void }): JSX.Element {
  const s = model.view!.settings;
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  // the positions as a list in the locale's words ("seated and standing"), named as in the settings
  const positions = new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(
    POSITIONS.filter((p) => s.positions.includes(p)).map((p) => t('settings.firstRun.done.position', { position: p })),
  );
  return (
    <main class="first-run" aria-labelledby="fr-done-title">
      <div class="fr-card card fr-done">
        <span class="fr-done-icon" aria-hidden="true">
          <Icon name="check" />
        </span>
        <h1 ref={ref} tabIndex={-1} id="fr-done-title">
          {t('settings.firstRun.done.title')}
        </h1>
        <p>{t('settings.firstRun.done.summary', { minutes: s.sitMinutes, positions })}</p>
        <p class="muted">{t('settings.firstRun.done.more')}</p>
        <div class="fr-actions">
          <Button variant="secondary" onClick={onShowSettings}>
            {t('settings.firstRun.done.openSettings')}
          </Button>
          <Button variant="primary" onClick={() => window.close()}>
            {t('settings.firstRun.done.close')}
          </Button>
        </div>
      </div>
    </main>
  );
}
