// Plain-language text for the settings page: the next working period, why an exercise is
// excluded, and names for catalog values. Pure (the current time is passed in), so the
// browser tests can check it directly.
import { isWorkingTime, nextWorkingStart, startOfLocalDay, workingPeriodEnd } from '../../src-main/core/calendar';
import { MAX_APP_NAME_LENGTH, MAX_HOLD_APPS, NUMBER_BOUNDS, parseClockTime, type NumberKey, type WorkingHours } from '../../src-main/core/settings';
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

/**
 * How the settings window names each number setting in a sentence (its field's label, turned into
 * the subject of "… must be 10–180 minutes"), and the unit it is counted in.
 */
export const NUMBER_WORDS: Record<NumberKey, { subject: string; unit: string }> = {
  sitMinutes: { subject: 'Sitting time before a break', unit: 'minutes' },
  naturalBreakMinutes: { subject: 'Away time that counts as a break', unit: 'minutes' },
  warnSeconds: { subject: 'The heads-up before a break', unit: 'seconds' },
  pauseSeconds: { subject: 'The pause in typing a break waits for', unit: 'seconds' },
  flexMinutes: { subject: 'The longest wait for that pause', unit: 'minutes' },
  maxHoldMinutes: { subject: 'The longest a break is held', unit: 'minutes' },
  snoozeMinutes: { subject: 'Snooze time', unit: 'minutes' },
  maxSnoozes: { subject: 'Snoozes per break', unit: '' },
  routineMinutes: { subject: 'Routine length', unit: 'minutes' },
  dailyGoal: { subject: 'The daily goal', unit: 'breaks' },
};

const withUnit = (text: string, unit: string): string => (unit ? `${text} ${unit}` : text);

/** The allowed range, for the hint under a number field: "10 to 180 minutes". */
export function rangeWords(key: NumberKey): string {
  const b = NUMBER_BOUNDS[key];
  return withUnit(`${b.min} to ${b.max}`, NUMBER_WORDS[key].unit);
}

/** What is wrong with a number field's value, in the field's own words. */
export function numberMessage(key: NumberKey, value: unknown): string {
  const b = NUMBER_BOUNDS[key];
  const w = NUMBER_WORDS[key];
  const range = `${b.min}–${b.max}`;
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value) && value >= b.min && value <= b.max) {
    return `${w.subject} must be a whole number (${withUnit(range, w.unit)}).`;
  }
  return `${w.subject} must be ${withUnit(range, w.unit)}.`;
}

const DAY_LIST = 'Monday to Sunday';

/**
 * A validation message of the core (written for files and the command line, naming the key, e.g.
 * "sitMinutes must be a whole number from 10 to 180 minutes (got 5)") in the words the settings
 * window uses. A message it has no words for is shown as the core wrote it.
 */
export function settingsMessage(message: string): string {
  const key = /^([A-Za-z]+)/.exec(message)?.[1] ?? '';
  if (key in NUMBER_BOUNDS) {
    const got = /\(got (.*)\)$/.exec(message)?.[1];
    const value = got === undefined || got === 'nothing' ? undefined : Number(got);
    return numberMessage(key as NumberKey, value);
  }
  if (key === 'positions') return 'Pick at least one position: seated, standing or on the floor.';
  if (key === 'workingHours') {
    if (/days must name at least one day/.test(message)) return 'Pick at least one working day, or turn working hours off.';
    if (/start must be before/.test(message)) return 'Working hours must end after they start.';
    if (/^workingHours\.start must be a time/.test(message)) return 'The start of working hours must be a time such as 09:00.';
    if (/^workingHours\.end must be a time/.test(message)) return 'The end of working hours must be a time such as 17:00.';
    if (/^workingHours\.days/.test(message)) return `Working days must be days from ${DAY_LIST}.`;
  }
  if (key === 'excludedExercises') return 'That exercise is not in Limber’s list of exercises any more.';
  if (key === 'holdWhen' && /apps/.test(message)) {
    return `Program names must be 1 to ${MAX_APP_NAME_LENGTH} characters, and up to ${MAX_HOLD_APPS} programs can be listed.`;
  }
  return message;
}
