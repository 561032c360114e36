// Words and numbers for the history window. Dates arrive as local calendar days "YYYY-MM-DD"
// (the core already decided which day each line belongs to), so they are read as plain
// calendar dates here — never through the time zone again. English names, like the rest of the UI.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

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

export const weekdayName = (weekday: number): string => WEEKDAYS[((weekday % 7) + 7) % 7]!;
export const weekdayShort = (weekday: number): string => weekdayName(weekday).slice(0, 3);
export const monthShort = (m: number): string => MONTHS[m - 1]!.slice(0, 3);

/** "Tue 3 Mar" */
export function shortDay(date: string): string {
  const p = parseDay(date);
  return `${weekdayShort(p.weekday)} ${p.d} ${monthShort(p.m)}`;
}

/** "Tuesday 3 March" (with the year when it is not `thisYear`) */
export function longDay(date: string, thisYear?: number): string {
  const p = parseDay(date);
  return `${weekdayName(p.weekday)} ${p.d} ${MONTHS[p.m - 1]!}${thisYear !== undefined && p.y !== thisYear ? ` ${p.y}` : ''}`;
}

/** "3 Mar" */
export function dayMonth(date: string): string {
  const p = parseDay(date);
  return `${p.d} ${monthShort(p.m)}`;
}

/** "3 Mar – 13 Mar", or one day */
export function dayRange(from: string, to: string): string {
  return from === to ? dayMonth(from) : `${dayMonth(from)} – ${dayMonth(to)}`;
}

/** Adds `n` calendar days to "YYYY-MM-DD". */
export function addDays(date: string, n: number): string {
  const p = parseDay(date);
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Time spent stretching, as the "today" card shows it: "0 min" for none, seconds under a
 * minute ("45 s"), else whole minutes ("8 min").
 */
export function stretchedText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s === 0) return '0 min';
  if (s < 60) return `${s} s`;
  return `${Math.round(s / 60)} min`;
}

/** A sitting stretch: "52 min", "1 h 5 min", "2 h". */
export function sittingText(seconds: number): string {
  const min = Math.round(Math.max(0, seconds) / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  const r = min % 60;
  return r ? `${h} h ${r} min` : `${h} h`;
}

/** Long total durations: "45 min", "3 h 20 min", "41 h". */
export function totalText(seconds: number): string {
  const min = Math.round(Math.max(0, seconds) / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  return h >= 10 ? `${h} h` : `${h} h${min % 60 ? ` ${min % 60} min` : ''}`;
}

/** "seated-figure-four" → "Seated figure four": a readable fallback for an id the catalog no longer has. */
export function humanizeId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}
