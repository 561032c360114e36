// The settings window in Chromium, through the test host (the real LimberApp on a fake clock):
// every setting of SPEC §2 can be changed from the page and is kept by the app; refused values
// show the core's verdict in the field's own words and save nothing; every number field shows its
// range up front; restore defaults asks first; the page works by
// keyboard alone, from 480 px wide, in light and dark, without serious axe findings.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, NUMBER_BOUNDS, validateSettingsPatch, type NumberKey } from '../../src-main/core/settings';
import english from 'virtual:limber-messages/en/settings';
import { initI18n } from '../../src-renderer/shared/i18n';
import { nextWorkingPeriodWords, numberMessage, settingsMessage } from '../../src-renderer/settings/words';
import { axe, host, shot, startHarness, type Harness } from './harness';
import {
  bridgeCalls,
  expectStatus,
  focused,
  focusRingVisible,
  MONDAY_9,
  openSettings,
  overflowsSideways,
  settingsView,
  showGroup,
  tabTo,
  type Group,
} from './settings-helpers';

// expected texts come from the page's own English messages, formatted as the page's en-GB does
initI18n(english, {});
const GB = 'en-GB';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The core's message for a refused patch, in the page's words (what the page must show, word for word). */
function coreMessage(patch: Record<string, unknown>): string {
  const r = validateSettingsPatch(patch);
  if (r.ok) throw new Error(`expected ${JSON.stringify(patch)} to be refused`);
  return settingsMessage(r.errors[0]!, GB);
}

const NUMBER_FIELDS: { key: NumberKey; group: Group; label: string; to: number }[] = [
  { key: 'sitMinutes', group: 'schedule', label: 'Break after sitting for', to: 30 },
  { key: 'naturalBreakMinutes', group: 'schedule', label: 'Away time that counts as a break', to: 10 },
  { key: 'warnSeconds', group: 'schedule', label: 'Heads-up before a break', to: 0 },
  { key: 'snoozeMinutes', group: 'schedule', label: 'Snooze for', to: 15 },
  { key: 'maxSnoozes', group: 'schedule', label: 'Snoozes per break', to: 0 },
  { key: 'routineMinutes', group: 'routine', label: 'Routine length', to: 5 },
  { key: 'dailyGoal', group: 'routine', label: 'Daily goal', to: 8 },
  { key: 'pauseSeconds', group: 'interrupt', label: 'Wait for a typing pause of', to: 10 },
  { key: 'flexMinutes', group: 'interrupt', label: 'Wait for the pause at most', to: 0 },
  { key: 'maxHoldMinutes', group: 'interrupt', label: 'Hold a break at most', to: 60 },
];

