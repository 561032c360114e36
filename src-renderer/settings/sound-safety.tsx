// Settings: the routine's cue sounds and spoken steps (part of "Notifications & sound"), and the
// Safety group — the safety notes the first run shows, kept one click away here as in every break.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SafetyNote } from '../../src-main/core/bridge';
import { bridge } from '../shared/bridge';
import { Section, Switch } from './fields';
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

const CUES = [
  ['cueHoldEnd', 'Sound at the end of a hold', 'One low, soft note when a hold is over — handy when you face the floor.'],
  ['cueSideSwitch', 'Sound when changing sides', 'Two quick taps when it is time for the other side.'],
  ['cueNextExercise', 'Sound at the next exercise', 'A short rising figure when the next exercise comes up, and one bright note when its get-ready time is over.'],
] as const;

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
          label={label}
          hint={hint}
          checked={s[key]}
          errors={model.errors[key]}
          onChange={(on) => void model.save({ [key]: on }, `Saved: ${label.toLowerCase()} ${on ? 'on' : 'off'}`)}
        />
      ))}
      {speech === 'none' ? (
        <div class="field" id="f-speakSteps-unavailable">
          <div class="field-text">
            <p class="field-label">Read the steps aloud</p>
            <p class="field-hint muted">Not available: this system has no speech synthesis, so the steps are shown but not spoken.</p>
          </div>
        </div>
      ) : (
        <Switch
          id="f-speakSteps"
          label="Read the steps aloud"
          hint={
            speech === 'no-voices'
              ? 'Uses your system’s speech. No voice was found yet: on Linux, install speech-dispatcher with a voice (for example espeak-ng).'
              : 'Each step, the change of side and long holds are spoken with your system’s voice, so you can follow without looking.'
          }
          checked={s.speakSteps}
          errors={model.errors.speakSteps}
          onChange={(on) => void model.save({ speakSteps: on }, `Saved: read the steps aloud ${on ? 'on' : 'off'}`)}
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
      .then(setNotes, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <Section id="safety" title="Safety" intro="Read these before you stretch. The same notes are a click away during every break.">
      {error && <p role="alert">The safety notes could not be loaded: {error}</p>}
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
