// Working hours: on/off, the days (Monday first), start and end, and the next working period
// in words. Every change is the whole `workingHours` object, checked by the core before it is
// sent (start before end, at least one day while on); a refused time stays in its box with the
// core's message until it is fixed or Esc brings the saved one back.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { WorkingHours } from '../../src-main/core/settings';
import { CheckGroup, FieldErrors, Section, Switch } from './fields';
import { check, type SettingsModel } from './model';
import { intlLocale } from '../shared/format';
import { t } from '../shared/i18n';
import { nextWorkingPeriodWords, settingsTimeWords, week } from './words';

/** The current wall time, refreshed every half minute (the sentence says "now, until …"). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export function WorkingHoursSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const saved = model.view?.settings.workingHours;
  const [draft, setDraft] = useState<WorkingHours | null>(null);
  const now = useNow();
  if (!saved) return null;
  const wh = draft ?? saved;
  const errors = model.errors.workingHours;

  const apply = async (next: WorkingHours, what: string, input?: HTMLInputElement): Promise<void> => {
    const problems = check({ workingHours: next });
    if (problems.length) {
      model.setErrors('workingHours', problems);
      // a time box keeps what was typed; a checkbox or switch goes back to the saved state
      if (input && input.type === 'time') setDraft(next);
      else if (input) input.checked = !input.checked;
      return;
    }
    setDraft(next);
    const ok = await model.save({ workingHours: next }, what);
    // saved: show what the app keeps; refused: a time stays to be fixed, a switch goes back
    if (ok || input?.type !== 'time') setDraft(null);
  };

  const loc = intlLocale();
  // the days in the order the locale's week runs, with its own names
  const days = week(loc);
  const words = nextWorkingPeriodWords(saved, now, loc);
  const dayList = new Intl.ListFormat(loc, { type: 'unit', style: 'short' }).format(days.filter((d) => saved.days.includes(d.day)).map((d) => d.short));

  return (
    <Section
      id="working-hours"
      title={t('settings.group.workingHours')}
      intro={t('settings.workingHours.intro')}
    >
      <Switch
        id="f-wh-enabled"
        label={t('settings.workingHours.enabled.label')}
        hint={t('settings.workingHours.enabled.hint')}
        checked={wh.enabled}
        onChange={(on, input) => void apply({ ...wh, enabled: on }, t('settings.saved.toggle', { setting: 'workingHours', state: on ? 'on' : 'off' }), input)}
      />
      <CheckGroup
        id="f-wh-days"
        legend={t('settings.workingHours.days.legend')}
        variant="days"
        hint={t('settings.workingHours.days.hint')}
        options={days.map((d) => ({ value: d.day, label: d.short, aria: d.name }))}
        selected={wh.days}
        onToggle={(day, on, input) => {
          const next = on ? [...wh.days, day] : wh.days.filter((d) => d !== day);
          const name = days.find((d) => d.day === day)!.name;
          void apply({ ...wh, days: next }, t('settings.saved.workingDay', { day: name, state: on ? 'on' : 'off' }), input);
        }}
      />
      <fieldset class="field time-range" aria-describedby={errors ? 'f-wh-error' : 'f-wh-times-hint'}>
        <legend class="field-label">{t('settings.workingHours.hours.legend')}</legend>
        <p id="f-wh-times-hint" class="field-hint">
          {t('settings.workingHours.hours.hint')}
        </p>
        <div class="time-inputs">
          {(['start', 'end'] as const).map((which) => (
            <label key={which} class="time-input">
              <span>{which === 'start' ? t('settings.workingHours.start') : t('settings.workingHours.end')}</span>
              <input
                id={`f-wh-${which}`}
                type="time"
                step={60}
                value={wh[which]}
                aria-invalid={errors ? 'true' : undefined}
                onChange={(e) =>
                  void apply(
                    { ...wh, [which]: e.currentTarget.value },
                    t('settings.saved.workingHoursTime', { which, time: settingsTimeWords(e.currentTarget.value, loc) }),
                    e.currentTarget,
                  )
                }
                onKeyDown={(e) => {
                  if (e.key === 'Escape' && draft) {
                    e.preventDefault();
                    setDraft(null);
                    model.setErrors('workingHours', []);
                  }
                }}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <FieldErrors id="f-wh-error" messages={errors} />
      <p class="next-period" id="f-wh-next">
        {!saved.enabled ? (
          <>{t('settings.workingHours.off')}</>
        ) : words ? (
          <>
            <span class="muted">{t('settings.workingHours.next.lead')}</span>
            <strong>{words}</strong>
            <span class="muted">{t('settings.workingHours.next.days', { days: dayList })}</span>
          </>
        ) : (
          <>{t('settings.workingHours.noDays')}</>
        )}
      </p>
    </Section>
  );
}
