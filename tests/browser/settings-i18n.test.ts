// Issue 15: the settings window and the first run in the pseudo-locale (en-XA: accented, 40 %
// longer, bracketed) show no plain English — every text node, aria-label, title, placeholder and
// the window title comes from the messages — and in a right-to-left document the layout mirrors
// (side navigation on the right) while the exercise drawings keep their direction.
//
// What is not a message is left out of the check: catalog data (exercise names, steps, breathing
// cues, cautions, safety notes — translated as data, src-main/core/catalog/locales), user data
// (program names), and what Intl writes for the locale (day and month names: the pseudo-locale
// formats dates as the system's English does).
//
// The page is put in the pseudo-locale by its address (`settings.html?locale=en-XA`, read by
// src-renderer/settings/main.tsx) until the test host can tell pages their language.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shot, startHarness, type Harness, type TestHostConfig } from './harness';
import { cutOff, PSEUDO_ALLOWED, untranslated, type TextProblem } from './text-check';
import { MONDAY_9, overflowsSideways } from './settings-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Catalog data, not messages: its own element holds it (see the file comment). */
const CATALOG_DATA = [
  '.exercise-body > h3', // exercise name
  '.exercise-how ol > li', // steps
  '.exercise-how .cautions > li',
  '.exercise-how > p.small', // the breathing cue (its "Breathing:" label is a <strong> of its own)
  '.preview-name',
  '.excluded-name',
  '.fr-notes h2',
  '.fr-notes h3',
  '.fr-notes p',
  '.illustration', // the drawing's markup names its exercise (and is hidden from screen readers here)
].join(', ');

type Finding = TextProblem;

/** What Intl writes for the pseudo-locale (it formats as the system's English, en-GB here): day and month names. */
const INTL_WORDS = (() => {
  const words = new Set<string>();
  for (const width of ['long', 'short'] as const) {
    const day = new Intl.DateTimeFormat('en-GB', { weekday: width, timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) words.add(day.format(Date.UTC(2026, 2, 1 + d, 12)));
    const month = new Intl.DateTimeFormat('en-GB', { month: width, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) words.add(month.format(Date.UTC(2026, m, 10)));
  }
  // longest first, so "Monday" goes before "Mon" leaves "day"
  return [...words].sort((a, b) => b.length - a.length);
})();

/**
 * The page's plain English (tests/browser/text-check.ts `untranslated`), with the catalog's data
 * left out: it is marked `data-i18n-skip` first (user data, the program names, carries the mark
 * in the page itself).
 */
async function plainEnglish(page: Page, userData: readonly string[] = []): Promise<Finding[]> {
  // catalog names and the detectors' notes (from the app, in English for now) where a message quotes them
  const fromApp = await page.evaluate(async (selector) => {
    for (const el of document.querySelectorAll(selector)) el.setAttribute('data-i18n-skip', '');
    const catalog = await window.limber!.getCatalog();
    const detectors = await window.limber!.getDetectors();
    return [...catalog.map((ex) => ex.name), ...detectors.map((d) => d.detail)];
  }, CATALOG_DATA);
  const allowed = [...fromApp, ...userData, ...INTL_WORDS].sort((a, b) => b.length - a.length);
  return untranslated(page, [...allowed, ...PSEUDO_ALLOWED]);
}

/** Cut-off or overlapping texts on screen (text-check.ts `cutOff`); a closed <details>' content is not on screen. */
async function cutOffTexts(page: Page): Promise<Finding[]> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('details:not([open]) > :not(summary)')) el.setAttribute('data-i18n-skip', '');
  });
  return cutOff(page);
}

async function openPseudo(config: TestHostConfig, hash: string, viewport = { width: 820, height: 720 }): Promise<Page> {
  const page = await h.open('settings', { config, viewport, waitFor: null });
  // the test host's init scripts run again on this load: a fresh app in the pseudo-locale
  await page.goto(`${h.origin}/renderer/settings.html?locale=en-XA${hash}`);
  await page.clock.setFixedTime(new Date(MONDAY_9));
  await page.waitForFunction(() => document.documentElement.lang === 'en-XA' && document.querySelector('#app h1, #app h2'));
  return page;
}

async function showGroup(page: Page, group: string): Promise<void> {
  await page.evaluate((g) => {
    location.hash = `#${g}`;
  }, group);
  await page.waitForSelector(`main[data-group="${group}"] h2`);
  await page.waitForTimeout(150); // data the group asks the app for (catalog, detectors, preview)
}

const GROUPS = ['schedule', 'routine', 'working-hours', 'interrupt', 'exercises', 'notifications', 'system', 'safety'];

