// Time from navigation to the break page's routine being visible, in headless Chromium, next to a
// blank page with the same shell (the same HTML head, CSP and CSS, no script) in the same run.
//
// The pages are served over http from 127.0.0.1 out of a private snapshot of dist/. As in the
// browser tests (tests/browser/harness.ts), the test host (dist/test-host/host.js: the real
// LimberApp on a fake clock behind `window.limber`) is injected with `page.addInitScript`, and
// one more init script asks it for "Start a stretch now", so a break is showing when the page's
// own script asks for it — as in Electron, where the main process has the break ready before
// the window loads. Each run gets a fresh browser context and page; app and blank runs alternate.
//
// Measured in the page: an init script watches the DOM and, once every exercise name of the
// routine the app composed is in the rendered text of #app (innerText: laid out, not hidden),
// takes the time at the next animation frame (the frame that paints it). Both that in-page time
// (from the navigation start) and the time from just before `page.goto` (Node's clock, same
// epoch) are kept. For the blank page the moment is the first frame after its `load` event.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, launchChromium, serveStatic } from '../lib/chromium';
import { spread, type Spread } from './stats';


export { findChromium };

/** The break page without its scripts: same head (CSP, meta, stylesheets) and body, nothing to run. */
export function blankShell(breakHtml: string): string {
  const out = breakHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<title>[^<]*<\/title>/, '<title>Limber — blank shell (bench)</title>');
  if (/<script\b/i.test(out)) throw new Error('blankShell: a script is left');
  return out;
}



// ---------------------------------------------------------------- in the page

/**
 * An init script from a function: its source, called with `arg`. (tsx compiles with esbuild's
 * keepNames, which wraps inner functions in `__name(…)`; the page has no such helper, so it
 * gets a no-op one.)
 */
