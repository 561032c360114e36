// What a break costs in the already-loaded break page, and what a hidden break window costs.
//
// In the app the break page is loaded once, hidden, at start; each break only sends the page a
// new view. Here the page runs in headless Chromium with the browser test host (the real core on
// a fake clock behind `window.limber`), as in the UI tests, loaded with no break showing:
//
// - per break: "Start a stretch now" in the core (composing the routine and drawing the
//   exercises: main-process work in the app, timed apart), then from the moment the view is
//   handed to the page's `break` listener (an extra listener registered before the page's own,
//   so it runs first) to the animation frame after every exercise name of the routine is in the
//   page's rendered text. The break is then skipped, the clock moved on 10 minutes and the next
//   one pushed: the first break after the load, and the median of the rest.
// - hidden: the page's own timers and CPU while hidden. Headless Chromium keeps every page
//   "visible" (and CDP has no visibility override), so the page is told it is hidden the way a
//   browser tells it — document.visibilityState / hidden and a `visibilitychange` event — and
//   then watched for a while: every setTimeout / setInterval / requestAnimationFrame /
//   requestIdleCallback callback that runs is counted (the page's timer functions are wrapped
//   before any page script), and the renderer's own counters (CDP Performance.getMetrics:
//   TaskDuration, ScriptDuration, layouts, style recalcs) are read before and after. Two cases:
//   the idle page (how the window spends the day) and a routine running when the window hides.
//   The same routine, visible, is measured for the same time as the control.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, serveStatic } from '../lib/chromium';
import { spread, type Spread } from './stats';

export interface BreakCostFigures {
  breaks: number;
  /** core: stretch-now → the view handed to the page (in the app: the main process) */
  coreMs: Spread;
  /** view handed to the page → frame with the routine on screen, breaks 2… */
  pageMs: Spread;
  /** view handed to the page → the routine in the DOM (the page's own work; the rest is waiting for the frame) */
  domMs: Spread;
  /** the same for the first break after the page loaded */
  firstPageMs: number;
  firstCoreMs: number;
  /** the quiet prompt of a break that waits for a pause: status sent → prompt on screen */
  prompt: { pageMs: Spread; domMs: Spread; first: number; n: number };
  pageErrors: string[];
}

export interface HiddenCase {
  seconds: number;
  timerFires: number;
  rafFires: number;
  taskMs: number;
  scriptMs: number;
  layouts: number;
  styleRecalcs: number;
}

export interface HiddenFigures {
  idleHidden: HiddenCase;
  routineHidden: HiddenCase;
  routineVisible: HiddenCase;
}

