// History figures: runs the history benchmark (scripts/bench-history.ts --json: every load in a
// fresh process for an honest peak RSS, median of several runs with min–max) and keeps its
// figures as they are.

import { spawn } from 'node:child_process';
import { join } from 'node:path';

interface HistorySpread {
  median: number;
  min: number;
  max: number;
}

export interface HistoryFigures {
  env: Record<string, unknown>;
  results: {
    history: string;
    mode: string;
    /** bytes of the summary file (modes that use it), else null */
    summaryBytes?: number | null;
    /** CPU time of the measured part (summary modes) */
    cpuMs?: HistorySpread | null;
    workingDays: number;
    lines: number;
    fileBytes: number;
    runs: number;
    loadMs: HistorySpread;
    statsMs: HistorySpread;
    totalMs: HistorySpread;
    peakRssBytes: HistorySpread;
    rssGrowthBytes: HistorySpread;
    baselineRssBytes: HistorySpread;
    heapUsedAfterBytes: HistorySpread;
  }[];
  append: {
    appendsPerRun: number;
    runs: number;
    medianMs: number;
    p95Ms: number;
    p99Ms: number;
    minMs: number;
    maxMs: number;
    runMedianMs: HistorySpread;
  };
}

/** Runs scripts/bench-history.ts --json under the same loader as this process (tsx). */
export function measureHistory(root: string, o: { runs: number; dir?: string }): Promise<HistoryFigures> {
  const args = [...process.execArgv, join(root, 'scripts/bench-history.ts'), '--json', '--runs', String(o.runs)];
  if (o.dir) args.push('--dir', o.dir);
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`scripts/bench-history.ts exited with ${code}: ${err.trim()}`));
      try {
        ok(JSON.parse(out) as HistoryFigures);
      } catch (e) {
        fail(new Error(`scripts/bench-history.ts --json printed no JSON: ${String(e)}`));
      }
    });
  });
}
