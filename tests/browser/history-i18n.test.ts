// The history window in other languages (issue 15): in the pseudo-locale no English is left (the
// exercise names are catalog data, and what Intl writes — month, weekday and unit names — is the
// locale's own, so both are set aside); the heat map's week starts where the locale starts it
// (from Intl, never a table of ours); right to left, the layout and the time axis are mirrored.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, ROOT, shot, startHarness, type Harness, type OpenOptions } from './harness';
import { busyHistory, emptyHistory, type Fixture } from './history-fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const WINDOW = { width: 900, height: 760 };

/** Whether Limber has messages for a locale (a directory of them; the pseudo-locale is made from English). */
const hasLocale = (tag: string): boolean => tag === 'en-XA' || existsSync(join(ROOT, 'src-main/core/i18n/locales', tag));

async function openHistory(f: Fixture, o: Omit<OpenOptions, 'config'> = {}): Promise<Page> {
  const page = await h.open('history', { viewport: WINDOW, ...o, config: { start: f.start, log: f.log, settings: f.settings }, waitFor: 'main[data-ready]' });
  // the locale's messages load after the first paint; the page redraws once they are in
  if (o.locale) await page.waitForSelector(`html[lang="${o.locale}"]`, { state: 'attached' });
  return page;
}

/**
 * Every ASCII word (2+ letters) a person can read or hear on the page — text (visually hidden
 * text too: screen readers read it), aria-labels, titles, the window title — that is neither an
 * exercise name from the catalog nor a word the page's Intl writes for `intlLocale` (month,
 * weekday and duration unit names). In the pseudo-locale every letter of a message is accented,
 * so any such word is a string that was not moved into the messages.
 */
async function plainEnglish(page: Page, intlLocale: string): Promise<string[]> {
  return page.evaluate(async (l) => {
    const catalog = await window.limber!.getCatalog();
    const names = catalog.map((x) => x.name).sort((a, b) => b.length - a.length);
    const intlWords = new Set<string>();
    const add = (s: string) => s.match(/[A-Za-z]{2,}/g)?.forEach((w) => intlWords.add(w));
    for (let m = 0; m < 12; m++)
      for (const month of ['long', 'short'] as const) add(new Intl.DateTimeFormat(l, { month, timeZone: 'UTC' }).format(Date.UTC(2026, m, 15)));
    for (let d = 0; d < 7; d++)
      for (const weekday of ['long', 'short', 'narrow'] as const) add(new Intl.DateTimeFormat(l, { weekday, timeZone: 'UTC' }).format(Date.UTC(2026, 2, 1 + d, 12)));
    const DF = (Intl as unknown as { DurationFormat: new (l: string, o: object) => { format(x: object): string } }).DurationFormat;
    for (const n of [1, 2, 5]) add(new DF(l, { style: 'short' }).format({ hours: n, minutes: n, seconds: n }));
    add(new Intl.NumberFormat(l, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(0));

    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.getElementById('app')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('.rank-name, code.path')) continue; // catalog names; a file path
      texts.push(n.textContent ?? '');
    }
    for (const el of document.querySelectorAll('#app [aria-label], #app [title]')) {
      texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
    }
    const found: string[] = [];
    for (let text of texts) {
      for (const name of names) text = text.split(name).join(' ');
      for (const w of text.match(/[A-Za-z]{2,}/g) ?? []) if (!intlWords.has(w)) found.push(`${w} (in “${text.trim().slice(0, 80)}”)`);
    }
    return found;
  }, intlLocale);
}

