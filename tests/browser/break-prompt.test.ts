// The quiet prompt (SPEC §3.5) in Chromium through the test host: a break that comes due while
// the user types shows the small prompt (the break window in a corner, no routine, no chime)
// instead of the break; a click on it shows the break at once; a pause in typing shows the break
// by itself; light and dark screenshots at the prompt's window size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { host, settle, shot, startHarness, axe, type Harness, type OpenOptions } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The prompt's window size in the app (src-main/break-window.ts PROMPT_SIZE). */
const PROMPT_VIEWPORT = { width: 420, height: 96 };

/**
 * Opens the break page and lets a break come due while the user keeps typing. The app's default
 * flexMinutes (3) is set explicitly, so the test does not depend on the host's defaults.
 */
async function waitingBreak(o: OpenOptions = {}): Promise<Page> {
  const page = await h.open('break', { clock: true, viewport: PROMPT_VIEWPORT, ...o, config: { ...o.config, settings: { flexMinutes: 3, ...o.config?.settings } } });
  await host(page).advanceMinutes(45); // 09:45: due, the user is typing
  await settle(page);
  await page.locator('main.prompt').waitFor();
  return page;
}

const breaks = (events: LimberEvent[]) => events.filter((e) => e.event === 'break');

describe('the quiet prompt', () => {
  it('a break due while typing shows the prompt, not the break: what it waits for and until when', async () => {
    const page = await waitingBreak();
    expect(await page.evaluate(() => window.__limberTest!.currentBreak())).toBeNull();
    expect(await page.evaluate(() => window.__limberTest!.breakWindow().prompt)).toBe(true);
    const card = page.getByRole('button', { name: 'A stretch break is next' });
    expect(await card.getAttribute('aria-describedby')).toBe('prompt-detail');
    expect(await page.locator('#prompt-detail').textContent()).toBe('It waits for a pause in your typing, 09:48 at the latest.');
    expect(breaks(await page.evaluate(() => window.__limberTest!.events()))).toEqual([]);
    // it fits the small window: nothing cut off or scrolled
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth > window.innerWidth,
      y: document.documentElement.scrollHeight > window.innerHeight,
    }));
    expect(overflow).toEqual({ x: false, y: false });
    await h.closePage(page);
  });

  it('a click on the prompt shows the break at once, with how long it waited', async () => {
    const page = await waitingBreak();
    await host(page).advance(20_000);
    await page.getByRole('button', { name: 'A stretch break is next' }).click();
    await settle(page);
    await page.locator('main.pre').waitFor();
    const logged = breaks(await page.evaluate(() => window.__limberTest!.events()));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ trigger: 'due', waited: 20 });
    expect(await page.evaluate(() => window.__limberTest!.breakWindow().prompt)).toBe(false);
    await h.closePage(page);
  });

  it('a pause in typing shows the break by itself and the prompt goes away', async () => {
    const page = await waitingBreak();
    await host(page).advance(10_000);
    await host(page).setIdle(0); // the user stops typing at 09:45:10
    await host(page).advance(6_000);
    await settle(page);
    await page.locator('main.pre').waitFor();
    expect(await page.locator('main.prompt').count()).toBe(0);
    const logged = breaks(await page.evaluate(() => window.__limberTest!.events()));
    expect(logged[0]).toMatchObject({ trigger: 'due', waited: 15 });
    await h.closePage(page);
  });

  it('with flexMinutes 0 there is no prompt: the break shows at due', async () => {
    const page = await h.open('break', { clock: true, config: { settings: { flexMinutes: 0 } } });
    await host(page).advanceMinutes(45);
    await settle(page);
    await page.locator('main.pre').waitFor();
    expect(await page.locator('main.prompt').count()).toBe(0);
    await h.closePage(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`no serious axe findings; screenshot (${scheme})`, async () => {
      const page = await waitingBreak({ colorScheme: scheme });
      expect(await axe(page)).toEqual([]);
      await shot(page, scheme === 'light' ? 'break-prompt' : 'break-prompt-dark');
      await h.closePage(page);
    });
  }
});
