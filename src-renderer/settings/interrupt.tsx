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
import type { MessageId } from '../../src-main/core/i18n/translate';
import { formatNumber } from '../../src-main/core/i18n/intl';
import { intlLocale } from '../shared/format';
import { t } from '../shared/i18n';
import { check, type SettingsModel } from './model';

/** Each detector's switch: its label and what it watches (message ids, read when drawn). */
const DETECTOR_WORDS: Record<Exclude<DetectorKind, 'apps'>, { label: MessageId; hint: MessageId }> = {
  call: { label: 'settings.hold.call.label', hint: 'settings.hold.call.hint' },
  presenting: { label: 'settings.hold.presenting.label', hint: 'settings.hold.presenting.hint' },
  doNotDisturb: { label: 'settings.hold.doNotDisturb.label', hint: 'settings.hold.doNotDisturb.hint' },
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
  // `detail` is the detector's own technical note (from main, in English for now)
  return a.available ? t('settings.hold.uses', { hint: base, detail: a.detail }) : t('settings.hold.unavailable', { hint: base, detail: a.detail });
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
      model.setErrors('holdWhen', [t('settings.holdApps.empty')]);
      return;
    }
    if (holdWhen.apps.some((a) => a.toLowerCase() === name.toLowerCase())) {
      model.setErrors('holdWhen', [t('settings.holdApps.duplicate', { name })]);
      return;
    }
    if (await save([...holdWhen.apps, name], t('settings.saved.holdAppAdded', { name }))) setDraft('');
  };
  const full = holdWhen.apps.length >= MAX_HOLD_APPS;
  return (
    <div class={`field field-apps ${errors ? 'has-error' : ''}`}>
      <div class="field-text">
        <label class="field-label" for="f-holdApps">
          {t('settings.holdApps.label')}
        </label>
        <p class="field-hint" id="f-holdApps-hint">
          {t('settings.holdApps.hint', { max: formatNumber(intlLocale(), MAX_HOLD_APPS) })}
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
          {t('settings.holdApps.add')}
        </Button>
      </div>
      <FieldErrors id="f-holdApps-error" messages={errors} />
      {holdWhen.apps.length > 0 ? (
        <ul class="app-list" aria-label={t('settings.holdApps.listLabel')}>
          {holdWhen.apps.map((name) => (
            <li key={name}>
              <span class="app-name" data-i18n-skip>
                {name}
              </span>
              <Button
                variant="quiet"
                aria-label={t('settings.holdApps.removeLabel', { name })}
                onClick={() => void save(holdWhen.apps.filter((a) => a !== name), t('settings.saved.holdAppRemoved', { name }))}
              >
                {t('settings.holdApps.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted app-empty">{t('settings.holdApps.none')}</p>
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
    void model.save({ holdWhen: next }, t('settings.saved.toggle', { setting: k, state: on ? 'on' : 'off' }));
  };
  const apps = availability('apps');
  return (
    <Section
      id="interrupt"
      title={t('settings.group.interrupt')}
      intro={t('settings.interrupt.intro')}
    >
      <NumberField model={model} name="pauseSeconds" label={t('settings.pauseSeconds.label')} hint={t('settings.pauseSeconds.hint')} />
      <NumberField model={model} name="flexMinutes" label={t('settings.flexMinutes.label')} hint={t('settings.flexMinutes.hint')} />
      <fieldset class="detector-group">
        <legend class="field-label">{t('settings.hold.legend')}</legend>
        {(['call', 'presenting', 'doNotDisturb'] as const).map((k) => {
          const a = availability(k);
          return (
            <div key={k} class={`detector ${a && !a.available ? 'unavailable' : ''}`} data-kind={k}>
              <Switch
                id={`f-hold-${k}`}
                label={t(DETECTOR_WORDS[k].label)}
                hint={detectorHint(t(DETECTOR_WORDS[k].hint), a)}
                checked={hw[k]}
                onChange={(on, input) => toggle(k, on, input)}
              />
            </div>
          );
        })}
      </fieldset>
      <AppList model={model} holdWhen={hw} />
      {apps && !apps.available && <p class="field-hint detector-note">{t('settings.holdApps.unavailable', { detail: apps.detail })}</p>}
      <NumberField
        model={model}
        name="maxHoldMinutes"
        label={t('settings.maxHoldMinutes.label')}
        hint={t('settings.maxHoldMinutes.hint')}
      />
    </Section>
  );
}