describe('history window in the pseudo-locale (en-XA)', () => {
  it('the dashboard has no plain English text, aria-label or title, also with the numbers table and an export shown', async () => {
    const page = await openHistory(busyHistory(), { locale: 'en-XA' });
    expect(await page.title()).toMatch(/^\[/);
    await page.locator('.fortnight .card-head button').click();
    expect(await plainEnglish(page, 'en-GB')).toEqual([]);
    await page.locator('#export-csv').click();
    await page.waitForSelector('[data-stat="export-result"] .path');
    expect(await plainEnglish(page, 'en-GB')).toEqual([]);
    // every message is bracketed: the page's headings are, so nothing was cut from them
    for (const heading of await page.locator('h1, h2, h3').allTextContents()) expect(heading.trim()).toMatch(/^\[.*\]$/);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'history-busy-pseudo-light', { fullPage: true });
    await page.context().close();
  });

  for (const width of [480, 900]) {
    it(`at ${width} px nothing in the charts' labels is cut off or runs into its neighbour`, async () => {
      const page = await openHistory(busyHistory(), { locale: 'en-XA', viewport: { width, height: 760 } });
      // each bar's day label stays within its bar; the heat map's day names stay out of the cells
      const spill = await page.locator('.bar').evaluateAll((bars) =>
        bars.flatMap((bar) => {
          const box = bar.getBoundingClientRect();
          return [...bar.querySelectorAll<HTMLElement>('.bar-label span span, .bar-d')]
            .filter((el) => el.offsetParent !== null)
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
            .map(({ el }) => `${bar.getAttribute('data-date')}: “${el.textContent}”`);
        }),
      );
      expect(spill).toEqual([]);
      const heat = await page.evaluate(() => {
        const firstCell = Math.min(...[...document.querySelectorAll('.heat-day')].map((td) => td.getBoundingClientRect().left));
        return [...document.querySelectorAll<HTMLElement>('.heat-wd [aria-hidden]')].filter((el) => el.getBoundingClientRect().right > firstCell + 0.5).map((el) => el.textContent);
      });
      expect(heat).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }

  it('the empty state has none either', async () => {
    const page = await openHistory(emptyHistory(), { locale: 'en-XA' });
    await page.waitForSelector('[data-stat="empty"]');
    expect(await plainEnglish(page, 'en-GB')).toEqual([]);
    expect(await page.locator('[data-stat="empty"] strong').count()).toBeGreaterThan(3); // the bold parts survive translation
    await page.context().close();
  });
});

/** Rows of the heat map as weekdays (0 = Sunday), read from the dates in each row. */
const rowWeekdays = (page: Page): Promise<number[]> =>
  page.locator('.heat tbody tr').evaluateAll((trs) =>
    trs.map((tr) => {
      const days = [...tr.querySelectorAll('.heat-day')].map((td) => new Date(`${td.getAttribute('data-date')}T12:00:00Z`).getUTCDay());
      if (new Set(days).size !== 1) throw new Error(`a heat map row mixes weekdays: ${days.join(',')}`);
      return days[0]!;
    }),
  );

/** The locale's week, from the page's Intl: 0 = Sunday … 6 = Saturday, in the order the week runs. */
const intlWeek = (page: Page, tag: string): Promise<number[]> =>
  page.evaluate((l) => {
    const loc = new Intl.Locale(l) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    const first = (loc.getWeekInfo?.() ?? loc.weekInfo)!.firstDay % 7;
    return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
  }, tag);

describe('history window: the week starts where the locale starts it', () => {
  const f = busyHistory();

  for (const browserLocale of ['en-US', 'en-GB']) {
    it(`English on an ${browserLocale} system: the heat map's rows run as Intl says ${browserLocale}'s week does`, async () => {
      const page = await openHistory(f, { browserLocale });
      const week = await intlWeek(page, browserLocale);
      expect(await rowWeekdays(page)).toEqual(week);
      // and the row headers name those days, as the locale writes them
      const names = await page.locator('.heat-wd .visually-hidden').allTextContents();
      const expected = await page.evaluate(
        ([l, days]) => days.map((d) => new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 1 + d, 12))),
        [browserLocale, week] as const,
      );
      expect(names).toEqual(expected);
      // Sunday first in the US, Monday first in Britain: the two differ
      expect(week[0]).toBe(browserLocale === 'en-US' ? 0 : 1);
      await page.context().close();
    });
  }

  it.skipIf(!hasLocale('de'))('German (de): weeks start on the day Intl gives for de (Monday), day names in German', async () => {
    const page = await openHistory(f, { locale: 'de', browserLocale: 'de-DE' });
    const week = await intlWeek(page, 'de-DE');
    expect(week[0]).toBe(1);
    expect(await rowWeekdays(page)).toEqual(week);
    const names = await page.locator('.heat-wd .visually-hidden').allTextContents();
    expect(names[0]).toBe(await page.evaluate(() => new Intl.DateTimeFormat('de-DE', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 2, 12))));
    await page.context().close();
  });

  it('the US week also orders the 14-day chart’s day names as Intl writes them', async () => {
    const page = await openHistory(f, { browserLocale: 'en-US' });
    const labels = await page.locator('.bar .wd-short').allTextContents();
    const dates = await page.locator('.bar').evaluateAll((els) => els.map((el) => el.getAttribute('data-date')!));
    const expected = await page.evaluate(
      (ds) => ds.map((d) => new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`))),
      dates,
    );
    expect(labels).toEqual(expected);
    // the day under the chart in the US order of day and month ("Tuesday, March 3")
    const detail = await page.locator('[data-stat="bar-detail"] strong').textContent();
    const today = await page.evaluate(
      (d) => new Intl.DateTimeFormat('en-US', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)),
      dates[13]!,
    );
    expect(detail).toBe(`${today} · today`);
    await page.context().close();
  });
});

describe('history window right to left', () => {
  it('with <html dir="rtl"> the layout mirrors and time runs right to left: the oldest day at the right, today at the left, and the arrow keys follow', async () => {
    const page = await openHistory(busyHistory(), { viewport: { width: 480, height: 760 } });
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    const bars = await page.locator('.bar').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    for (let i = 1; i < bars.length; i++) expect(bars[i]!).toBeLessThan(bars[i - 1]!);
    // the value axis is at the right (the start side), the weekday names of the heat map too
    const axis = await page.locator('.bars-axis').boundingBox();
    const plot = await page.locator('.bars').boundingBox();
    expect(axis!.x).toBeGreaterThan(plot!.x);
    const wd = await page.locator('.heat-wd').first().boundingBox();
    const cell = await page.locator('.heat-day').first().boundingBox();
    expect(wd!.x).toBeGreaterThan(cell!.x);
    // the heat map's weeks run right to left as well
    const firstRow = await page.locator('.heat tbody tr').first().locator('.heat-day').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().left));
    for (let i = 1; i < firstRow.length; i++) expect(firstRow[i]!).toBeLessThan(firstRow[i - 1]!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(480);
    // the arrow keys follow what is seen: → goes to the day at the right, the day before
    const dates = await page.locator('.bar').evaluateAll((els) => els.map((el) => el.getAttribute('data-date')!));
    await page.locator('.bar').last().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe(dates[12]);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe(dates[13]);
    // and in the heat map → is the week before
    const cells = await page.locator('.heat-day').evaluateAll((tds) => tds.map((td) => ({ i: Number(td.getAttribute('data-index')), date: td.getAttribute('data-date')! })));
    const byIndex = new Map(cells.map((c) => [c.i, c.date]));
    await page.locator('.heat-day.heat-today').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe(byIndex.get(cells.length - 8));
    await page.context().close();
  });
});