describe('the pseudo-locale: no English left', () => {
  it('every settings group, with its refusals, the Saved status and the restore dialog', async () => {
    const page = await openPseudo(
      { settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, holdWhen: { call: true, presenting: true, doNotDisturb: false, apps: ['zoom'] } } },
      '#schedule',
    );
    const found: Record<string, Finding[]> = {};
    for (const g of GROUPS) {
      await showGroup(page, g);
      found[g] = await plainEnglish(page, ['zoom']);
      if (g === 'schedule' || g === 'exercises') {
        await shot(page, `settings-${g}-pseudo`, { colorScheme: 'light' });
        await shot(page, `settings-${g}-pseudo-dark`, { colorScheme: 'dark' });
        await page.emulateMedia({ colorScheme: 'light' });
      }
    }

    // a refused number and a saved one: the error, the unit and the live region
    await showGroup(page, 'schedule');
    await page.locator('#f-snoozeMinutes').fill('90');
    await page.locator('#f-maxSnoozes').fill('1');
    await page.locator('#f-maxSnoozes').press('Tab');
    await page.waitForSelector('#f-snoozeMinutes-error');
    await page.waitForSelector('.save-pill');
    found['schedule: refused and saved'] = await plainEnglish(page, ['zoom']);

    // the last position refused; the working days refused
    await showGroup(page, 'routine');
    await page.locator('input[name=f-positions][value=standing]').uncheck();
    await page.locator('input[name=f-positions][value=seated]').click();
    await page.waitForSelector('#f-positions-error');
    found['routine: refused'] = await plainEnglish(page, ['zoom']);

    // a program already listed; an exercise left out (the "Not offered" list and its date)
    await showGroup(page, 'interrupt');
    await page.locator('#f-holdApps').fill('Zoom');
    await page.locator('#f-holdApps').press('Enter');
    await page.waitForSelector('#f-holdApps-error');
    found['interrupt: duplicate program'] = await plainEnglish(page, ['Zoom', 'zoom']);

    await showGroup(page, 'exercises');
    await page.locator('.exercise-grid input[role=switch]').first().click();
    await page.waitForSelector('.excluded-list li');
    await page.locator('.exercise-how').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('#filter-show').selectOption('excluded');
    found['exercises: one left out'] = await plainEnglish(page, ['zoom']);
    await page.locator('#filter-position').selectOption('floor');
    await page.waitForSelector('.empty');
    found['exercises: no match'] = await plainEnglish(page, ['zoom']);

    await showGroup(page, 'system');
    await page.locator('.field-action button').click();
    await page.waitForSelector('dialog[open]');
    found['system: restore dialog'] = await plainEnglish(page, ['zoom']);

    // every finding at once, by where it was seen
    expect(Object.entries(found).flatMap(([where, list]) => list.map((f) => `${where}: ${f.where}: ${f.text}`))).toEqual([]);
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });

  it('the first run, step by step, with its refusals, and the end: no English, nothing cut off at 480 × 480', async () => {
    const page = await openPseudo({ firstRunDone: false }, '', { width: 480, height: 480 });
    const found: Record<string, Finding[]> = {};
    const cut: string[] = [];
    const check = async (step: string): Promise<void> => {
      found[step] = await plainEnglish(page);
      cut.push(...(await cutOffTexts(page)).map((p) => `${step}: ${p.where}: ${p.text}`));
    };
    await page.waitForSelector('.fr-welcome');
    await page.waitForTimeout(150);
    await check('welcome');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.fr-notes li');
    await page.locator('button[type=submit]').click(); // not ticked: refused
    await page.waitForSelector('#fr-ack-error');
    await check('safety');
    await page.locator('.fr-ack input').check();
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.fr-interval');
    for (const p of ['seated', 'standing', 'floor']) {
      const box = page.locator(`input[name=fr-positions][value=${p}]`);
      if (await box.isChecked()) await box.click();
    }
    await page.waitForSelector('#fr-positions-error');
    await check('rhythm');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('#fr-done-title');
    await check('done');
    await shot(page, 'settings-first-run-done-pseudo', { colorScheme: 'light' });
    // every finding at once, by where it was seen
    expect(Object.entries(found).flatMap(([where, list]) => list.map((f) => `${where}: ${f.where}: ${f.text}`))).toEqual([]);
    expect(cut).toEqual([]);
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });

  it('40 % longer texts: nothing cut off or overlapping, no sideways scrolling, at the window’s minimum size (480 × 480)', async () => {
    const page = await openPseudo({ settings: { holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: ['zoom', 'obs'] } } }, '#schedule', {
      width: 480,
      height: 480,
    });
    const found: string[] = [];
    for (const g of GROUPS) {
      await showGroup(page, g);
      expect(await overflowsSideways(page), g).toBe(false);
      found.push(...(await cutOffTexts(page)).map((p) => `${g}: ${p.where}: ${p.text}`));
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
});

describe('right to left', () => {
  it('the layout mirrors: navigation on the right, fields’ text from the right; the drawings are not mirrored', async () => {
    const page = await openPseudo({}, '#routine', { width: 900, height: 700 });
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    await page.waitForSelector('.preview-item .illustration svg');
    const nav = (await page.locator('nav.side').boundingBox())!;
    const main = (await page.locator('main.content').boundingBox())!;
    expect(nav.x).toBeGreaterThan(main.x + main.width / 2);
    // a field's label starts at the right edge of the content
    const label = (await page.locator('label[for=f-routineMinutes]').boundingBox())!;
    const text = (await page.locator('.field-text').first().boundingBox())!;
    expect(label.x + label.width).toBeGreaterThan(text.x + text.width - 2);
    // the drawing: no mirroring transform on it or its box
    const transforms = await page.locator('.preview-item .illustration').first().evaluate((el) => {
      const svg = el.querySelector('svg')!;
      return [getComputedStyle(el).transform, getComputedStyle(svg).transform];
    });
    for (const tr of transforms) expect(tr === 'none' || !/matrix\(-1/.test(tr)).toBe(true);
    expect(await overflowsSideways(page)).toBe(false);
    await shot(page, 'settings-routine-rtl-pseudo', { colorScheme: 'light' });
    await page.context().close();
  });
});
