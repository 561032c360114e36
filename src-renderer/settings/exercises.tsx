// Exercise preferences: the catalog with its drawings, filters (position, area, focus, offered
// or not), a switch per exercise to offer it in routines or not, why one is not offered
// ("Stopped for discomfort on 3 March") and a way to bring it back. The data comes from the app
// (getCatalog); exclusions are kept by the app (setExcluded), which remembers why.
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExerciseView } from '../../src-main/core/bridge';
import { formatNumber } from '../../src-main/core/i18n/intl';
import { USER_EQUIPMENT, type Position, type UserEquipment } from '../../src-main/core/settings';
import { bridge, rejectionText } from '../shared/bridge';
import { Button } from '../shared/components';
import { intlLocale } from '../shared/format';
import { t } from '../shared/i18n';
import { CheckGroup, Section } from './fields';
import { Illustration } from './illustration';
import type { SettingsModel } from './model';
import { areaWords, durationWords, equipmentName, exclusionWords, focusName, ownedEquipmentHint, ownedEquipmentName, positionName } from './words';

type Show = 'all' | 'offered' | 'excluded';

interface Filters {
  position: Position | '';
  area: string;
  focus: string;
  show: Show;
}

const NO_FILTERS: Filters = { position: '', area: '', focus: '', show: 'all' };

