// "Don't interrupt me" (SPEC §2, §3.5, §3.12): how long a due break waits for a pause in your
// typing, what holds a break (a call, presenting, do-not-disturb, listed programs), whether each
// detector works on this desktop, and how long a break may be held. Every control saves on its
// own, checked by the core's own rules.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DetectorAvailability, DetectorKind } from '../../src-main/core/busy';
import { MAX_HOLD_APPS, type HoldWhen } from '../../src-main/core/settings';
import { bridge } from '../shared/bridge';
import { Button } from '../shared/components';
import { FieldErrors, NumberField, Section, Switch } from './fields';
import { check, type SettingsModel } from './model';

const DETECTOR_WORDS: Record<Exclude<DetectorKind, 'apps'>, { label: string; hint: string; short: string }> = {
  call: {
    label: 'In a call',
    hint: 'While a microphone or camera is in use.',
    short: 'call detection',
  },
  presenting: {
    label: 'Presenting or full screen',
    hint: 'While you share your screen, present, or have a full-screen window in front.',
    short: 'presenting detection',
  },
  doNotDisturb: {
    label: 'Do not disturb',
    hint: 'While the system’s do-not-disturb or focus mode is on.',
    short: 'do-not-disturb detection',
  },
};

function useDetectors(): DetectorAvailability[] | null {
  const [list, setList] = useState<DetectorAvailability[] | null>(null);
  useEffect(() => {
    let alive = true;
    bridge()
      .getDetectors()
      .then((d) => alive && setList(d))
      .catch(() => alive && setList([]));
    return () => {
      alive = false;
    };
  }, []);
  return list;
}

/** The hint under a detector switch: what it watches, and whether it can work here. */
function detectorHint(base: string, a: DetectorAvailability | undefined): string {
  if (!a) return base;
  return a.available ? `${base} Uses ${a.detail}.` : `${base} Not available on this desktop: ${a.detail}.`;
}

export function AppList({ model, holdWhen }: { model: SettingsModel; holdWhen: HoldWhen }): JSX.Element {
  const [draft, setDraft] = useState('');
  const errors = model.errors.holdWhen;
  const save = async (apps: string[], what: string): Promise<boolean> => {
    const next = { ...holdWhen, apps };
    const problems = check({ holdWhen: next });
    if (problems.length) {
      model.setErrors('holdWhen', problems);
      return false;
    }
    return model.save({ holdWhen: next }, what);
  };
  const add = async (): Promise<void> => {
    const name = draft.trim();
    if (!name) {
      model.setErrors('holdWhen', ['Type the name of a program first (as the system lists it, for example “zoom” or “obs”).']);
      return;
    }
    if (holdWhen.apps.some((a) => a.toLowerCase() === name.toLowerCase())) {
      model.setErrors('holdWhen', [`“${name}” is already on the list.`]);
      return;
    }
    if (await save([...holdWhen.apps, name], `Saved: breaks held while ${name} runs`)) setDraft('');
  };
  const full = holdWhen.apps.length >= MAX_HOLD_APPS;
  return (
    <div class={`field field-apps ${errors ? 'has-error' : ''}`}>
      <div class="field-text">
        <label class="field-label" for="f-holdApps">
          Programs that hold a break
        </label>
        <p class="field-hint" id="f-holdApps-hint">
          {`While one of these runs, a due break waits. Up to ${MAX_HOLD_APPS} program names; the case does not matter.`}
        </p>
      </div>
      <div class="app-add">
        <input
          id="f-holdApps"
          type="text"
          autocomplete="off"
          spellcheck={false}
          maxLength={128}
          value={draft}
          disabled={full}
          aria-describedby={`f-holdApps-hint${errors ? ' f-holdApps-error' : ''}`}
          aria-invalid={errors ? 'true' : undefined}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            if (errors) model.setErrors('holdWhen', []);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        <Button variant="secondary" onClick={() => void add()} disabled={full}>
          Add
        </Button>
      </div>
      <FieldErrors id="f-holdApps-error" messages={errors} />
      {holdWhen.apps.length > 0 ? (
        <ul class="app-list" aria-label="Listed programs">
          {holdWhen.apps.map((name) => (
            <li key={name}>
              <span class="app-name">{name}</span>
              <Button
                variant="quiet"
                aria-label={`Remove ${name}`}
                onClick={() => void save(holdWhen.apps.filter((a) => a !== name), `Saved: ${name} removed`)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted app-empty">No programs yet.</p>
      )}
    </div>
  );
}

export function InterruptSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const detectors = useDetectors();
  const s = model.view?.settings;
  if (!s) return null;
  const hw = s.holdWhen;
  const availability = (k: DetectorKind) => detectors?.find((d) => d.kind === k);
  const toggle = (k: Exclude<DetectorKind, 'apps'>, on: boolean, input: HTMLInputElement): void => {
    const next = { ...hw, [k]: on };
    const problems = check({ holdWhen: next });
    if (problems.length) {
      model.setErrors('holdWhen', problems);
      input.checked = !on;
      return;
    }
    void model.save({ holdWhen: next }, `Saved: ${DETECTOR_WORDS[k].short} ${on ? 'on' : 'off'}`);
  };
  const apps = availability('apps');
  return (
    <Section
      id="interrupt"
      title="Don’t interrupt me"
      intro="A break that comes due while you type waits for a pause, and a break waits while you are busy. Limber only checks when a break is due."
    >
      <NumberField
        model={model}
        name="pauseSeconds"
        label="Wait for a typing pause of"
        hint="A break that comes due while you type appears once you stop for this long; a small notice shows meanwhile."
        unit="seconds"
      />
      <NumberField
        model={model}
        name="flexMinutes"
        label="Wait for the pause at most"
        hint="After this long the break appears anyway; 0 shows it the moment it is due."
        unit="minutes"
      />
      <fieldset class="detector-group">
        <legend class="field-label">Hold a break while you are</legend>
        {(['call', 'presenting', 'doNotDisturb'] as const).map((k) => {
          const a = availability(k);
          return (
            <div key={k} class={`detector ${a && !a.available ? 'unavailable' : ''}`} data-kind={k}>
              <Switch
                id={`f-hold-${k}`}
                label={DETECTOR_WORDS[k].label}
                hint={detectorHint(DETECTOR_WORDS[k].hint, a)}
                checked={hw[k]}
                onChange={(on, input) => toggle(k, on, input)}
              />
            </div>
          );
        })}
      </fieldset>
      <AppList model={model} holdWhen={hw} />
      {apps && !apps.available && <p class="field-hint detector-note">{`Program detection is not available on this desktop: ${apps.detail}.`}</p>}
      <NumberField
        model={model}
        name="maxHoldMinutes"
        label="Hold a break at most"
        hint="After this long a held break comes anyway, and its heads-up says what held it."
        unit="minutes"
      />
    </Section>
  );
}
