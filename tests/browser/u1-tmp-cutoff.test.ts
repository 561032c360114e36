// TEMPORARY (not committed): the five translations at the windows' minimum sizes — nothing cut off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { host, pauseClock, settle, startHarness, type Harness } from './harness';
import { cutOff } from './text-check';
import { MONDAY_9, overflowsSideways } from './settings-helpers';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });
const TAGS = (process.env.U1_TAGS ?? 'de,fr,es,it,pt-BR').split(',');
const GROUPS = ['schedule', 'routine', 'working-hours', 'interrupt', 'exercises', 'notifications', 'system', 'safety'];

async function cut(page: Page): Promise<string[]> {
  await page.evaluate(() => { for (const el of document.querySelectorAll('details:not([open]) > :not(summary)')) el.setAttribute('data-i18n-skip', ''); });
  return (await cutOff(page)).map((p) => `${p.where}: ${p.text}`);
}

describe.each(TAGS)('%s', (tag) => {
  it('settings groups at 480×480', async () => {
    const page = await h.open('settings', { config: { settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: ['zoom', 'obs'] } } }, viewport: { width: 480, height: 480 }, waitFor: null });
    await page.goto(`${h.origin}/renderer/settings.html?locale=${tag}#schedule`);
    await page.clock.setFixedTime(new Date(MONDAY_9));
    await page.waitForFunction((t) => document.documentElement.lang === t && document.querySelector('#app h1, #app h2'), tag);
    const found: string[] = [];
    for (const g of GROUPS) {
      await page.evaluate((x) => { location.hash = `#${x}`; }, g);
      await page.waitForSelector(`main[data-group="${g}"] h2`);
      await page.waitForTimeout(150);
      if (await overflowsSideways(page)) found.push(`${g}: sideways`);
      found.push(...(await cut(page)).map((s) => `${g}: ${s}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
  it('first run at 480×480', async () => {
    const page = await h.open('settings', { config: { firstRunDone: false }, viewport: { width: 480, height: 480 }, waitFor: null });
    await page.goto(`${h.origin}/renderer/settings.html?locale=${tag}`);
    await page.waitForFunction((t) => document.documentElement.lang === t && document.querySelector('#app h1, #app h2'), tag);
    const found: string[] = [];
    await page.waitForSelector('.fr-welcome'); await page.waitForTimeout(150);
    found.push(...(await cut(page)).map((s) => `welcome: ${s}`));
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.fr-notes li');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('#fr-ack-error');
    found.push(...(await cut(page)).map((s) => `safety: ${s}`));
    await page.locator('.fr-ack input').check();
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.fr-interval');
    found.push(...(await cut(page)).map((s) => `rhythm: ${s}`));
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('#fr-done-title');
    found.push(...(await cut(page)).map((s) => `done: ${s}`));
    expect(found).toEqual([]);
    await page.context().close();
  });
  for (const size of [{ width: 420, height: 400 }, { width: 760, height: 620 }]) {
    it(`break window at ${size.width}×${size.height}`, async () => {
      const page = await h.open('break', { clock: true, locale: tag, viewport: size, config: { locale: tag, settings: { flexMinutes: 0 } } as never });
      await host(page).advanceMinutes(46);
      await settle(page);
      await page.locator('main.pre').waitFor();
      const found: string[] = (await cut(page)).map((s) => `pre: ${s}`);
      await pauseClock(page);
      await page.locator('main.pre button').first().click();
      await settle(page);
      for (let i = 0; i < 8; i++) {
        await page.clock.runFor(3000);
        await settle(page);
        found.push(...(await cut(page)).map((s) => `player ${i}: ${s}`));
      }
      await page.locator('.hurts').click();
      await settle(page, 200);
      await page.locator('main.end').waitFor();
      found.push(...(await cut(page)).map((s) => `end: ${s}`));
      await page.screenshot({ path: `/tmp/u1/end-${tag}-${size.width}.png`, fullPage: true });
      (await import('node:fs')).writeFileSync(`/tmp/u1/endcut-${tag}-${size.width}.txt`, (await cut(page)).join('\n'));
      (await import('node:fs')).writeFileSync(`/tmp/u1/cut-${tag}-${size.width}.txt`, [...new Set(found.map((f) => f.replace(/: [^:]*$/, '').replace(/^player \d+/, 'player')))].join('\n'));
      await page.context().close();
    });
  }
});

describe.each((process.env.U1_TAGS ?? 'en,de,fr,es,it,pt-BR').split(','))('%s more', (tag) => {
  it('paused player, done-for-now end, complete end, prompt at 420×400', async () => {
    const size = { width: 420, height: 400 };
    const page = await h.open('break', { clock: true, locale: tag, viewport: size, config: { locale: tag, settings: { flexMinutes: 0 } } as never });
    await host(page).advanceMinutes(46);
    await settle(page);
    await page.locator('main.pre').waitFor();
    await pauseClock(page);
    await page.locator('main.pre button').first().click();
    await settle(page);
    await page.clock.runFor(8000);
    await page.locator('.controls button').first().click();
    await settle(page);
    const found: string[] = (await cut(page)).map((s) => `paused: ${s}`);
    await page.locator('.controls button.flip-rtl').click();
    await settle(page, 200);
    await page.locator('main.end').waitFor();
    found.push(...(await cut(page)).map((s) => `end-partial: ${s}`));
    await page.screenshot({ path: `/tmp/u1/partial-${tag}.png`, fullPage: true });
    (await import('node:fs')).writeFileSync(`/tmp/u1/more-${tag}.txt`, found.join('\n'));
    await page.context().close();
  });
});

import { busyHistory, emptyHistory } from './history-fixtures';
describe.each((process.env.U1_TAGS ?? 'en,de,fr,es,it,pt-BR').split(','))('%s history', (tag) => {
  for (const f of [busyHistory, emptyHistory]) {
    it(`history ${f.name} at 480×480`, async () => {
      const fx = f();
      const page = await h.open('history', { viewport: { width: 480, height: 480 }, locale: tag, config: { start: fx.start, log: fx.log, settings: fx.settings }, waitFor: 'main[data-ready]' });
      await page.waitForSelector(`html[lang="${tag}"]`, { state: 'attached' });
      await page.waitForTimeout(200);
      const found = await cut(page);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
      (await import('node:fs')).writeFileSync(`/tmp/u1/hist-${tag}-${f.name}.txt`, [...found, sideways ? 'SIDEWAYS' : ''].join('\n'));
      await page.context().close();
    });
  }
});
