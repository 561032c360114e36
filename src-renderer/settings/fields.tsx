// Form pieces for the settings page: a number field that checks every keystroke with the
// core's rules and saves on change/blur only when valid, a switch, a checkbox group, and the
// error text the core wrote. Each control has a visible label, a one-line explanation tied to
// it with aria-describedby, and aria-invalid while its value is refused. A number field shows its
// allowed range up front, under the box, and a refused value is explained by the field's label
// ("Sitting time before a break must be 10–180 minutes."), not by the settings key.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { NumberKey } from '../../src-main/core/settings';
import { NUMBER_BOUNDS } from '../../src-main/core/settings';
import { Icon } from '../shared/components';
import { check, type SettingsModel } from './model';
import { t } from '../shared/i18n';
import { countWords, rangeWords, unitWords, type NumberUnit } from './words';

export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] | undefined }): JSX.Element | null {
  if (!messages?.length) return null;
  return (
    <div id={id} class="field-error">
      <Icon name="alert" />
      <div>
        {messages.map((m) => (
          <p key={m}>{m}</p>
        ))}
      </div>
    </div>
  );
}

const describedBy = (...ids: (string | false | undefined | null)[]): string | undefined => {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
};

/** What a number input's text means to the core: a number, or the text itself when it is not one. */
/** A field's label and its one-line explanation (the hint's id is `${id}-hint`, for aria-describedby). */
function FieldText({ id, label, hint }: { id: string; label: string; hint: string }): JSX.Element {
  return (
    <div class="field-text">
      <label for={id} class="field-label">
        {label}
      </label>
      <p id={`${id}-hint`} class="field-hint">
        {hint}
      </p>
    </div>
  );
}

function parseNumber(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isNaN(n) ? t : n;
}

export function NumberField({
  model,
  name,
  label,
  hint,
}: {
  model: SettingsModel;
  name: NumberKey;
  label: string;
  hint: string;
}): JSX.Element {
  const value = model.view?.settings[name];
  const [draft, setDraft] = useState<string | null>(null);
  const id = `f-${name}`;
  const errors = model.errors[name];
  const bounds = NUMBER_BOUNDS[name];
  const unit: NumberUnit = bounds.unit;

  const onInput = (e: JSX.TargetedEvent<HTMLInputElement>): void => {
    const text = e.currentTarget.value;
    setDraft(text);
    model.setErrors(name, check({ [name]: parseNumber(text) }));
  };
  const commit = async (text: string): Promise<void> => {
    const parsed = parseNumber(text);
    if (parsed === value) {
      setDraft(null);
      model.setErrors(name, []);
      return;
    }
    const problems = check({ [name]: parsed });
    if (problems.length) {
      model.setErrors(name, problems);
      return; // nothing is saved; the refused text stays so the user can fix it
    }
    if (await model.save({ [name]: parsed as number }, t('settings.saved.number', { label, value: countWords(unit, parsed as number) }))) setDraft(null);
  };
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Escape' && draft !== null) {
      // back to the saved value
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      model.setErrors(name, []);
    }
  };

  return (
    <div class={`field field-number ${errors ? 'has-error' : ''}`}>
      <FieldText id={id} label={label} hint={hint} />
      <div class="number-box">
        <input
          id={id}
          name={name}
          type="number"
          inputMode="numeric"
          min={bounds.min}
          max={bounds.max}
          step={1}
          value={draft ?? (value === undefined ? '' : String(value))}
          aria-invalid={errors ? 'true' : undefined}
          aria-describedby={describedBy(`${id}-hint`, `${id}-range`, errors && `${id}-error`)}
          onInput={onInput}
          onChange={(e) => void commit(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <span class="unit" aria-hidden="true">
          {unitWords(unit, draft !== null ? Number(draft) : value)}
        </span>
        <span id={`${id}-range`} class="range-hint">
          {rangeWords(name)}
        </span>
      </div>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

export function Switch({
  id,
  label,
  hint,
  checked,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean, input: HTMLInputElement) => void;
  errors?: readonly string[] | undefined;
}): JSX.Element {
  return (
    <div class={`field field-switch ${errors ? 'has-error' : ''}`}>
      <FieldText id={id} label={label} hint={hint} />
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="switch"
        checked={checked}
        aria-describedby={describedBy(`${id}-hint`, errors && `${id}-error`)}
        onChange={(e) => onChange(e.currentTarget.checked, e.currentTarget)}
      />
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}

/** A fieldset of checkbox "chips" or "cards" (positions, days of the week). */
export function CheckGroup<T extends string | number>({
  id,
  legend,
  hint,
  options,
  selected,
  onToggle,
  errors,
  variant = 'chips',
}: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: T; label: string; detail?: string; aria?: string }[];
  selected: readonly T[];
  onToggle: (value: T, on: boolean, input: HTMLInputElement) => void;
  errors?: readonly string[] | undefined;
  variant?: 'chips' | 'cards' | 'days';
}): JSX.Element {
  return (
    <fieldset
      class={`field check-group check-${variant} ${errors ? 'has-error' : ''}`}
      aria-describedby={describedBy(hint && `${id}-hint`, errors && `${id}-error`)}
    >
      <legend class="field-label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      <div class="check-options">
        {options.map((o) => (
          <label key={String(o.value)} class="check-option">
            <input
              type="checkbox"
              name={id}
              value={String(o.value)}
              checked={selected.includes(o.value)}
              aria-label={o.aria}
              onChange={(e) => onToggle(o.value, e.currentTarget.checked, e.currentTarget)}
            />
            <span class="check-box" aria-hidden="true">
              <Icon name="check" />
            </span>
            <span class="check-text">
              <span class="check-label">{o.label}</span>
              {o.detail && <span class="check-detail">{o.detail}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </fieldset>
  );
}

/** A titled group of settings (one "page" of the settings window). */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ComponentChildren;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <section class="group" aria-labelledby={`${id}-title`}>
      <header class="group-head">
        <h2 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h2>
        {intro && <p class="muted">{intro}</p>}
      </header>
      <div class="group-body">{children}</div>
    </section>
  );
}