describe('each setting is changed from the page and kept by the app', () => {
  it('number fields: a valid value is saved on change (Tab away), said in the live region, and read back through the bridge', async () => {
    const page = await openSettings(h);
    for (const f of NUMBER_FIELDS) {
      await showGroup(page, f.group);
      const input = page.getByLabel(f.label, { exact: true });
      await expect.poll(() => input.inputValue()).toBe(String(DEFAULT_SETTINGS[f.key]));
      await input.fill(String(f.to));
      await input.press('Tab');
      await expectStatus(page, /Saved/);
      await expect.poll(async () => (await settingsView(page)).settings[f.key]).toBe(f.to);
      expect(await input.getAttribute('aria-invalid')).toBeNull();
    }
    // each was one updateSettings call with just that key
    const patches = await bridgeCalls(page, 'updateSettings');
    expect(patches).toEqual(NUMBER_FIELDS.map((f) => ({ [f.key]: f.to })));
    await h.closePage(page, { external: true });
  });

  it('arrow keys step a number and save each step at once', async () => {
    const page = await openSettings(h);
    const input = page.getByLabel('Break after sitting for', { exact: true });
    await input.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await settingsView(page)).settings.sitMinutes).toBe(47);
    await h.closePage(page, { external: true });
  });

  it('switches: heads-up notification, chime and start at login', async () => {
    const page = await openSettings(h, { group: 'notifications' });
    for (const [label, key] of [
      ['Heads-up notification', 'notifications'],
      ['Chime', 'sound'],
    ] as const) {
      const sw = page.getByRole('switch', { name: label });
      expect(await sw.isChecked()).toBe(true);
      await sw.focus();
      await page.keyboard.press('Space');
      await expect.poll(async () => (await settingsView(page)).settings[key]).toBe(false);
      expect(await sw.isChecked()).toBe(false);
    }
    await showGroup(page, 'system');
    const login = page.getByRole('switch', { name: 'Start Limber when you log in' });
    await login.click();
    await expect.poll(async () => (await settingsView(page)).settings.openAtLogin).toBe(false);
    await expectStatus(page, 'Saved: start at login off');
    await login.click();
    await expect.poll(async () => (await settingsView(page)).settings.openAtLogin).toBe(true);
    await h.closePage(page, { external: true });
  });

  it('positions: adding the floor is saved; the last position cannot be removed (the core says why, nothing is saved)', async () => {
    const page = await openSettings(h, { group: 'routine' });
    const group = page.getByRole('group', { name: 'Positions' });
    await group.getByRole('checkbox', { name: /On the floor/ }).check();
    await expect.poll(async () => (await settingsView(page)).settings.positions).toEqual(['seated', 'standing', 'floor']);
    await group.getByRole('checkbox', { name: /Seated/ }).uncheck();
    await group.getByRole('checkbox', { name: /Standing/ }).uncheck();
    await expect.poll(async () => (await settingsView(page)).settings.positions).toEqual(['floor']);
    const before = (await bridgeCalls(page, 'updateSettings')).length;
    const floor = group.getByRole('checkbox', { name: /On the floor/ });
    await floor.click();
    await expect(group.textContent()).resolves.toContain(coreMessage({ positions: [] }));
    expect(await floor.isChecked()).toBe(true);
    expect((await settingsView(page)).settings.positions).toEqual(['floor']);
    expect((await bridgeCalls(page, 'updateSettings')).length).toBe(before);
    await h.closePage(page, { external: true });
  });

  it('working hours: on, days, start and end are saved as one object', async () => {
    const page = await openSettings(h, { group: 'working-hours' });
    await page.getByRole('switch', { name: 'Only during working hours' }).check();
    await expect.poll(async () => (await settingsView(page)).settings.workingHours.enabled).toBe(true);
    const days = page.getByRole('group', { name: 'Working days' });
    // Monday first, Sunday last
    const labels = await days.getByRole('checkbox').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    await days.getByRole('checkbox', { name: 'Saturday' }).check();
    await days.getByRole('checkbox', { name: 'Monday' }).uncheck();
    await expect.poll(async () => (await settingsView(page)).settings.workingHours.days).toEqual([2, 3, 4, 5, 6]);
    await page.getByLabel('Start').fill('08:30');
    await page.getByLabel('End').fill('16:15');
    await expect.poll(async () => (await settingsView(page)).settings.workingHours).toEqual({
      enabled: true,
      days: [2, 3, 4, 5, 6],
      start: '08:30',
      end: '16:15',
    });
    await h.closePage(page, { external: true });
  });

  it('a change made elsewhere (the tray, another window) shows at once', async () => {
    const page = await openSettings(h);
    await page.evaluate(() => window.__limberTest!.app().updateSettings({ sitMinutes: 90 }));
    await expect.poll(() => page.getByLabel('Break after sitting for', { exact: true }).inputValue()).toBe('90');
    await h.closePage(page, { external: true });
  });

  it('changing a setting does not reset the sitting clock', async () => {
    const page = await openSettings(h);
    await host(page).advanceMinutes(20);
    const input = page.getByLabel('Break after sitting for', { exact: true });
    await input.fill('30');
    await input.press('Enter');
    await expect.poll(async () => (await settingsView(page)).settings.sitMinutes).toBe(30);
    const status = await page.evaluate(() => window.limber!.getStatus());
    expect(status.status.sittingMs).toBe(20 * 60_000);
    expect(status.status.nextBreakAt).toBe(new Date(MONDAY_9).getTime() + 30 * 60_000);
    await h.closePage(page, { external: true });
  });
});

