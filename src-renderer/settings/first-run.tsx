// The first run: three short steps — what Limber does, the safety notes (acknowledged), and
// the reminder interval and positions — then completeFirstRun(patch), after which the app never
// shows it again (`firstRunDone`). "You're set" offers Close and the full settings.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SafetyNote } from '../../src-main/core/catalog/safety';
import type { ExerciseView } from '../../src-main/core/bridge';
import { POSITIONS, type Position } from '../../src-main/core/settings';
import { bridge } from '../shared/bridge';
import { Button, Icon } from '../shared/components';
import { FieldErrors } from './fields';
import { Illustration } from './illustration';
import { check, type SettingsModel } from './model';
import { PositionsField } from './sections';
import { settingsMessage } from './words';

export const INTERVALS = [30, 45, 60, 90] as const;
const STEPS = ['Welcome', 'Stay safe', 'Your rhythm'] as const;

function StepHeading({ step, title }: { step: number; title: string }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  // each step starts with its heading focused, so a screen reader hears where it is
  useEffect(() => ref.current?.focus(), [step]);
  return (
    <header class="fr-head">
      <p class="fr-step muted" id="fr-step">{`Step ${step + 1} of ${STEPS.length}`}</p>
      <h1 ref={ref} tabIndex={-1} id="fr-title">
        {title}
      </h1>
    </header>
  );
}

function Dots({ step }: { step: number }): JSX.Element {
  return (
    <ol class="fr-dots" aria-label="Progress">
      {STEPS.map((name, i) => (
        <li key={name} class={i === step ? 'current' : i < step ? 'done' : ''} aria-current={i === step ? 'step' : undefined}>
          <span class="visually-hidden">{`${name}${i < step ? ' (done)' : ''}`}</span>
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
    const ok = await model.run(() => bridge().completeFirstRun(patch), 'Saved: you’re all set');
    setBusy(false);
    if (ok) onDone();
    else setErrors(['Your choices could not be saved. Try again, or close this window and change them later in Settings.']);
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
            <StepHeading step={0} title="Welcome to Limber" />
            <div class="fr-welcome">
              {hero && <Illustration svg={hero.svg} moving class="fr-hero" />}
              <ul class="fr-points">
                <li>
                  <Icon name="snooze" />
                  <span>Limber notices how long you’ve been sitting at the computer.</span>
                </li>
                <li>
                  <Icon name="leaf" />
                  <span>When it’s been too long, it offers a short guided stretch you can do at your desk — about two minutes.</span>
                </li>
                <li>
                  <Icon name="check" />
                  <span>Step away on your own and it counts as a break. It lives in the tray and stays out of your way.</span>
                </li>
              </ul>
            </div>
          </>
        )}
        {step === 1 && (
          <>
            <StepHeading step={1} title="Stretch safely" />
            <p class="muted">Please read these once. They are also a click away during every break.</p>
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
              <span>I’ve read this. I’ll go gently and stop if anything hurts.</span>
            </label>
            {ackError && <FieldErrors id="fr-ack-error" messages={['Please tick the box to show you’ve read the safety notes.']} />}
          </>
        )}
        {step === 2 && (
          <>
            <StepHeading step={2} title="Your rhythm" />
            <fieldset class="field fr-interval" aria-describedby="fr-interval-hint">
              <legend class="field-label">Remind me to stretch after sitting for</legend>
              <p id="fr-interval-hint" class="field-hint">
                You can change this any time from the tray icon or in Settings.
              </p>
              <div class="segmented">
                {INTERVALS.map((m) => (
                  <label key={m} class="segment">
                    <input type="radio" name="fr-interval" value={m} checked={sitMinutes === m} onChange={() => setSitMinutes(m)} />
                    <span>{`${m} min`}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <PositionsField
              id="fr-positions"
              selected={positions}
              errors={errors.filter((e) => e.startsWith('positions')).map(settingsMessage)}
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
            <FieldErrors id="fr-errors" messages={errors.filter((e) => !e.startsWith('positions')).map(settingsMessage)} />
          </>
        )}
        <div class="fr-actions">
          {step > 0 ? (
            <Button variant="quiet" onClick={() => setStep(step - 1)}>
              Back
            </Button>
          ) : (
            <span />
          )}
          <Button variant="primary" type="submit" disabled={busy}>
            {step === 0 ? 'Get started' : step === 1 ? 'Continue' : 'Start using Limber'}
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
  const positions = POSITIONS.filter((p) => s.positions.includes(p)).join(' and ');
  return (
    <main class="first-run" aria-labelledby="fr-done-title">
      <div class="fr-card card fr-done">
        <span class="fr-done-icon" aria-hidden="true">
          <Icon name="check" />
        </span>
        <h1 ref={ref} tabIndex={-1} id="fr-done-title">
          You’re set
        </h1>
        <p>{`Limber is in your tray. After ${s.sitMinutes} minutes of sitting it will offer a short ${positions} routine.`}</p>
        <p class="muted">Everything else — working hours, snoozes, which exercises — is in Settings whenever you want it.</p>
        <div class="fr-actions">
          <Button variant="secondary" onClick={onShowSettings}>
            Open all settings
          </Button>
          <Button variant="primary" onClick={() => window.close()}>
            Close
          </Button>
        </div>
      </div>
    </main>
  );
}
