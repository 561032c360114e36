// The language setting (issue 15): "Same as the system (…)" — naming the language that choice
// gives — or one of Limber's languages, each by its own name (and marked where a native speaker
// has not reviewed it yet: these are movement and safety instructions), plus the pseudo-locale
// for checking translations. A change saves at once; the app switches every window without a
// restart (the page redraws when the `locale` event arrives).
import type { JSX } from 'preact';
import { LOCALES, negotiateLocale, PSEUDO_LOCALE } from '../../src-main/core/i18n/locales';
import { requestedLocale, t } from '../shared/i18n';
import { FieldErrors } from './fields';
import type { SettingsModel } from './model';
import './language.css';

/** The language the 'system' choice gives: the app's while it is chosen, else the browser's guess. */
function systemLanguageName(choice: string): string {
  const tag = choice === 'system' ? requestedLocale() : negotiateLocale(typeof navigator === 'undefined' ? [] : [...navigator.languages]);
  return LOCALES.find((l) => l.tag === tag)?.name ?? 'English';
}

/**
 * `compact` (the first run's welcome step): the label and the select on one small line, without
 * the hint — there to be found by someone who cannot read the system's language, not to be read.
 */
export function LanguageField({ model, compact = false }: { model: SettingsModel; compact?: boolean }): JSX.Element | null {
  const s = model.view?.settings;
  if (!s) return null;
  const id = 'f-language';
  const errors = model.errors.language;
  const real = LOCALES.filter((l) => l.tag !== PSEUDO_LOCALE);
  return (
    <div class={`field field-language ${compact ? 'field-language-compact' : ''} ${errors ? 'has-error' : ''}`}>
      <div class="field-text">
        <label for={id} class="field-label">
          {t('language.label')}
        </label>
        {!compact && (
          <p id={`${id}-hint`} class="field-hint">
            {t('language.hint')}
          </p>
        )}
      </div>
      <select
        id={id}
        class="language-select"
        value={s.language}
        aria-invalid={errors ? 'true' : undefined}
        aria-describedby={[!compact && `${id}-hint`, errors && `${id}-error`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => void model.save({ language: e.currentTarget.value })}
      >
        <option value="system">{t('language.system', { language: systemLanguageName(s.language) })}</option>
        {real.map((l) => (
          // a language's own name is the same in every language (not a text to translate)
          <option key={l.tag} value={l.tag} lang={l.tag} dir={l.dir} data-i18n-skip>
            {l.reviewed ? l.name : t('language.unreviewed', { language: l.name })}
          </option>
        ))}
        <option value={PSEUDO_LOCALE}>{t('language.pseudo')}</option>
      </select>
      <FieldErrors id={`${id}-error`} messages={errors} />
    </div>
  );
}
