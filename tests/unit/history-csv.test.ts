// CSV export: one row per break, RFC 4180 quoting (SPEC §6). TZ=Europe/Berlin.
import { describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { breakRows, csvField, CSV_COLUMNS, parseLog, serializeEvent, toCsv } from '../../src-main/core/history/index';

const cet = (local: string) => Date.parse(`${local}+01:00`);

function entriesOf(events: LimberEvent[]) {
  return parseLog(events.map((e) => `${serializeEvent(e)}\n`).join('')).entries;
}

/** A strict RFC 4180 reader, to check the export by reading it back. */
function readCsv(text: string): string[][] {
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
    } else if (c === ',') {
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
    expect(rows.slice(1)).toEqual([
      ['2026-03-02', '2026-03-02T09:00:00+01:00', 'due', '2', 'partial', '2026-03-02T09:13:30+01:00', '0.5', 'twist', '55', '', 'twist;fold'],
      ['2026-03-02', '2026-03-02T23:59:00+01:00', 'manual', '0', 'stopped', '2026-03-03T00:01:00+01:00', '', 'a,b;say "hi"', '40', 'say "hi"', 'a,b;say "hi"'],
      ['2026-03-03', '2026-03-03T10:00:00+01:00', 'due', '0', 'skipped', '2026-03-03T10:00:20+01:00', '', '', '', '', "'=cmd"],
      ['2026-03-03', '2026-03-03T11:00:00+01:00', 'due', '0', 'natural-break', '2026-03-03T11:05:00+01:00', '', '', '', '', ''],
      ['2026-03-03', '2026-03-03T12:00:00+01:00', 'due', '0', 'completed', '2026-03-03T12:02:05+01:00', '1', 'twist', '120', '', 'twist'],
      ['2026-03-03', '2026-03-03T16:00:00+01:00', 'due', '0', '', '', '', '', '', '', ''],
    ]);
    expect(csv).toContain(',"a,b;say ""hi""",40,"say ""hi""",');
  });

  it('keeps an outcome whose break line is missing (e.g. lost in a crash)', () => {
    const rows = breakRows(entriesOf([{ event: 'skipped', at: cet('2026-03-04T10:00:00'), breakId: 'lonely' }]));
    expect(rows).toEqual([
      expect.objectContaining({ breakId: 'lonely', date: '2026-03-04', shownAt: '', outcome: 'skipped', endedAt: '2026-03-04T10:00:00+01:00' }),
    ]);
  });

  it('an empty history is just the header', () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('csvField quotes only what needs it and defuses spreadsheet formulas in text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('"q"')).toBe('"""q"""');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@x,y')).toBe(`"'@x,y"`);
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
  });
});