describe('refused values', () => {
  it('out-of-bounds numbers show the core’s message while typing and after leaving the field; nothing is saved', async () => {
    const page = await openSettings(h);
    const cases: [string, NumberKey, string, unknown][] = [
      ['Break after sitting for', 'sitMinutes', '5', 5],
      ['Break after sitting for', 'sitMinutes', '181', 181],
      ['Heads-up before a break', 'warnSeconds', '601', 601],
      ['Snooze for', 'snoozeMinutes', '2.5', 2.5],
      ['Snoozes per break', 'maxSnoozes', '-1', -1],
      ['Away time that counts as a break', 'naturalBreakMinutes', '', undefined],
    ];
    for (const [label, key, text, value] of cases) {
      const input = page.getByLabel(label, { exact: true });
      await input.fill(text);
      const message = coreMessage({ [key]: value });
      // in the field's words, not the key's (issue 14 §13)
      expect(message).toBe(numberMessage(key, value, GB));
      expect(message).not.toContain(key);
      // at once, before leaving the field
      await expect.poll(() => page.locator(`#f-${key}-error`).textContent()).toBe(message);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toContain(`f-${key}-error`);
      await input.press('Tab');
      await page.waitForTimeout(50);
      expect(await page.locator(`#f-${key}-error`).textContent()).toBe(message);
      expect(await input.inputValue()).toBe(text); // kept, to be fixed
      expect((await settingsView(page)).settings[key]).toBe(DEFAULT_SETTINGS[key]);
      // Esc brings the saved value back
      await input.focus();
      await input.press('Escape');
      await expect.poll(() => input.inputValue()).toBe(String(DEFAULT_SETTINGS[key]));
      expect(await page.locator(`#f-${key}-error`).count()).toBe(0);
    }
    expect(await bridgeCalls(page, 'updateSettings')).toEqual([]);
    await h.closePage(page, { external: true });
  });

  it('every number field shows its allowed range before anything goes wrong (issue 14 §13)', async () => {
    const page = await openSettings(h);
    for (const f of NUMBER_FIELDS) {
      await showGroup(page, f.group);
      const b = NUMBER_BOUNDS[f.key];
      const hint = page.locator(`#f-${f.key}-range`);
      expect(await hint.isVisible(), f.key).toBe(true);
      expect(await hint.textContent()).toMatch(new RegExp(`^${b.min} to ${b.max}\\b`));
      expect(await page.getByLabel(f.label, { exact: true }).getAttribute('aria-describedby')).toContain(`f-${f.key}-range`);
      expect(await page.locator(`#f-${f.key}-error`).count()).toBe(0);
    }
    await h.closePage(page, { external: true });
  });

  it('a refused number is explained by the field’s label, e.g. sitting time 5 minutes', async () => {
    const page = await openSettings(h);
    await page.getByLabel('Break after sitting for', { exact: true }).fill('5');
    await expect.poll(() => page.locator('#f-sitMinutes-error').textContent()).toBe('Sitting time before a break must be 10–180 minutes.');
    await h.closePage(page, { external: true });
  });

  it('working hours that end before they start: the core’s message, nothing saved', async () => {
    const page = await openSettings(h, { group: 'working-hours', config: { settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } } } });
    await page.getByLabel('End').fill('08:00');
    const message = coreMessage({ workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '08:00' } });
    await expect.poll(() => page.locator('#f-wh-error').textContent()).toBe(message);
    expect(await page.getByLabel('End').inputValue()).toBe('08:00');
    expect((await settingsView(page)).settings.workingHours.end).toBe('17:00');
    expect(await bridgeCalls(page, 'updateSettings')).toEqual([]);
    await shot(page, 'settings-working-hours-refused', { colorScheme: 'light' });
    // fixing it saves and clears the message
    await page.getByLabel('End').fill('12:00');
    await expect.poll(async () => (await settingsView(page)).settings.workingHours.end).toBe('12:00');
    expect(await page.locator('#f-wh-error').count()).toBe(0);
    await h.closePage(page, { external: true });
  });

  it('the last working day cannot be removed while working hours are on', async () => {
    const page = await openSettings(h, { group: 'working-hours', config: { settings: { workingHours: { enabled: true, days: [3], start: '09:00', end: '17:00' } } } });
    const wed = page.getByRole('group', { name: 'Working days' }).getByRole('checkbox', { name: 'Wednesday' });
    await wed.uncheck({ force: true }).catch(() => undefined);
    await expect.poll(() => page.locator('#f-wh-error').textContent()).toBe('Pick at least one working day, or turn working hours off.');
    expect(await wed.isChecked()).toBe(true);
    expect((await settingsView(page)).settings.workingHours.days).toEqual([3]);
    await h.closePage(page, { external: true });
  });

  it('when the app cannot save, the page says so and shows what is really kept', async () => {
    const page = await openSettings(h, { group: 'notifications' });
    await page.evaluate(() => window.__limberTest!.failNextSettingsSave('disk full (test)'));
    const sw = page.getByRole('switch', { name: 'Chime' });
    await sw.click();
    await expect.poll(() => page.locator('#f-sound-error').textContent()).toContain('disk full (test)');
    expect((await settingsView(page)).settings.sound).toBe(true);
    expect(await sw.isChecked()).toBe(true);
    // the next try works and clears the message
    await sw.click();
    await expect.poll(async () => (await settingsView(page)).settings.sound).toBe(false);
    expect(await page.locator('#f-sound-error').count()).toBe(0);
    await h.closePage(page, { external: true });
  });
});

