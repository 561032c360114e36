// The test host and harness themselves: every page loads under its CSP with the host's bridge,
// the fake clock drives the real app, and the history port keeps real log lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, host, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' data: blob:; connect-src 'none'; font-src 'self'; base-uri 'none'; form-action 'none'";

describe('renderer pages', () => {
  for (const name of ['break', 'settings', 'history'] as const) {
    it(`${name}.html carries the strict CSP, relative asset URLs and no inline script or style`, () => {
      const html = readFileSync(join(DIST, 'renderer', `${name}.html`), 'utf8');
      expect(html).toContain(`content="${CSP}"`);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
      expect(html).not.toMatch(/(src|href)="https?:/);
    });

    it(`${name} page loads with the test host's bridge, without errors, CSP violations or network requests`, async () => {
      const page = await h.open(name);
      expect(await page.evaluate(() => typeof window.limber?.getBreak)).toBe('function');
      await page.waitForTimeout(200);
      const d = h.diagnostics(page);
      expect(d.errors).toEqual([]);
      expect(d.csp).toEqual([]);
      expect(d.external).toEqual([]);
      await page.context().close();
    });
  }

  it('a page opened without a bridge says so instead of failing blank', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.origin}/renderer/break.html`);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('can’t reach');
    await context.close();
  });
});

describe('test host', () => {
  it('runs the real app on a fake clock: a due break after sitMinutes of activity, logged as real log lines', async () => {
    const page = await h.open('break', { config: { settings: { sitMinutes: 30, warnSeconds: 60, flexMinutes: 0 } } });
    const t = host(page);
    const start = await t.now();
    expect(new Date(start.wall).toString()).toContain('Mon Mar 02 2026 09:00:00');
    await t.advanceMinutes(29);
    expect((await t.events()).map((e) => e.event)).toEqual(['warn']);
    await t.advanceMinutes(1.5);
    const events = await t.events();
    expect(events.map((e) => e.event)).toEqual(['warn', 'break']);
    const brk = events[1]!;
    expect(brk.event === 'break' && brk.trigger).toBe('due');
    expect(await t.breakWindow()).toMatchObject({ visible: true });
    const log = await t.log();
    expect(log.split('\n')[0]).toMatch(/^\{"v":1,"at":"2026-03-02T09:29:00\.000\+01:00","event":"warn"/);
    await page.context().close();
  });

  it('idle time: away for naturalBreakMinutes logs a natural break', async () => {
    const page = await h.open('break', { config: { settings: { naturalBreakMinutes: 5 } } });
    const t = host(page);
    await t.advanceMinutes(10);
    await t.setIdle(0);
    await t.advanceMinutes(6);
    expect((await t.events()).map((e) => e.event)).toContain('natural-break');
    await page.context().close();
  });

  it('seeds a history from config and exports it from memory', async () => {
    const seed = '{"v":1,"at":"2026-03-02T08:00:00.000+01:00","event":"resumed","by":"user"}\n';
    const page = await h.open('history', { config: { log: seed } });
    const res = await page.evaluate(() => window.limber!.exportHistory('raw'));
    expect(res).toMatchObject({ ok: true, path: expect.stringMatching(/^memory:\/\//) });
    const ex = await host(page).exports();
    expect(ex[0]!.text).toBe(seed);
    await host(page).nextExport('cancel');
    expect(await page.evaluate(() => window.limber!.exportHistory('csv'))).toEqual({ ok: false, cancelled: true });
    await page.context().close();
  });
});
