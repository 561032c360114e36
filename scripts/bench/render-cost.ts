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
// Only one page is open at a time; each gets a fresh context. Each page's window opens
// SETTLE_MS after it first shows its numbers (the countdown's first number; the player after
// Start), so neither page's first render is counted.

import { readFileSync, writeFileSync } from 'node:fs';
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
  /** routine ÷ countdown, CPU share (the goal: ≤ 1.5) */
  cpuRatio: number;
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
const tick = () => {
  const left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
  el.textContent = String(left);
  setTimeout(tick, ((end - performance.now()) % 1000) + 5);
};
tick();
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

async function measure(browser: Browser, page: Page, seconds: number): Promise<PageCost> {
  const cdp = await page.context().newCDPSession(page);
  const bcdp = await browser.newBrowserCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
  const counts = () => page.evaluate(() => ({ ...(window as unknown as { __cost: { timers: number; frames: number } }).__cost }));
  // the page's metrics (its own renderer process's CPU time is their ProcessTime) and the GPU
  // process's CPU time, read together at each end of the window
  const sample = async () => {
    const ps = await processCpu(bcdp);
    const m = await metrics();
    if (m.ProcessTime === undefined) throw new Error('this Chromium reports no ProcessTime metric: the page’s renderer CPU time cannot be told apart');
    return { m, gpu: ps.filter((p) => p.type === 'GPU' || p.type === 'gpu').reduce((s, p) => s + p.cpuTime, 0) };
  };
  const c0 = await counts();
  const s0 = await sample();
  const w0 = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const s1 = await sample();
  const w1 = performance.now();
  const c1 = await counts();
  const wall = (w1 - w0) / 1000;
  await bcdp.detach();
  await cdp.detach();
  const d = (k: string) => (s1.m[k] ?? 0) - (s0.m[k] ?? 0);
  const renderer = (d('ProcessTime') / wall) * 100;
  const gpu = ((s1.gpu - s0.gpu) / wall) * 100;
  return {
    seconds: wall,
    cpuPercent: renderer + gpu,
    rendererCpuPercent: renderer,
    gpuCpuPercent: gpu,
    mainThreadPercent: (d('TaskDuration') / wall) * 100,
    layoutsPerSecond: d('LayoutCount') / wall,
    styleRecalcsPerSecond: d('RecalcStyleCount') / wall,
    timerFiresPerSecond: (c1.timers - c0.timers) / wall,
    animationFramesPerSecond: (c1.frames - c0.frames) / wall,
  };
}

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

    o.log(`countdown page ${o.seconds} s … `);
    const cd = await open('countdown');
    await cd.locator('.bench-countdown').waitFor();
    await cd.mouse.move(rest.x, rest.y);
    await cd.waitForTimeout(SETTLE_MS);
    const countdown = await measure(browser, cd, o.seconds);
    await cd.context().close();

    o.log(`running routine ${o.seconds} s … `);
    const page = await open('routine');
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    await page.mouse.click(rest.x, rest.y);
    await page.locator('.player').waitFor();
    // the same settle time as the countdown page: each page's window starts a second after it
    // first showed its numbers, so neither counts its own first render (the player's mount,
    // its first announcement and the figure's first placement; the countdown's first number)
    await page.waitForTimeout(SETTLE_MS);
    const exercises = await page.evaluate(() =>
      ((window as unknown as { __limberTest: { currentBreak(): { routine: { items: { id: string }[] } } | null } }).__limberTest.currentBreak()?.routine.items ?? []).map((i) => i.id),
    );
    const routine = await measure(browser, page, o.seconds);

    o.log(`hidden ${o.hiddenSeconds} s … `);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForTimeout(500);
    const hidden = await measure(browser, page, o.hiddenSeconds);
    await page.context().close();
    o.log('done\n');
    return {
      chromiumVersion: browser.version(),
      routine: { ...routine, exercises },
      countdown,
      hidden,
      cpuRatio: routine.cpuPercent / Math.max(1e-9, countdown.cpuPercent),
      pageErrors: [...new Set(pageErrors)],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