describe('restore defaults', () => {
  it('asks first (focus in the dialog, Tab kept inside, Esc cancels and returns focus), then restores everything', async () => {
    const page = await openSettings(h, {
      group: 'system',
      config: {
        settings: {
          sitMinutes: 90,
          sound: false,
          positions: ['floor'],
          excludedExercises: ['seated-rotation'],
          workingHours: { enabled: true, days: [1], start: '10:00', end: '12:00' },
        },
      },
    });
    const open = page.getByRole('button', { name: 'Restore defaults…' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Restore the default settings?' });
    await dialog.waitFor();
    expect((await focused(page)).text).toContain('Cancel');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toContain('Restore defaults');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toContain('Cancel'); // wrapped, still in the dialog
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toContain('Restore defaults');
    expect(await axe(page)).toEqual([]);
    await shot(page, 'settings-restore-dialog', { colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(page)).text).toBe('Restore defaults…');
    expect((await settingsView(page)).settings.sitMinutes).toBe(90);
    expect(await bridgeCalls(page, 'restoreDefaults')).toEqual([]);

    // Cancel button: same
    await open.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await bridgeCalls(page, 'restoreDefaults')).toEqual([]);

    // confirm
    await open.click();
    await dialog.getByRole('button', { name: 'Restore defaults' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectStatus(page, 'Defaults restored');
    const view = await settingsView(page);
    expect(view.settings).toEqual(view.defaults);
    expect(view.exclusions).toEqual([]);
    expect(await bridgeCalls(page, 'restoreDefaults')).toHaveLength(1);
    await showGroup(page, 'schedule');
    expect(await page.getByLabel('Break after sitting for', { exact: true }).inputValue()).toBe('45');
    await h.closePage(page, { external: true });
  });
});

describe('working hours in words', () => {
  const wh = { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
  const at = (s: string) => new Date(s).getTime();

  it('nextWorkingPeriodWords: now / today / tomorrow / a weekday / next week', () => {
    expect(nextWorkingPeriodWords(wh, at('2026-03-02T10:00:00+01:00'), GB)).toBe('now, until 17:00');
    expect(nextWorkingPeriodWords(wh, at('2026-03-02T08:00:00+01:00'), GB)).toBe('today, 9:00–17:00');
    expect(nextWorkingPeriodWords(wh, at('2026-03-02T17:00:00+01:00'), GB)).toBe('tomorrow, 9:00–17:00');
    expect(nextWorkingPeriodWords(wh, at('2026-03-06T18:00:00+01:00'), GB)).toBe('Monday 9:00–17:00');
    expect(nextWorkingPeriodWords(wh, at('2026-03-07T12:00:00+01:00'), GB)).toBe('Monday 9:00–17:00');
    expect(nextWorkingPeriodWords({ ...wh, days: [1] }, at('2026-03-02T18:00:00+01:00'), GB)).toBe('next Monday 9:00–17:00');
    // across the spring DST change (Berlin, 29 March 2026): still "tomorrow"
    expect(nextWorkingPeriodWords({ ...wh, days: [0, 1] }, at('2026-03-28T20:00:00+01:00'), GB)).toBe('tomorrow, 9:00–17:00');
    expect(nextWorkingPeriodWords({ ...wh, enabled: false }, at('2026-03-02T10:00:00+01:00'), GB)).toBeNull();
    expect(nextWorkingPeriodWords({ ...wh, days: [] }, at('2026-03-02T10:00:00+01:00'), GB)).toBeNull();
  });

  it('the page shows the next working period for the current time, and follows changes', async () => {
    const page = await openSettings(h, {
      group: 'working-hours',
      fixedTime: '2026-03-06T18:00:00+01:00', // a Friday evening
      config: { settings: { workingHours: wh } },
    });
    const line = page.locator('#f-wh-next');
    await expect.poll(() => line.textContent()).toContain('Next working period: Monday 9:00–17:00');
    await page.getByRole('group', { name: 'Working days' }).getByRole('checkbox', { name: 'Saturday' }).check();
    await expect.poll(() => line.textContent()).toContain('Next working period: tomorrow, 9:00–17:00');
    await page.getByRole('switch', { name: 'Only during working hours' }).uncheck();
    await expect.poll(() => line.textContent()).toContain('Working hours are off');
    await h.closePage(page, { external: true });

    const during = await openSettings(h, { group: 'working-hours', fixedTime: '2026-03-02T10:00:00+01:00', config: { settings: { workingHours: wh } } });
    await expect.poll(() => during.locator('#f-wh-next').textContent()).toContain('Next working period: now, until 17:00');
    await h.closePage(during, { external: true });
  });
});

describe('keyboard only', () => {
  it('reaches every group from the navigation, changes settings, with a visible focus ring at each stop', async () => {
    const page = await openSettings(h, { group: 'schedule' });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // the navigation comes first
    let f = await tabTo(page, (x) => x.tag === 'a' && x.text === 'Schedule');
    expect(await focusRingVisible(page)).toBe(true);
    f = await tabTo(page, (x) => x.tag === 'a' && x.text === 'Working hours');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('working-hours-title'); // focus moved to the group's heading
    // the next Tab is the group's first control
    await page.keyboard.press('Tab');
    f = await focused(page);
    expect(f.id).toBe('f-wh-enabled');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settingsView(page)).settings.workingHours.enabled).toBe(true);
    // days: Tab into the group, Space toggles
    f = await tabTo(page, (x) => x.name === 'f-wh-days' && x.type === 'checkbox');
    expect(await focusRingVisible(page)).toBe(true);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // Mon … Sat
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settingsView(page)).settings.workingHours.days).toEqual([1, 2, 3, 4, 5, 6]);
    // the times
    f = await tabTo(page, (x) => x.id === 'f-wh-start');
    expect(await focusRingVisible(page)).toBe(true);

    // back up to the navigation and on to Schedule; type a value, Enter saves
    f = await tabTo(page, (x) => x.tag === 'a' && x.text === 'Schedule', { shift: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('schedule-title'); // focus moved to the group's heading
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('f-sitMinutes');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settingsView(page)).settings.sitMinutes).toBe(60);

    // Routine: positions are checkboxes reached by Tab, toggled by Space
    f = await tabTo(page, (x) => x.tag === 'a' && x.text === 'Routine', { shift: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('routine-title'); // focus moved to the group's heading
    f = await tabTo(page, (x) => x.name === 'f-positions' && x.type === 'checkbox');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // seated → standing → floor
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settingsView(page)).settings.positions).toEqual(['seated', 'standing', 'floor']);
    // and the preview's Shuffle button
    f = await tabTo(page, (x) => x.tag === 'button' && x.text.includes('Shuffle'));
    expect(await focusRingVisible(page)).toBe(true);
    const before = (await bridgeCalls(page, 'previewRoutine')).length;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await bridgeCalls(page, 'previewRoutine')).length).toBe(before + 1);
    await h.closePage(page, { external: true });
  });

  it('every control has a name; groups of checkboxes have a legend; every number field describes its range', async () => {
    const page = await openSettings(h);
    for (const g of ['schedule', 'routine', 'working-hours', 'interrupt', 'notifications', 'system'] as Group[]) {
      await showGroup(page, g);
      const unnamed = await page.evaluate(() =>
        [...document.querySelectorAll('main input, main select, main button')]
          .filter((el) => {
            const e = el as HTMLInputElement;
            const labelled = e.labels?.length || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || (e.tagName === 'BUTTON' && e.textContent?.trim());
            return !labelled;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unnamed, g).toEqual([]);
      const loose = await page.evaluate(() => [...document.querySelectorAll('main input[type=checkbox]:not([role=switch])')].filter((el) => !el.closest('fieldset')).length);
      expect(loose, g).toBe(0);
    }
    await showGroup(page, 'schedule');
    const range = await page.evaluate(() => document.getElementById('f-sitMinutes-range')?.textContent);
    expect(range).toBe('10 to 180 minutes');
    await h.closePage(page, { external: true });
  });
});

