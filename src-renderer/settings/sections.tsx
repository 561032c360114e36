// The settings groups of SPEC §2: Schedule, Routine, Notifications & sound, System (Working
// hours and Exercises have their own files). Every control saves on its own.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { POSITIONS, type Position } from '../../src-main/core/settings';
import { bridge } from '../shared/bridge';
import { Button } from '../shared/components';
import { ConfirmDialog } from './confirm';
import { CheckGroup, FieldErrors, NumberField, Section, Switch } from './fields';
import { check, type SettingsModel } from './model';
import { RoutinePreview } from './routine-preview';
import { RoutineSounds } from './sound-safety';
import { POSITION_WORDS } from './words';
import { LanguageField } from './language';

export function ScheduleSection({ model }: { model: SettingsModel }): JSX.Element {
  return (
    <Section id="schedule" title="Schedule" intro="When a break is due, and how much room you have to put it off.">
      <NumberField
        model={model}
        name="sitMinutes"
        label="Break after sitting for"
        hint="How long you sit at the computer before Limber suggests a stretch."
        unit="minutes"
      />
      <NumberField
        model={model}
        name="naturalBreakMinutes"
        label="Away time that counts as a break"
        hint="Away from the keyboard this long and the sitting clock starts over."
        unit="minutes"
      />
      <NumberField
        model={model}
        name="warnSeconds"
        label="Heads-up before a break"
        hint="A quiet notice this long before the break; 0 means no heads-up."
        unit="seconds"
      />
      <NumberField model={model} name="snoozeMinutes" label="Snooze for" hint="How long a snoozed break waits before it comes back." unit="minutes" />
      <NumberField
        model={model}
        name="maxSnoozes"
        label="Snoozes per break"
        hint="After this many, Snooze is no longer offered; 0 means never."
        unit="snoozes"
      />
    </Section>
  );
}

export function PositionsField({
  selected,
  onChange,
  errors,
  id = 'f-positions',
}: {
  selected: readonly Position[];
  onChange: (positions: Position[], changed: Position, on: boolean, input: HTMLInputElement) => void;
  errors?: readonly string[] | undefined;
  id?: string;
}): JSX.Element {
  return (
    <CheckGroup
      id={id}
      legend="Positions"
      hint="Which exercises a routine may use. Pick at least one."
      variant="cards"
      options={POSITIONS.map((p) => ({ value: p, label: POSITION_WORDS[p].name, detail: POSITION_WORDS[p].hint }))}
      selected={selected}
      errors={errors}
      onToggle={(p, on, input) => {
        const next = on ? POSITIONS.filter((x) => x === p || selected.includes(x)) : selected.filter((x) => x !== p);
        onChange(next, p, on, input);
      }}
    />
  );
}

export function RoutineSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const view = model.view;
  if (!view) return null;
  return (
    <Section id="routine" title="Routine" intro="What a break’s guided routine looks like.">
      <NumberField model={model} name="routineMinutes" label="Routine length" hint="About how long each guided routine lasts." unit="minutes" />
      <PositionsField
        selected={view.settings.positions}
        errors={model.errors.positions}
        onChange={(positions, changed, on, input) => {
          const problems = check({ positions });
          if (problems.length) {
            model.setErrors('positions', problems);
            input.checked = !on; // refused: the box goes back
            return;
          }
          void model.save({ positions }, `Saved: ${POSITION_WORDS[changed].name.toLowerCase()} exercises ${on ? 'on' : 'off'}`);
        }}
      />
      <NumberField
        model={model}
        name="dailyGoal"
        label="Daily goal"
        hint="Breaks you aim to finish each day: whole routines, and partly done ones with at least half done. History shows how you’re doing."
        unit="breaks"
      />
      <RoutinePreview view={view} />
    </Section>
  );
}

export function NotificationsSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const s = model.view?.settings;
  if (!s) return null;
  return (
    <Section id="notifications" title="Notifications & sound" intro="How Limber gets your attention.">
      <Switch
        id="f-notifications"
        label="Heads-up notification"
        hint={
          s.warnSeconds === 0
            ? 'A system notification before a break (the heads-up time under Schedule is 0, so none is shown).'
            : `A system notification ${s.warnSeconds >= 60 && s.warnSeconds % 60 === 0 ? `${s.warnSeconds / 60} min` : `${s.warnSeconds} s`} before a break is due.`
        }
        checked={s.notifications}
        errors={model.errors.notifications}
        onChange={(on) => void model.save({ notifications: on }, `Saved: heads-up notification ${on ? 'on' : 'off'}`)}
      />
      <Switch
        id="f-sound"
        label="Chime"
        hint="A soft chime when a break starts and when it ends."
        checked={s.sound}
        errors={model.errors.sound}
        onChange={(on) => void model.save({ sound: on }, `Saved: chime ${on ? 'on' : 'off'}`)}
      />
      <RoutineSounds model={model} />
    </Section>
  );
}

export function SystemSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const [confirming, setConfirming] = useState(false);
  const s = model.view?.settings;
  if (!s) return null;
  const restore = async (): Promise<void> => {
    setConfirming(false);
    await model.run(() => bridge().restoreDefaults(), 'Defaults restored');
  };
  return (
    <Section id="system" title="System" intro="Limber on this computer.">
      <LanguageField model={model} />
      <Switch
        id="f-openAtLogin"
        label="Start Limber when you log in"
        hint="Limber waits quietly in the tray from the moment you log in."
        checked={s.openAtLogin}
        errors={model.errors.openAtLogin}
        onChange={(on) => void model.save({ openAtLogin: on }, `Saved: start at login ${on ? 'on' : 'off'}`)}
      />
      <div class="field field-action">
        <div class="field-text">
          <p class="field-label" id="restore-label">
            Restore defaults
          </p>
          <p class="field-hint" id="restore-hint">
            Every setting back to how Limber came, and every exercise offered again. Your history is kept.
          </p>
        </div>
        <Button variant="secondary" aria-describedby="restore-hint" onClick={() => setConfirming(true)}>
          Restore defaults…
        </Button>
      </div>
      <FieldErrors id="f-general-error" messages={model.errors.general} />
      <ConfirmDialog
        open={confirming}
        title="Restore the default settings?"
        confirmLabel="Restore defaults"
        danger
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {`Break after ${model.view!.defaults.sitMinutes} minutes of sitting, a ${model.view!.defaults.routineMinutes}-minute routine, seated and standing exercises, working hours off — and every exercise you left out will be offered again.`}
        </p>
        <p class="muted">Your history stays as it is. Your sitting clock keeps running.</p>
      </ConfirmDialog>
    </Section>
  );
}
