// The language reaches every window (issue 15), in Chromium through the test host (the real
// LimberApp): a page renders its first frame already in its locale (no flash of English); a
// change in Settings re-renders the open page in the new language at once, without a reload;
// the break window showing a break gets its exercise texts in the new language; the history
// page fetches its exercise names again; <html lang dir> follow the locale (Arabic: rtl once its
// messages exist, English ltr until then). `locale` opens a page as if the system spoke it. The pseudo-locale en-XA stands in for a translation.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakView } from '../../src-main/core/bridge';
import { pseudoCatalog } from '../../src-main/core/catalog/localize';
import { axe, host, ROOT, shot, startHarness, type Harness, type PageName } from './harness';
import { openSettings, overflowsSideways, settingsView } from './settings-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const htmlLang = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const PSEUDO_LABEL = /^\[Ļáñğûáğé ·+\]$/;

/** Settings on its System group in a locale whose group titles are not English. */
async function openSystem(locale: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await h.open('settings', { locale, ...(viewport ? { viewport } : {}) });
  await page.evaluate(() => {
    location.hash = '#system';
  });
  await page.locator('#f-language').waitFor();
  return page;
}

/** Records <html lang> and the text at the page's first render (before anything else can change them). */
async function recordFirstRender(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstRender?: { lang: string; text: string } };
    const watch = new MutationObserver(() => {
      const app = document.getElementById('app');
      if (!app || !app.firstChild || w.__firstRender) return;
      w.__firstRender = { lang: document.documentElement.lang, text: app.textContent ?? '' };
      watch.disconnect();
    });
    watch.observe(document, { childList: true, subtree: true });
  });
}
const firstRender = (page: Page) => page.evaluate(() => (window as unknown as { __firstRender?: { lang: string; text: string } }).__firstRender);

describe('a page opens in its locale', () => {
  it.each(['settings', 'history', 'break'] as PageName[])('%s: the first render is already in the pseudo-locale (no flash of English)', async (name) => {
    const page = await h.open(name, { locale: 'en-XA', beforeLoad: recordFirstRender });
    await expect.poll(() => firstRender(page)).toBeTruthy();
    expect((await firstRender(page))!.lang).toBe('en-XA');
    expect(await htmlLang(page)).toEqual(['en-XA', 'ltr']);
    await h.closePage(page);
  });

  it('English by default (the browser says en-GB), and the locale option opens any page in any language', async () => {
    const page = await openSettings(h, { group: 'system' });
    expect(await htmlLang(page)).toEqual(['en', 'ltr']);
    await expect.poll(() => page.locator('label[for="f-language"]').textContent()).toBe('Language');
    await h.closePage(page);
  });

  it('Arabic as the system’s language: right to left once its messages exist (English, left to right, until then), the exercises in Arabic, "Same as the system (العربية)"', async () => {
    const hasArabic = existsSync(join(ROOT, 'src-main/core/i18n/locales/ar/settings.json'));
    const page = await openSystem('ar');
    expect(await htmlLang(page)).toEqual(hasArabic ? ['ar', 'rtl'] : ['en', 'ltr']);
    expect((await settingsView(page)).settings.language).toBe('system');
    expect(await page.locator('#f-language').inputValue()).toBe('system');
    expect(await page.locator('#f-language option[value="system"]').textContent()).toMatch(/\(العربية\)/);
    const rotation = (await page.evaluate(() => window.limber!.getCatalog())).find((e) => e.id === 'seated-rotation')!;
    expect(rotation.name).toMatch(/[\u0600-\u06FF]/);
    await h.closePage(page);
  });

  it('a language chosen in Settings wins over the system’s; "Same as the system" comes back to it', async () => {
    const page = await openSystem('en-XA');
    expect(await htmlLang(page)).toEqual(['en-XA', 'ltr']);
    await page.locator('#f-language').selectOption('en');
    await expect.poll(() => htmlLang(page)).toEqual(['en', 'ltr']);
    await page.locator('#f-language').selectOption('system');
    await expect.poll(() => htmlLang(page)).toEqual(['en-XA', 'ltr']);
    await h.closePage(page);
  });
});

