// Looking up a message: the active locale's compiled message, else English's, never the key.
// Messages are ICU MessageFormat strings in src-main/core/i18n/locales/<tag>/<namespace>.json, compiled to
// plain functions at build time (scripts/i18n/vite-plugin.mjs) so the pages need no parser and
// no eval (the CSP forbids it); the compiled modules are handed in, the core never imports them.
import type enBreak from './locales/en/break.json';
import type enCommon from './locales/en/common.json';
import type enHistory from './locales/en/history.json';
import type enMain from './locales/en/main.json';
import type enSettings from './locales/en/settings.json';

/** Every message id: a key of the English source, so a missing or mistyped key is a type error. */
export type MessageId =
  | keyof typeof enCommon
  | keyof typeof enBreak
  | keyof typeof enSettings
  | keyof typeof enHistory
  | keyof typeof enMain;
/** The ids of one namespace (`common` ids are in every page). */
export type CommonId = keyof typeof enCommon;
export type BreakId = keyof typeof enBreak | CommonId;
export type SettingsId = keyof typeof enSettings | CommonId;
export type HistoryId = keyof typeof enHistory | CommonId;
export type MainId = keyof typeof enMain | CommonId;

export type MessageValues = Record<string, string | number>;
export type CompiledMessage = (values?: MessageValues) => string;
/** A compiled locale: message functions by id (a translation may lack some; English never does). */
export type CompiledMessages = Partial<Record<MessageId, CompiledMessage>>;

export type Translate = (id: MessageId, values?: MessageValues) => string;

export interface Translator {
  locale: string;
  t: Translate;
  /** ids this locale lacks (they are shown in English) */
  missing(): MessageId[];
}

/**
 * A translator for `locale`. `source` is the compiled English (complete); `messages` the compiled
 * locale, possibly partial. A message that throws while formatting (a translator's mistake with a
 * plural, say) falls back to English too, so a person always reads a sentence.
 */
export function createTranslator(locale: string, messages: CompiledMessages, source: CompiledMessages): Translator {
  const t: Translate = (id, values) => {
    const own = messages[id];
    if (own) {
      try {
        return own(values);
      } catch {
        // fall through to English
      }
    }
    const en = source[id];
    if (!en) throw new Error(`i18n: no English message for "${String(id)}"`);
    return en(values);
  };
  return {
    locale,
    t,
    missing: () => (Object.keys(source) as MessageId[]).filter((id) => !messages[id]),
  };
}
