// Dates, numbers and durations for the history window, from `Intl` in the page's locale (issue 15).
// Dates arrive as local calendar days "YYYY-MM-DD" (the core already decided which day each line
// belongs to), so they are formatted as plain calendar dates — at noon UTC, in UTC — never
// through the time zone again.
import { firstDayOfWeek, weekdayNames } from '../../src-main/core/i18n/intl';
import { locale } from '../shared/i18n';

/**
 * The locale to format with: the page's language, made regional by the system's preferred
 * languages when one is the same language (messages in `en`, an en-GB system: "3 Mar" and weeks
 * from Monday; en-US: "Mar 3" and weeks from Sunday). A preference in another language is not
 * used: its month names would land inside sentences of this one. Chinese keeps its own tag, so a
 * Traditional-script preference never formats Simplified text.
 */
export function intlLocale(): string {
  const tag = locale();
  const lang = tag.split('-')[0]!.toLowerCase();
  if (lang === 'zh' || typeof navigator === 'undefined') return tag;
  for (const pref of navigator.languages ?? []) {
    if (pref.split('-')[0]!.toLowerCase() !== lang || pref.includes('-') === false) continue;
    try {
      return Intl.getCanonicalLocales(pref)[0] ?? tag;
    } catch {
      // not a tag Intl understands: keep looking
    }
  }
  return tag;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday */
  weekday: number;
}

export function parseDay(date: string): Ymd {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}

/** The day at noon UTC, formatted in UTC: the calendar date as written, whatever the zone. */
const noon = (date: string): number => {
  const p = parseDay(date);
  return Date.UTC(p.y, p.m - 1, p.d, 12);
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format in the page's locale (kept: the heat map formats 84 days at each render). */
function dateFormat(o: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${intlLocale()} ${JSON.stringify(o)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlLocale(), { ...o, timeZone: 'UTC' })));
  return f;
}

/** A weekday's name (0 = Sunday) as the locale writes it: "Tuesday" / "Tue" / "Dienstag" / "Di". */
export const weekdayName = (weekday: number, width: 'long' | 'short' | 'narrow' = 'long'): string =>
  weekdayNames(intlLocale(), width)[((weekday % 7) + 7) % 7]!;

/**
 * A weekday's name for a narrow column: the short one when it is short ("Mon", "Di.", "火"),
 * else the narrow one (Arabic's short names are the full ones).
 */
export function weekdayLabel(weekday: number): string {
  const short = weekdayName(weekday, 'short');
  return short.length <= 4 ? short : weekdayName(weekday, 'narrow');
}

/** A short month name (1 = January): "Mar", "März", "3月". */
export const monthShort = (m: number): string => dateFormat({ month: 'short' }).format(Date.UTC(2026, m - 1, 15, 12));

/** The first day of the locale's week, 0 = Sunday (Monday in most of Europe, Sunday in the US). */
export const weekStart = (): number => firstDayOfWeek(intlLocale());

/** "Tuesday 3 March" (en-GB), "Tuesday, March 3" (en-US), with the year when it is not `thisYear`. */
export function longDay(date: string, thisYear?: number): string {
  const withYear = thisYear !== undefined && parseDay(date).y !== thisYear;
  return dateFormat({ weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(noon(date));
}

/** "3 Mar" / "Mar 3" / "3. März" */
export function dayMonth(date: string): string {
  return dateFormat({ day: 'numeric', month: 'short' }).format(noon(date));
}

/** "3 – 13 Mar", or one day, as the locale writes a range. */
export function dayRange(from: string, to: string): string {
  return from === to ? dayMonth(from) : dateFormat({ day: 'numeric', month: 'short' }).formatRange(noon(from), noon(to));
}

/** The day of the month with the locale's digits. */
export const dayOfMonth = (date: string): string => dateFormat({ day: 'numeric' }).format(noon(date));

/** Adds `n` calendar days to "YYYY-MM-DD". */
export function addDays(date: string, n: number): string {
  const p = parseDay(date);
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

/** A count with the locale's digits and grouping. */
export const num = (n: number): string => new Intl.NumberFormat(intlLocale()).format(n);

/** Items as a list the way the locale separates them ("a, b, c"), without a conjunction. */
export const list = (items: string[]): string => new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(items);

interface DurationParts {
  hours?: number;
  minutes?: number;
  seconds?: number;
}

type DurationFormatCtor = new (locale: string, options: { style: 'long' | 'short' | 'narrow' }) => { format(d: DurationParts): string };

/** A duration as the locale abbreviates it: "45 sec", "1 hr, 5 min", "1 Std., 5 Min.", "1 時間 5 分". */
export function duration(d: DurationParts): string {
  const l = intlLocale();
  const parts = Object.entries(d).filter(([, v]) => v !== undefined && v > 0) as [keyof DurationParts, number][];
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (parts.length && DurationFormat) return new DurationFormat(l, { style: 'short' }).format(Object.fromEntries(parts));
  // nothing (Intl.DurationFormat writes "" for zero), or an engine without DurationFormat
  const units = { hours: 'hour', minutes: 'minute', seconds: 'second' } as const;
  const shown = parts.length ? parts : ([['minutes', 0]] as [keyof DurationParts, number][]);
  return list(shown.map(([k, v]) => new Intl.NumberFormat(l, { style: 'unit', unit: units[k], unitDisplay: 'short' }).format(v)));
}

/**
 * Time spent stretching, as the "today" card shows it: nothing as zero minutes, seconds under a
 * minute, else whole minutes.
 */
export function stretchedText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s === 0) return duration({ minutes: 0 });
  if (s < 60) return duration({ seconds: s });
  return duration({ minutes: Math.round(s / 60) });
}

/** A sitting stretch: minutes, or hours and minutes from an hour up. */
export function sittingText(seconds: number): string {
  const min = Math.round(Math.max(0, seconds) / 60);
  if (min < 60) return duration({ minutes: min });
  return duration({ hours: Math.floor(min / 60), minutes: min % 60 });
}

/** Long total durations: minutes; hours and minutes under ten hours; whole hours from ten up. */
export function totalText(seconds: number): string {
  const min = Math.round(Math.max(0, seconds) / 60);
  if (min < 60) return duration({ minutes: min });
  const h = Math.floor(min / 60);
  return h >= 10 ? duration({ hours: h }) : duration({ hours: h, minutes: min % 60 });
}

/** "seated-figure-four" → "Seated figure four": a readable fallback for an id the catalog no longer has. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}
