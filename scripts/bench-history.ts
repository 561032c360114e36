// Benchmark of the history log: load + stats for 1 and 5 years of realistic history, and the
// cost of one fsync'ed append. Every measurement runs in a fresh child process, so peak RSS is
// honest (no warm caches or garbage from an earlier run); figures are the median of several
// runs with their min–max spread.
//
//   npx tsx scripts/bench-history.ts [--json] [--runs N] [--dir PATH]
//
// --dir picks where the temporary files go (default the OS temp dir; note that fsync on a tmpfs
// costs nothing, so measure appends on the disk the app's data folder lives on).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeStats, serializeEvent } from '../src-main/core/history/index';
import { generateHistory } from '../src-main/core/history/synthetic';
import { HistoryLog } from '../src-main/history-log';

const SELF = fileURLToPath(import.meta.url);
const MODE_NAMES = {
  load: 'readAll + computeStats',
  stream: 'HistoryLog.stats, streamed *',
  'summary-start': 'start-up: summary + readSince(today)',
  'summary-window': 'history window: summary + tail + stats',
  'summary-rebuild': 'no summary yet: full read + write it',
} as const;
const NOW = Date.parse('2026-02-28T20:00:00+01:00');
const APPENDS = 200;

interface ChildLoad {
  /** CPU time (user + system) of the measured part, summary modes only */
  cpuMs?: number;
  loadMs: number;
  statsMs: number;
  totalMs: number;
  baselineRss: number;
  peakRss: number;
  heapUsed: number;
}

interface ChildAppend {
  perAppendMs: number[];
}

// ---------------------------------------------------------------- child side

function child(mode: string, target: string): void {
  const baselineRss = process.memoryUsage().rss;
  if (mode === 'load' || mode === 'stream') {
    const log = new HistoryLog({ dir: path.dirname(target), fileName: path.basename(target) });
    const t0 = performance.now();
    let t1: number;
    let t2: number;
    if (mode === 'load') {
      const r = log.readAll();
      t1 = performance.now();
      computeStats(r.entries, { dailyGoal: 6, now: NOW });
      t2 = performance.now();
    } else {
      // HistoryLog.stats(): streams the file into the accumulator (entries are not kept) and sums
      // up; the second call is what every later refresh costs (appends update the accumulator).
      log.stats({ dailyGoal: 6, now: NOW });
      t1 = performance.now();
      log.stats({ dailyGoal: 6, now: NOW });
      t2 = performance.now();
    }
    const out: ChildLoad = {
      loadMs: t1 - t0,
      statsMs: t2 - t1,
      totalMs: mode === 'load' ? t2 - t0 : t1 - t0,
      baselineRss,
      peakRss: process.resourceUsage().maxRSS * 1024,
      heapUsed: process.memoryUsage().heapUsed,
    };
    process.stdout.write(JSON.stringify(out));
    return;
  }
  if (mode === 'summary-start' || mode === 'summary-window' || mode === 'summary-rebuild') {
    // With the summary beside the log (history.summary.json, written beforehand by the parent):
    //   summary-start:   what start-up does — the summary, then today's lines (readSince today)
    //   summary-window:  opening the history window in a fresh process — summary + tail + stats
    //   summary-rebuild: the one-time cost with no summary yet (an update): read everything, write it
    const log = new HistoryLog({ dir: path.dirname(target), fileName: path.basename(target), summary: true });
    const dayStart = new Date(NOW).setHours(0, 0, 0, 0);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    if (mode === 'summary-start') log.readSince(dayStart);
    else {
      log.stats({ dailyGoal: 6, now: NOW });
      void log.statsNotes;
    }
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    const info = log.summary!.lastOpen!;
    const expected = mode === 'summary-rebuild' ? 'rebuilt' : 'summary';
    if (info.source !== expected) throw new Error(`${mode}: the summary was ${info.source} (${info.reason})`);
    const out: ChildLoad = {
      cpuMs: (c.user + c.system) / 1000,
      loadMs: t1 - t0,
      statsMs: 0,
      totalMs: t1 - t0,
      baselineRss,
      peakRss: process.resourceUsage().maxRSS * 1024,
      heapUsed: process.memoryUsage().heapUsed,
    };
    process.stdout.write(JSON.stringify(out));
    return;
  }
  if (mode === 'append') {
    const log = new HistoryLog({ dir: path.dirname(target), fileName: path.basename(target) });
    const per: number[] = [];
    const at = NOW;
    for (let i = 0; i < APPENDS + 5; i++) {
      const t0 = performance.now();
      const ok = log.append({ event: 'completed', at: at + i * 1000, breakId: `bench-${i}`, exercises: ['seated-twist', 'chest-opener'], secondsStretched: 118 });
      const dt = performance.now() - t0;
      if (!ok) throw new Error('append failed');
      if (i >= 5) per.push(dt); // the first few warm up the JIT and open the file the first time
    }
    process.stdout.write(JSON.stringify({ perAppendMs: per } satisfies ChildAppend));
    return;
  }
  throw new Error(`unknown child mode ${mode}`);
}

