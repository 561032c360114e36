// The main process's language (issue 15): one translator for the tray, notifications, dialogs, the
// CLI and the settings file's messages, in the active locale. English (`common` + `main`) is
// bundled, as the fallback; another locale's messages are loaded on demand (a lazy chunk of the
// main bundle, see scripts/build.mjs), only for the locale in use. Until it has arrived — and for
// any message it lacks — `t` answers in English, never with the id.
//
// Shell modules import `t` and call it when they build a text (not at module load), and redraw
// what they show on `onMainLocaleChange` (the tray menu, its tooltip). locale.ts chooses the
// locale and calls `setMainLocale`; nothing else should.
import english from 'virtual:limber-messages/en/main';
import loaders from 'virtual:limber-messages-loaders/main';
import { localeInfo, SOURCE_LOCALE } from './core/i18n/locales';
import { createTranslator, type CompiledMessages, type MainId, type MessageValues, type Translator } from './core/i18n/translate';

/** A message of the main process (`main.*` and `common.*` ids) in the active locale. */
export type MainTranslate = (id: MainId, values?: MessageValues) => string;

type Loader = () => Promise<CompiledMessages>;

interface MainI18n {
  translator: Translator;
  /** the active locale's compiled messages (English's until another is loaded) */
  messages: CompiledMessages;
  /** the tag asked for last, so a slow load of an older choice never wins */
  wanted: string;
  listeners: Set<(tag: string) => void>;
  loaders: Record<string, Loader>;
}

const state: MainI18n = {
  translator: createTranslator(SOURCE_LOCALE, english, english),
  messages: english,
  wanted: SOURCE_LOCALE,
  listeners: new Set(),
  loaders,
};

/** The main process's translator: always the active locale's, so keep `t`, not its result. */
export const t: MainTranslate = (id, values) => state.translator.t(id, values);

/** The active locale's tag (for Intl: times in notifications, dates in the tray). */
export function mainLocale(): string {
  return state.translator.locale;
}

/** The active locale's writing direction. */
export function mainDirection(): 'ltr' | 'rtl' {
  return localeInfo(state.translator.locale).dir;
}

/** Be told (with the new tag) after every locale change; returns the unsubscribe. */
export function onMainLocaleChange(listener: (tag: string) => void): () => void {
  state.listeners.add(listener);
  return () => void state.listeners.delete(listener);
}

/**
 * Switch the main process to `tag` (locale.ts only). Resolves with the tag in use once its
 * messages are loaded and the listeners told: English when the tag has no messages (a language
 * listed before its files exist) or they fail to load. A newer call wins over a slower older one.
 */
export async function setMainLocale(tag: string): Promise<string> {
  state.wanted = tag;
  let messages: CompiledMessages = english;
  let active = SOURCE_LOCALE;
  const load = state.loaders[tag];
  if (tag !== SOURCE_LOCALE && load) {
    try {
      messages = await load();
      active = tag;
    } catch {
      // a locale that fails to load leaves the main process in English
    }
  }
  if (state.wanted !== tag) return state.translator.locale;
  if (active === state.translator.locale && messages === state.messages) return active;
  state.messages = messages;
  state.translator = createTranslator(active, messages, english);
  for (const listener of state.listeners) listener(active);
  return active;
}

/** Tests: replace the loaders (a locale that fails, a slow one). */
export function setMainLoadersForTest(replacement: Record<string, Loader> | null): void {
  state.loaders = replacement ?? loaders;
}
