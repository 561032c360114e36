// Harness for the browser tests: serves dist/ on 127.0.0.1 (random port), runs headless
// Chromium, and opens a renderer page with the test host injected before the page's own script
// (so `window.limber` is the real LimberApp on a fake clock; see src-renderer/test-host).
//
//   const h = await startHarness();                          // in beforeAll
//   const page = await h.open('break', { config: { settings: { sitMinutes: 30 } } });
//   await host(page).advanceMinutes(31);                     // __limberTest controls, typed
//   expect(await axe(page)).toEqual([]);                     // serious/critical violations
//   await shot(page, 'break-pre', { colorScheme: 'dark' });  // docs/screenshots when SCREENSHOTS=1
//   await h.close();                                         // in afterAll
//
// Pages that run timers can be put on Playwright's fake clock: `open(..., { clock: true })`, then
// `await page.clock.runFor(ms)` (note: Preact runs effects after a frame, so give the clock a
// few ms after each interaction: `settle(page)`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { parseLog } from '../../src-main/core/history';
import type { Instant, SchedulerInput } from '../../src-main/core/scheduler';
import type { Settings } from '../../src-main/core/settings';
import type { BridgeCall, ExportRecord, TestHostConfig } from '../../src-renderer/test-host/index';
import { CHROMIUM_ARGS as BASE_ARGS, serveStatic } from '../../scripts/lib/chromium';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const HOST_SCRIPT = join(DIST, 'test-host/host.js');
export const SCREENSHOT_DIR = join(ROOT, 'docs/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The shared flags, plus autoplay for the break's chime. */
export const CHROMIUM_ARGS = [...BASE_ARGS, '--autoplay-policy=no-user-gesture-required'];

export type PageName = 'break' | 'settings' | 'history';
export type { TestHostConfig };

export interface OpenOptions {
  /** test host configuration: start time, settings, history log text, first-run flag, seed */
  config?: TestHostConfig;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** install Playwright's fake clock (page.clock) before the page loads; a Date or epoch ms to start at. It still follows real time too, until `pauseClock(page)` */
  clock?: boolean | number | Date;
  /** wait for this selector after load (default: `#app > *`) */
  waitFor?: string | null;
  /** runs before the page is loaded (after the test host is injected): more init scripts, routes … */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /**
   * open the page in this locale (a LOCALES tag: 'de', 'ar', the pseudo-locale 'en-XA'), as the
   * system's language: `<page>.html?locale=<tag>`, read by the test host (`config.locale`), whose
   * app then tells the page, as Limber does. A language chosen in Settings still wins; "Same as
   * the system" comes back to it. Default: the browser's languages (en-GB), i.e. English.
   */
  locale?: string;
  /** the browser's own locale (navigator.languages, Intl's default), default en-GB */
  browserLocale?: string;
}

export interface PageDiagnostics {
  /** uncaught errors in the page */
  errors: string[];
  /** console messages of level error */
  consoleErrors: string[];
  /** Content-Security-Policy violations the page reported */
  csp: string[];
  /** requests to anything but the test server */
  external: string[];
}


/** A static file server for dist/ on 127.0.0.1 and a random port. */
export async function serveDist(dir = DIST): Promise<{ server: Server; origin: string }> {
  const { server, origin } = await serveStatic(dir);
  return { server, origin };
}

export interface Harness {
  browser: Browser;
  origin: string;
  /** Opens a renderer page in a fresh context with the test host injected. */
  open(page: PageName, options?: OpenOptions): Promise<Page>;
  /** Diagnostics of a page opened with `open`. */
  diagnostics(page: Page): PageDiagnostics;
  /** Checks the page had no uncaught errors and no CSP violations (and, with `external`, made no request off the test server), then closes its context. */
  closePage(page: Page, o?: { external?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(HOST_SCRIPT) || !existsSync(join(DIST, 'renderer/break.html'))) {
    throw new Error('dist/ has no renderer or test host build: run the browser tests through vitest.browser.config.ts (its globalSetup builds them)');
  }
  const { server, origin } = await serveDist();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const contexts = new Set<BrowserContext>();
  const diags = new WeakMap<Page, PageDiagnostics>();

  const open = async (name: PageName, o: OpenOptions = {}): Promise<Page> => {
    const context = await browser.newContext({
      viewport: o.viewport ?? { width: 760, height: 540 },
      colorScheme: o.colorScheme ?? 'light',
      reducedMotion: o.reducedMotion ?? 'no-preference',
      timezoneId: 'Europe/Berlin',
      locale: o.browserLocale ?? 'en-GB',
      serviceWorkers: 'block',
    });
    contexts.add(context);
    const page = await context.newPage();
    const d: PageDiagnostics = { errors: [], consoleErrors: [], csp: [], external: [] };
    diags.set(page, d);
    page.on('pageerror', (e) => d.errors.push(String(e.stack ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error') d.consoleErrors.push(m.text());
    });
    await context.route(
      (url) => !url.href.startsWith(origin) && !url.href.startsWith('data:') && !url.href.startsWith('blob:'),
      (route) => {
        d.external.push(route.request().url());
        return route.abort();
      },
    );
    await page.exposeFunction('__limberReportCsp', (text: string) => d.csp.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __limberReportCsp(t: string): void }).__limberReportCsp(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    if (o.config) await page.addInitScript((cfg) => ((window as unknown as { __limberTestConfig: unknown }).__limberTestConfig = cfg), o.config);
    await page.addInitScript({ path: HOST_SCRIPT });
    if (o.clock !== undefined && o.clock !== false) {
      const time = o.clock === true ? new Date('2026-03-02T09:00:00+01:00') : o.clock;
      await page.clock.install({ time });
    }
    if (o.beforeLoad) await o.beforeLoad(page);
    await page.goto(`${origin}/renderer/${name}.html${o.locale ? `?locale=${encodeURIComponent(o.locale)}` : ''}`);
    if (o.waitFor !== null) await page.waitForSelector(o.waitFor ?? '#app > *', { state: 'attached' });
    return page;
  };

  const diagnostics = (page: Page): PageDiagnostics => diags.get(page) ?? { errors: [], consoleErrors: [], csp: [], external: [] };

  return {
    browser,
    origin,
    open,
    diagnostics,
    async closePage(page, co = {}) {
      const d = diagnostics(page);
      expect(d.errors).toEqual([]);
      expect(d.csp).toEqual([]);
      if (co.external) expect(d.external).toEqual([]);
      await page.context().close();
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

// ------------------------------------------------------------------ the test host, typed

/** Typed access to `window.__limberTest` in a page (see src-renderer/test-host/index.ts). */
export function host(page: Page) {
  const call = <T>(fn: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      ([f, a]) => {
        const t = (window as unknown as { __limberTest: Record<string, (...x: unknown[]) => unknown> }).__limberTest;
        return t[f as string]!(...(a as unknown[]));
      },
      [fn, args] as const,
    ) as Promise<T>;
  return {
    advance: (ms: number) => call<void>('advance', ms),
    advanceMinutes: (minutes: number) => call<void>('advanceMinutes', minutes),
    setIdle: (idle: number | 'active') => call<void>('setIdle', idle),
    stretchNow: () => call<void>('stretchNow'),
    input: (input: SchedulerInput) => call<void>('input', input),
    log: () => call<string>('log'),
    events: async (): Promise<LimberEvent[]> => parseEvents(await call<string>('log')),
    loadLog: (text: string) => call<void>('loadLog', text),
    settings: (patch: Partial<Settings>) => call<void>('settings', patch),
    reset: (config?: TestHostConfig) => call<void>('reset', config),
    now: () => call<Instant>('now'),
    breakWindow: () => call<{ visible: boolean; breakId: string | null; closed: number }>('breakWindow'),
    exports: () => call<ExportRecord[]>('exports'),
    nextExport: (outcome: 'ok' | 'cancel' | { reason: string }) => call<void>('nextExport', outcome),
    setHistoryProblem: (message: string | null) => call<void>('setHistoryProblem', message),
    failNextSettingsSave: (message?: string) => call<void>('failNextSettingsSave', message),
    calls: () => call<BridgeCall[]>('calls'),
    listeners: () => call<Record<string, number>>('listeners'),
    /** the locale the app has applied (after `localeSettled`) */
    activeLocale: () => call<string>('activeLocale'),
    /** resolves once the latest language choice is loaded and applied */
    localeSettled: () => call<void>('localeSettled'),
  };
}

/** The events of a log text (epoch-ms times), as the core reads them. */
export function parseEvents(text: string): LimberEvent[] {
  return parseLog(text).entries.map(({ v: _v, line: _l, local: _lo, pending: _p, ...e }) => e as LimberEvent);
}

/**
 * Stops the page's fake clock where it is: from then on it moves only with `page.clock.runFor(ms)`
 * (deterministic positions for screenshots). Timers that wait for real time (axe-core's, for one)
 * need `page.clock.resume()` again.
 */
export async function pauseClock(page: Page): Promise<void> {
  // the clock runs on while we ask: aim a little ahead, further if it got there first
  for (const margin of [100, 1000, 5000]) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + margin);
      return;
    } catch (e) {
      if (!String(e).includes('to the past')) throw e;
    }
  }
  throw new Error('pauseClock: could not pause the page clock');
}

/** Lets Preact run its effects (it schedules them after a frame) on a page with a fake clock. */
export async function settle(page: Page, ms = 50): Promise<void> {
  await page.clock.runFor(ms);
}

/** Starts the routine from the pre-break view (the clock paused) and pages on to exercise `index`. */
export async function startAtExercise(page: Page, index: number): Promise<void> {
  await pauseClock(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await settle(page);
  for (let k = 0; k < index; k++) {
    await page.keyboard.press('ArrowRight');
    await settle(page);
  }
}

// ------------------------------------------------------------------ axe-core

const AXE_SOURCE = () => readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (injected past the CSP by the DevTools protocol) and returns the serious and critical violations. */
export async function axe(page: Page, options: { include?: string; impacts?: string[] } = {}): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE());
  const impacts = options.impacts ?? ['serious', 'critical'];
  const result = (await page.evaluate(async (include) => {
    const axeApi = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const r = await axeApi.run(include ? { include: [include] } : document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations;
  }, options.include ?? null)) as { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
  return result
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
}

// ------------------------------------------------------------------ screenshots

export const SAVE_SCREENSHOTS = process.env.SCREENSHOTS === '1';

/**
 * Takes a screenshot (light/dark and reduced motion switched with emulateMedia first when given).
 * Saved as docs/screenshots/<name>.png when SCREENSHOTS=1 (`npm run screenshots`); always returned.
 */
export async function shot(
  page: Page,
  name: string,
  o: {
    colorScheme?: 'light' | 'dark';
    reducedMotion?: 'reduce' | 'no-preference';
    fullPage?: boolean;
  } = {},
): Promise<Buffer> {
  if (o.colorScheme || o.reducedMotion) {
    await page.emulateMedia({
      ...(o.colorScheme ? { colorScheme: o.colorScheme } : {}),
      ...(o.reducedMotion ? { reducedMotion: o.reducedMotion } : {}),
    });
  }
  if (o.colorScheme || o.reducedMotion) await page.waitForTimeout(400); // colour transitions run in real time
  // a moving figure (Web Animations of its joints) is shown at the end of its current movement:
  // `animations: 'disabled'` finishes finite animations for the shot, so pictures are stable
  const buf = await page.screenshot({ fullPage: o.fullPage ?? false, animations: 'disabled', caret: 'hide' });
  if (SAVE_SCREENSHOTS) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOT_DIR, `${name}.png`), buf);
  }
  return buf;
}
