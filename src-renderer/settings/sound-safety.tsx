// Settings: the routine's cue sounds and spoken steps (part of "Notifications & sound"), and the
// Safety group — the safety notes the first run shows, kept one click away here as in every break.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SafetyNote } from '../../src-main/core/bridge';
import { bridge, rejectionText } from '../shared/bridge';
import { Section, Switch } from './fields';
import type { MessageId } from '../../src-main/core/i18n/translate';
import { t } from '../shared/i18n';
import type { SettingsModel } from './model';

type SpeechState = 'none' | 'no-voices' | 'ok';

/** Whether this platform can read steps aloud: the Web Speech API, and at least one voice. */
function useSpeech(): SpeechState {
  const api = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
  const [voices, setVoices] = useState(() => (api ? window.speechSynthesis.getVoices().length : 0));
  useEffect(() => {
    if (!api) return undefined;
    const on = (): void => setVoices(window.speechSynthesis.getVoices().length);
    window.speechSynthesis.addEventListener('voiceschanged', on);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', on);
  }, [api]);
  return !api ? 'none' : voices === 0 ? 'no-voices' : 'ok';
}

/** The cue switches: setting, label and hint (message ids, read when drawn). */
const CUES = [
  ['cueHoldEnd', 'settings.cueHoldEnd.label', 'settings.cueHoldEnd.hint'],
  ['cueSideSwitch', 'settings.cueSideSwitch.label', 'settings.cueSideSwitch.hint'],
  ['cueNextExercise', 'settings.cueNextExercise.label', 'settings.cueNextExercise.hint'],
] as const satisfies readonly (readonly [string, MessageId, MessageId])[];

/** The routine's cues and spoken steps, under the chime in "Notifications & sound". */
export function RoutineSounds({ model }: { model: SettingsModel }): JSX.Element | null {
  const speech = useSpeech();
  const s = model.view?.settings;
  if (!s) return null;
  return (
    <>
      {CUES.map(([key, label, hint]) => (
        <Switch
          key={key}
          id={`f-${key}`}
          label={t(label)}
          hint={t(hint)}
          checked={s[key]}
          errors={model.errors[key]}
          onChange={(on) => void model.save({ [key]: on }, t('settings.saved.toggle', { setting: key, state: on ? 'on' : 'off' }))}
        />
      ))}
      {speech === 'none' ? (
        <div class="field" id="f-speakSteps-unavailable">
          <div class="field-text">
            <p class="field-label">{t('settings.speakSteps.label')}</p>
            <p class="field-hint muted">{t('settings.speakSteps.unavailable')}</p>
          </div>
        </div>
      ) : (
        <Switch
          id="f-speakSteps"
          label={t('settings.speakSteps.label')}
          hint={speech === 'no-voices' ? t('settings.speakSteps.noVoices') : t('settings.speakSteps.hint')}
          checked={s.speakSteps}
          errors={model.errors.speakSteps}
          onChange={(on) => void model.save({ speakSteps: on }, t('settings.saved.toggle', { setting: 'speakSteps', state: on ? 'on' : 'off' }))}
        />
      )}
    </>
  );
}

/** The safety notes (the same the first run asks you to read). */
export function SafetySection(): JSX.Element {
  const [notes, setNotes] = useState<SafetyNote[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    bridge()
      .getSafetyNotes()
      .then(setNotes, (e: unknown) => setError(rejectionText(e)));
  }, []);
  return (
    <Section id="safety" title={t('settings.group.safety')} intro={t('settings.safety.intro')}>
      {error && <p role="alert">{t('settings.safety.loadError', { reason: error })}</p>}
      <ul class="fr-notes safety-notes">
        {(notes ?? []).map((n) => (
          <li key={n.id} data-id={n.id}>
            <h3>{n.heading}</h3>
            <p>{n.text}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
