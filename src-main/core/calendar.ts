// Local-calendar arithmetic for working hours and "until tomorrow" (SPEC §2, §3.9, §3.11).
// Pure: wall times come in as epoch milliseconds and are read in the process's local time zone
// through Date's local getters; nothing here reads the current time.

import { parseClockTime, type WorkingHours } from './settings';

const DAY_MS = 86_400_000;

/** Local wall time of `minutes` after midnight on the local day containing `wall`. */
function atLocalMinutes(wall: number, dayOffset: number, minutes: number): number {
  const d = new Date(wall);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset, Math.floor(minutes / 60), minutes % 60).getTime();
}

export interface WorkingPeriod {
  start: number;
  end: number;
}

/** The working period on the local day `dayOffset` days from the day of `wall`, if that day is a working day. */
function periodOn(wh: WorkingHours, wall: number, dayOffset: number): WorkingPeriod | null {
  const s = parseClockTime(wh.start);
  const e = parseClockTime(wh.end);
  if (s === null || e === null) return null;
  const d = new Date(wall);
  const day = new Date(d.getFullYear(), d.getMonth(), d.getDate() + dayOffset).getDay();
  if (!wh.days.includes(day)) return null;
  return { start: atLocalMinutes(wall, dayOffset, s), end: atLocalMinutes(wall, dayOffset, e) };
}

/** True when tracking is allowed at `wall`: working hours off, or inside a working period. */
export function isWorkingTime(wh: WorkingHours, wall: number): boolean {
  if (!wh.enabled) return true;
  const p = periodOn(wh, wall, 0);
  return p !== null && wall >= p.start && wall < p.end;
}

/** The end of the working period containing `wall`, or null if working hours are off or `wall` is outside. */
export function workingPeriodEnd(wh: WorkingHours, wall: number): number | null {
  if (!wh.enabled) return null;
  const p = periodOn(wh, wall, 0);
  return p !== null && wall >= p.start && wall < p.end ? p.end : null;
}

/**
 * The start of the first working period that begins strictly after `wall` on a local day at
 * least `minDayOffset` days after the day of `wall`; null if working hours are off or no day is a
 * working day.
 */
export function nextWorkingStart(wh: WorkingHours, wall: number, minDayOffset = 0): number | null {
  if (!wh.enabled || wh.days.length === 0) return null;
  for (let offset = minDayOffset; offset <= minDayOffset + 8; offset++) {
    const p = periodOn(wh, wall, offset);
    if (p && p.start > wall) return p.start;
  }
  return null;
}

/**
 * "Until tomorrow" (SPEC §3.9): the next 06:00 — today's when it is still to come, else
 * tomorrow's. With working hours on: the start of the first working period on or after that
 * 06:00's day that is still to come (Tuesday 00:10 → Tuesday 09:00, Tuesday 07:10 → Wednesday
 * 09:00, Friday evening → Monday morning).
 */
export function tomorrowMorning(wh: WorkingHours, wall: number): number {
  const todaySix = atLocalMinutes(wall, 0, 6 * 60);
  const dayOffset = wall < todaySix ? 0 : 1;
  const next = nextWorkingStart(wh, wall, dayOffset);
  return next ?? atLocalMinutes(wall, dayOffset, 6 * 60);
}

/** Midnight at the start of the local day containing `wall`. */
export function startOfLocalDay(wall: number): number {
  return atLocalMinutes(wall, 0, 0);
}

export { DAY_MS };
