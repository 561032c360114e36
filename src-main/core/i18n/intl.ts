// Dates, times, numbers, week starts and day names for a locale, from `Intl` (issue 15 point 3):
// clock times in the locale's own 12- or 24-hour style ("Paused until 11:30" / "11:30 AM"), the
// first day of the week for the 12-week heat map, weekday names for the working-hours editor.
// Pure: the caller passes the locale (and, in tests, the time zone).

export interface IntlOptions {
  /** IANA time zone; the system's when omitted */
  timeZone?: string;
}

/** A clock time such as "11:30" (de) or "11:30 AM" (en-US), as the locale writes it. */
export function formatClock(locale: string, epochMs: number, o: IntlOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: o.timeZone }).format(epochMs);
}

/** A short date such as "2 Mar" / "Mar 2" / "3月2日". */
export function formatShortDate(locale: string, epochMs: number, o: IntlOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: o.timeZone }).format(epochMs);
}

/** A whole number with the locale's digits and grouping. */
export function formatNumber(locale: string, n: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(n);
}

/** A share as a percentage: 0.5 → "50 %" (de), "50%" (en). */
export function formatPercent(locale: string, fraction: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Whether the locale writes clock times with AM/PM. */
export function uses12Hour(locale: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).formatToParts(new Date(2026, 0, 1, 15));
  return parts.some((p) => p.type === 'dayPeriod');
}

interface WeekInfo {
  firstDay: number;
}

/** The first day of the week, 0 = Sunday … 6 = Saturday (Intl uses 1 = Monday … 7 = Sunday). */
export function firstDayOfWeek(locale: string): number {
  const l = new Intl.Locale(locale) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
  const info = l.getWeekInfo?.() ?? l.weekInfo;
  const first = info?.firstDay ?? 1;
  return first % 7;
}

/** Weekday names indexed 0 = Sunday … 6 = Saturday. */
export function weekdayNames(locale: string, width: 'long' | 'short' | 'narrow' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 2026-03-01 was a Sunday
  return Array.from({ length: 7 }, (_, d) => f.format(Date.UTC(2026, 2, 1 + d, 12)));
}

/** The days 0–6 in the order the locale's week runs (Monday first in most of Europe, Sunday in the US). */
export function weekOrder(locale: string): number[] {
  const first = firstDayOfWeek(locale);
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** The language's own name for a locale tag ("Deutsch", "日本語"), for the language menu. */
export function ownName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
