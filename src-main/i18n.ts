// The main process's words (issue 15): the translator the tray, notifications, dialogs, the CLI
// and the settings file's notices use, and the locale their clock times are written in. Until
// the language is chosen (a1-locale: the setting or the OS's preferred languages) it is English
// with 24-hour times, which is what Limber wrote before it had languages. `setMainText` switches
// it; whoever reads `mainText()` at the moment it words something gets the new language.
import en from 'virtual:limber-messages/en';
import { createTranslator, type CompiledMessages } from './core/i18n/translate';
import type { MainText } from './core/main-text';

export type { MainText, MainTranslate } from './core/main-text';

/** The compiled English messages (every namespace): the source, and every locale's fallback. */
export const ENGLISH: CompiledMessages = en;

/** A MainText for compiled messages: `messages` may be partial, English fills the gaps. */
export function mainTextOf(locale: string, messages: CompiledMessages, intlLocale: string = locale): MainText {
  const { t } = createTranslator(locale, messages, ENGLISH);
  return { t, locale: intlLocale };
}

/** English words with the 24-hour clock (Limber's wording before it had languages). */
export const ENGLISH_TEXT: MainText = mainTextOf('en', ENGLISH, 'en-GB');

let current: MainText = ENGLISH_TEXT;

/** The words to use now. */
export function mainText(): MainText {
  return current;
}

/** Switches the main process's language (the tray and tooltip are re-worded by their next update). */
export function setMainText(text: MainText): void {
  current = text;
}
