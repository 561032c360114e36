// The exercise catalog's translations (src-main/core/catalog/locales/<tag>.json), loaded on demand:
// only the active language's file is read (a lazy chunk of the main bundle). A language without a
// file — listed in LOCALES before its translators are done — reads the English catalog. Used by
// the main process (locale.ts) and the browser test host. The pseudo-locale's catalog is made from
// the English (pseudoCatalog in core/catalog/localize.ts).
import loaders from 'virtual:limber-catalog-loaders';
import { pseudoCatalog, type CatalogTranslation } from './core/catalog/localize';
import { PSEUDO_LOCALE } from './core/i18n/locales';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The catalog translation of `tag`, or undefined when there is none. A file of the wrong shape at
 * the top gives an empty translation (English); within it, localizeExercise / localizeSafety fall
 * back to English field by field.
 */
export async function loadCatalogTranslation(tag: string, from: Record<string, () => Promise<unknown>> = loaders): Promise<CatalogTranslation | undefined> {
  if (tag === PSEUDO_LOCALE) return pseudoCatalog();
  const load = Object.hasOwn(from, tag) ? from[tag] : undefined;
  if (!load) return undefined;
  const data = await load();
  if (!isObject(data)) return { exercises: {}, safety: {} };
  return {
    exercises: isObject(data.exercises) ? (data.exercises as CatalogTranslation['exercises']) : {},
    safety: isObject(data.safety) ? (data.safety as CatalogTranslation['safety']) : {},
  };
}

/** The languages that have a catalog translation. */
export function catalogLocales(): string[] {
  return Object.keys(loaders).sort();
}
