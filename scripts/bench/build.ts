// What the page figures need: the renderer build (vite.config.ts → dist/renderer) and the browser
// test host (vite.testhost.config.ts → dist/test-host/host.js), rebuilt when missing or older than
// their sources. Then a private snapshot of both in a temp folder, so that another build of dist/
// (tests running at the same time) cannot change the files half-way through a measurement.

import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without type declarations
import { measurePages as measurePagesUntyped } from '../report-sizes.mjs';

export interface PageSize {
  page: string;
  files: string[];
  raw: number;
  gzip: number;
  budget: number | null;
}

export const measurePages = measurePagesUntyped as (dir: string) => PageSize[];

/** The newest modification time under the given files and folders (skipping `exclude` folders). */
export function newestMtime(paths: string[], exclude: string[] = []): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p) || exclude.includes(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) walk(join(p, name));
    } else {
      newest = Math.max(newest, st.mtimeMs);
    }
  };
  for (const p of paths) walk(p);
  return newest;
}

function oldestMtime(files: string[]): number {
  let oldest = Infinity;
  for (const f of files) {
    if (!existsSync(f)) return 0;
    oldest = Math.min(oldest, statSync(f).mtimeMs);
  }
  return oldest;
}

export interface BuildReport {
  renderer: 'up to date' | 'built';
  testHost: 'up to date' | 'built' | 'skipped';
  /** the renderer build's own budget check failed (the files are there and still measured) */
  budgetError: string | null;
}

const PAGES = ['break', 'settings', 'history'];

/** Runs `vite build` for what is stale; console output goes to `log` (stderr in --json mode). */
export async function ensureBuilt(root: string, o: { testHost: boolean; log: (s: string) => void; force?: boolean }): Promise<BuildReport> {
  const { build } = await import('vite');
  const report: BuildReport = { renderer: 'up to date', testHost: o.testHost ? 'up to date' : 'skipped', budgetError: null };
  const core = join(root, 'src-main/core');
  const rendererSrc = newestMtime(
    [join(root, 'src-renderer'), core, join(root, 'vite.config.ts'), join(root, 'scripts/report-sizes.mjs')],
    [join(root, 'src-renderer/test-host')],
  );
  const rendererOut = oldestMtime(PAGES.map((p) => join(root, 'dist/renderer', `${p}.html`)));
  const quiet = async (fn: () => Promise<unknown>) => {
    const orig = console.log;
    console.log = (...args: unknown[]) => o.log(`${args.map(String).join(' ')}\n`);
    try {
      await fn();
    } finally {
      console.log = orig;
    }
  };
  if (o.force || rendererOut < rendererSrc) {
    o.log('building the renderer (vite build) …\n');
    try {
      await quiet(() => build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' }));
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      // the size report runs after the files are written: an over-budget page is still measured
      if (!/budget/.test(msg) || !existsSync(join(root, 'dist/renderer/break.html'))) throw e;
      report.budgetError = msg;
    }
    report.renderer = 'built';
  }
  if (o.testHost) {
    const hostSrc = newestMtime([join(root, 'src-renderer/test-host'), core, join(root, 'vite.testhost.config.ts')]);
    if (o.force || oldestMtime([join(root, 'dist/test-host/host.js')]) < hostSrc) {
      o.log('building the browser test host (vite build) …\n');
      await quiet(() => build({ configFile: join(root, 'vite.testhost.config.ts'), logLevel: 'warn' }));
      report.testHost = 'built';
    }
  }
  return report;
}

/** Copies dist/renderer (and the test host) into `dir`: dir/renderer/…, dir/test-host/host.js. */
export function snapshotDist(root: string, dir: string, testHost: boolean): void {
  mkdirSync(dir, { recursive: true });
  cpSync(join(root, 'dist/renderer'), join(dir, 'renderer'), { recursive: true });
  if (testHost) {
    mkdirSync(join(dir, 'test-host'), { recursive: true });
    cpSync(join(root, 'dist/test-host/host.js'), join(dir, 'test-host/host.js'));
  }
  for (const p of PAGES) {
    if (!existsSync(join(dir, 'renderer', `${p}.html`))) throw new Error(`the renderer build has no ${p}.html`);
  }
}
