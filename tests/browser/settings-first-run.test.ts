// The first run, in Chromium through the test host: welcome, safety notes (acknowledged),
// interval and positions, then completeFirstRun — once, and never again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SafetyNote } from '../../src-main/core/bridge';
import { axe, shot, startHarness, type Harness } from './harness';
import { bridgeCalls, focused, focusRingVisible, openSettings, settingsView, tabTo } from './settings-helpers';

let h: Harness;
let notes: SafetyNote[];
beforeAll(async () => {
  h = await startHarness();
  const page = await h.open('settings');
  notes = await page.evaluate(() => window.limber!.getSafetyNotes());
  await page.context().close();
});
afterAll(async () => {
  await h?.close();
});

const FIRST_RUN = { config: { firstRunDone: false } } as const;

const title = (page: Page) => page.locator('h1').first().textContent();

/**
 * What "restart Limber" means for the test host, whose storage lives in the page: keep what the
 * app stored (settings, firstRunDone) in sessionStorage and start the next load's app from it.
 */
async function keepStateAcrossReloads(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const saved = sessionStorage.getItem('limber-test-stored');
    if (saved) window.__limberTest!.reset(JSON.parse(saved));
  });
}
async function reloadAsRestart(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const v = await window.limber!.getSettings();
    sessionStorage.setItem('limber-test-stored', JSON.stringify({ settings: v.settings, firstRunDone: v.firstRunDone }));
  });
  await page.reload();
  await page.waitForSelector('#app > *');
}

