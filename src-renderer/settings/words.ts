// Plain-language text for the settings page: the next working period, why an exercise is
// excluded, names for catalog values, number ranges and the page's own words for the core's
// validation messages. Every sentence is a message of the `settings` namespace (t() at call time,
// so a language change redraws them); dates, times and day names come from Intl for the locale
// (intlLocale). Pure apart from the active locale (the current time and, in tests, the Intl
// locale are passed in), so the tests can check it directly.
import { isWorkingTime, nextWorkingStart, startOfLocalDay, workingPeriodEnd } from '../../src-main/core/calendar';
import type { Exclusion } from '../../src-main/core/bridge';
import { formatClock, formatNumber, weekdayNames, weekOrder } from '../../src-main/core/i18n/intl';
import type { MessageId } from '../../src-main/core/i18n/translate';
import { MAX_APP_NAME_LENGTH, MAX_HOLD_APPS, NUMBER_BOUNDS, parseClockTime, type NumberKey, type WorkingHours } from '../../src-main/core/settings';
import { intlLocale } from '../shared/format';
import { t } from '../shared/i18n';

export interface WeekDay {
  /** 0 = Sunday … 6 = Saturday, as in the settings model */
  day: number;
  name: string;
  short: string;
}

/** The days of the week in the order the locale's week runs (Monday first in en-GB, Sunday first in en-US), with its own names. */
export function week(loc: string = intlLocale()): WeekDay[] {
  const long = weekdayNames(loc, 'long');
  const short = weekdayNames(loc, 'short');
  return weekOrder(loc).map((day) => ({ day, name: long[day]!, short: short[day]! }));
}

/** A local wall time as the locale writes clock times ("17:00", "5:00 PM"). */
export function clockWords(wall: number, loc: string = intlLocale()): string {
  return formatClock(loc, wall);
}

/** A settings time ("09:00") as the locale writes clock times; the text itself when it is not a time. */
export function settingsTimeWords(hhmm: string, loc: string = intlLocale()): string {
  const minutes = parseClockTime(hhmm);
  if (minutes === null) return hhmm;
  return formatClock(loc, new Date(2026, 0, 5, Math.floor(minutes / 60), minutes % 60).getTime());
}

/** Whole local calendar days from the day of `from` to the day of `to` (DST-safe). */
function calendarDaysBetween(from: number, to: number): number {
  const a = new Date(startOfLocalDay(from));
  const b = new Date(startOfLocalDay(to));
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}

/**
 * The next working period in words, without the "Next working period:" lead:
 * "now, until 17:00", "today, 13:00–17:00", "tomorrow, 09:00–17:00", "Monday 09:00–17:00",
 * "next Monday 09:00–17:00" (times and day names as the locale writes them). Null when working
 * hours are off or cannot be read.
 */
export function nextWorkingPeriodWords(wh: WorkingHours, now: number, loc: string = intlLocale()): string | null {
  if (!wh.enabled) return null;
  const s = parseClockTime(wh.start);
  const e = parseClockTime(wh.end);
  if (s === null || e === null || s >= e || wh.days.length === 0) return null;
  if (isWorkingTime(wh, now)) {
    const end = workingPeriodEnd(wh, now);
    return end === null ? null : t('settings.workingHours.next.now', { end: clockWords(end, loc) });
  }
  const start = nextWorkingStart(wh, now);
  if (start === null) return null;
  const range = { start: settingsTimeWords(wh.start, loc), end: settingsTimeWords(wh.end, loc) };
  const days = calendarDaysBetween(now, start);
  if (days === 0) return t('settings.workingHours.next.today', range);
  if (days === 1) return t('settings.workingHours.next.tomorrow', range);
  const day = weekdayNames(loc, 'long')[new Date(start).getDay()]!;
  return days < 7 ? t('settings.workingHours.next.weekday', { day, ...range }) : t('settings.workingHours.next.nextWeek', { day, ...range });
}

/** "3 March" (and the year when it is not this year's), as the locale writes a date. */
export function dayMonth(wall: number, now: number, loc: string = intlLocale()): string {
  const thisYear = new Date(wall).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', ...(thisYear ? {} : { year: 'numeric' }) }).format(wall);
}

/** Why an exercise is not offered: "Stopped for discomfort on 3 March" / "Excluded by you on 3 March". */
export function exclusionWords(x: Exclusion, now: number, loc: string = intlLocale()): string {
  const reason = x.reason === 'stopped' ? 'stopped' : 'user';
  return x.at !== undefined ? t('settings.exclusion.on', { reason, date: dayMonth(x.at, now, loc) }) : t('settings.exclusion', { reason });
}

/** "Seated", "Standing", "On the floor". */
export const positionName = (position: string): string => t('settings.position.name', { position });
/** "in your chair" … */
export const positionHint = (position: string): string => t('settings.position.hint', { position });
/** "Mobility", "Stretch" … */
export const focusName = (focus: string): string => t('settings.focus', { focus });
/** What an exercise needs: "No equipment", "Chair" … */
export const equipmentName = (equipment: string): string => t('settings.equipment', { equipment });
/** The equipment a user may tick under Exercises → What you have: "Solid desk" … */
export const ownedEquipmentName = (equipment: string): string => t('settings.ownedEquipment.name', { equipment });
export const ownedEquipmentHint = (equipment: string): string => t('settings.ownedEquipment.hint', { equipment });
/** A body area of the catalog: "upper-back" → "Upper back". */
export const areaWords = (area: string): string => t('settings.area', { area: area.replace(/-/g, '_') });

