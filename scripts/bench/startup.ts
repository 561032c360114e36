// Start-up: the main bundle's size and contents, and the time from process start to "tray
// ready", replayed in plain Node with the mocked `electron` (tests/mocks/electron.ts, bundled to
// CommonJS for the occasion and loaded before the clock starts).
//
// Each run is a fresh `node` process (scripts/bench/startup-child.cjs) that requires
// dist/main/main.cjs — parse + module init, electron-store, the single-instance claim — and
// then, in the app's own `whenReady` callback, startShell(): settings load, history load, the
// app core, the hidden break window, the tray. "Tray ready" is when that callback has returned.
// Limber's own work = require(main.cjs) + that callback; Node's (or Electron's) boot before the
// first line of the child is reported beside it, not counted.
//
// Two data folders: a first start (empty), and a typical start with 5 years of history, its
// summary (written with the first event of today, as the app does) and a settings file.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { serializeEvent } from '../../src-main/core/history/index';
import { defaultSettings } from '../../src-main/core/settings';
import { generateHistory } from '../../src-main/core/history/synthetic';
import { HistoryLog } from '../../src-main/history-log';
import { newestMtime } from './build';
import { spread, type Spread } from './stats';

export interface StartupRun {
  /** process start → the child's first line (Node's boot; Electron's differs and is not Limber's) */
  bootMs: number;
  /** require(dist/main/main.cjs): parse, module init, main() up to whenReady */
  requireMs: number;
  /** the whenReady callback: startShell() — settings, history, core, windows, tray */
  shellMs: number;
  /** requireMs + shellMs */
  ownMs: number;
  /** CPU time (user + system, all threads) of the same two parts: less sensitive to a busy machine */
  ownCpuMs: number;
  requireCpuMs: number;
  shellCpuMs: number;
  /** process start → tray ready */
  totalMs: number;
}

export interface StartupFigures {
  bundle: { bytes: number; groups: { group: string; bytes: number }[]; hasAjv: boolean };
  runs: number;
  first: Record<keyof StartupRun, Spread>;
  fiveYears: Record<keyof StartupRun, Spread> & { historyBytes: number; summaryBytes: number; tailBytes: number };
}

function ensureMainBuilt(root: string, log: (s: string) => void): void {
  const out = join(root, 'dist/main/main.cjs');
  const report = join(root, 'dist/main/main.modules.json');
  const src = newestMtime([join(root, 'src-main'), join(root, 'scripts/build.mjs'), join(root, 'scripts/lib')]);
  if (existsSync(out) && existsSync(report) && statSync(out).mtimeMs >= src && statSync(report).mtimeMs >= src) return;
  log('building the main process (scripts/build.mjs --main-only) …\n');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--main-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** tests/mocks/electron.ts as one CommonJS file (no vitest in it). */
async function bundleMock(root: string, outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(root, 'tests/mocks/electron.ts'), formats: ['cjs'], fileName: () => 'electron-mock.cjs' },
      rollupOptions: { external: [/^node:/, ...['events', 'os', 'path', 'fs']], output: { codeSplitting: false, exports: 'named' } },
    },
  });
  const file = readdirSync(outDir).find((f) => f.endsWith('.cjs'));
  if (!file) throw new Error('bundling tests/mocks/electron.ts gave no .cjs file');
  return join(outDir, file);
}