describe('first run', () => {
  it('walks through welcome, safety (must be acknowledged) and choices by keyboard alone, then saves once and gets out of the way', async () => {
    const page = await openSettings(h, FIRST_RUN);
    await keepStateAcrossReloads(page);
    expect(await page.title()).toBe('Welcome to Limber');
    // step 1: the heading has focus; Tab reaches "Get started"
    await expect.poll(async () => (await focused(page)).id).toBe('fr-title');
    expect(await page.getByText('Step 1 of 3').isVisible()).toBe(true);
    let f = await tabTo(page, (x) => x.tag === 'button');
    expect(f.text).toBe('Get started');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Enter');

    // step 2: the safety notes, every one of them
    await expect.poll(() => title(page)).toBe('Stretch safely');
    await expect.poll(async () => (await focused(page)).id).toBe('fr-title');
    const shown = await page.locator('.fr-notes > li').evaluateAll((els) =>
      els.map((e) => ({ id: e.getAttribute('data-id'), heading: e.querySelector('h2')?.textContent, text: e.querySelector('p')?.textContent })),
    );
    expect(shown).toEqual(notes.map((n) => ({ id: n.id, heading: n.heading, text: n.text })));
    // Continue without ticking the box: refused, focus on the box, the reason tied to it
    f = await tabTo(page, (x) => x.tag === 'button' && x.text === 'Continue');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).type).toBe('checkbox');
    expect(await title(page)).toBe('Stretch safely');
    const ack = page.getByRole('checkbox', { name: /I’ve read this/ });
    expect(await ack.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#fr-ack-error').textContent()).toContain('tick the box');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    expect(await ack.isChecked()).toBe(true);
    expect(await page.locator('#fr-ack-error').count()).toBe(0);
    f = await tabTo(page, (x) => x.tag === 'button' && x.text === 'Continue');
    await page.keyboard.press('Enter');

    // step 3: interval (radio group) and positions
    await expect.poll(() => title(page)).toBe('Your rhythm');
    const interval = page.getByRole('group', { name: 'Remind me to stretch after sitting for' });
    expect(await interval.getByRole('radio', { name: '45 min' }).isChecked()).toBe(true);
    f = await tabTo(page, (x) => x.type === 'radio');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('ArrowLeft'); // 45 → 30
    expect(await interval.getByRole('radio', { name: '30 min' }).isChecked()).toBe(true);
    f = await tabTo(page, (x) => x.name === 'fr-positions');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // the floor
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: /On the floor/ }).isChecked()).toBe(true);
    // nothing is saved until the end
    expect(await bridgeCalls(page, 'completeFirstRun')).toEqual([]);
    expect(await bridgeCalls(page, 'updateSettings')).toEqual([]);
    f = await tabTo(page, (x) => x.tag === 'button' && x.text === 'Start using Limber');
    await page.keyboard.press('Enter');

    // done: one call, with the choices; the app remembers
    await expect.poll(() => title(page)).toBe('You’re set');
    expect(await bridgeCalls(page, 'completeFirstRun')).toEqual([{ sitMinutes: 30, positions: ['seated', 'standing', 'floor'] }]);
    const view = await settingsView(page);
    expect(view.firstRunDone).toBe(true);
    expect(view.settings.sitMinutes).toBe(30);
    expect(view.settings.positions).toEqual(['seated', 'standing', 'floor']);
    expect(await page.locator('main').textContent()).toContain('After 30 minutes of sitting');
    expect(await page.getByRole('button', { name: 'Close' }).isVisible()).toBe(true);

    // "Open all settings" shows the normal window
    await page.getByRole('button', { name: 'Open all settings' }).click();
    await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor();
    expect(await page.getByLabel('Break after sitting for', { exact: true }).inputValue()).toBe('30');

    // and never again: after a restart, and even when asked for by URL
    await reloadAsRestart(page);
    await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor();
    expect(await page.locator('.first-run').count()).toBe(0);
    await page.evaluate(() => {
      location.hash = '#first-run';
    });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor();
    expect(await page.locator('.first-run').count()).toBe(0);
    expect(await bridgeCalls(page, 'completeFirstRun')).toEqual([]); // this load's app was never asked again
    await h.closePage(page);
  });

  it('the welcome step starts with the language: choosing one saves it and redraws the first run in it at once, without a reload', async () => {
    const page = await openSettings(h, FIRST_RUN);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const htmlLang = () => page.evaluate(() => document.documentElement.lang);
    // the first thing after the heading, and reached first by Tab from it
    await expect.poll(async () => (await focused(page)).id).toBe('fr-title');
    const f = await tabTo(page, (x) => x.tag !== 'body', { max: 1 });
    expect(f.id).toBe('f-language');
    const select = page.getByLabel('Language', { exact: true });
    expect(await select.inputValue()).toBe('system');
    expect(await select.locator('option[value="system"]').textContent()).toBe('Same as the system (English)');
    expect(await page.locator('.fr-card .field-hint').count()).toBe(0); // small: no hint on the first run

    await select.selectOption('de');
    await expect.poll(() => title(page)).toBe('Willkommen bei Limber');
    expect(await htmlLang()).toBe('de');
    expect(await page.title()).toBe('Willkommen bei Limber');
    expect(await page.getByText('Schritt 1 von 3').isVisible()).toBe(true);
    expect(await page.locator('label[for="f-language"]').textContent()).toBe('Sprache');
    expect(await page.locator('#f-language').inputValue()).toBe('de');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    // saved at once, as in Settings; the first run itself is not done by it
    expect(await bridgeCalls(page, 'updateSettings')).toEqual([{ language: 'de' }]);
    const view = await settingsView(page);
    expect(view.settings.language).toBe('de');
    expect(view.firstRunDone).toBe(false);

    // the rest of the first run follows in German, and ends with the language kept
    await page.getByRole('button', { name: 'Los geht’s' }).click();
    await expect.poll(() => title(page)).toBe('Sicher dehnen');
    expect(await page.locator('#f-language').count()).toBe(0); // only on the first step
    await page.locator('.fr-ack input').check();
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('.fr-interval');
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('#fr-done-title');
    expect(await bridgeCalls(page, 'completeFirstRun')).toEqual([{ sitMinutes: 45, positions: ['seated', 'standing'] }]);
    expect((await settingsView(page)).settings.language).toBe('de');
    expect(await htmlLang()).toBe('de');

    // "Same as the system" from the first step brings English back
    await h.closePage(page);
    const again = await openSettings(h, FIRST_RUN);
    await again.getByLabel('Language', { exact: true }).selectOption('de');
    await expect.poll(() => title(again)).toBe('Willkommen bei Limber');
    await again.getByLabel('Sprache', { exact: true }).selectOption('system');
    await expect.poll(() => title(again)).toBe('Welcome to Limber');
    expect((await settingsView(again)).settings.language).toBe('system');
    await h.closePage(again);
  });

  it('closing the window before the end leaves it to be shown next time (nothing saved yet)', async () => {
    const page = await openSettings(h, FIRST_RUN);
    await keepStateAcrossReloads(page);
    await page.getByRole('button', { name: 'Get started' }).click();
    await reloadAsRestart(page);
    await expect.poll(() => title(page)).toBe('Welcome to Limber');
    expect((await settingsView(page)).firstRunDone).toBe(false);
    await h.closePage(page);
  });

  it('Back returns to the previous step and keeps the acknowledgement', async () => {
    const page = await openSettings(h, FIRST_RUN);
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByRole('checkbox', { name: /I’ve read this/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => title(page)).toBe('Your rhythm');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => title(page)).toBe('Stretch safely');
    expect(await page.getByRole('checkbox', { name: /I’ve read this/ }).isChecked()).toBe(true);
    await h.closePage(page);
  });

  it('the last position cannot be removed (the core’s verdict, in the page’s words)', async () => {
    const page = await openSettings(h, FIRST_RUN);
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByRole('checkbox', { name: /I’ve read this/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('checkbox', { name: /Standing/ }).uncheck();
    await page.getByRole('checkbox', { name: /Seated/ }).click();
    await expect.poll(() => page.locator('#fr-positions-error').textContent()).toBe('Pick at least one position: seated, standing or on the floor.');
    expect(await page.getByRole('checkbox', { name: /Seated/ }).isChecked()).toBe(true);
    await h.closePage(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing serious on any step (${scheme}); screenshots`, async () => {
      const page = await openSettings(h, { ...FIRST_RUN, colorScheme: scheme, viewport: { width: 760, height: 640 } });
      const sfx = scheme === 'dark' ? '-dark' : '';
      const check = async (step: string) => {
        // let hover and step transitions finish so colours are measured at rest
        await page.mouse.move(0, 0);
        await page.waitForTimeout(300);
        expect(await axe(page), `${step} (${scheme})`).toEqual([]);
        await shot(page, `first-run-${step}${sfx}`, { fullPage: true });
      };
      await check('welcome');
      await page.getByRole('button', { name: 'Get started' }).click();
      await expect.poll(() => title(page)).toBe('Stretch safely');
      await page.getByRole('button', { name: 'Continue' }).click(); // unticked: the reminder shows
      await page.locator('#fr-ack-error').waitFor();
      await check('safety');
      await page.getByRole('checkbox', { name: /I’ve read this/ }).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => title(page)).toBe('Your rhythm');
      await check('choices');
      await page.getByRole('button', { name: 'Start using Limber' }).click();
      await expect.poll(() => title(page)).toBe('You’re set');
      await check('done');
      await h.closePage(page);
    });
  }

  it('fits 480 px wide without sideways scrolling', async () => {
    const page = await openSettings(h, { ...FIRST_RUN, viewport: { width: 480, height: 800 } });
    const wide = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
    expect(await wide()).toBe(false);
    await page.getByRole('button', { name: 'Get started' }).click();
    expect(await wide()).toBe(false);
    await page.getByRole('checkbox', { name: /I’ve read this/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => title(page)).toBe('Your rhythm');
    expect(await wide()).toBe(false);
    await shot(page, 'first-run-choices-narrow', { fullPage: true });
    await h.closePage(page);
  });
});
