// CSV export: one row per break, RFC 4180 quoting, names and ids, local date and time apart, a
// duration, and the separator of the user's number format (SPEC §6, issue 14 §12).
// TZ=Europe/Berlin. tests/unit/history-csv-spreadsheet.test.ts opens the export in LibreOffice.
import { describe, expect, it } from 'vitest';
import { getExercise } from '../../src-main/core/catalog';
import type { LimberEvent } from '../../src-main/core/events';
import { BOM, breakRows, csvField, csvSeparatorFor, CSV_COLUMNS, parseLog, serializeEvent, toCsv } from '../../src-main/core/history/index';
import { spreadsheetSeparator } from '../../src-main/history-export';

const cet = (local: string) => Date.parse(`${local}+01:00`);

function entriesOf(events: LimberEvent[]) {
  return parseLog(events.map((e) => `${serializeEvent(e)}\n`).join('')).entries;
}

/** A strict RFC 4180 reader, to check the export by reading it back (after its byte order mark). */
function readCsv(withBom: string, sep = ','): string[][] {
  if (!withBom.startsWith(BOM)) throw new Error('no byte order mark');
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (c === sep) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (c === '\n' || c === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last record without CRLF');
  return rows;
}

const EVENTS: LimberEvent[] = [
  { event: 'break', at: cet('2026-03-02T09:00:00'), breakId: 'b1', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['twist', 'fold'] },
  { event: 'snoozed', at: cet('2026-03-02T09:01:00'), breakId: 'b1', until: cet('2026-03-02T09:06:00'), snoozesUsed: 1 },
  { event: 'break', at: cet('2026-03-02T09:06:00'), breakId: 'b1', trigger: 'snooze', snoozesLeft: 1, sittingSeconds: 3060, routine: ['twist', 'fold'] },
  { event: 'snoozed', at: cet('2026-03-02T09:07:00'), breakId: 'b1', until: cet('2026-03-02T09:12:00'), snoozesUsed: 2 },
  { event: 'natural-break', at: cet('2026-03-02T09:10:00'), cause: 'idle', sittingSeconds: 1000 }, // not a break row
  { event: 'break', at: cet('2026-03-02T09:12:00'), breakId: 'b1', trigger: 'snooze', snoozesLeft: 0, sittingSeconds: 3420, routine: ['twist', 'fold'] },
  { event: 'started', at: cet('2026-03-02T09:12:30'), breakId: 'b1' },
  { event: 'partial', at: cet('2026-03-02T09:13:30'), breakId: 'b1', fraction: 0.5, exercises: ['twist'], secondsStretched: 55 },
  { event: 'break', at: cet('2026-03-02T23:59:00'), breakId: 'b2', trigger: 'manual', snoozesLeft: 2, sittingSeconds: 60, routine: ['a,b', 'say "hi"'] },
  { event: 'started', at: cet('2026-03-03T00:00:00'), breakId: 'b2' },
  { event: 'stopped', at: cet('2026-03-03T00:01:00'), breakId: 'b2', exercise: 'say "hi"', exercises: ['a,b', 'say "hi"'], secondsStretched: 40 },
  { event: 'break', at: cet('2026-03-03T10:00:00'), breakId: 'b3', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['=cmd'] },
  { event: 'skipped', at: cet('2026-03-03T10:00:20'), breakId: 'b3' },
  { event: 'break', at: cet('2026-03-03T11:00:00'), breakId: 'b4', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700 },
  { event: 'natural-break', at: cet('2026-03-03T11:05:00'), cause: 'lock', sittingSeconds: 2700, breakId: 'b4' },
  { event: 'break', at: cet('2026-03-03T12:00:00'), breakId: 'b5', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['twist'] },
  { event: 'started', at: cet('2026-03-03T12:00:05'), breakId: 'b5' },
  { event: 'completed', at: cet('2026-03-03T12:02:05'), breakId: 'b5', exercises: ['twist'], secondsStretched: 120 },
  { event: 'completed', at: cet('2026-03-03T12:03:00'), breakId: 'b5', exercises: ['dup'], secondsStretched: 1 }, // duplicate line
  { event: 'break', at: cet('2026-03-03T16:00:00'), breakId: 'b6', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700 }, // still open
];

describe('toCsv', () => {
  it('writes a header and one row per break, in order, with RFC 4180 quoting and CRLF', () => {
    const csv = toCsv(entriesOf(EVENTS));
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // Date, Time, Outcome, Duration (s), Done (%), Exercises done, (ids), Stopped at, (id), Routine, (ids), Snoozes, Trigger, End date, End time, Break id
    expect(rows.slice(1)).toEqual([
      ['2026-03-02', '09:00:00', 'partial', '55', '50', 'twist', 'twist', '', '', 'twist, fold', 'twist, fold', '2', 'due', '2026-03-02', '09:13:30', 'b1'],
      ['2026-03-02', '23:59:00', 'stopped', '40', '', 'a,b, say "hi"', 'a,b, say "hi"', 'say "hi"', 'say "hi"', 'a,b, say "hi"', 'a,b, say "hi"', '0', 'manual', '2026-03-03', '00:01:00', 'b2'],
      ['2026-03-03', '10:00:00', 'skipped', '', '', '', '', '', '', "'=cmd", "'=cmd", '0', 'due', '2026-03-03', '10:00:20', 'b3'],
      ['2026-03-03', '11:00:00', 'natural-break', '', '', '', '', '', '', '', '', '0', 'due', '2026-03-03', '11:05:00', 'b4'],
      ['2026-03-03', '12:00:00', 'completed', '120', '100', 'twist', 'twist', '', '', 'twist', 'twist', '0', 'due', '2026-03-03', '12:02:05', 'b5'],
      ['2026-03-03', '16:00:00', '', '', '', '', '', '', '', '', '', '0', 'due', '', '', 'b6'],
    ]);
    expect(csv).toContain(',"a,b, say ""hi""",');
  });

  it('names the exercises as the user saw them, next to their ids', () => {
    const ids = ['seated-rotation', 'forward-bend'];
    const names = ids.map((id) => getExercise(id)!.name);
    const csv = toCsv(
      entriesOf([
        { event: 'break', at: cet('2026-03-02T09:00:00'), breakId: 'b', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ids },
        { event: 'stopped', at: cet('2026-03-02T09:01:10'), breakId: 'b', exercise: ids[1]!, exercises: ids, secondsStretched: 65.4 },
      ]),
    );
    const row = readCsv(csv)[1]!;
    expect(row.slice(0, 11)).toEqual(['2026-03-02', '09:00:00', 'stopped', '65', '', names.join(', '), ids.join(', '), names[1], ids[1], names.join(', '), ids.join(', ')]);
  });

  it('uses the separator asked for: a semicolon file reads back the same', () => {
    const entries = entriesOf(EVENTS);
    const semi = toCsv(entries, { separator: ';' });
    expect(readCsv(semi, ';')).toEqual(readCsv(toCsv(entries)));
    expect(semi.split('\r\n')[0]).toBe(`${BOM}${CSV_COLUMNS.join(';')}`);
  });

  it('picks a semicolon where numbers have a decimal comma, a comma elsewhere', () => {
    for (const l of ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'ru-RU', 'sv-SE']) expect(csvSeparatorFor(l), l).toBe(';');
    for (const l of ['en-US', 'en-GB', 'ja-JP', 'zh-CN', 'de-CH', 'he-IL']) expect(csvSeparatorFor(l), l).toBe(',');
    expect(csvSeparatorFor('not a locale!')).toBe(',');
    expect(csvSeparatorFor(undefined)).toBe(csvSeparatorFor(Intl.NumberFormat().resolvedOptions().locale));
    expect(spreadsheetSeparator({ getSystemLocale: () => 'de-DE', getLocale: () => 'en-US' })).toBe(';');
    expect(spreadsheetSeparator({ getSystemLocale: () => '', getLocale: () => 'fr-FR' })).toBe(';');
    const notReady = () => {
      throw new Error('not ready');
    };
    expect(spreadsheetSeparator({ getSystemLocale: notReady })).toBe(csvSeparatorFor(undefined));
  });

  it('keeps an outcome whose break line is missing (e.g. lost in a crash)', () => {
    const rows = breakRows(entriesOf([{ event: 'skipped', at: cet('2026-03-04T10:00:00'), breakId: 'lonely' }]));
    expect(rows).toEqual([
      expect.objectContaining({ breakId: 'lonely', date: '2026-03-04', time: '', outcome: 'skipped', endDate: '2026-03-04', endTime: '10:00:00' }),
    ]);
  });

  it('an empty history is just the byte order mark and the header', () => {
    expect(toCsv([])).toBe(`${BOM}${CSV_COLUMNS.join(',')}\r\n`);
    expect(toCsv([], { bom: false })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('csvField quotes only what needs it and defuses spreadsheet formulas in text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('"a;b"'); // either separator: a reader splitting on both still sees one field
    expect(csvField('a,b', true, ';')).toBe('"a,b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('"q"')).toBe('"""q"""');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@x,y')).toBe(`"'@x,y"`);
    expect(csvField(-1)).toBe('-1');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
  });
});