function runChild(root: string, mock: string, dataDir: string): StartupRun {
  const r = spawnSync(process.execPath, [join(root, 'scripts/bench/startup-child.cjs'), mock, join(root, 'dist/main/main.cjs'), `--limber-user-data=${dataDir}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (r.status !== 0) throw new Error(`start-up child failed (${r.status ?? r.signal}): ${r.stderr}`);
  const line = r.stdout.split('\n').find((l) => l.startsWith('{"bench"'));
  if (!line) throw new Error(`start-up child printed no figures: ${r.stdout} ${r.stderr}`);
  const x = JSON.parse(line) as { bootMs: number; requireMs: number; shellMs: number; totalMs: number; requireCpuMs: number; shellCpuMs: number };
  return { ...x, ownMs: x.requireMs + x.shellMs, ownCpuMs: x.requireCpuMs + x.shellCpuMs };
}

/** 5 years of history ending today, its summary as of today's first event, and a settings file. */
function typicalDataDir(dir: string): { historyBytes: number; summaryBytes: number; tailBytes: number } {
  mkdirSync(dir, { recursive: true });
  const today = new Date();
  const from = new Date(today.getFullYear() - 5, today.getMonth(), today.getDate());
  const days = Math.round((today.getTime() - from.getTime()) / 86_400_000) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const gen = generateHistory({ from: `${from.getFullYear()}-${pad(from.getMonth() + 1)}-${pad(from.getDate())}`, days, seed: 5 });
  const dayStart = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  const events = gen.events.filter((e) => e.at < dayStart + 86_400_000);
  let firstToday = events.findIndex((e) => e.at >= dayStart);
  if (firstToday < 0) firstToday = events.length;
  const file = join(dir, 'history.jsonl');
  const head = events.slice(0, Math.min(events.length, firstToday + 1)).map((e) => `${serializeEvent(e)}\n`).join('');
  const tail = events.slice(firstToday + 1).map((e) => `${serializeEvent(e)}\n`).join('');
  writeFileSync(file, head);
  const log = new HistoryLog({ dir, summary: true });
  log.stats({ dailyGoal: 6, now: Date.now() }); // builds and writes the summary
  writeFileSync(file, tail, { flag: 'a' });
  writeFileSync(
    join(dir, 'settings.json'),
    JSON.stringify({ schemaVersion: 2, settings: defaultSettings(), firstRunDone: true, exclusionNotes: {} }),
  );
  return { historyBytes: statSync(file).size, summaryBytes: statSync(join(dir, 'history.summary.json')).size, tailBytes: Buffer.byteLength(tail) };
}

export async function measureStartup(root: string, o: { runs: number; log: (s: string) => void }): Promise<StartupFigures> {
  ensureMainBuilt(root, o.log);
  const report = JSON.parse(readFileSync(join(root, 'dist/main/main.modules.json'), 'utf8')) as { bytes: number; groups: { group: string; bytes: number }[]; modules: { id: string }[] };
  const tmp = mkdtempSync(join(os.tmpdir(), 'limber-bench-startup-'));
  const keep = process.env.LIMBER_BENCH_KEEP === '1';
  try {
    const mock = await bundleMock(root, join(tmp, 'mock'));
    const typicalDir = join(tmp, 'typical');
    const data = typicalDataDir(typicalDir);
    const first: StartupRun[] = [];
    const typical: StartupRun[] = [];
    runChild(root, mock, join(tmp, 'warm-up')); // disk cache, not counted
    for (let i = 0; i < o.runs; i++) {
      const fresh = join(tmp, `first-${i}`);
      first.push(runChild(root, mock, fresh));
      typical.push(runChild(root, mock, typicalDir));
      o.log('.');
    }
    o.log('\n');
    const keys: (keyof StartupRun)[] = ['bootMs', 'requireMs', 'shellMs', 'ownMs', 'totalMs', 'ownCpuMs', 'requireCpuMs', 'shellCpuMs'];
    const figures = (xs: StartupRun[]) => Object.fromEntries(keys.map((k) => [k, spread(xs.map((x) => x[k]))])) as Record<keyof StartupRun, Spread>;
    return {
      bundle: { bytes: report.bytes, groups: report.groups, hasAjv: report.modules.some((m) => /node_modules\/ajv\//.test(m.id)) },
      runs: o.runs,
      first: figures(first),
      fiveYears: { ...figures(typical), ...data },
    };
  } finally {
    if (keep) o.log(`kept ${tmp}\n`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}
