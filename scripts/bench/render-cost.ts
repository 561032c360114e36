// What a running routine costs to show, in headless Chromium, next to a page that only counts
// down once a second (the floor for any break screen with a visible countdown), in the same run:
//
//   routine     the break page on the test host (real core), "Start a stretch now", Start
//               pressed: the player runs in real time (reps moving, holds, rests)
//   countdown   the break page's shell (same HTML head, CSP, stylesheets) with one script that
//               writes a big number once a second, on a timer aligned to the second
//   hidden      the routine page again, told it is hidden (document.visibilityState "hidden" and
//               a visibilitychange event — what Electron does for a hidden window): the goal is
//               no work at all
//
// Per page, over the same wall-clock window: CPU time of the page's own renderer process (CDP
// Performance.getMetrics ProcessTime — not every renderer process Chromium has: a headless
// browser keeps spare and helper renderers whose own work, up to a few % of a core and varying
// from run to run, used to be added to both pages) plus the GPU/display-compositor process (CDP
// SystemInfo.getProcessInfo; the compositor draws every frame there in software), as a share of
// one core; the main thread's busy
// time (Performance.getMetrics TaskDuration); layouts and style recalculations a second
// (LayoutCount, RecalcStyleCount); and timer fires and animation-frame callbacks a second
// (counted by an init script wrapping setTimeout / setInterval / requestAnimationFrame).
// Both pages have the mouse pointer resting at the same point, where the routine's Start button
// was clicked: a user's pointer rests on a break screen (on a full-screen countdown it cannot be
// anywhere else), and under a resting pointer Chromium re-tests what is under it after every
// layout and tracks the pointer's motion for ten 50-ms steps after each such test (Blink's
// AnchorElementInteractionTracker), about 0.2 % of a core for either page. Until this was added
// only the routine had the pointer over it (its Start was clicked, the countdown was never
// touched), which charged that cost to the routine alone.
// The two pages take turns (ROUNDS windows each, the idle one paused; see ROUNDS), each in its
// own context; each window opens SETTLE_MS after its page starts again, so neither counts its
// first update after a pause, nor its first render.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../lib/chromium';
import { blankShell } from './page-load';

export interface PageCost {
  seconds: number;
  /** renderer + GPU process CPU time ÷ wall time, % of one core */
  cpuPercent: number;
  rendererCpuPercent: number;
  gpuCpuPercent: number;
  /** renderer + GPU as Chromium counts them (10-ms ticks), % of one core: a cross-check of cpuPercent */
  tickCpuPercent: number;
  /** threads of the renderer or GPU process that ended inside a window (their last part is not counted) */
  endedThreads: number;
  /** main-thread task time ÷ wall time, % */
  mainThreadPercent: number;
  layoutsPerSecond: number;
  styleRecalcsPerSecond: number;
  timerFiresPerSecond: number;
  animationFramesPerSecond: number;
}

export interface RenderCostFigures {
  chromiumVersion: string;
  routine: PageCost & { exercises: string[] };
  countdown: PageCost;
  hidden: PageCost;
  /** routine ÷ countdown, CPU share over all their windows (the goal: ≤ 1.5) */
  cpuRatio: number;
  /** the same, round by round (each round: a countdown window, then a routine window) */
  roundRatios: number[];
  /** how CPU time was read: per thread in ns from /proc (Linux), or Chromium's 10-ms ticks */
  cpuClock: 'threads' | 'ticks';
  pageErrors: string[];
}

/**
 * How long each page runs before its window opens. Both get the same: the window measures the
 * steady once-a-second update, not the first render (a routine's first second also includes
 * Start's own work — the player mounted, the first announcement, the figure placed — which the
 * countdown page has no counterpart for; it used to be in the routine's window and not in the
 * countdown's).
 */
export const SETTLE_MS = 1000;

