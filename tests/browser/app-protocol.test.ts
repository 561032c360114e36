// The built pages as the packaged app serves them: every request goes through the real
// limber:// handler (src-main/app-protocol.ts — its MIME types, its CSP header, its refusals),
// mapped onto an http origin because a plain Chromium knows no limber: scheme. Each page must
// load its module scripts and styles, render, and report no CSP violation or error: a wrong MIME
// type or a policy the pages break would give the blank window of issue 12 point 1.
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { pageHandler } from '../../src-main/app-protocol';
import { DIST, HOST_SCRIPT, type PageName } from './harness';

const ORIGIN = 'http://limber-app.test';
let browser: Browser;
const handler = pageHandler(join(DIST, 'renderer'));
const served: { path: string; status: number; type: string | null; csp: boolean }[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(name: PageName) {
  const context = await browser.newContext({ viewport: { width: 760, height: 600 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const res = await handler(new Request(`limber://app${url.pathname}${url.search}`, { method: route.request().method() }));
    served.push({ path: url.pathname, status: res.status, type: res.headers.get('content-type'), csp: res.headers.has('content-security-policy') });
    return route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.exposeFunction('__limberReportCsp', (t: string) => problems.push(`csp: ${t}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __limberReportCsp(t: string): void }).__limberReportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  await page.addInitScript({ path: HOST_SCRIPT });
  await page.goto(`${ORIGIN}/${name}.html`);
  await page.waitForSelector('#app > *', { state: 'attached' });
  return { page, problems, close: () => context.close() };
}

describe.each(['break', 'settings', 'history'] as const)('the %s page through the limber:// handler', (name) => {
  it('loads its scripts and styles with the right types, renders, and breaks no policy', async () => {
    served.length = 0;
    const { page, problems, close } = await open(name);
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    const facts = await page.evaluate(() => ({ sheets: document.styleSheets.length, text: document.body.innerText.trim().length }));
    expect(facts.sheets).toBeGreaterThan(0);
    expect(facts.text).toBeGreaterThan(10);
    const assets = served.filter((s) => s.status === 200);
    expect(assets.some((s) => s.path.endsWith('.js') && s.type === 'text/javascript; charset=utf-8')).toBe(true);
    expect(assets.some((s) => s.path.endsWith('.css') && s.type === 'text/css; charset=utf-8')).toBe(true);
    expect(assets.every((s) => s.csp)).toBe(true);
    expect(served.filter((s) => s.status !== 200)).toEqual([]);
    await close();
  });
});
