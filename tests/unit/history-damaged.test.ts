// Issue 14 §9: history files that went through other hands. CR-only line ends (an old Mac
// editor), two files joined (a BOM in the middle), a line written twice: every event is read,
// and each is counted once. TZ=Europe/Berlin.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { LogParser, computeStats, noteEnglish, parseLog, serializeEvent } from '../../src-main/core/history/index';
import { HistoryLog } from '../../src-main/history-log';

const T = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00+01:00`);
const NOW = T('20:00');
const day: LimberEvent[] = [
  { event: 'warn', at: T('09:44'), dueAt: T('09:45') },
  { event: 'break', at: T('09:45'), breakId: 'b1', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700 },
  { event: 'started', at: T('09:46'), breakId: 'b1' },
  { event: 'completed', at: T('09:48'), breakId: 'b1', exercises: ['seated-rotation'], secondsStretched: 120 },
  { event: 'natural-break', at: T('11:00'), cause: 'idle', sittingSeconds: 3000 },
  { event: 'break', at: T('11:45'), breakId: 'b2', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700 },
  { event: 'snoozed', at: T('11:46'), breakId: 'b2', until: T('11:51'), snoozesUsed: 1 },
  { event: 'break', at: T('11:51'), breakId: 'b2', trigger: 'snooze', snoozesLeft: 1, sittingSeconds: 3060 },
  { event: 'skipped', at: T('11:52'), breakId: 'b2' },
];
const lines = day.map((e) => serializeEvent(e));
const events = (text: string) => parseLog(text).entries.map((e) => `${e.event}@${e.local.time}`);
const expected = day.map((e) => `${e.event}@${new Date(e.at).toTimeString().slice(0, 8)}`);

describe('line ends', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR only', '\r'],
  ])('%s: every line is read, none is torn', (_name, eol) => {
    const r = parseLog(lines.join(eol) + eol);
    expect(r.entries.map((e) => `${e.event}@${e.local.time}`)).toEqual(expected);
    expect(r).toMatchObject({ invalid: 0, torn: false, notes: [] });
    expect(r.entries.map((e) => e.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it('a CR-only file without a final line end still has every line (the last is whole, so not torn)', () => {
    const r = parseLog(lines.join('\r'));
    expect(r.entries).toHaveLength(lines.length);
    expect(r.torn).toBe(false);
  });

  it('a CRLF split between two chunks is one line end, not an extra empty line', () => {
    const text = lines.join('\r\n') + '\r\n';
    for (let cut = 1; cut < text.length; cut += 7) {
      const r = new LogParser().push(text.slice(0, cut)).push(text.slice(cut)).finish();
      expect(r.entries.map((e) => e.line)).toEqual(lines.map((_, i) => i + 1));
    }
    const atCR = text.indexOf('\r\n') + 1;
    const r = new LogParser().push(text.slice(0, atCR)).push(text.slice(atCR)).finish();
    expect(r.entries.map((e) => e.line)).toEqual(lines.map((_, i) => i + 1));
    expect(r.invalid).toBe(0);
  });

  it('mixed line ends in one file (edited in two editors) lose nothing', () => {
    const mixed = lines.map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('');
    expect(events(mixed)).toEqual(expected);
  });
});

describe('a byte order mark in the middle (two files joined)', () => {
  const a = lines.slice(0, 4);
  const b = lines.slice(4);

  it('each file saved with a BOM and joined: every line is read', () => {
    const text = `\uFEFF${a.join('\n')}\n\uFEFF${b.join('\n')}\n`;
    const r = parseLog(text);
    expect(r.entries.map((e) => `${e.event}@${e.local.time}`)).toEqual(expected);
    expect(r.invalid).toBe(0);
  });

  it('the first file did not end in a line end: the BOM separates the two lines glued together', () => {
    const text = `\uFEFF${a.join('\r\n')}\uFEFF${b.join('\r\n')}\r\n`;
    expect(events(text)).toEqual(expected);
  });

  it('a BOM inside a string value of a valid line is kept as text', () => {
    const line = serializeEvent({ event: 'ignored', at: T('10:00'), action: 'x\uFEFFy', reason: 'z' });
    expect(parseLog(`${line}\n`).entries[0]).toMatchObject({ action: 'x\uFEFFy' });
  });
});

describe('a line that is there twice', () => {
  it('the same natural-break line twice counts once', () => {
    const nb = lines[4]!;
    const text = [...lines.slice(0, 5), nb, ...lines.slice(5)].join('\n') + '\n';
    const r = parseLog(text);
    expect(r.entries.filter((e) => e.event === 'natural-break')).toHaveLength(1);
    expect(r.duplicates).toBe(1);
    expect(r.notes.map(noteEnglish)).toEqual(['line 6 skipped: the same event as an earlier line (counted once)']);
    expect(computeStats(r.entries, { dailyGoal: 6, now: NOW }).today.naturalBreaks).toBe(1);
  });

  it('a whole file joined to a copy of itself counts every event once', () => {
    const once = parseLog(lines.join('\n') + '\n');
    const twice = parseLog(`${lines.join('\n')}\n\uFEFF${lines.join('\r\n')}\r\n`);
    expect(twice.entries.map((e) => e.event)).toEqual(once.entries.map((e) => e.event));
    expect(computeStats(twice.entries, { dailyGoal: 6, now: NOW }).today).toEqual(computeStats(once.entries, { dailyGoal: 6, now: NOW }).today);
    expect(twice.duplicates).toBe(lines.length);
  });

  it('two different events at the same moment both count; so do two natural breaks at different times', () => {
    const other = serializeEvent({ event: 'natural-break', at: day[4]!.at, cause: 'lock', sittingSeconds: 3000 });
    const later = serializeEvent({ event: 'natural-break', at: T('15:00'), cause: 'idle', sittingSeconds: 3000 });
    const r = parseLog([lines[4], other, later].join('\n') + '\n');
    expect(r.entries).toHaveLength(3);
    expect(r.duplicates).toBe(0);
  });

  it('the streamed statistics of HistoryLog count a copied line once too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-dup-'));
    try {
      fs.writeFileSync(path.join(dir, 'history.jsonl'), [...lines, lines[4], lines[6]].join('\n') + '\n');
      const s = new HistoryLog({ dir }).stats({ dailyGoal: 6, now: NOW });
      expect(s.today).toMatchObject({ naturalBreaks: 1, snoozes: 1, completed: 1, skipped: 1 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('HistoryLog on a real CR-only file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-cr-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads every line, appends after it without harm, and blames no crash', () => {
    fs.writeFileSync(path.join(dir, 'history.jsonl'), lines.join('\r') + '\r');
    const log = new HistoryLog({ dir });
    const before = log.readAll();
    expect(before.entries).toHaveLength(lines.length);
    expect(before).toMatchObject({ torn: false, invalid: 0, notes: [] });
    expect(log.append({ event: 'resumed', at: T('12:00'), by: 'user' })).toBe(true);
    const after = new HistoryLog({ dir }).readAll();
    expect(after.entries.map((e) => e.event)).toEqual([...day.map((e) => e.event), 'resumed']);
    expect(after).toMatchObject({ torn: false, invalid: 0 });
  });
});
