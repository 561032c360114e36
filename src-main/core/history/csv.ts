// CSV export of the history (SPEC §6): one row per break (all lines sharing a breakId), in the
// order the breaks were first seen. RFC 4180: comma-separated, CRLF line ends, fields quoted when
// they hold a comma, quote, CR or LF, quotes doubled; a header row first.

import type { HistoryEntry } from './format';
import { formatOffset, type LocalStamp } from './time';

export const CSV_COLUMNS = [
  'date',
  'shown_at',
  'trigger',
  'snoozes',
  'outcome',
  'ended_at',
  'fraction',
  'exercises',
  'seconds_stretched',
  'stopped_exercise',
  'routine',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One break, as exported. Times are the local time the line was written in, ISO with offset. */
export interface BreakRow {
  breakId: string;
  /** local day the break was first shown (or first seen, if its `break` line is missing) */
  date: string;
  shownAt: string;
  trigger: string;
  snoozes: number;
  /** completed | partial | stopped | skipped | natural-break, or '' while the break has none */
  outcome: string;
  endedAt: string;
  /** partial: the fraction done; completed: 1; otherwise null */
  fraction: number | null;
  exercises: string[];
  secondsStretched: number | null;
  stoppedExercise: string;
  routine: string[];
}

function iso(local: LocalStamp): string {
  return `${local.date}T${local.time}${formatOffset(local.offsetMinutes)}`;
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
        shownAt: '',
        trigger: '',
        snoozes: 0,
        outcome: '',
        endedAt: '',
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
  for (const e of entries) {
    switch (e.event) {
      case 'break': {
        const r = row(e.breakId, e);
        if (r.shownAt === '') {
          r.shownAt = iso(e.local);
          r.date = e.local.date;
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
        if (r.outcome !== '') break; // one outcome per break; a duplicate line is ignored
        r.outcome = e.event;
        r.endedAt = iso(e.local);
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

/** Quotes a field per RFC 4180; text that a spreadsheet would run as a formula gets a leading '. */
export function csvField(value: string | number | null, text = true): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let s = value;
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV text: a header row and one row per break, each line ending in CRLF. */
export function toCsv(entries: Iterable<HistoryEntry>): string {
  return rowsToCsv(breakRows(entries));
}

export function rowsToCsv(rows: readonly BreakRow[]): string {
  const out: string[] = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    out.push(
      [
        csvField(r.date, false),
        csvField(r.shownAt, false),
        csvField(r.trigger),
        csvField(r.snoozes),
        csvField(r.outcome),
        csvField(r.endedAt, false),
        csvField(r.fraction),
        csvField(r.exercises.join(';')),
        csvField(r.secondsStretched),
        csvField(r.stoppedExercise),
        csvField(r.routine.join(';')),
      ].join(','),
    );
  }
  return out.join('\r\n') + '\r\n';
}
