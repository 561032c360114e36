// The three windows in German, Japanese, Arabic and the pseudo-locale (issue 15), in Chromium
// through the test host, light and dark (the screenshots in docs/screenshots/i18n-*.png):
// - each page says its language (`<html lang>`) and Arabic runs right to left, with the settings'
//   navigation on the right;
// - no English message of the window is left on screen where the language has its own words;
// - nothing is cut off or overlapping at the window's size (text-check.ts);
// - the break page fetches the messages of its own language and no other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { host, pauseClock, ROOT, settle, shot, startHarness, type Harness } from './harness';
import { busyHistory } from './history-fixtures';
import { overflowsSideways } from './settings-helpers';
import { cutOff } from './text-check';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const LOCALES = ['de', 'ja', 'ar', 'en-XA'] as const;
const GROUPS = ['schedule', 'routine', 'working-hours', 'interrupt', 'exercises', 'notifications', 'system', 'safety'] as const;
type Tag = (typeof LOCALES)[number];
type Window = 'break' | 'settings' | 'history';

const messagesOf = (tag: string, ns: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'src-main/core/i18n/locales', tag, `${ns}.json`), 'utf8')) as Record<string, string>;

/**
 * English texts of a window's messages that must not show in `tag`: whole messages with no
 * placeholders or plural/select syntax, long enough to be a phrase, that the language words
 * differently (a brand or a unit may stay the same).
 */
function englishPhrases(tag: Tag, ns: Window): string[] {
  if (tag === 'en-XA') return []; // the pseudo-locale's own checks (untranslated()) cover it
  const out: string[] = [];
  for (const n of ['common', ns]) {
    const en = messagesOf('en', n);
    const own = messagesOf(tag, n);
    for (const [id, text] of Object.entries(en)) {
      if (/[{}]/.test(text) || text.length < 10 || own[id] === text) continue;
      out.push(text);
    }
  }
  return out;
}

async function englishLeft(page: Page, tag: Tag, ns: Window): Promise<string[]> {
  const shown = await page.evaluate(() => document.body.innerText);
  return englishPhrases(tag, ns).filter((phrase) => shown.includes(phrase));
}

const htmlLang = (page: Page): Promise<[string, string]> =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir] as [string, string]);

/** The locale of every message chunk a page fetched (`messages-<tag>-<hash>.js`). */
function fetchedLocales(page: Page, urls: string[]): string[] {
  void page;
  return [...new Set(urls.map((u) => /\/messages-(.+)-[\w-]{8}\.js$/.exec(u)?.[1]).filter((t): t is string => !!t))];
}

async function check(page: Page, tag: Tag, ns: Window): Promise<void> {
  expect(await htmlLang(page)).toEqual([tag, tag === 'ar' ? 'rtl' : 'ltr']);
  expect(await englishLeft(page, tag, ns)).toEqual([]);
  expect(await cutOff(page)).toEqual([]);
}

async function shots(page: Page, name: string): Promise<void> {
  await shot(page, name, { colorScheme: 'light' });
  await shot(page, `${name}-dark`, { colorScheme: 'dark' });
}

describe.each(LOCALES)('the windows in %s', (tag) => {
  it('the break window: the pre-break view and the player; only its own language fetched', async () => {
    const urls: string[] = [];
    const page = await h.open('break', {
      clock: true,
      locale: tag,
      config: { settings: { flexMinutes: 0 } },
      beforeLoad: async (p) => p.on('request', (r) => urls.push(r.url())),
    });
    await page.waitForSelector(`html[lang="${tag}"]`, { state: 'attached' });
    await host(page).advanceMinutes(46);
    await settle(page);
    await page.locator('main.pre').waitFor();
    await check(page, tag, 'break');
    await shots(page, `i18n-${tag}-break-pre`);

    await pauseClock(page);
    await page.locator('main.pre .btn-primary').first().click();
    await settle(page);
    await page.locator('.player').waitFor();
    // past the get-ready countdown, into the first movement
    await page.clock.runFor(30_000);
    await settle(page);
    await check(page, tag, 'break');
    await shots(page, `i18n-${tag}-break-player`);

    // the break page loads the messages of its language only (English is in the page itself)
    expect(fetchedLocales(page, urls)).toEqual([tag]);
    await page.context().close();
  });

  it('the settings window at its usual size, and every group at its minimum size (480 × 480)', async () => {
    const page = await h.open('settings', { locale: tag, viewport: { width: 760, height: 640 }, config: { firstRunDone: true } });
    await page.waitForSelector(`html[lang="${tag}"]`, { state: 'attached' });
    await page.locator('nav.side').waitFor();
    await check(page, tag, 'settings');
    if (tag === 'ar') {
      // right to left: the navigation is on the right of the groups
      const [nav, main] = await Promise.all([page.locator('nav.side').boundingBox(), page.locator('main#content').boundingBox()]);
      expect(nav!.x).toBeGreaterThan(main!.x);
    }
    await shots(page, `i18n-${tag}-settings`);
    // every group at the minimum size: nothing cut off, no sideways scrolling (in Arabic a
    // floated legend once pushed the detector switches off the window's left edge)
    await page.setViewportSize({ width: 480, height: 480 });
    for (const group of GROUPS) {
      await page.evaluate((g) => (location.hash = `#${g}`), group);
      await page.locator(`main#content[data-group="${group}"]`).waitFor();
      await settle(page);
      expect(await cutOff(page), group).toEqual([]);
      expect(await overflowsSideways(page), group).toBe(false);
    }
    await page.context().close();
  });

  it('the history window with weeks of breaks', async () => {
    const f = busyHistory();
    const page = await h.open('history', {
      locale: tag,
      viewport: { width: 900, height: 760 },
      config: { start: f.start, log: f.log, settings: f.settings },
      waitFor: 'main[data-ready]',
    });
    await page.waitForSelector(`html[lang="${tag}"]`, { state: 'attached' });
    await check(page, tag, 'history');
    await shots(page, `i18n-${tag}-history`);
    await page.setViewportSize({ width: 480, height: 480 });
    await settle(page);
    expect(await cutOff(page)).toEqual([]);
    await page.context().close();
  });
});
