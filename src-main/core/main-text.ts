// What the main process and the pure core need to word things for a person (issue 15): a
// translate function for the `main` namespace (plus `common`) and the locale for Intl (clock
// times, numbers). The core never loads messages itself: the shell hands it a MainText
// (src-main/i18n.ts), the tests hand it the compiled English or the pseudo-locale.
import type { MainId, MessageValues } from './i18n/translate';

/** Looks up a `main.…` (or `common`) message; a Translate from createTranslator is one. */
export type MainTranslate = (id: MainId, values?: MessageValues) => string;

export interface MainText {
  t: MainTranslate;
  /**
   * The locale dates, times and numbers are written in (Intl): usually the message language,
   * but it may carry the user's region (English words with en-GB's 24-hour clock).
   */
  locale: string;
}

/**
 * Words one text through `t` when there is one, else gives the English written beside it. For
 * modules that also run where no compiled messages can be loaded (plain `tsx` scripts and child
 * processes, the settings page's own checks): their English must read as the English message
 * does, which their tests check.
 */
export type Say = (id: MainId, values: MessageValues, english: string) => string;

export function sayer(t: MainTranslate | undefined): Say {
  return t ? (id, values) => t(id, values) : (_id, _values, english) => english;
}

const hourCycleCache = new Map<string, boolean>();

function twelveHour(locale: string): boolean {
  let v = hourCycleCache.get(locale);
  if (v === undefined) {
    v = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).formatToParts(new Date(2026, 0, 1, 15)).some((p) => p.type === 'dayPeriod');
    hourCycleCache.set(locale, v);
  }
  return v;
}

/**
 * A clock time as the locale writes it: "09:30" where the day has 24 hours (two-digit hours, as
 * timetables write them), "9:30 AM" where it has two halves; with the short weekday in front
 * ("Tue 09:00", "Di., 09:00") when `wall` is not on the same local day as `now`.
 */
export function clockText(locale: string, wall: number, now: number): string {
  const d = new Date(wall);
  const n = new Date(now);
  const sameDay = d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate();
  const hour = twelveHour(locale) ? 'numeric' : '2-digit';
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit', ...(sameDay ? {} : { weekday: 'short' }) }).format(wall);
}