/** The countdown page's one script: a number shown, rewritten once a second on the second. */
export const COUNTDOWN_JS = `
const el = document.createElement('p');
el.className = 'bench-countdown';
el.style.font = '700 96px system-ui, sans-serif';
el.style.textAlign = 'center';
document.getElementById('app').append(el);
const end = performance.now() + 3600e3;
let timer = 0;
const tick = () => {
  const left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
  el.textContent = String(left);
  timer = setTimeout(tick, ((end - performance.now()) % 1000) + 5);
};
tick();
// the bench pauses it while the routine's window runs (and starts it again for its own)
window.benchPause = (on) => {
  clearTimeout(timer);
  if (!on) tick();
};
`;

export const COUNTDOWN_SCRIPT = 'bench-countdown.js';

/** The break page's shell (same head: CSP, stylesheets) whose only script is the countdown. */
export function countdownShell(breakHtml: string): string {
  return blankShell(breakHtml)
    .replace(/<title>[^<]*<\/title>/, '<title>Limber — countdown page (bench)</title>')
    .replace('</body>', `<script type="module" src="./${COUNTDOWN_SCRIPT}"></script></body>`);
}

/** First init script: counts timer fires and animation-frame callbacks. */
function counters(): void {
  const w = window as unknown as { __cost: { timers: number; frames: number } };
  const c = { timers: 0, frames: 0 };
  w.__cost = c;
  const wrap = (fn: unknown, key: 'timers' | 'frames') =>
    typeof fn === 'function'
      ? function (this: unknown, ...args: unknown[]) {
          c[key]++;
          return (fn as (...a: unknown[]) => unknown).apply(this, args);
        }
      : fn;
  const st = window.setTimeout.bind(window);
  const si = window.setInterval.bind(window);
  const raf = window.requestAnimationFrame.bind(window);
  window.setTimeout = ((fn: unknown, ms?: number, ...a: unknown[]) => st(wrap(fn, 'timers') as TimerHandler, ms, ...a)) as typeof setTimeout;
  window.setInterval = ((fn: unknown, ms?: number, ...a: unknown[]) => si(wrap(fn, 'timers') as TimerHandler, ms, ...a)) as typeof setInterval;
  window.requestAnimationFrame = ((fn: FrameRequestCallback) => raf(wrap(fn, 'frames') as FrameRequestCallback)) as typeof requestAnimationFrame;
}