describe('switching the language applies at once, without a reload', () => {
  it('Settings: choosing the pseudo-locale re-renders the page in it, and "Same as the system" brings English back', async () => {
    const page = await openSettings(h, { group: 'system' });
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const select = page.locator('#f-language');
    // each language by its own name, marked while unreviewed; the system choice names its language
    const options = await select.locator('option').allTextContents();
    expect(options[0]).toBe('Same as the system (English)');
    expect(options).toContain('English');
    expect(options).toContain('Deutsch — not yet reviewed');
    expect(options).toContain('日本語 — not yet reviewed');
    expect(options).toContain('العربية — not yet reviewed');
    expect(await select.locator('option[value="ar"]').getAttribute('dir')).toBe('rtl');

    await select.selectOption('en-XA');
    await expect.poll(() => htmlLang(page)).toEqual(['en-XA', 'ltr']);
    await expect.poll(() => page.locator('label[for="f-language"]').textContent()).toMatch(PSEUDO_LABEL);
    expect(await page.locator('#f-language-hint').textContent()).toMatch(/^\[Ţĥé ļáñğûáğé/);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect((await settingsView(page)).settings.language).toBe('en-XA');
    expect(await select.inputValue()).toBe('en-XA');

    await select.selectOption('system');
    await expect.poll(() => htmlLang(page)).toEqual(['en', 'ltr']);
    await expect.poll(() => page.locator('label[for="f-language"]').textContent()).toBe('Language');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await h.closePage(page);
  });

  it('the language field fits 480 px wide in the pseudo-locale (40 % longer names), light and dark, with no serious axe findings', async () => {
    const page = await openSystem('en-XA', { width: 480, height: 700 });
    expect(await overflowsSideways(page)).toBe(false);
    const select = await page.locator('#f-language').boundingBox();
    expect(select!.x).toBeGreaterThanOrEqual(0);
    expect(select!.x + select!.width).toBeLessThanOrEqual(480);
    expect(await axe(page, { include: '.field-language' })).toEqual([]);
    await shot(page, 'settings-language-pseudo', { colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axe(page, { include: '.field-language' })).toEqual([]);
    await h.closePage(page);
  });

  it('the break window showing a break: the exercise names switch in place, the break stays the same', async () => {
    const page = await h.open('break', { config: { settings: { flexMinutes: 0 } } });
    await host(page).stretchNow();
    const before = (await page.evaluate(() => window.__limberTest!.currentBreak())) as BreakView;
    const first = before.routine.items[0]!;
    const names = () => page.locator('.routine-name').allTextContents();
    await expect.poll(names).toEqual(before.routine.items.map((i) => i.name));
    // the language is changed elsewhere (the Settings window): this page only hears the event
    await page.evaluate(() => window.limber!.updateSettings({ language: 'en-XA' }));
    await expect.poll(() => htmlLang(page)).toEqual(['en-XA', 'ltr']);
    const pseudo = pseudoCatalog();
    await expect.poll(names).toEqual(before.routine.items.map((i) => pseudo.exercises[i.id]!.name));
    const after = (await page.evaluate(() => window.__limberTest!.currentBreak())) as BreakView;
    expect(after.breakId).toBe(before.breakId);
    expect(after.routine.items.map((i) => i.id)).toEqual(before.routine.items.map((i) => i.id));
    expect(first.name).toMatch(/[A-Za-z]/);
    await h.closePage(page);
  });

  it('the hidden break window (no break) hears the change too', async () => {
    const page = await h.open('break');
    expect(await htmlLang(page)).toEqual(['en', 'ltr']);
    await page.evaluate(() => window.limber!.updateSettings({ language: 'en-XA' }));
    await expect.poll(() => htmlLang(page)).toEqual(['en-XA', 'ltr']);
    await h.closePage(page);
  });

  it('the history page asks for the exercise names again in the new language', async () => {
    const page = await h.open('history');
    await expect.poll(async () => (await host(page).calls()).filter((c) => c.method === 'getCatalog').length).toBe(1);
    await page.evaluate(() => window.limber!.updateSettings({ language: 'en-XA' }));
    await expect.poll(() => htmlLang(page)).toEqual(['en-XA', 'ltr']);
    await expect.poll(async () => (await host(page).calls()).filter((c) => c.method === 'getCatalog').length).toBe(2);
    const names = (await page.evaluate(() => window.limber!.getCatalog())).map((e) => e.name);
    expect(names.every((n) => n.startsWith('[') && !/[A-Za-z]/.test(n))).toBe(true);
    await h.closePage(page);
  });
});
