// The page's language (issue 15). A page carries its English messages (`common` + its own
// namespace, compiled at build time) and loads the active locale's on demand, so the break page
// never ships the other languages. `t(id, values)` formats a message in the active locale, falling
// back to English message by message, never to the id.
//
// Each page is its own renderer process, so the active translator is page state held here;
// `setLocale` swaps it and tells the subscribers (mount.tsx re-renders the page).
import { localeInfo, SOURCE_LOCALE } from '../../src-main/core/i18n/locales';
import {
  createTranslator,
  type CompiledMessages,
  type MessageId,
  type MessageValues,
  type Translator,
} from '../../src-main/core/i18n/translate';

type Loaders = Record<string, () => Promise<CompiledMessages>>;

interface PageI18n {
  english: CompiledMessages;
  loaders: Loaders;
  translator: Translator;
  listeners: Set<() => void>;
  /** the tag asked for last, so a slow load of an older choice never wins */
  wanted: string;
}

const state: PageI18n = {
  english: {},
  loaders: {},
  translator: createTranslator(SOURCE_LOCALE, {}, {}),
  listeners: new Set(),
  wanted: SOURCE_LOCALE,
};

/** Called once by a page's main.tsx with its compiled English and the loaders of its namespace. */
export function initI18n(english: CompiledMessages, loaders: Loaders): void {
  state.english = english;
  state.loaders = loaders;
  state.translator = createTranslator(SOURCE_LOCALE, english, english);
}

/** A message in the active locale (English where the locale lacks it). */
export function t(id: MessageId, values?: MessageValues): string {
  return state.translator.t(id, values);
}

/** The active locale's tag (for Intl formatting). */
export function locale(): string {
  return state.translator.locale;
}

/**
 * The locale the app asked for last (`setLocale`), even while it is loading or when the page has
 * no messages for it and shows English (`locale()` is then 'en').
 */
export function requestedLocale(): string {
  return state.wanted;
}

/** The active locale's writing direction. */
export function direction(): 'ltr' | 'rtl' {
  return localeInfo(state.translator.locale).dir;
}

/**
 * Switch the page to `tag` (a tag from LOCALES; anything else means English). Resolves once the
 * locale's messages are loaded and applied: `<html lang dir>` set and the subscribers told.
 */
export async function setLocale(tag: string): Promise<void> {
  state.wanted = tag;
  const load = state.loaders[tag];
  let messages: CompiledMessages = state.english;
  let active = SOURCE_LOCALE;
  if (tag !== SOURCE_LOCALE && load) {
    try {
      messages = await load();
      active = tag;
    } catch {
      // a locale that fails to load leaves the page in English rather than blank
    }
  }
  if (state.wanted !== tag) return;
  state.translator = createTranslator(active, messages, state.english);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = active;
    document.documentElement.dir = localeInfo(active).dir;
  }
  for (const listener of state.listeners) listener();
}

/** Be told after every locale change; returns the unsubscribe. */
export function onLocaleChange(listener: () => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}
