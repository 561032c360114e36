// Helpers for the settings window's browser tests (tests/browser/settings*.test.ts), on top of
// the shared harness: open the page on a group, read the app's settings back through the
// bridge, and wait for the "Saved" live region.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SettingsView } from '../../src-main/core/bridge';
import type { Harness, OpenOptions } from './harness';

/** The test host's default start: Monday 2 March 2026, 09:00 in Berlin. */
export const MONDAY_9 = '2026-03-02T09:00:00+01:00';

export type Group = 'schedule' | 'routine' | 'working-hours' | 'interrupt' | 'exercises' | 'notifications' | 'system';

export const GROUP_TITLES: Record<Group, string> = {
  schedule: 'Schedule',
  routine: 'Routine',
  'working-hours': 'Working hours',
  interrupt: 'Don’t interrupt me',
  exercises: 'Exercises',
  notifications: 'Notifications & sound',
  system: 'System',
};

export interface OpenSettings extends OpenOptions {
  group?: Group;
  /** the page's Date (the next working period, exclusion dates) fixed at this time; default MONDAY_9 */
  fixedTime?: string | null;
}

/** Opens settings.html with the test host, the page's clock fixed, on a group. */
export async function openSettings(h: Harness, o: OpenSettings = {}): Promise<Page> {
  const page = await h.open('settings', o);
  if (o.fixedTime !== null) await page.clock.setFixedTime(new Date(o.fixedTime ?? MONDAY_9));
  if (o.config?.firstRunDone === false) {
    await page.getByRole('heading', { level: 1, name: 'Welcome to Limber' }).waitFor();
    return page;
  }
  await showGroup(page, o.group ?? 'schedule');
  return page;
}

export async function showGroup(page: Page, group: Group): Promise<void> {
  await page.evaluate((g) => {
    location.hash = `#${g}`;
  }, group);
  await page.getByRole('heading', { level: 2, name: GROUP_TITLES[group], exact: true }).waitFor();
}

export function settingsView(page: Page): Promise<SettingsView> {
  return page.evaluate(() => window.limber!.getSettings());
}

export async function bridgeCalls(page: Page, method: string): Promise<unknown[]> {
  const calls = await page.evaluate(() => window.__limberTest!.calls());
  return calls.filter((c) => c.method === method).map((c) => c.arg);
}

/** Waits until the live region says something containing `text`. */
export async function expectStatus(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByRole('status').textContent(), { timeout: 5000 }).toMatch(text);
}

/** The element with keyboard focus, described. */
export function focused(page: Page): Promise<{ tag: string; id: string; name: string; type: string; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      type: input?.type ?? '',
      text: (el?.textContent ?? '').trim(),
    };
  });
}

/** Whether the focused element (or the label that draws its ring) shows a visible focus outline. */
export function focusRingVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const ringOf = (x: Element) => {
      const s = getComputedStyle(x);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    };
    const holder = el.closest('.check-option, .segment');
    return ringOf(el) || (holder !== null && ringOf(holder));
  });
}

/** Presses Tab until `pred` holds for the focused element (at most `max` times). */
export async function tabTo(
  page: Page,
  pred: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  { max = 60, shift = false } = {},
): Promise<Awaited<ReturnType<typeof focused>>> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (pred(f)) return f;
  }
  throw new Error('tabTo: never reached the wanted element');
}

/** The page scrolls sideways (it should not, down to 480 px). */
export function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