function useCatalog(): { catalog: ExerciseView[] | null; error: string | null } {
  const [catalog, setCatalog] = useState<ExerciseView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    bridge()
      .getCatalog()
      .then(setCatalog, (e: unknown) => setError(rejectionText(e)));
  }, []);
  return { catalog, error };
}

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (v: string) => void;
}): JSX.Element {
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the user has at hand; routines never use an exercise that needs anything else. */
export function EquipmentField({ model }: { model: SettingsModel }): JSX.Element | null {
  const view = model.view;
  if (!view) return null;
  const selected = view.settings.equipment;
  return (
    <CheckGroup<UserEquipment>
      id="f-equipment"
      legend={t('settings.equipment.legend')}
      hint={t('settings.equipment.hint')}
      options={USER_EQUIPMENT.map((e) => ({ value: e, label: ownedEquipmentName(e), detail: ownedEquipmentHint(e) }))}
      selected={selected}
      errors={model.errors.equipment}
      onToggle={(item, on) => {
        const equipment = on ? USER_EQUIPMENT.filter((e) => e === item || selected.includes(e)) : selected.filter((e) => e !== item);
        void model.save({ equipment }, t('settings.saved.equipment', { equipment: item, state: on ? 'on' : 'off' }));
      }}
    />
  );
}

export function ExercisesSection({ model }: { model: SettingsModel }): JSX.Element | null {
  const { catalog, error } = useCatalog();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [moving, setMoving] = useState<string | null>(null);
  const view = model.view;
  const now = Date.now();

  // areas in the order of their names in the active language
  const loc = intlLocale();
  const areas = useMemo(() => {
    const collator = new Intl.Collator(loc);
    return [...new Set((catalog ?? []).flatMap((ex) => ex.areas))].map((a) => ({ value: a, label: areaWords(a) })).sort((a, b) => collator.compare(a.label, b.label));
  }, [catalog, loc]);
  const foci = useMemo(() => [...new Set((catalog ?? []).map((ex) => ex.focus))], [catalog]);

  if (!view) return null;
  const excluded = new Map(view.exclusions.map((x) => [x.id, x]));
  const byId = new Map((catalog ?? []).map((ex) => [ex.id, ex]));

  const setExcluded = (ex: { id: string; name: string }, exclude: boolean): void => {
    void model.run(
      () => bridge().setExcluded({ id: ex.id, excluded: exclude }),
      exclude ? t('settings.saved.excluded', { name: ex.name }) : t('settings.saved.included', { name: ex.name }),
      'excludedExercises',
    );
  };

  const shown = (catalog ?? []).filter(
    (ex) =>
      (!filters.position || ex.position === filters.position) &&
      (!filters.area || ex.areas.includes(filters.area as never)) &&
      (!filters.focus || ex.focus === filters.focus) &&
      (filters.show === 'all' || (filters.show === 'excluded') === excluded.has(ex.id)),
  );
  const set = (patch: Partial<Filters>): void => setFilters({ ...filters, ...patch });

  return (
    <Section
      id="exercises"
      title={t('settings.group.exercises')}
      intro={t('settings.exercises.intro')}
    >
      <EquipmentField model={model} />
      <div class="excluded-summary card" role="region" aria-labelledby="excluded-title">
        <h3 id="excluded-title">{t('settings.exercises.notOffered', { count: view.exclusions.length })}</h3>
        {view.exclusions.length === 0 ? (
          <p class="muted">{t('settings.exercises.noneLeftOut')}</p>
        ) : (
          <ul class="excluded-list">
            {view.exclusions.map((x) => {
              const name = byId.get(x.id)?.name ?? x.id;
              return (
                <li key={x.id} data-id={x.id}>
                  <span class="excluded-name">{name}</span>
                  <span class={`excluded-why ${x.reason === 'stopped' ? 'stopped' : ''}`}>{exclusionWords(x, now)}</span>
                  <Button
                    variant="quiet"
                    class="bring-back"
                    aria-label={t('settings.exercises.bringBackName', { name })}
                    onClick={() => setExcluded({ id: x.id, name }, false)}
                  >
                    {t('settings.exercises.bringBack')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div class="filters" role="group" aria-label={t('settings.filter.label')}>
        <Select
          id="filter-position"
          label={t('settings.filter.position')}
          value={filters.position}
          onChange={(v) => set({ position: v as Position | '' })}
          options={[{ value: '', label: t('settings.filter.anyPosition') }, ...(['seated', 'standing', 'floor'] as const).map((p) => ({ value: p, label: positionName(p) }))]}
        />
        <Select
          id="filter-area"
          label={t('settings.filter.area')}
          value={filters.area}
          onChange={(v) => set({ area: v })}
          options={[{ value: '', label: t('settings.filter.anyArea') }, ...areas]}
        />
        <Select
          id="filter-focus"
          label={t('settings.filter.focus')}
          value={filters.focus}
          onChange={(v) => set({ focus: v })}
          options={[{ value: '', label: t('settings.filter.anyFocus') }, ...foci.map((f) => ({ value: f, label: focusName(f) }))]}
        />
        <Select
          id="filter-show"
          label={t('settings.filter.show')}
          value={filters.show}
          onChange={(v) => set({ show: v as Show })}
          options={[
            { value: 'all', label: t('settings.filter.all') },
            { value: 'offered', label: t('settings.filter.offered') },
            { value: 'excluded', label: t('settings.filter.excluded') },
          ]}
        />
      </div>
      <p class="filter-count muted" aria-live="polite" id="exercise-count">
        {catalog ? t('settings.exercises.showing', { shown: formatNumber(loc, shown.length), total: catalog.length }) : error ? '' : t('settings.exercises.loading')}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {t('settings.exercises.loadError', { reason: error })}
        </p>
      )}
      {catalog && shown.length === 0 && (
        <div class="empty">
          <p>{t('settings.exercises.noMatch')}</p>
          <Button variant="secondary" onClick={() => setFilters(NO_FILTERS)}>
            {t('settings.filter.clear')}
          </Button>
        </div>
      )}
      <ul class="exercise-grid" aria-label={t('settings.exercises.listLabel')}>
        {shown.map((ex) => {
          const x = excluded.get(ex.id);
          const positionOff = !view.settings.positions.includes(ex.position);
          const id = `ex-${ex.id}`;
          return (
            <li
              key={ex.id}
              class={`exercise card ${x ? 'is-excluded' : ''}`}
              data-id={ex.id}
              onMouseEnter={() => setMoving(ex.id)}
              onMouseLeave={() => setMoving((m) => (m === ex.id ? null : m))}
              onFocusIn={() => setMoving(ex.id)}
              onFocusOut={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setMoving((m) => (m === ex.id ? null : m));
              }}
            >
              <Illustration svg={ex.svg} moving={moving === ex.id} />
              <div class="exercise-body">
                <h3 id={`${id}-name`}>{ex.name}</h3>
                <p class="exercise-meta">
                  {t('settings.exercises.meta', {
                    position: positionName(ex.position),
                    focus: focusName(ex.focus),
                    equipment: equipmentName(ex.equipment),
                    duration: durationWords(ex.seconds),
                  })}
                </p>
                <p class="exercise-areas">
                  <span class="visually-hidden">{t('settings.exercises.works')}</span>
                  {ex.areas.map((a) => (
                    <span key={a} class="chip">
                      {areaWords(a)}
                    </span>
                  ))}
                </p>
                {x && <p class={`exercise-why ${x.reason === 'stopped' ? 'stopped' : ''}`}>{exclusionWords(x, now)}</p>}
                {!x && positionOff && (
                  <p class="exercise-why">{t('settings.exercises.positionOff', { position: positionName(ex.position) })}</p>
                )}
                {!x && !positionOff && ex.equipment !== 'none' && !view.settings.equipment.includes(ex.equipment) && (
                  <p class="exercise-why">{t('settings.exercises.needs', { equipment: ex.equipment })}</p>
                )}
                <div class="exercise-actions">
                  <label class="switch-label" for={`${id}-offer`}>
                    {t('settings.exercises.offer')}
                  </label>
                  <input
                    id={`${id}-offer`}
                    type="checkbox"
                    role="switch"
                    class="switch"
                    checked={!x}
                    aria-label={t('settings.exercises.offerName', { name: ex.name })}
                    onChange={() => setExcluded(ex, !x)}
                  />
                </div>
                <details class="exercise-how">
                  <summary aria-label={t('settings.exercises.howName', { name: ex.name })}>
                    {t('settings.exercises.how')}
                  </summary>
                  <ol>
                    {ex.steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ol>
                  <p class="small">
                    <strong>{t('settings.exercises.breathing')}</strong>
                    {ex.breathing}
                  </p>
                  {ex.cautions.length > 0 && (
                    <ul class="small cautions">
                      {ex.cautions.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  )}
                </details>
              </div>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
