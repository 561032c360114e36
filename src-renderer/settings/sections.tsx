// The settings groups of SPEC §2: Schedule, Routine, Notifications & sound, System (Working
// hours and Exercises have their own files). Every control saves on its own.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { formatNumber } from '../../src-main/core/i18n/intl';
import { POSITIONS, type Position } from '../../src-main/core/settings';
import { bridge } from '../shared/bridge';
import { intlLocale } from '../shared/format';
import { Button } from '../shared/components';
import { ConfirmDialog } from './confirm';
import { CheckGroup, FieldErrors, NumberField, Section, Switch } from './fields';
import { check, type SettingsModel } from './model';
import { RoutinePreview } from './routine-preview';
import { RoutineSounds } from './sound-safety';
import { t } from '../shared/i18n';
import { positionHint, positionName } from './words';
import { LanguageField } from './language';

export function ScheduleSection({ model }: { model: SettingsModel }): JSX.Element {
  return (
    <Section id="schedule" title={t('settings.group.schedule')} intro={t('settings.schedule.intro')}>
      <NumberField model={model} name="sitMinutes" label={t('settings.sitMinutes.label')} hint={t('settings.sitMinutes.hint')} />
      <NumberField
        model={model}
        name="naturalBreakMinutes"
        label={t('settings.naturalBreakMinutes.label')}
        hint={t('settings.naturalBreakMinutes.hint')}
      />
      <NumberField model={model} name="warnSeconds" label={t('settings.warnSeconds.label')} hint={t('settings.warnSeconds.hint')} />
      <NumberField model={model} name="snoozeMinutes" label={t('settings.snoozeMinutes.label')} hint={t('settings.snoozeMinutes.hint')} />
      <NumberField model={model} name="maxSnoozes" label={t('settings.maxSnoozes.label')} hint={t('settings.maxSnoozes.hint')} />
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
      legend={t('settings.positions.legend')}
      hint={t('settings.positions.hint')}
      variant="cards"
      options={POSITIONS.map((p) => ({ value: p, label: positionName(p), detail: positionHint(p) }))}
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
    <Section id="routine" title={t('settings.group.routine')} intro={t('settings.routine.intro')}>
      <NumberField model={model} name="routineMinutes" label={t('settings.routineMinutes.label')} hint={t('settings.routineMinutes.hint')} />
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
          void model.save({ positions }, t('settings.saved.position', { position: changed, state: on ? 'on' : 'off' }));
        }}
      />
      <NumberField
        model={model}
        name="dailyGoal"
        label={t('settings.dailyGoal.label')}
        hint={t('settings.dailyGoal.hint')}
      />
      <RoutinePreview view={view} />
    </Section>
  );
}

export function NotificationsSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const s = model.view?.settings;
  if (!s) return null;
  return (
    <Section id="notifications" title={t('settings.group.notifications')} intro={t('settings.notifications.intro')}>
      <Switch
        id="f-notifications"
        label={t('settings.notifications.label')}
        hint={
          s.warnSeconds === 0
            ? t('settings.notifications.hintNone')
            : s.warnSeconds >= 60 && s.warnSeconds % 60 === 0
              ? t('settings.notifications.hintMinutes', { minutes: formatNumber(intlLocale(), s.warnSeconds / 60) })
              : t('settings.notifications.hintSeconds', { seconds: formatNumber(intlLocale(), s.warnSeconds) })
        }
        checked={s.notifications}
        errors={model.errors.notifications}
        onChange={(on) => void model.save({ notifications: on }, t('settings.saved.toggle', { setting: 'notifications', state: on ? 'on' : 'off' }))}
      />
      <Switch
        id="f-sound"
        label={t('settings.sound.label')}
        hint={t('settings.sound.hint')}
        checked={s.sound}
        errors={model.errors.sound}
        onChange={(on) => void model.save({ sound: on }, t('settings.saved.toggle', { setting: 'sound', state: on ? 'on' : 'off' }))}
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
    await model.run(() => bridge().restoreDefaults(), t('settings.saved.defaults'));
  };
  return (
    <Section id="system" title={t('settings.group.system')} intro={t('settings.system.intro')}>
      <LanguageField model={model} />
      <Switch
        id="f-openAtLogin"
        label={t('settings.openAtLogin.label')}
        hint={t('settings.openAtLogin.hint')}
        checked={s.openAtLogin}
        errors={model.errors.openAtLogin}
        onChange={(on) => void model.save({ openAtLogin: on }, t('settings.saved.toggle', { setting: 'openAtLogin', state: on ? 'on' : 'off' }))}
      />
      <div class="field field-action">
        <div class="field-text">
          <p class="field-label" id="restore-label">
            {t('settings.restore.label')}
          </p>
          <p class="field-hint" id="restore-hint">
            {t('settings.restore.hint')}
          </p>
        </div>
        <Button variant="secondary" aria-describedby="restore-hint" onClick={() => setConfirming(true)}>
          {t('settings.restore.open')}
        </Button>
      </div>
      <FieldErrors id="f-general-error" messages={model.errors.general} />
      <ConfirmDialog
        open={confirming}
        title={t('settings.restore.title')}
        confirmLabel={t('settings.restore.confirm')}
        danger
        onConfirm={() => void restore()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {t('settings.restore.what', {
            sitMinutes: model.view!.defaults.sitMinutes,
            routineMinutes: model.view!.defaults.routineMinutes,
          })}
        </p>
        <p class="muted">{t('settings.restore.kept')}</p>
      </ConfirmDialog>
    </Section>
  );
}