function initScript(fn: () => void): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${fn.toString()})(); })();` };
}

interface ProcessInfo {
  type: string;
  id: number;
  cpuTime: number;
}

async function processCpu(cdp: CDPSession): Promise<ProcessInfo[]> {
  const r = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: ProcessInfo[] };
  return r.processInfo;
}

/**
 * A process's threads' CPU time in ns, by thread, from Linux's per-thread schedstat (ns
 * resolution); null where there is no /proc to read. Chromium's own figures (ProcessTime,
 * SystemInfo cpuTime) come from clock ticks, 10 ms apiece: over a 15-s window of a page using
 * under 1 % of a core, that is an error of up to a tenth of what is measured.
 */
export function threadCpuNs(pid: number): Map<number, number> | null {
  try {
    const out = new Map<number, number>();
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        out.set(Number(tid), Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]));
      } catch {
        // the thread ended meanwhile
      }
    }
    return out.size ? out : null;
  } catch {
    return null;
  }
}

/** CPU time between two readings of threadCpuNs, ms: a thread begun meanwhile counts from 0 (one that ended meanwhile is lost: its last part is not known). */
export function threadCpuMsBetween(a: Map<number, number>, b: Map<number, number>): number {
  let ns = 0;
  for (const [tid, v] of b) {
    const before = a.get(tid);
    // a count that went down is a new thread with a reused id: it counts from 0
    ns += before !== undefined && before <= v ? v - before : v;
  }
  return ns / 1e6;
}

/**
 * The pid of a page's renderer process, where /proc can tell: the renderer whose threads' CPU
 * time jumps while the page spins for 300 ms (Chromium's own per-process figures lag by a
 * sample, so they cannot tell).
 */
async function rendererPid(bcdp: CDPSession, page: Page): Promise<number | null> {
  // another renderer can be busy at the same moment (Chromium starts a spare one after a
  // navigation): try again until one renderer alone has jumped
  for (let attempt = 0; attempt < 5; attempt++) {
    const ids = (await processCpu(bcdp)).filter((p) => p.type === 'renderer').map((p) => p.id);
    const before = new Map(ids.map((id) => [id, threadCpuNs(id)]));
    await page.evaluate(() => {
      const end = performance.now() + 300;
      while (performance.now() < end);
    });
    const jumps = ids
      .map((id) => {
        const a = before.get(id);
        const b = threadCpuNs(id);
        return { id, ms: a && b ? threadCpuMsBetween(a, b) : 0 };
      })
      .sort((x, y) => y.ms - x.ms);
    if (!jumps[0] || jumps[0].ms === 0) return null; // no /proc to read
    if (jumps[0].ms >= 250 && (jumps[1]?.ms ?? 0) < 100) return jumps[0].id;
    await page.waitForTimeout(1000);
  }
  return null;
}

/** What a page has done so far: its renderer's metrics, the GPU process's CPU time, the page's own counts. */
interface Sample {
  /** the page's metrics: its renderer's CPU seconds (Chromium's ticks) are their ProcessTime */
  m: Record<string, number>;
  /** the GPU process's CPU seconds (Chromium's ticks) */
  gpu: number;
  /** the same, per thread in ns, where Linux's /proc has them */
  threads: { renderer: Map<number, number>; gpu: Map<number, number> } | null;
  c: { timers: number; frames: number };
  at: number;
}

/** A page's meter: its CDP sessions, read together at each end of a window. */
async function meter(browser: Browser, page: Page): Promise<{ sample: () => Promise<Sample>; close: () => Promise<void>; precise: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const bcdp = await browser.newBrowserCDPSession();
  await cdp.send('Performance.enable');
  const pid = await rendererPid(bcdp, page);
  const gpuPid = (await processCpu(bcdp)).find((p) => p.type === 'GPU' || p.type === 'gpu')?.id ?? null;
  const readThreads = () => {
    if (pid === null || gpuPid === null) return null;
    const renderer = threadCpuNs(pid);
    const gpu = threadCpuNs(gpuPid);
    return renderer && gpu ? { renderer, gpu } : null;
  };
  const precise = readThreads() !== null;
  const sample = async (): Promise<Sample> => {
    const c = await page.evaluate(() => ({ ...(window as unknown as { __cost: { timers: number; frames: number } }).__cost }));
    const ps = await processCpu(bcdp);
    const threads = precise ? readThreads() : null;
    const m = Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((x) => [x.name, x.value]));
    // the page's own renderer process's CPU time is its metrics' ProcessTime
    if (m.ProcessTime === undefined) throw new Error('this Chromium reports no ProcessTime metric: the page’s renderer CPU time cannot be told apart');
    if (precise && !threads) throw new Error('the renderer or GPU process’s /proc entries went away during the bench');
    return { m, gpu: ps.filter((p) => p.type === 'GPU' || p.type === 'gpu').reduce((x, p) => x + p.cpuTime, 0), threads, c, at: performance.now() };
  };
  return {
    sample,
    precise,
    close: async () => {
      await bcdp.detach();
      await cdp.detach();
    },
  };
}

/** A page's windows added up: each window from one sample to the next. */
class Windows {
  private wall = 0;
  private renderer = 0;
  private ticks = 0;
  private ended = 0;
  private gpu = 0;
  private timers = 0;
  private frames = 0;
  private readonly d = new Map<string, number>();
  /** each window's CPU share, % of a core (renderer + GPU) */
  readonly shares: number[] = [];

  add(a: Sample, b: Sample): void {
    const wall = (b.at - a.at) / 1000;
    // CPU seconds: per thread, in ns, where /proc has them; else Chromium's tick-counted figures
    const tickRenderer = (b.m.ProcessTime ?? 0) - (a.m.ProcessTime ?? 0);
    const renderer = a.threads && b.threads ? threadCpuMsBetween(a.threads.renderer, b.threads.renderer) / 1000 : tickRenderer;
    const gpu = a.threads && b.threads ? threadCpuMsBetween(a.threads.gpu, b.threads.gpu) / 1000 : b.gpu - a.gpu;
    this.ticks += tickRenderer + b.gpu - a.gpu;
    if (a.threads && b.threads) for (const k of ['renderer', 'gpu'] as const) for (const tid of a.threads[k].keys()) if (!b.threads[k].has(tid)) this.ended++;
    this.wall += wall;
    this.renderer += renderer;
    this.gpu += gpu;
    this.timers += b.c.timers - a.c.timers;
    this.frames += b.c.frames - a.c.frames;
    for (const k of ['TaskDuration', 'LayoutCount', 'RecalcStyleCount']) this.d.set(k, (this.d.get(k) ?? 0) + (b.m[k] ?? 0) - (a.m[k] ?? 0));
    this.shares.push(((renderer + gpu) / wall) * 100);
  }

  cost(): PageCost {
    const w = this.wall;
    const d = (k: string) => this.d.get(k) ?? 0;
    const renderer = (this.renderer / w) * 100;
    const gpu = (this.gpu / w) * 100;
    return {
      seconds: w,
      cpuPercent: renderer + gpu,
      rendererCpuPercent: renderer,
      gpuCpuPercent: gpu,
      tickCpuPercent: (this.ticks / w) * 100,
      endedThreads: this.ended,
      mainThreadPercent: (d('TaskDuration') / w) * 100,
      layoutsPerSecond: d('LayoutCount') / w,
      styleRecalcsPerSecond: d('RecalcStyleCount') / w,
      timerFiresPerSecond: this.timers / w,
      animationFramesPerSecond: this.frames / w,
    };
  }
}

/** One window of `seconds` on a page. */
async function measureWindow(m: { sample: () => Promise<Sample> }, page: Page, seconds: number, into: Windows): Promise<void> {
  const a = await m.sample();
  await page.waitForTimeout(seconds * 1000);
  into.add(a, await m.sample());
}

/**
 * The two pages take turns, ROUNDS windows each (countdown, routine, countdown, …), both open
 * all along: the one not measured is paused (the routine by its own Pause, the countdown by
 * stopping its timer) and does nothing, so the GPU process's time in a window is the measured
 * page's. A machine's load drifts over minutes (other processes, thermal state); one long
 * window of each page put that drift on one page only, and a single run's ratio moved by ±5 %
 * from it. Taking turns puts it on both alike.
 */
export const ROUNDS = 6;

export async function measureRenderCost(o: {
  snapshotDir: string;
  chromium: string;
  /** seconds of running routine (and of the countdown page) */
  seconds: number;
  hiddenSeconds: number;
  log: (s: string) => void;
}): Promise<RenderCostFigures> {
  const breakHtml = readFileSync(join(o.snapshotDir, 'renderer/break.html'), 'utf8');
  writeFileSync(join(o.snapshotDir, 'renderer', COUNTDOWN_SCRIPT), COUNTDOWN_JS);
  const countdownHtml = countdownShell(breakHtml);
  const server = await serveStatic(o.snapshotDir, { '/renderer/countdown.html': countdownHtml });
  const browser = await launchChromium([], o.chromium);
  const pageErrors: string[] = [];
  const hostScript = join(o.snapshotDir, 'test-host/host.js');
  const open = async (kind: 'routine' | 'countdown'): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 760, height: 540 }, locale: 'en-GB', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${kind}: ${String(e)}`));
    await page.addInitScript(initScript(counters));
    if (kind === 'routine') {
      await page.addInitScript((cfg) => ((window as unknown as { __limberTestConfig: unknown }).__limberTestConfig = cfg), { seed: 1 });
      await page.addInitScript({ path: hostScript });
      await page.addInitScript(() => (window as unknown as { __limberTest: { stretchNow(): void } }).__limberTest.stretchNow());
    }
    await page.goto(`${server.origin}/renderer/${kind === 'routine' ? 'break' : 'countdown'}.html`);
    return page;
  };
  try {
    // where the routine's Start button is (the same viewport): the pointer rests there on both pages
    const probe = await open('routine');
    const start = await probe.getByRole('button', { name: /^Start/ }).boundingBox();
    await probe.context().close();
    if (!start) throw new Error('the break page showed no Start button');
    const rest = { x: start.x + start.width / 2, y: start.y + start.height / 2 };

    const countdownPage = await open('countdown');
    await countdownPage.locator('.bench-countdown').waitFor();
    await countdownPage.mouse.move(rest.x, rest.y);
    const countdownOn = (on: boolean) => countdownPage.evaluate((x) => (window as unknown as { benchPause(p: boolean): void }).benchPause(!x), on);
    await countdownOn(false);

    const page = await open('routine');
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    await page.mouse.click(rest.x, rest.y);
    await page.locator('.player').waitFor();
    const exercises = await page.evaluate(() =>
      ((window as unknown as { __limberTest: { currentBreak(): { routine: { items: { id: string }[] } } | null } }).__limberTest.currentBreak()?.routine.items ?? []).map((i) => i.id),
    );
    // Space pauses and resumes the player (as a user would); the pointer stays where it rests
    const routineOn = async (on: boolean) => {
      await page.keyboard.press('Space');
      await page.locator(on ? 'main.player:not(.is-paused)' : 'main.player.is-paused').waitFor();
    };
    await routineOn(false);

    const cdMeter = await meter(browser, countdownPage);
    const rtMeter = await meter(browser, page);
    const precise = cdMeter.precise && rtMeter.precise;
    const cdWindows = new Windows();
    const rtWindows = new Windows();
    const each = o.seconds / ROUNDS;
    o.log(`countdown page and running routine, ${ROUNDS} × ${Math.round(each)} s each in turn … `);
    for (let r = 0; r < ROUNDS; r++) {
      // each window opens SETTLE_MS after its page starts again, so neither counts the first
      // update after a pause (the countdown's catching-up number; the player's resume)
      await countdownOn(true);
      await countdownPage.waitForTimeout(SETTLE_MS);
      await measureWindow(cdMeter, countdownPage, each, cdWindows);
      await countdownOn(false);
      await routineOn(true);
      await page.waitForTimeout(SETTLE_MS);
      await measureWindow(rtMeter, page, each, rtWindows);
      await routineOn(false);
    }
    await cdMeter.close();
    await countdownPage.context().close();
    const countdown = cdWindows.cost();
    const routine = rtWindows.cost();
    await routineOn(true);

    o.log(`hidden ${o.hiddenSeconds} s … `);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(500);
    // the routine's own meter (the same page and processes)
    const hiddenWindows = new Windows();
    await measureWindow(rtMeter, page, o.hiddenSeconds, hiddenWindows);
    await rtMeter.close();
    const hidden = hiddenWindows.cost();
    await page.context().close();
    o.log('done\n');
    return {
      chromiumVersion: browser.version(),
      routine: { ...routine, exercises },
      countdown,
      roundRatios: rtWindows.shares.map((x, k) => x / Math.max(1e-9, cdWindows.shares[k]!)),
      cpuClock: precise ? 'threads' : 'ticks',
      hidden,
      cpuRatio: routine.cpuPercent / Math.max(1e-9, countdown.cpuPercent),
      pageErrors: [...new Set(pageErrors)],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