function initScript(fn: (arg: never) => void, arg?: unknown): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${fn.toString()})(${arg === undefined ? '' : JSON.stringify(arg)}); })();` };
}

interface BenchState {
  start: number;
  hostReady?: number;
  names?: string[];
  /** UTF-8 bytes of the break view the page is sent (JSON), and of its SVG illustrations */
  viewBytes?: number;
  svgBytes?: number;
  firstContent?: { dom: number; frame: number };
  routine?: { dom: number; frame: number };
  shell?: { load: number; frame: number };
  settled: Promise<void>;
  error?: string;
}

/** First init script: the clock reference, and the watcher (mode 'app' or 'blank'). */
function benchWatcher({ mode, firstContentOnly }: { mode: 'app' | 'blank'; firstContentOnly: boolean }): void {
  const w = window as unknown as { __bench: BenchState };
  let settle!: () => void;
  const b: BenchState = { start: performance.now(), settled: new Promise<void>((ok) => (settle = ok)) };
  w.__bench = b;
  const atNextFrame = (record: (frame: number) => void) => requestAnimationFrame(() => record(performance.now()));
  if (mode === 'blank') {
    addEventListener('load', () => {
      const load = performance.now();
      atNextFrame((frame) => {
        b.shell = { load, frame };
        settle();
      });
    });
    return;
  }
  let fallback: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const app = document.getElementById('app');
    if (!app) return;
    if (!b.firstContent && app.firstElementChild && app.innerText.trim() !== '') {
      const dom = performance.now();
      b.firstContent = { dom, frame: Number.NaN };
      atNextFrame((frame) => {
        b.firstContent!.frame = frame;
        // a page that never shows the routine: settle on the first content (after a while, the
        // first time, in case the routine comes later)
        if (!b.routine) fallback = setTimeout(settle, firstContentOnly ? 0 : 3000);
      });
    }
    const names = b.names;
    if (!b.routine && names && names.length > 0) {
      const text = app.innerText.toLowerCase();
      if (names.every((n) => text.includes(n.toLowerCase()))) {
        const dom = performance.now();
        b.routine = { dom, frame: Number.NaN };
        observer.disconnect();
        atNextFrame((frame) => {
          b.routine!.frame = frame;
          if (fallback !== undefined) clearTimeout(fallback);
          settle();
        });
      }
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** After the test host: show a break (tray "Start a stretch now") and note its exercise names. */
function startBreak(): void {
  const w = window as unknown as {
    __bench: BenchState;
    __limberTest: {
      stretchNow(): void;
      currentBreak(): { routine: { items: { name: string; svg: { start: string; end: string; pair: string } }[] } } | null;
    };
  };
  try {
    w.__limberTest.stretchNow();
    const view = w.__limberTest.currentBreak();
    w.__bench.names = view?.routine.items.map((i) => i.name) ?? [];
    const bytes = (text: string) => new TextEncoder().encode(text).length;
    w.__bench.viewBytes = bytes(JSON.stringify(view));
    w.__bench.svgBytes = (view?.routine.items ?? []).reduce((n, i) => n + bytes(i.svg.start) + bytes(i.svg.end) + bytes(i.svg.pair), 0);
    if (!w.__bench.names.length) w.__bench.error = 'the test host shows no routine';
  } catch (e) {
    w.__bench.error = String(e);
  }
  w.__bench.hostReady = performance.now();
}

// ---------------------------------------------------------------- runs

export interface PageLoadFigures {
  chromium: string;
  chromiumVersion: string;
  runs: number;
  discarded: number;
  /** what "visible" meant for the app page: the routine's names, or (a page that never shows them) its first content */
  appMeasured: 'routine' | 'first-content';
  app: {
    /** from just before page.goto to the frame that paints the routine */
    gotoToVisibleMs: Spread;
    /** the same, from the page's navigation start (performance.now() in the page) */
    navToVisibleMs: Spread;
    /** of which: the test host (not in Electron: the core runs in the main process there) */
    testHostMs: Spread;
    domContentLoadedMs: Spread;
    /** the break view sent to the page (JSON, UTF-8 bytes; the routine differs per seed) */
    breakViewBytes: Spread;
    /** of which the SVG illustrations (start pose, end pose, start → end pair per exercise) */
    svgBytes: Spread;
    exercises: Spread;
  };
  blank: {
    gotoToVisibleMs: Spread;
    navToVisibleMs: Spread;
  };
  /** app median / blank median (goto → visible) */
  ratio: number;
  /** app median − blank median (goto → visible), ms */
  overheadMs: number;
  pageErrors: string[];
}

export async function measurePageLoad(o: {
  snapshotDir: string;
  runs: number;
  chromium: string;
  log: (s: string) => void;
}): Promise<PageLoadFigures> {
  const breakHtml = readFileSync(join(o.snapshotDir, 'renderer/break.html'), 'utf8');
  const server = await serveStatic(o.snapshotDir, { '/renderer/blank.html': blankShell(breakHtml) });
  const browser = await launchChromium([], o.chromium);
  const chromiumVersion = browser.version();
  const hostScript = join(o.snapshotDir, 'test-host/host.js');
  const pageErrors: string[] = [];
  const samples = { app: [] as Sample[], blank: [] as Sample[] };

  interface Sample {
    goto: number;
    nav: number;
    host: number;
    dcl: number;
    kind: 'routine' | 'first-content' | 'shell';
    viewBytes: number;
    svgBytes: number;
    exercises: number;
  }

  let firstContentOnly = false;
  const once = async (mode: 'app' | 'blank', seed: number): Promise<Sample> => {
    const context = await browser.newContext({
      viewport: { width: 760, height: 540 },
      locale: 'en-GB',
      timezoneId: 'Europe/Berlin',
      serviceWorkers: 'block',
    });
    try {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(`${mode}: ${String(e)}`));
      await page.addInitScript(initScript(benchWatcher as (arg: never) => void, { mode, firstContentOnly }));
      if (mode === 'app') {
        await page.addInitScript((cfg) => ((window as unknown as { __limberTestConfig: unknown }).__limberTestConfig = cfg), { seed });
        await page.addInitScript({ path: hostScript });
        await page.addInitScript(initScript(startBreak));
      }
      const url = `${server.origin}/renderer/${mode === 'app' ? 'break' : 'blank'}.html`;
      const t0 = performance.timeOrigin + performance.now();
      await page.goto(url);
      const settled = page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.settled);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise((_, no) => (timer = setTimeout(() => no(new Error(`${mode} page did not settle in 20 s`)), 20_000)));
      await Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
      const r = await page.evaluate(() => {
        const b = (window as unknown as { __bench: BenchState }).__bench;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return {
          origin: performance.timeOrigin,
          start: b.start,
          hostReady: b.hostReady ?? null,
          viewBytes: b.viewBytes ?? 0,
          svgBytes: b.svgBytes ?? 0,
          exercises: b.names?.length ?? 0,
          routine: b.routine ?? null,
          first: b.firstContent ?? null,
          shell: b.shell ?? null,
          error: b.error ?? null,
          dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
        };
      });
      if (r.error) throw new Error(`${mode} page: ${r.error}`);
      const seen = r.routine ?? r.first ?? r.shell;
      if (!seen) throw new Error(`${mode} page: nothing became visible`);
      const kind = r.routine ? 'routine' : r.first ? 'first-content' : 'shell';
      return {
        goto: r.origin + seen.frame - t0,
        nav: seen.frame,
        host: r.hostReady !== null ? r.hostReady - r.start : 0,
        dcl: r.dcl,
        kind,
        viewBytes: r.viewBytes,
        svgBytes: r.svgBytes,
        exercises: r.exercises,
      };
    } finally {
      await context.close();
    }
  };

  try {
    for (let i = 0; i < o.runs + 1; i++) {
      const order: ('app' | 'blank')[] = i % 2 === 0 ? ['app', 'blank'] : ['blank', 'app'];
      for (const mode of order) {
        const s = await once(mode, i + 1);
        // the break page does not show the routine's names (yet): measure its first content
        if (i === 0 && mode === 'app' && s.kind === 'first-content') firstContentOnly = true;
        if (i > 0) samples[mode].push(s); // the first of each is the warm-up
      }
      o.log('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  o.log('\n');
  const appMeasured = samples.app.every((s) => s.kind === 'routine') ? 'routine' : 'first-content';
  const app = {
    gotoToVisibleMs: spread(samples.app.map((s) => s.goto)),
    navToVisibleMs: spread(samples.app.map((s) => s.nav)),
    testHostMs: spread(samples.app.map((s) => s.host)),
    domContentLoadedMs: spread(samples.app.map((s) => s.dcl)),
    breakViewBytes: spread(samples.app.map((s) => s.viewBytes)),
    svgBytes: spread(samples.app.map((s) => s.svgBytes)),
    exercises: spread(samples.app.map((s) => s.exercises)),
  };
  const blank = {
    gotoToVisibleMs: spread(samples.blank.map((s) => s.goto)),
    navToVisibleMs: spread(samples.blank.map((s) => s.nav)),
  };
  return {
    chromium: o.chromium,
    chromiumVersion,
    runs: o.runs,
    discarded: 1,
    appMeasured,
    app,
    blank,
    ratio: app.gotoToVisibleMs.median / blank.gotoToVisibleMs.median,
    overheadMs: app.gotoToVisibleMs.median - blank.gotoToVisibleMs.median,
    pageErrors: [...new Set(pageErrors)],
  };
}
