// The words the shell hands to what it shows (tray, tooltip, notifications, dialogs, the CLI, the
// settings file's notices), as one MainText: A1's active translator (src-main/i18n.ts `t`) and
// the locale clock times are written in.
//
// That locale is the system's regional format when it is a variant of the message language
// (English words with en-GB's 24-hour clock or en-US's "11:30 AM", German with de-AT's), else the
// message language itself (a Japanese choice on a British system writes times the Japanese
// way). Until the shell has asked the system (`setRegionalLocale`) English times are 24-hour,
// as Limber wrote them before it had languages.
import english from 'virtual:limber-messages/en/main';
import { createTranslator, type CompiledMessages } from './core/i18n/translate';
import type { MainText } from './core/main-text';
import { mainLocale, t } from './i18n';

export type { MainText, MainTranslate } from './core/main-text';

/** Compiled messages as a MainText (English fills what `messages` lacks): for tests and fixed texts. */
export function mainTextOf(locale: string, messages: CompiledMessages, intlLocale: string = locale): MainText {
  return { t: createTranslator(locale, messages, english).t, locale: intlLocale };
}

/** English words with the 24-hour clock (Limber's wording before it had languages). */
export const ENGLISH_TEXT: MainText = mainTextOf('en', english, 'en-GB');

let regional = 'en-GB';

/** The system's regional format (Electron's `app.getSystemLocale()`), for clock times. */
export function setRegionalLocale(tag: string | undefined): void {
  if (!tag) return;
  try {
    regional = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? regional;
  } catch {
    // a tag Intl does not take: keep the one we have
  }
}

/** The locale clock times are written in for the message language `tag`. */
export function intlLocaleFor(tag: string): string {
  const lang = (x: string) => x.split('-')[0]!.toLowerCase();
  // the pseudo-locale is English underneath: its times are the region's too
  return lang(tag) === lang(regional) ? regional : tag;
}

const live: MainText = {
  t,
  get locale() {
    return intlLocaleFor(mainLocale());
  },
};

/** The words to use now (always the active locale's: keep the object, not what it answered). */
export function mainText(): MainText {
  return live;
}
