// Time stamps of the history log: ISO 8601 with the UTC offset of the local zone at that instant,
// and calendar-day arithmetic on "YYYY-MM-DD" strings. Pure: the only zone knowledge comes from
// `Date#getTimezoneOffset` of a given instant (the process TZ), never from the current time.

/** Minutes EAST of UTC (Berlin winter = +60, New York summer = -240), or a function of the instant. */
export type OffsetSource = number | ((epochMs: number) => number);

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** The process time zone's offset (minutes east of UTC) at `epochMs`. */
export function localOffsetMinutes(epochMs: number): number {
  const off = -new Date(epochMs).getTimezoneOffset();
  return off === 0 ? 0 : Math.round(off); // no -0, no historic second offsets
}

export function resolveOffset(epochMs: number, source: OffsetSource | undefined): number {
  if (source === undefined) return localOffsetMinutes(epochMs);
  return typeof source === 'number' ? source : source(epochMs);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad3(n: number): string {
  return n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n);
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** `2026-03-02T09:45:00.000+01:00` for the instant `epochMs` seen at `offsetMinutes` east of UTC. */
export function formatIsoWithOffset(epochMs: number, offsetMinutes: number): string {
  if (!Number.isFinite(epochMs)) throw new RangeError(`not a time stamp: ${String(epochMs)}`);
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > 18 * 60) {
    throw new RangeError(`not a UTC offset in minutes: ${String(offsetMinutes)}`);
  }
  const d = new Date(Math.round(epochMs) + offsetMinutes * MINUTE_MS);
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) throw new RangeError(`time stamp out of range: ${String(epochMs)}`);
  const year = y < 1000 ? String(y).padStart(4, '0') : String(y);
  return (
    `${year}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}.${pad3(d.getUTCMilliseconds())}` +
    formatOffset(offsetMinutes)
  );
}

/** A wall time as it was read where and when the line was written. */
export interface LocalStamp {
  /** local calendar day, YYYY-MM-DD */
  date: string;
  /** local time of day, HH:MM:SS */
  time: string;
  /** minutes east of UTC */
  offsetMinutes: number;
}

export interface ParsedStamp extends LocalStamp {
  ms: number;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** Two ASCII digits at i as a number, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The exact shape we write, `YYYY-MM-DDTHH:MM:SS.mmm±HH:MM`, read without a regex (hot path). */
function parseCanonical(s: string): ParsedStamp | null {
  if (
    s.length !== 29 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46 || s.charCodeAt(26) !== 58
  ) {
    return null;
  }
  const sign = s.charCodeAt(23);
  const hi = digits2(s, 0);
  const lo = digits2(s, 2);
  const mo = digits2(s, 5);
  const d = digits2(s, 8);
  const h = digits2(s, 11);
  const mi = digits2(s, 14);
  const sec = digits2(s, 17);
  const ms1 = digits2(s, 20);
  const ms2 = s.charCodeAt(22) - 48;
  const oh = digits2(s, 24);
  const om = digits2(s, 27);
  if ((sign !== 43 && sign !== 45) || hi < 0 || lo < 0 || ms1 < 0 || ms2 < 0 || ms2 > 9 || oh < 0 || om < 0) return null;
  const y = hi * 100 + lo;
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h < 0 || h > 23 || mi < 0 || mi > 59) return null;
  if (sec < 0 || sec > 59 || oh > 18 || om > 59) return null;
  const offset = oh * 60 + om === 0 ? 0 : (oh * 60 + om) * (sign === 45 ? -1 : 1);
  return {
    ms: Date.UTC(y, mo - 1, d, h, mi, sec, ms1 * 10 + ms2) - offset * MINUTE_MS,
    date: s.slice(0, 10),
    time: s.slice(11, 19),
    offsetMinutes: offset,
  };
}

/** Parses an ISO date-time that carries a zone (`Z` or `±HH:MM`); null for anything else. */
export function parseIsoWithOffset(text: string): ParsedStamp | null {
  const fast = parseCanonical(text);
  if (fast) return fast;
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const frac = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null;
  let offset = 0;
  if (m[8] === undefined) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 18 || om > 59) return null;
    offset = (oh * 60 + om) * (m[9] === '-' ? -1 : 1);
    if (offset === 0) offset = 0; // -00:00 → 0
  }
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, frac);
  // Date.UTC maps years 0–99 to 1900–1999; the log never holds those, but stay exact anyway.
  const fixedWall = y < 100 ? new Date(wall).setUTCFullYear(y) : wall;
  return {
    ms: fixedWall - offset * MINUTE_MS,
    date: `${m[1]}-${m[2]}-${m[3]}`,
    time: `${m[4]}:${m[5]}:${pad2(s)}`,
    offsetMinutes: offset,
  };
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** The local calendar day (YYYY-MM-DD) of `epochMs` at `offsetMinutes` east of UTC. */
export function localDate(epochMs: number, offsetMinutes: number): string {
  return formatIsoWithOffset(epochMs, offsetMinutes).slice(0, 10);
}

/** Days since 1970-01-01 of a YYYY-MM-DD string (a plain calendar count, no zone involved). */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** The YYYY-MM-DD string of a day number (inverse of dayNumber). */
export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}
