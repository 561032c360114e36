// Exercise preferences: the catalog with its drawings, filters (position, area, focus, offered
// or not), a switch per exercise to offer it in routines or not, why one is not offered
// ("Stopped for discomfort on 3 March") and a way to bring it back. The data comes from the app
// (getCatalog); exclusions are kept by the app (setExcluded), which remembers why.
import type { JSX } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExerciseView } from '../../src-main/core/bridge';
import { USER_EQUIPMENT, type Position, type UserEquipment } from '../../src-main/core/settings';
import { bridge } from '../shared/bridge';
import { Button } from '../shared/components';
import { formatDuration } from '../shared/format';
import { CheckGroup, Section } from './fields';
import { Illustration } from './illustration';
import type { SettingsModel } from './model';
import { areaWords, EQUIPMENT_WORDS, exclusionWords, FOCUS_WORDS, OWNED_EQUIPMENT_WORDS, POSITION_WORDS } from './words';

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
      .then(setCatalog, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
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
      legend="What you have"
      hint="Routines only use exercises you can do with these. Exercises that need nothing are always possible."
      options={USER_EQUIPMENT.map((e) => ({ value: e, label: OWNED_EQUIPMENT_WORDS[e].name, detail: OWNED_EQUIPMENT_WORDS[e].hint }))}
      selected={selected}
      errors={model.errors.equipment}
      onToggle={(item, on) => {
        const equipment = on ? USER_EQUIPMENT.filter((e) => e === item || selected.includes(e)) : selected.filter((e) => e !== item);
        void model.save({ equipment }, `Saved: ${OWNED_EQUIPMENT_WORDS[item].name.toLowerCase()} ${on ? 'on' : 'off'}`);
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

  const areas = useMemo(() => [...new Set((catalog ?? []).flatMap((ex) => ex.areas))].sort(), [catalog]);
  const foci = useMemo(() => [...new Set((catalog ?? []).map((ex) => ex.focus))], [catalog]);

  if (!view) return null;
  const excluded = new Map(view.exclusions.map((x) => [x.id, x]));
  const byId = new Map((catalog ?? []).map((ex) => [ex.id, ex]));

  const setExcluded = (ex: { id: string; name: string }, exclude: boolean): void => {
    void model.run(
      () => bridge().setExcluded({ id: ex.id, excluded: exclude }),
      exclude ? `Saved: ${ex.name} will not be offered` : `Saved: ${ex.name} is offered again`,
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
      title="Exercises"
      intro="Choose which exercises Limber may offer. Routines only use the positions you picked under Routine."
    >
      <EquipmentField model={model} />
      <div class="excluded-summary card" role="region" aria-labelledby="excluded-title">
        <h3 id="excluded-title">{view.exclusions.length ? `Not offered (${view.exclusions.length})` : 'Not offered'}</h3>
        {view.exclusions.length === 0 ? (
          <p class="muted">You haven’t left any exercise out. Turn one off below, or stop one during a break, and it shows here.</p>
        ) : (
          <ul class="excluded-list">
            {view.exclusions.map((x) => {
              const name = byId.get(x.id)?.name ?? x.id;
              return (
                <li key={x.id} data-id={x.id}>
                  <span class="excluded-name">{name}</span>
                  <span class={`excluded-why ${x.reason === 'stopped' ? 'stopped' : ''}`}>{exclusionWords(x, now)}</span>
                  <Button variant="quiet" class="bring-back" onClick={() => setExcluded({ id: x.id, name }, false)}>
                    Bring back<span class="visually-hidden">{` ${name}`}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>

      <div class="filters" role="group" aria-label="Filter exercises">
        <Select
          id="filter-position"
          label="Position"
          value={filters.position}
          onChange={(v) => set({ position: v as Position | '' })}
          options={[{ value: '', label: 'Any position' }, ...(['seated', 'standing', 'floor'] as const).map((p) => ({ value: p, label: POSITION_WORDS[p].name }))]}
        />
        <Select
          id="filter-area"
          label="Body area"
          value={filters.area}
          onChange={(v) => set({ area: v })}
          options={[{ value: '', label: 'Any area' }, ...areas.map((a) => ({ value: a, label: areaWords(a) }))]}
        />
        <Select
          id="filter-focus"
          label="Focus"
          value={filters.focus}
          onChange={(v) => set({ focus: v })}
          options={[{ value: '', label: 'Any focus' }, ...foci.map((f) => ({ value: f, label: FOCUS_WORDS[f] ?? f }))]}
        />
        <Select
          id="filter-show"
          label="Show"
          value={filters.show}
          onChange={(v) => set({ show: v as Show })}
          options={[
            { value: 'all', label: 'All exercises' },
            { value: 'offered', label: 'Offered' },
            { value: 'excluded', label: 'Not offered' },
          ]}
        />
      </div>
      <p class="filter-count muted" aria-live="polite" id="exercise-count">
        {catalog ? `Showing ${shown.length} of ${catalog.length} exercises` : error ? '' : 'Loading exercises…'}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {`The exercises could not be loaded: ${error}`}
        </p>
      )}
      {catalog && shown.length === 0 && (
        <div class="empty">
          <p>No exercise matches these filters.</p>
          <Button variant="secondary" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </Button>
        </div>
      )}
      <ul class="exercise-grid" aria-label="Exercises">
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
                  {`${POSITION_WORDS[ex.position].name} · ${FOCUS_WORDS[ex.focus] ?? ex.focus} · ${EQUIPMENT_WORDS[ex.equipment] ?? ex.equipment} · about ${formatDuration(ex.seconds, true)}`}
                </p>
                <p class="exercise-areas">
                  <span class="visually-hidden">Works: </span>
                  {ex.areas.map((a) => (
                    <span key={a} class="chip">
                      {areaWords(a)}
                    </span>
                  ))}
                </p>
                {x && <p class={`exercise-why ${x.reason === 'stopped' ? 'stopped' : ''}`}>{exclusionWords(x, now)}</p>}
                {!x && positionOff && (
                  <p class="exercise-why">{`Not in routines while “${POSITION_WORDS[ex.position].name}” is off under Routine.`}</p>
                )}
                {!x && !positionOff && ex.equipment !== 'none' && !view.settings.equipment.includes(ex.equipment) && (
                  <p class="exercise-why">{`Not in routines: needs ${OWNED_EQUIPMENT_WORDS[ex.equipment].article}, which is not ticked under “What you have”.`}</p>
                )}
                <div class="exercise-actions">
                  <label class="switch-label" for={`${id}-offer`}>
                    Offer<span class="visually-hidden">{` ${ex.name}`}</span> in routines
                  </label>
                  <input
                    id={`${id}-offer`}
                    type="checkbox"
                    role="switch"
                    class="switch"
                    checked={!x}
                    onChange={() => setExcluded(ex, !x)}
                  />
                </div>
                <details class="exercise-how">
                  <summary>
                    How to do it<span class="visually-hidden">{`: ${ex.name}`}</span>
                  </summary>
                  <ol>
                    {ex.steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ol>
                  <p class="small">
                    <strong>Breathing: </strong>
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
