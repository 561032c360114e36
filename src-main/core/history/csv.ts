// CSV export of the history (SPEC §6): one row per break (all lines sharing a breakId), in the
// order the breaks were first seen, made for spreadsheets:
//
// - the exercises by the names the user saw, and by id (stable, for scripts) in their own columns;
// - local date and local time in separate columns ("2026-03-02", "09:45:00"): spreadsheets read
//   both as a date and a time, while an ISO string with an offset stays text;
// - a duration column (seconds spent on the exercises) and the share of the routine done, both
//   whole numbers, so no decimal separator is ever involved;
// - the field separator follows the user's number format: a comma where decimals are written
//   with a point, a semicolon where they are written with a comma (de, fr, es, it, nl, pt, ru …).
//   That is the "list separator" Excel uses to split a .csv it opens by double-click in those
//   regions, so the file opens as columns there too. (A `sep=` first line would also do it, but
//   only Excel understands it — every other program shows it as a data row — and it makes Excel
//   ignore the byte order mark.)
// - UTF-8 with a byte order mark, so Excel reads accented names right (without it, Excel takes the
//   system's legacy code page); RFC 4180 quoting (fields holding a comma, a semicolon, a quote,
//   CR or LF are quoted, quotes doubled) and CRLF line ends; text that a spreadsheet would run as a
//   formula gets a leading '.

import { getExercise } from '../catalog';
import type { HistoryEntry } from './format';
import type { LocalStamp } from './time';

export type CsvSeparator = ',' | ';';

/**
 * The header row, in column order (English). The order is fixed in every language; the labels
 * are the person's language when the exporter passes them (`CsvOptions.headers`, from the
 * `main.csv.*` messages). Nothing in Limber reads a CSV back; a script that reads one should go
 * by column position or use the "(ids)" columns, whose values never change with the language
 * (outcomes and triggers are codes too: completed, skipped, due …).
 */