/** What a number setting is counted in (NUMBER_BOUNDS' units). */
export type NumberUnit = (typeof NUMBER_BOUNDS)[NumberKey]['unit'];

/** A count with its unit: "45 minutes", "1 snooze". */
export function countWords(unit: NumberUnit, n: number): string {
  return t('settings.unit.count', { unit, n });
}

/** The unit beside a number box, agreeing with the value in it: "minutes" (45), "minute" (1). */
export function unitWords(unit: NumberUnit, n: number | undefined): string {
  return t('settings.unit.label', { unit, n: n !== undefined && Number.isFinite(n) ? n : 0 });
}

/** An approximate duration such as "2½ min", "45 s" (the settings page's own; see COMMON-REQUESTS). */
export function durationWords(seconds: number, loc: string = intlLocale()): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('settings.duration.seconds', { seconds: formatNumber(loc, Math.max(5, Math.round(s / 5) * 5)) });
  const halves = Math.round(s / 30);
  const whole = Math.floor(halves / 2);
  return halves % 2 === 0
    ? t('settings.duration.minutes', { minutes: formatNumber(loc, whole) })
    : t('settings.duration.minutesAndHalf', { minutes: formatNumber(loc, whole) });
}

/** Each number setting's refusals, in the words of its field (one sentence each, for translators). */
export const NUMBER_MESSAGES: Record<NumberKey, { range: MessageId; whole: MessageId }> = {
  sitMinutes: { range: 'settings.number.sitMinutes.range', whole: 'settings.number.sitMinutes.whole' },
  naturalBreakMinutes: { range: 'settings.number.naturalBreakMinutes.range', whole: 'settings.number.naturalBreakMinutes.whole' },
  warnSeconds: { range: 'settings.number.warnSeconds.range', whole: 'settings.number.warnSeconds.whole' },
  pauseSeconds: { range: 'settings.number.pauseSeconds.range', whole: 'settings.number.pauseSeconds.whole' },
  flexMinutes: { range: 'settings.number.flexMinutes.range', whole: 'settings.number.flexMinutes.whole' },
  maxHoldMinutes: { range: 'settings.number.maxHoldMinutes.range', whole: 'settings.number.maxHoldMinutes.whole' },
  snoozeMinutes: { range: 'settings.number.snoozeMinutes.range', whole: 'settings.number.snoozeMinutes.whole' },
  maxSnoozes: { range: 'settings.number.maxSnoozes.range', whole: 'settings.number.maxSnoozes.whole' },
  routineMinutes: { range: 'settings.number.routineMinutes.range', whole: 'settings.number.routineMinutes.whole' },
  dailyGoal: { range: 'settings.number.dailyGoal.range', whole: 'settings.number.dailyGoal.whole' },
};

const bounds = (key: NumberKey, loc: string) => {
  const b = NUMBER_BOUNDS[key];
  return { min: formatNumber(loc, b.min), max: formatNumber(loc, b.max), maxCount: b.max, unit: b.unit };
};

/** The allowed range, for the hint under a number field: "10 to 180 minutes". */
export function rangeWords(key: NumberKey, loc: string = intlLocale()): string {
  return t('settings.range', bounds(key, loc));
}

/** What is wrong with a number field's value, in the field's own words. */
export function numberMessage(key: NumberKey, value: unknown, loc: string = intlLocale()): string {
  const b = NUMBER_BOUNDS[key];
  const whole = typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) && value >= b.min && value <= b.max;
  return t(whole ? NUMBER_MESSAGES[key].whole : NUMBER_MESSAGES[key].range, bounds(key, loc));
}

/**
 * A validation message of the core (written for files and the command line, naming the key, e.g.
 * "sitMinutes must be a whole number from 10 to 180 minutes (got 5)") in the words the settings
 * window uses. A message it has no words for is shown as the core wrote it.
 */
export function settingsMessage(message: string, loc: string = intlLocale()): string {
  const key = /^([A-Za-z]+)/.exec(message)?.[1] ?? '';
  if (key in NUMBER_BOUNDS) {
    const got = /\(got (.*)\)$/.exec(message)?.[1];
    const value = got === undefined || got === 'nothing' ? undefined : Number(got);
    return numberMessage(key as NumberKey, value, loc);
  }
  if (key === 'positions') return t('settings.error.positions');
  if (key === 'workingHours') {
    if (/days must name at least one day/.test(message)) return t('settings.error.workingHours.noDays');
    if (/start must be before/.test(message)) return t('settings.error.workingHours.order');
    if (/^workingHours\.start must be a time/.test(message)) return t('settings.error.workingHours.start', { example: settingsTimeWords('09:00', loc) });
    if (/^workingHours\.end must be a time/.test(message)) return t('settings.error.workingHours.end', { example: settingsTimeWords('17:00', loc) });
    if (/^workingHours\.days/.test(message)) {
      const names = week(loc);
      return t('settings.error.workingHours.days', { first: names[0]!.name, last: names[6]!.name });
    }
  }
  if (key === 'excludedExercises') return t('settings.error.excludedExercises');
  if (key === 'holdWhen' && /apps/.test(message)) {
    return t('settings.error.holdApps', { maxLength: formatNumber(loc, MAX_APP_NAME_LENGTH), maxApps: formatNumber(loc, MAX_HOLD_APPS) });
  }
  return message;
}
