// Plain-language text for the settings page: the next working period, why an exercise is
// excluded, and names for catalog values. Pure (the current time is passed in), so the
// browser tests can check it directly.
import { isWorkingTime, nextWorkingStart, startOfLocalDay, workingPeriodEnd } from '../../src-main/core/calendar';
import { parseClockTime, type WorkingHours } from '../../src-main/core/settings';
import type { Exclusion } from '../../src-main/core/bridge';

/** Monday first, as people read a week (0 = Sunday in the settings model). */
export const WEEK: readonly { day: number; name: string; short: string }[] = [
  { day: 1, name: 'Monday', short: 'Mon' },
  { day: 2, name: 'Tuesday', short: 'Tue' },
  { day: 3, name: 'Wednesday', short: 'Wed' },
  { day: 4, name: 'Thursday', short: 'Thu' },
  { day: 5, name: 'Friday', short: 'Fri' },
  { day: 6, name: 'Saturday', short: 'Sat' },
  { day: 0, name: 'Sunday', short: 'Sun' },
];

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function hhmm(wall: number): string {
  const d = new Date(wall);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
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
 * "next Monday 09:00–17:00". Null when working hours are off or cannot be read.
 */
export function nextWorkingPeriodWords(wh: WorkingHours, now: number): string | null {
  if (!wh.enabled) return null;
  const s = parseClockTime(wh.start);
  const e = parseClockTime(wh.end);
  if (s === null || e === null || s >= e || wh.days.length === 0) return null;
  if (isWorkingTime(wh, now)) {
    const end = workingPeriodEnd(wh, now);
    return end === null ? null : `now, until ${hhmm(end)}`;
  }
  const start = nextWorkingStart(wh, now);
  if (start === null) return null;
  const range = `${wh.start}–${wh.end}`;
  const days = calendarDaysBetween(now, start);
  if (days === 0) return `today, ${range}`;
  if (days === 1) return `tomorrow, ${range}`;
  const name = DAY_NAMES[new Date(start).getDay()]!;
  return days < 7 ? `${name} ${range}` : `next ${name} ${range}`;
}

/** "3 March" (and the year when it is not this year's). */
export function dayMonth(wall: number, now: number): string {
  const d = new Date(wall);
  const year = d.getFullYear() === new Date(now).getFullYear() ? '' : ` ${d.getFullYear()}`;
  return `${d.getDate()} ${MONTHS[d.getMonth()]}${year}`;
}

/** Why an exercise is not offered: "Stopped for discomfort on 3 March" / "Excluded by you on 3 March". */
export function exclusionWords(x: Exclusion, now: number): string {
  const when = x.at !== undefined ? ` on ${dayMonth(x.at, now)}` : '';
  return x.reason === 'stopped' ? `Stopped for discomfort${when}` : `Excluded by you${when}`;
}

export const POSITION_WORDS = {
  seated: { name: 'Seated', hint: 'in your chair' },
  standing: { name: 'Standing', hint: 'next to your desk' },
  floor: { name: 'On the floor', hint: 'needs a mat and some room' },
} as const;

export const FOCUS_WORDS: Record<string, string> = {
  mobility: 'Mobility',
  stretch: 'Stretch',
  stability: 'Stability',
  strength: 'Strength',
};

export const EQUIPMENT_WORDS: Record<string, string> = {
  none: 'No equipment',
  chair: 'Chair',
  desk: 'Desk',
  mat: 'Mat',
  ball: 'Exercise ball',
};

/** The equipment a user may tick under Exercises → What you have. */
export const OWNED_EQUIPMENT_WORDS = {
  chair: { name: 'Chair', hint: 'for seated exercises', article: 'a chair' },
  desk: { name: 'Solid desk', hint: 'one that cannot roll or tip, to lean on', article: 'a solid desk' },
  mat: { name: 'Mat', hint: 'or a rug: floor space to lie down', article: 'a mat' },
  ball: { name: 'Exercise ball', hint: 'a stability ball', article: 'an exercise ball' },
} as const;

/** "upper-back" → "Upper back" */
export function areaWords(area: string): string {
  const t = area.replace(/-/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