/** First init script: counts timer callbacks; lets the bench say the page is hidden. */
function instrument(): void {
  const w = window as unknown as Record<string, unknown> & { __perf: { fires: Record<string, number>; counting: boolean; setHidden(h: boolean): void } };
  const perf = { fires: { timeout: 0, interval: 0, raf: 0, idle: 0 }, counting: false, setHidden: (_h: boolean) => {} };
  w.__perf = perf as never;
  const wrap = (name: string, key: 'timeout' | 'interval' | 'raf' | 'idle') => {
    const orig = w[name] as ((cb: unknown, ...rest: unknown[]) => unknown) | undefined;
    if (typeof orig !== 'function') return;
    w[name] = function (this: unknown, cb: unknown, ...rest: unknown[]) {
      if (typeof cb !== 'function') return orig.call(this, cb, ...rest);
      return orig.call(
        this,
        function (this: unknown, ...args: unknown[]) {
          if (perf.counting) perf.fires[key]++;
          return (cb as (...a: unknown[]) => unknown).apply(this, args);
        },
        ...rest,
      );
    };
  };
  wrap('setTimeout', 'timeout');
  wrap('setInterval', 'interval');
  wrap('requestAnimationFrame', 'raf');
  wrap('requestIdleCallback', 'idle');
  let hidden = false;
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
  perf.setHidden = (h: boolean) => {
    hidden = h;
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

/** Last init script (after the test host): a `break` listener that runs before the page's own. */
function listenFirst(): void {
  const w = window as unknown as {
    limber: { on(name: 'break', fn: (v: unknown) => void): () => void };
    __breakSent: { at: number; names: string[] } | null;
  };
  w.__breakSent = null;
  w.limber.on('break', (v) => {
    const view = v as { routine: { items: { name: string }[] } } | null;
    w.__breakSent = view ? { at: performance.now(), names: view.routine.items.map((i) => i.name) } : null;
  });
}

/**
 * Init script for the prompt measurement: a `status` listener that runs before the page's own;
 * when a status first carries a prompt (a due break waiting for a pause in the user's typing),
 * it notes the time and watches for the page's prompt card, then the next animation frame.
 */
function promptWatcher(): void {
  const w = window as unknown as {
    limber: { on(name: 'status', fn: (v: unknown) => void): () => void };
    __promptCost: { sent: number; dom?: number; frame?: number } | null;
  };
  w.__promptCost = null;
  w.limber.on('status', (v) => {
    const prompt = (v as { status?: { prompt?: unknown } } | null)?.status?.prompt;
    if (!prompt) {
      w.__promptCost = null;
      return;
    }
    if (w.__promptCost) return;
    const cost: { sent: number; dom?: number; frame?: number } = { sent: performance.now() };
    w.__promptCost = cost;
    const done = () => {
      cost.dom = performance.now();
      requestAnimationFrame(() => (cost.frame = performance.now()));
    };
    const mo = new MutationObserver(() => {
      if (document.querySelector('#app main.prompt')) {
        mo.disconnect();
        done();
      }
    });
    mo.observe(document.getElementById('app')!, { childList: true, subtree: true });
  });
}

function initScript(fn: () => void): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${fn.toString()})(); })();` };
}

/** In the page: push one break and time it to the frame that shows its routine. */
async function pushBreak(page: Page): Promise<{ coreMs: number; pageMs: number; domMs: number }> {
  return page.evaluate(async () => {
    const w = window as unknown as {
      __limberTest: { stretchNow(): void };
      __breakSent: { at: number; names: string[] } | null;
    };
    const app = document.getElementById('app')!;
    const t0 = performance.now();
    w.__breakSent = null;
    w.__limberTest.stretchNow(); // the core composes the break and hands the view to the page
    const sent = w.__breakSent as { at: number; names: string[] } | null;
    if (!sent || sent.names.length === 0) throw new Error('stretch-now showed no routine');
    const shown = () => {
      const text = app.innerText.toLowerCase();
      return sent.names.every((n) => text.includes(n.toLowerCase()));
    };
    let dom = Number.NaN;
    const frame = await new Promise<number>((ok) => {
      const done = () => {
        dom = performance.now();
        requestAnimationFrame(() => ok(performance.now()));
      };
      if (shown()) done();
      else {
        const mo = new MutationObserver(() => {
          if (shown()) {
            mo.disconnect();
            done();
          }
        });
        mo.observe(app, { childList: true, subtree: true, characterData: true });
      }
    });
    return { coreMs: sent.at - t0, pageMs: frame - sent.at, domMs: dom - sent.at };
  });
}

/** Ends the showing break (skip) and moves the clock on, as between two breaks. */
async function skipBreak(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const w = window as unknown as { limber: { breakAction(a: { type: 'skip' }): Promise<{ ok: boolean; reason?: string }> }; __limberTest: { advanceMinutes(m: number): void } };
    const r = await w.limber.breakAction({ type: 'skip' });
    if (!r.ok) throw new Error(`skip refused: ${r.reason}`);
    w.__limberTest.advanceMinutes(10);
  });
  await page.waitForSelector('#app main.idle', { state: 'attached' });
}

export async function measureBreakCost(o: { snapshotDir: string; chromium: string; breaks: number; hiddenSeconds: number; log: (s: string) => void }): Promise<{ breakCost: BreakCostFigures; hidden: HiddenFigures }> {
  const server = await serveStatic(o.snapshotDir);
  const browser = await launchChromium([], o.chromium);
  const hostScript = readFileSync(join(o.snapshotDir, 'test-host/host.js'), 'utf8');
  const pageErrors: string[] = [];
  const open = async (settings: Record<string, unknown> = {}): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 760, height: 620 }, locale: 'en-GB', timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // tsx compiles with keepNames: functions handed to page.evaluate may call __name
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.addInitScript(initScript(instrument));
    await page.addInitScript((cfg) => ((window as unknown as { __limberTestConfig: unknown }).__limberTestConfig = cfg), { seed: 7, settings: { sound: false, ...settings } });
    await page.addInitScript({ content: hostScript });
    await page.addInitScript(initScript(listenFirst));
    await page.addInitScript(initScript(promptWatcher));
    await page.goto(`${server.origin}/renderer/break.html`);
    await page.waitForSelector('#app main.idle h1', { state: 'attached' });
    return page;
  };
  try {
    // ---------------------------------------------------------------- per break
    const page = await open();
    const samples: { coreMs: number; pageMs: number; domMs: number }[] = [];
    for (let i = 0; i < o.breaks + 1; i++) {
      samples.push(await pushBreak(page));
      await skipBreak(page);
      o.log('.');
    }
    await page.context().close();

    // ---------------------------------------------------------------- the prompt
    // A due break while the user types (the test host's user types unless told otherwise) waits
    // for a pause and shows the quiet prompt (flexMinutes 3, the app's default). The clock moves
    // a minute at a time until a status carries the prompt; then the break is shown (a click on
    // the prompt) and skipped, and the next one comes due.
    o.log(' prompt');
    const pp = await open({ flexMinutes: 3 });
    const prompts: { pageMs: number; domMs: number }[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(o.breaks / 3)) + 1; i++) {
      let seen = false;
      for (let m = 0; m < 120 && !seen; m++) {
        seen = await pp.evaluate(() => {
          const w = window as unknown as { __limberTest: { advanceMinutes(m: number): void }; __promptCost: unknown };
          w.__limberTest.advanceMinutes(1);
          return w.__promptCost !== null;
        });
      }
      if (!seen) throw new Error('no prompt in 2 hours of typing');
      const cost = await pp.waitForFunction(() => {
        const c = (window as unknown as { __promptCost: { sent: number; dom?: number; frame?: number } | null }).__promptCost;
        return c && c.frame !== undefined ? c : null;
      });
      const c = (await cost.jsonValue()) as { sent: number; dom: number; frame: number };
      prompts.push({ pageMs: c.frame - c.sent, domMs: c.dom - c.sent });
      await pp.evaluate(async () => {
        const w = window as unknown as { limber: { breakAction(a: { type: 'prompt' | 'skip' }): Promise<{ ok: boolean; reason?: string }> } };
        const shown = await w.limber.breakAction({ type: 'prompt' });
        if (!shown.ok) throw new Error(`prompt refused: ${shown.reason}`);
        const skipped = await w.limber.breakAction({ type: 'skip' });
        if (!skipped.ok) throw new Error(`skip refused: ${skipped.reason}`);
      });
      await pp.waitForSelector('#app main.idle', { state: 'attached' });
      o.log('.');
    }
    await pp.context().close();
    const promptRest = prompts.slice(1);
    const rest = samples.slice(1);
    const breakCost: BreakCostFigures = {
      breaks: rest.length,
      coreMs: spread(rest.map((s) => s.coreMs)),
      pageMs: spread(rest.map((s) => s.pageMs)),
      domMs: spread(rest.map((s) => s.domMs)),
      firstPageMs: samples[0]!.pageMs,
      firstCoreMs: samples[0]!.coreMs,
      prompt: { pageMs: spread(promptRest.map((x) => x.pageMs)), domMs: spread(promptRest.map((x) => x.domMs)), first: prompts[0]!.pageMs, n: promptRest.length },
      pageErrors: [...new Set(pageErrors)],
    };

    // ---------------------------------------------------------------- hidden
    const watch = async (p: Page, seconds: number): Promise<HiddenCase> => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never);
      const metrics = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
      await p.evaluate(() => {
        const perf = (window as unknown as { __perf: { fires: Record<string, number>; counting: boolean } }).__perf;
        for (const k of Object.keys(perf.fires)) perf.fires[k] = 0;
        perf.counting = true;
      });
      const before = await metrics();
      await p.waitForTimeout(seconds * 1000);
      const after = await metrics();
      const fires = await p.evaluate(() => {
        const perf = (window as unknown as { __perf: { fires: Record<string, number>; counting: boolean } }).__perf;
        perf.counting = false;
        return { ...perf.fires };
      });
      await cdp.detach();
      const d = (k: string) => (after[k] ?? 0) - (before[k] ?? 0);
      return {
        seconds,
        timerFires: (fires.timeout ?? 0) + (fires.interval ?? 0) + (fires.idle ?? 0),
        rafFires: fires.raf ?? 0,
        taskMs: d('TaskDuration') * 1000,
        scriptMs: d('ScriptDuration') * 1000,
        layouts: d('LayoutCount'),
        styleRecalcs: d('RecalcStyleCount'),
      };
    };
    const setHidden = (p: Page, h: boolean) => p.evaluate((hh) => (window as unknown as { __perf: { setHidden(h: boolean): void } }).__perf.setHidden(hh), h);
    o.log(' hidden');
    const idle = await open();
    await setHidden(idle, true);
    const idleHidden = await watch(idle, o.hiddenSeconds);
    await idle.context().close();
    o.log('.');

    const running = await open();
    await pushBreak(running);
    await running.getByRole('button', { name: /start/i }).first().click();
    await running.waitForTimeout(300);
    const routineVisible = await watch(running, Math.min(o.hiddenSeconds, 30));
    o.log('.');
    await setHidden(running, true);
    await running.waitForTimeout(1000); // the page reacts to visibilitychange; a running 0.35 s CSS cue animation ends
    const routineHidden = await watch(running, o.hiddenSeconds);
    await running.context().close();
    o.log('\n');
    return { breakCost, hidden: { idleHidden, routineHidden, routineVisible } };
  } finally {
    await browser.close();
    await server.close();
  }
}