// ---------------------------------------------------------------- parent side

function runChild<T>(mode: string, target: string): T {
  const res = spawnSync(process.execPath, [...process.execArgv, SELF, '--child', mode, target], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (res.status !== 0) throw new Error(`child ${mode} failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as T;
}

interface Spread {
  median: number;
  min: number;
  max: number;
}

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2, min: s[0]!, max: s.at(-1)! };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const MB = 1024 * 1024;
const ms = (x: Spread) => `${x.median.toFixed(1)} ms (${x.min.toFixed(1)}–${x.max.toFixed(1)})`;
const mb = (x: Spread) => `${(x.median / MB).toFixed(1)} MB (${(x.min / MB).toFixed(1)}–${(x.max / MB).toFixed(1)})`;

function main(): void {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    child(args[childAt + 1]!, args[childAt + 2]!);
    return;
  }
  const json = args.includes('--json');
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1])) : 7;
  const dirAt = args.indexOf('--dir');
  const base = dirAt >= 0 ? args[dirAt + 1]! : os.tmpdir();
  const tmp = fs.mkdtempSync(path.join(base, 'limber-bench-'));
  const log = (s: string) => {
    if (!json) process.stderr.write(s);
  };

  try {
    const sizes = [
      { name: '1 year', days: 365 },
      { name: '5 years', days: 5 * 365 + 1 },
    ];
    const results = [];
    for (const size of sizes) {
      const gen = generateHistory({ from: '2021-03-01', days: size.days, seed: 7 });
      const file = path.join(tmp, `history-${size.days}.jsonl`);
      fs.writeFileSync(file, gen.events.map((e) => `${serializeEvent(e)}\n`).join(''));
      const bytes = fs.statSync(file).size;
      // the summary as the app leaves it: written with the first event of the last day
      const lastDayStart = new Date(NOW).setHours(0, 0, 0, 0);
      const firstToday = gen.events.findIndex((e) => e.at >= lastDayStart);
      const summarised = firstToday < 0 ? gen.events : gen.events.slice(0, firstToday + 1);
      const summaryDir = path.join(tmp, `summary-${size.days}`);
      fs.mkdirSync(summaryDir);
      const summaryFile = path.join(summaryDir, 'history.jsonl');
      fs.writeFileSync(summaryFile, summarised.map((e) => `${serializeEvent(e)}\n`).join(''));
      new HistoryLog({ dir: summaryDir, summary: true }).stats({ dailyGoal: 6, now: NOW });
      fs.appendFileSync(summaryFile, gen.events.slice(summarised.length).map((e) => `${serializeEvent(e)}\n`).join(''));
      const summaryBytes = fs.statSync(path.join(summaryDir, 'history.summary.json')).size;
      for (const mode of ['load', 'stream', 'summary-start', 'summary-window', 'summary-rebuild'] as const) {
        log(`${size.name} ${mode}: `);
        const samples: ChildLoad[] = [];
        for (let i = 0; i < runs; i++) {
          if (mode === 'summary-rebuild') fs.rmSync(path.join(summaryDir, 'history.summary.json'), { force: true });
          samples.push(runChild<ChildLoad>(mode, mode.startsWith('summary') ? summaryFile : file));
          log('.');
        }
        log('\n');
        results.push({
          history: size.name,
          mode: MODE_NAMES[mode],
          summaryBytes: mode.startsWith('summary') ? summaryBytes : null,
          cpuMs: mode.startsWith('summary') ? spread(samples.map((x) => x.cpuMs ?? NaN)) : null,
          workingDays: gen.days.length,
          lines: gen.events.length,
          fileBytes: bytes,
          runs,
          loadMs: spread(samples.map((s) => s.loadMs)),
          statsMs: spread(samples.map((s) => s.statsMs)),
          totalMs: spread(samples.map((s) => s.totalMs)),
          peakRssBytes: spread(samples.map((s) => s.peakRss)),
          rssGrowthBytes: spread(samples.map((s) => s.peakRss - s.baselineRss)),
          baselineRssBytes: spread(samples.map((s) => s.baselineRss)),
          heapUsedAfterBytes: spread(samples.map((s) => s.heapUsed)),
        });
      }
    }

    // Appends go to a copy of the one-year file (size does not matter for O_APPEND, but be realistic).
    log('append: ');
    const perAppend: number[] = [];
    const perRunMedian: number[] = [];
    for (let i = 0; i < runs; i++) {
      const file = path.join(tmp, `append-${i}.jsonl`);
      fs.copyFileSync(path.join(tmp, 'history-365.jsonl'), file);
      const r = runChild<ChildAppend>('append', file);
      perAppend.push(...r.perAppendMs);
      perRunMedian.push(spread(r.perAppendMs).median);
      log('.');
    }
    log('\n');
    const append = {
      appendsPerRun: APPENDS,
      runs,
      medianMs: spread(perAppend).median,
      p95Ms: percentile(perAppend, 95),
      p99Ms: percentile(perAppend, 99),
      minMs: Math.min(...perAppend),
      maxMs: Math.max(...perAppend),
      runMedianMs: spread(perRunMedian),
    };

    const env = {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cpus: os.cpus().length,
      tempDir: tmp,
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };

    if (json) {
      process.stdout.write(`${JSON.stringify({ env, results, append }, null, 2)}\n`);
      return;
    }
    const rows = [
      ['history', 'path', 'lines', 'file', 'read+parse', 'stats', 'total', 'peak RSS', 'RSS growth', 'heap after'],
      ...results.map((r) => [
        r.history,
        r.mode,
        r.lines.toLocaleString('en'),
        `${(r.fileBytes / MB).toFixed(1)} MB`,
        ms(r.loadMs),
        ms(r.statsMs),
        ms(r.totalMs),
        mb(r.peakRssBytes),
        mb(r.rssGrowthBytes),
        mb(r.heapUsedAfterBytes),
      ]),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
    const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
    console.log(`Limber history benchmark — node ${env.node}, ${env.platform}, ${env.cpu} ×${env.cpus}`);
    console.log(`median of ${runs} runs (min–max), each in a fresh process; files in ${tmp}\n`);
    console.log(line(rows[0]!));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows.slice(1)) console.log(line(row));
    console.log(
      '\n* streamed: read+parse includes the stats sum-up (entries go straight into the accumulator and are not kept);\n' +
        '  "stats" there is a second HistoryLog.stats() call, i.e. what a refresh after an append costs.\n' +
        `peak RSS = the process's maxRSS, including node + the tsx loader (RSS at start, before reading: ` +
        `${(results[0]!.baselineRssBytes.median / MB).toFixed(0)} MB); RSS growth = peak − RSS at start.`,
    );
    console.log(
      `\nappend one event (write + fsync): median ${append.medianMs.toFixed(2)} ms, p95 ${append.p95Ms.toFixed(2)} ms, ` +
        `p99 ${append.p99Ms.toFixed(2)} ms, min ${append.minMs.toFixed(2)}, max ${append.maxMs.toFixed(2)} ` +
        `(${APPENDS} appends × ${runs} processes; per-process medians ${append.runMedianMs.min.toFixed(2)}–${append.runMedianMs.max.toFixed(2)} ms)`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
