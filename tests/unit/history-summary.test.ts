// The history summary beside the log (src-main/history-summary.ts): whatever happened to the
// files, statistics, notes and "today's" entries read through the summary equal a full re-read
// of the log; start-up reads only the end of the log; a stale or damaged summary is rebuilt.
// TZ=Europe/Berlin (vitest config).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { noteEnglish, serializeEvent, type HistoryNote, type StatsOptions } from '../../src-main/core/history/index';
import { generateHistory } from '../../src-main/core/history/synthetic';
import { HistoryLog } from '../../src-main/history-log';
import { SUMMARY_REVISION } from '../../src-main/history-summary';

let dir: string;
const logFile = () => path.join(dir, 'history.jsonl');
const summaryFile = () => path.join(dir, 'history.summary.json');
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-summary-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const NOW = Date.parse('2021-06-30T20:00:00+02:00');
const OPTS: StatsOptions = { dailyGoal: 6, now: NOW, days: 120, calendarDays: 120 };
const lines = (events: LimberEvent[]) => events.map((e) => `${serializeEvent(e)}\n`).join('');

/** What reading the whole log again gives: the reference every summary read must equal. */
function fullRead(): { stats: unknown; notes: HistoryNote[]; entries: unknown[] } {
  const log = new HistoryLog({ dir });
  const stats = log.stats(OPTS);
  return { stats, notes: log.statsNotes, entries: log.readAll().entries };
}

function viaSummary(): { log: HistoryLog; stats: unknown; notes: HistoryNote[] } {
  const log = new HistoryLog({ dir, summary: true });
  const stats = log.stats(OPTS);
  return { log, stats, notes: log.statsNotes };
}

const gen = generateHistory({ from: '2021-03-01', days: 120, seed: 3 });
const days = [...new Set(gen.events.map((e) => new Date(e.at).toLocaleDateString('sv')))];

