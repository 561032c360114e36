// The history summary survives the app dying between the log append and the summary write: a
// real child process appends events and is killed (SIGKILL) at that point; the statistics read
// back through the summary then equal a full re-read of the log, and the log holds every event
// the child appended, each counted once. TZ=Europe/Berlin (vitest config).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLog, serializeEvent, type StatsOptions } from '../../src-main/core/history/index';
import { generateHistory } from '../../src-main/core/history/synthetic';
import { HistoryLog } from '../../src-main/history-log';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'history-summary-child.ts');
const gen = generateHistory({ from: '2021-03-01', days: 60, seed: 11 });
const dateOf = (at: number) => new Date(at).toLocaleDateString('sv');
const days = [...new Set(gen.events.map((e) => dateOf(e.at)))];
const OPTS: StatsOptions = { dailyGoal: 6, now: Date.parse('2021-05-10T20:00:00+02:00'), days: 90, calendarDays: 90 };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-summary-crash-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const logFile = () => path.join(dir, 'history.jsonl');
const summaryFile = () => path.join(dir, 'history.summary.json');
const summarySize = () => (JSON.parse(fs.readFileSync(summaryFile(), 'utf8')) as { log: { size: number } }).log.size;

/** Runs the child; returns how it ended. */
function child(events: unknown[], point: string, nth: number): { signal: NodeJS.Signals | null; status: number | null; stderr: string } {
  const file = path.join(dir, `events-${point}-${nth}.json`);
  fs.writeFileSync(file, JSON.stringify(events));
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dir, file, point, String(nth)], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, TZ: 'Europe/Berlin' } });
  fs.rmSync(file);
  return { signal: r.signal, status: r.status, stderr: r.stderr };
}

function fullRead() {
  const log = new HistoryLog({ dir });
  return { stats: log.stats(OPTS), notes: log.statsNotes };
}

/** The first `n` days' events written with a current summary (as at the end of an earlier session). */
function seed(n: number) {
  const cut = gen.events.findIndex((e) => dateOf(e.at) === days[n]);
  fs.writeFileSync(logFile(), gen.events.slice(0, cut).map((e) => `${serializeEvent(e)}\n`).join(''));
  new HistoryLog({ dir, summary: true }).stats(OPTS); // builds and writes the summary
  expect(summarySize()).toBe(fs.statSync(logFile()).size);
  return cut;
}

describe('killed between the log append and the summary write', () => {
  for (const point of ['before-summary-write', 'summary-temp-written'] as const) {
    for (const nth of [1, 3]) {
      it(`at "${point}" (the ${nth === 1 ? 'first' : 'third'} time): nothing lost, nothing counted twice`, () => {
        const cut = seed(20);
        const coming = gen.events.slice(cut); // the next 40 days: a summary write with each new day
        const r = child(coming, point, nth);
        expect(r.signal, r.stderr).toBe('SIGKILL');

        // the log has every line the child appended, in order; the summary is behind it
        const onDisk = parseLog(fs.readFileSync(logFile(), 'utf8'));
        const appended = onDisk.entries.length - cut;
        expect(appended).toBeGreaterThan(0);
        expect(fs.readFileSync(logFile(), 'utf8').split('\n').slice(cut, cut + appended)).toEqual(coming.slice(0, appended).map((e) => serializeEvent(e)));
        expect(summarySize()).toBeLessThan(fs.statSync(logFile()).size);
        if (point === 'summary-temp-written') expect(fs.existsSync(`${summaryFile()}.tmp`)).toBe(true);

        // the next start: the summary plus the log after it — equal to reading everything again
        const log = new HistoryLog({ dir, summary: true });
        const stats = log.stats(OPTS);
        expect(log.summary!.lastOpen!.source).toBe('summary');
        const ref = fullRead();
        expect(stats).toEqual(ref.stats);
        expect(log.statsNotes).toEqual(ref.notes);
        expect(stats.totals.completed + stats.totals.partial).toBe(onDisk.entries.filter((e) => e.event === 'completed' || e.event === 'partial').length);

        // and carrying on from there stays right
        for (const e of coming.slice(appended, appended + 60)) log.append(e);
        log.flushSummary();
        const later = new HistoryLog({ dir, summary: true });
        expect(later.stats(OPTS)).toEqual(fullRead().stats);
        expect(later.summary!.lastOpen).toMatchObject({ source: 'summary', bytesRead: 0 });
      });
    }
  }
});