describe('look: axe in light and dark, 480 px wide, screenshots', () => {
  const GROUPS: Group[] = ['schedule', 'routine', 'working-hours', 'interrupt', 'notifications', 'system'];

  for (const scheme of ['light', 'dark'] as const) {
    it(`no serious or critical axe findings in any group (${scheme})`, async () => {
      const page = await openSettings(h, {
        colorScheme: scheme,
        viewport: { width: 820, height: 720 },
        config: { settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } } },
      });
      for (const g of GROUPS) {
        await showGroup(page, g);
        await page.waitForTimeout(100);
        expect(await axe(page), `${g} (${scheme})`).toEqual([]);
        await shot(page, scheme === 'light' ? `settings-${g}` : `settings-${g}-dark`, { fullPage: true });
      }
      // with a refused value and the Saved status showing
      await showGroup(page, 'schedule');
      await page.getByLabel('Snooze for', { exact: true }).fill('90');
      const goal = page.getByLabel('Snoozes per break', { exact: true });
      await goal.fill('3');
      await goal.press('Tab');
      await expectStatus(page, /Saved/);
      await page.waitForTimeout(300); // the status fades in
      expect(await axe(page), `refused value (${scheme})`).toEqual([]);
      await shot(page, scheme === 'light' ? 'settings-schedule-error' : 'settings-schedule-error-dark', { fullPage: true });
      await h.closePage(page, { external: true });
    });
  }

  it('works 480 px wide: no sideways scrolling in any group, the navigation wraps above the content', async () => {
    const page = await openSettings(h, { viewport: { width: 480, height: 800 } });
    for (const g of [...GROUPS, 'exercises'] as Group[]) {
      await showGroup(page, g);
      await page.waitForTimeout(100);
      expect(await overflowsSideways(page), g).toBe(false);
    }
    await showGroup(page, 'schedule');
    const nav = await page.locator('nav').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(main!.y + 1);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'settings-narrow', { colorScheme: 'light' });
    await showGroup(page, 'working-hours');
    await shot(page, 'settings-narrow-working-hours', { colorScheme: 'dark', fullPage: true });
    await h.closePage(page, { external: true });
  });
});