export const CSV_COLUMNS = [
  'Date',
  'Time',
  'Outcome',
  'Duration (s)',
  'Done (%)',
  'Exercises done',
  'Exercises done (ids)',
  'Stopped at',
  'Stopped at (id)',
  'Routine',
  'Routine (ids)',
  'Snoozes',
  'Trigger',
  'End date',
  'End time',
  'Break id',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One break, as exported. Dates and times are local, as written on the lines. */
export interface BreakRow {
  breakId: string;
  /** local day and time the break was first shown (or first seen, if its `break` line is missing) */
  date: string;
  /** '' when the break's `break` line is missing */
  time: string;
  trigger: string;
  snoozes: number;
  /** completed | partial | stopped | skipped | natural-break, or '' while the break has none */
  outcome: string;
  endDate: string;
  endTime: string;
  /** partial: the fraction done; completed: 1; otherwise null */
  fraction: number | null;
  exercises: string[];
  secondsStretched: number | null;
  stoppedExercise: string;
  routine: string[];
}

/** Groups the entries by breakId into one row per break. */
export function breakRows(entries: Iterable<HistoryEntry>): BreakRow[] {
  const rows = new Map<string, BreakRow>();
  const row = (id: string, e: HistoryEntry): BreakRow => {
    let r = rows.get(id);
    if (!r) {
      r = {
        breakId: id,
        date: e.local.date,
        time: '',
        trigger: '',
        snoozes: 0,
        outcome: '',
        endDate: '',
        endTime: '',
        fraction: null,
        exercises: [],
        secondsStretched: null,
        stoppedExercise: '',
        routine: [],
      };
      rows.set(id, r);
    }
    return r;
  };
  const shown = (r: BreakRow, local: LocalStamp): void => {
    r.date = local.date;
    r.time = local.time;
  };
  for (const e of entries) {
    switch (e.event) {
      case 'break': {
        const r = row(e.breakId, e);
        if (r.time === '') {
          shown(r, e.local);
          r.trigger = e.trigger;
        }
        if (e.routine) r.routine = e.routine;
        break;
      }
      case 'snoozed':
        row(e.breakId, e).snoozes++;
        break;
      case 'completed':
      case 'partial':
      case 'stopped':
      case 'skipped':
      case 'natural-break': {
        if (e.breakId === undefined) break; // a natural break with no break showing is not a break
        const r = row(e.breakId, e);
        if (r.outcome !== '') break; // one outcome per break; a second outcome line is ignored
        r.outcome = e.event;
        r.endDate = e.local.date;
        r.endTime = e.local.time;
        if (e.event === 'completed') r.fraction = 1;
        if (e.event === 'partial') r.fraction = e.fraction;
        if (e.event === 'completed' || e.event === 'partial' || e.event === 'stopped') {
          r.exercises = e.exercises ?? [];
          r.secondsStretched = e.secondsStretched ?? null;
        }
        if (e.event === 'stopped') r.stoppedExercise = e.exercise;
        break;
      }
      default:
        break;
    }
  }
  return [...rows.values()];
}

/**
 * The separator a spreadsheet in `locale` expects: ';' where numbers are written with a decimal
 * comma, ',' elsewhere (and for a locale this runtime does not know).
 */
export function csvSeparatorFor(locale: string | undefined): CsvSeparator {
  try {
    const decimal = new Intl.NumberFormat(locale || undefined).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

/**
 * Quotes a field per RFC 4180 for `separator`; text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) gets a leading '.
 */
export function csvField(value: string | number | null, text = true, separator: CsvSeparator = ','): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  // Quoted when it holds either separator (not only the one in use), so that a reader that
  // splits on both — LibreOffice's import with both ticked, a script — still sees one field.
  return /[",;\r\n]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** field separator (default ','); see csvSeparatorFor */
  separator?: CsvSeparator;
  /** the name the user saw for an exercise id; default: the catalog's name (the id for an exercise it no longer has) */
  exerciseName?: (id: string) => string | undefined;
  /** start with a UTF-8 byte order mark (default true) */
  bom?: boolean;
  /** the header labels, one per CSV_COLUMNS entry in the same order (default: CSV_COLUMNS, English) */
  headers?: readonly string[];
}

export const BOM = '\uFEFF';

/** The CSV text: a header row and one row per break, each line ending in CRLF. */
export function toCsv(entries: Iterable<HistoryEntry>, options: CsvOptions = {}): string {
  return rowsToCsv(breakRows(entries), options);
}

export function rowsToCsv(rows: readonly BreakRow[], options: CsvOptions = {}): string {
  const sep = options.separator ?? ',';
  const lookup = options.exerciseName ?? ((id: string) => getExercise(id)?.name);
  const nameOf = (id: string): string => lookup(id) ?? id;
  const list = (items: readonly string[]): string => items.join(', ');
  const f = (v: string | number | null, text = true) => csvField(v, text, sep);
  const headers = options.headers?.length === CSV_COLUMNS.length ? options.headers : CSV_COLUMNS;
  const out: string[] = [headers.map((c) => f(c)).join(sep)];
  for (const r of rows) {
    out.push(
      [
        f(r.date, false),
        f(r.time, false),
        f(r.outcome),
        f(r.secondsStretched === null ? null : Math.round(r.secondsStretched)),
        f(r.fraction === null ? null : Math.round(Math.min(1, Math.max(0, r.fraction)) * 100)),
        f(list(r.exercises.map(nameOf))),
        f(list(r.exercises)),
        f(r.stoppedExercise === '' ? '' : nameOf(r.stoppedExercise)),
        f(r.stoppedExercise),
        f(list(r.routine.map(nameOf))),
        f(list(r.routine)),
        f(r.snoozes),
        f(r.trigger),
        f(r.endDate, false),
        f(r.endTime, false),
        f(r.breakId),
      ].join(sep),
    );
  }
  return (options.bom === false ? '' : BOM) + out.join('\r\n') + '\r\n';
}