describe('the history summary', () => {
  it('is written beside the log and gives the same statistics and notes as a full re-read', () => {
    fs.writeFileSync(logFile(), lines(gen.events));
    const first = viaSummary();
    expect(first.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'no summary yet' });
    expect(fs.existsSync(summaryFile())).toBe(true);
    const ref = fullRead();
    expect(first.stats).toEqual(ref.stats);
    expect(first.notes).toEqual(ref.notes);
    // small: per-day counts, open breaks, totals — not the log again
    expect(fs.statSync(summaryFile()).size).toBeLessThan(fs.statSync(logFile()).size / 10);

    const again = viaSummary();
    expect(again.log.summary!.lastOpen).toEqual({ source: 'summary', reason: null, bytesRead: 0 });
    expect(again.stats).toEqual(ref.stats);
    expect(again.notes).toEqual(ref.notes);
  });

  it('a summary of the revision before (notes as English text) is used when it has no notes, rebuilt when it has some', () => {
    fs.writeFileSync(logFile(), lines(gen.events));
    viaSummary();
    const written = JSON.parse(fs.readFileSync(summaryFile(), 'utf8'));
    expect(written.revision).toBe(SUMMARY_REVISION);
    // what the previous version wrote for a clean log: the same, but revision 4
    fs.writeFileSync(summaryFile(), JSON.stringify({ ...written, revision: 4 }));
    const clean = viaSummary();
    expect(clean.log.summary!.lastOpen).toEqual({ source: 'summary', reason: null, bytesRead: 0 });
    expect(clean.stats).toEqual(fullRead().stats);
    // a log with a skipped line: revision 4 cached its note as English text, which no page can translate
    fs.appendFileSync(logFile(), 'not json\n');
    viaSummary().log.flushSummary();
    const noted = JSON.parse(fs.readFileSync(summaryFile(), 'utf8'));
    expect(noted.parser.notes).toEqual([{ id: 'history.note.notJson', values: { line: gen.events.length + 1 } }]);
    fs.writeFileSync(summaryFile(), JSON.stringify({ ...noted, revision: 4, parser: { ...noted.parser, notes: [`line ${gen.events.length + 1} skipped: not valid JSON`] } }));
    const old = viaSummary();
    expect(old.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'the summary is from another version' });
    expect(old.notes).toEqual(fullRead().notes);
    expect(old.notes.map(noteEnglish)).toEqual([`line ${gen.events.length + 1} skipped: not valid JSON`]);
    // and a current revision whose notes are not notes (edited by hand) is rebuilt too
    fs.writeFileSync(summaryFile(), JSON.stringify({ ...noted, parser: { ...noted.parser, notes: ['text'] } }));
    expect(viaSummary().log.summary!.lastOpen).toMatchObject({ source: 'rebuilt' });
  });

  it('reads only the lines after the summary, and counts each of them once', () => {
    const cut = gen.events.findIndex((e) => new Date(e.at).toLocaleDateString('sv') === days[100]);
    fs.writeFileSync(logFile(), lines(gen.events.slice(0, cut)));
    viaSummary(); // writes the summary for the first 100 days
    const rest = lines(gen.events.slice(cut));
    fs.appendFileSync(logFile(), rest);
    const s = viaSummary();
    expect(s.log.summary!.lastOpen).toEqual({ source: 'summary', reason: null, bytesRead: Buffer.byteLength(rest) });
    expect(s.stats).toEqual(fullRead().stats);
  });

  it("reads today's entries from the end of the log only (start-up)", () => {
    fs.writeFileSync(logFile(), lines(gen.events));
    const log = new HistoryLog({ dir, summary: true });
    const lastDay = days.at(-1)!;
    const dayStart = Date.parse(`${lastDay}T00:00:00+02:00`);
    const r = log.readSince(dayStart);
    const expected = fullRead().entries.filter((e) => (e as { at: number }).at >= dayStart);
    expect(r.entries).toEqual(expected.map((e) => ({ ...(e as object), line: expect.any(Number) })));
    expect(r.entries.length).toBeGreaterThan(0);
    // a second start: nothing before today is read again
    const log2 = new HistoryLog({ dir, summary: true });
    expect(log2.readSince(dayStart).entries).toEqual(r.entries);
    const todays = lines(gen.events.filter((e) => new Date(e.at).toLocaleDateString('sv') === lastDay));
    expect(log2.summary!.lastOpen).toEqual({ source: 'summary', reason: null, bytesRead: Buffer.byteLength(todays) });
    // and the counts, asked for later, are the same as a full re-read
    expect(log2.stats(OPTS)).toEqual(fullRead().stats);
  });

  it('follows appends: a summary written on a new day, stats equal to a full re-read after each', () => {
    const log = new HistoryLog({ dir, summary: true });
    const some = gen.events.slice(0, 400);
    for (const e of some) {
      log.append(e);
    }
    expect(log.stats(OPTS)).toEqual(fullRead().stats);
    const onDisk = JSON.parse(fs.readFileSync(summaryFile(), 'utf8')) as { log: { size: number } };
    // written with the first event of the newest day: the log after it is at most that day's lines
    const lastDay = new Date(some.at(-1)!.at).toLocaleDateString('sv');
    const firstOfLastDay = some.findIndex((e) => new Date(e.at).toLocaleDateString('sv') === lastDay);
    expect(onDisk.log.size).toBe(Buffer.byteLength(lines(some.slice(0, firstOfLastDay + 1))));
    log.flushSummary();
    const written = JSON.parse(fs.readFileSync(summaryFile(), 'utf8')) as { log: { size: number } };
    expect(written.log.size).toBe(fs.statSync(logFile()).size);
  });

  it('is rebuilt when the log was replaced, cut short or edited, or the summary is damaged', () => {
    fs.writeFileSync(logFile(), lines(gen.events.slice(0, 2000)));
    viaSummary();
    // replaced by a longer, different log
    fs.writeFileSync(logFile(), lines(gen.events.slice(500, 3000)));
    let s = viaSummary();
    expect(s.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'the log changed' });
    expect(s.stats).toEqual(fullRead().stats);
    // cut short
    fs.writeFileSync(logFile(), lines(gen.events.slice(500, 1000)));
    s = viaSummary();
    expect(s.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'the log is shorter than the summary says' });
    expect(s.stats).toEqual(fullRead().stats);
    // one line edited in the middle, same length
    const text = fs.readFileSync(logFile(), 'utf8');
    fs.writeFileSync(logFile(), text.slice(0, 50) + (text[50] === 'x' ? 'y' : 'x') + text.slice(51));
    s = viaSummary();
    expect(s.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'the log changed' });
    expect(s.stats).toEqual(fullRead().stats);
    expect(s.notes).toEqual(fullRead().notes);
    // the summary itself damaged
    fs.writeFileSync(summaryFile(), '{"format":"limber-history-summary","rev');
    s = viaSummary();
    expect(s.log.summary!.lastOpen!.source).toBe('rebuilt');
    expect(s.stats).toEqual(fullRead().stats);
  });

  it('notices a repeated line of a break it no longer holds and re-reads the log', () => {
    fs.writeFileSync(logFile(), lines(gen.events));
    viaSummary();
    // a line from the first week, appended again at the end (a restored or merged copy)
    const old = gen.events.find((e) => e.event === 'completed')!;
    fs.appendFileSync(logFile(), `${serializeEvent(old)}\n`);
    const s = viaSummary();
    expect(s.log.summary!.lastOpen!.source).toBe('rebuilt');
    expect(s.stats).toEqual(fullRead().stats);
  });

  it('re-reads the log when a line after the summary repeats or predates one in it (a copy)', () => {
    fs.writeFileSync(logFile(), lines(gen.events));
    viaSummary();
    // the newest line again (written twice), then a line from earlier in the day
    const text = fs.readFileSync(logFile(), 'utf8').trimEnd().split('\n');
    fs.appendFileSync(logFile(), `${text.at(-1)}\n`);
    let s = viaSummary();
    expect(s.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'a line after the summary repeats one in it' });
    expect(s.stats).toEqual(fullRead().stats);
    expect(s.notes).toEqual(fullRead().notes);
    const warn = gen.events.filter((e) => e.event === 'warn').at(-3)!;
    fs.appendFileSync(logFile(), `${serializeEvent(warn)}\n`);
    s = viaSummary();
    expect(s.log.summary!.lastOpen).toMatchObject({ source: 'rebuilt', reason: 'a line after the summary is older than it' });
    expect(s.stats).toEqual(fullRead().stats);
    expect(s.notes).toEqual(fullRead().notes);
  });

  it('reads a log without line feeds (one runaway line) whole, and still equals a full re-read', () => {
    fs.writeFileSync(logFile(), lines(gen.events.slice(0, 300)) + 'x'.repeat(300 * 1024) + '\n' + lines(gen.events.slice(300, 400)));
    const s = viaSummary();
    expect(s.stats).toEqual(fullRead().stats);
    expect(s.notes).toEqual(fullRead().notes);
    fs.writeFileSync(logFile(), lines(gen.events.slice(0, 2500)).replaceAll('\n', '\r')); // CR line ends, over 256 KB
    const cr = viaSummary();
    expect(cr.stats).toEqual(fullRead().stats);
    expect(cr.notes).toEqual(fullRead().notes);
    expect(cr.log.summary!.lastOpen!.reason).toBe('the log has no line feeds to follow');
    // a small one with CR line ends, and CR lines after LF lines
    fs.writeFileSync(logFile(), lines(gen.events.slice(0, 50)).replaceAll('\n', '\r'));
    expect(viaSummary().stats).toEqual(fullRead().stats);
    fs.writeFileSync(logFile(), lines(gen.events.slice(0, 50)));
    viaSummary();
    fs.appendFileSync(logFile(), lines(gen.events.slice(50, 90)).replaceAll('\n', '\r'));
    const mixed = viaSummary();
    expect(mixed.stats).toEqual(fullRead().stats);
    expect(mixed.notes).toEqual(fullRead().notes);
    expect((mixed.stats as { totals: { breaksShown: number } }).totals.breaksShown).toBeGreaterThan(0);
  });

  it('equals a full re-read for any log: junk, torn and duplicate lines, a BOM, any cut and any append', () => {
    const pool = gen.events.slice(0, 600).map((e) => serializeEvent(e));
    const junk = ['', 'not json', '{"v":1}', '{"v":9,"at":"2021-03-02T10:00:00.000+01:00","event":"break"}', '[1,2]', '{"v":1,"at":"2021-03-0'];
    const line = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.constantFrom(...junk) });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 0, maxLength: 120 }),
        fc.array(line, { minLength: 0, maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (before, after, bom, tornBefore, tornAfter) => {
          fs.rmSync(summaryFile(), { force: true });
          let text = (bom ? '\ufeff' : '') + before.map((l) => `${l}\n`).join('');
          if (tornBefore) text += pool[0]!.slice(0, 30);
          fs.writeFileSync(logFile(), text);
          const first = viaSummary();
          expect(first.stats).toEqual(fullRead().stats);
          expect(first.notes).toEqual(fullRead().notes);
          first.log.flushSummary();
          fs.appendFileSync(logFile(), after.map((l) => `${l}\n`).join('') + (tornAfter ? pool[1]!.slice(0, 40) : ''));
          const second = viaSummary();
          const ref = fullRead();
          expect(second.stats).toEqual(ref.stats);
          expect(second.notes).toEqual(ref.notes);
        },
      ),
      { numRuns: 60 },
    );
  });
});
