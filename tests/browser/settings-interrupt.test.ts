// Settings → "Don't interrupt me" (SPEC §2, §3.5, §3.12) in Chromium through the test host:
// each detector switch saves `holdWhen` and nothing else; a detector that cannot work here says
// so (and why) under its switch; the program list adds, refuses empty and duplicate names, and
// removes, all by keyboard; light and dark screenshots.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src-main/core/settings';
import { axe, shot, startHarness, type Harness } from './harness';
import { bridgeCalls, expectStatus, openSettings, settingsView } from './settings-helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Don’t interrupt me', () => {
  it('each detector switch saves holdWhen with just that flag changed', async () => {
    const page = await openSettings(h, { group: 'interrupt' });
    const call = page.getByRole('switch', { name: 'In a call' });
    await expect.poll(() => call.isChecked()).toBe(true);
    await call.uncheck();
    await expectStatus(page, /call detection off/);
    await page.getByRole('switch', { name: 'Do not disturb' }).uncheck();
    await expectStatus(page, /do-not-disturb detection off/);
    const saved = (await settingsView(page)).settings.holdWhen;
    expect(saved).toEqual({ ...DEFAULT_SETTINGS.holdWhen, call: false, doNotDisturb: false });
    expect(await bridgeCalls(page, 'updateSettings')).toEqual([
      { holdWhen: { ...DEFAULT_SETTINGS.holdWhen, call: false } },
      { holdWhen: { ...DEFAULT_SETTINGS.holdWhen, call: false, doNotDisturb: false } },
    ]);
    await h.closePage(page);
  });

  it('says which detectors cannot work on this desktop, and why', async () => {
    const page = await openSettings(h, {
      group: 'interrupt',
      config: {
        detectors: [
          { kind: 'call', available: true, detail: 'PulseAudio recording streams and cameras in use' },
          { kind: 'presenting', available: false, detail: 'Wayland does not tell applications which window is full screen' },
          { kind: 'doNotDisturb', available: true, detail: 'the notification server' },
          { kind: 'apps', available: false, detail: 'the process list cannot be read' },
        ],
      },
    });
    const presenting = page.locator('[data-kind=presenting]');
    await expect.poll(() => presenting.textContent()).toMatch(/Not available on this desktop: Wayland does not tell/);
    expect(await page.locator('[data-kind=call]').textContent()).toMatch(/Uses PulseAudio recording streams/);
    expect(await page.locator('[data-kind=call]').textContent()).not.toMatch(/Not available/);
    expect(await page.locator('.detector-note').textContent()).toMatch(/Program detection is not available on this desktop: the process list/);
    // the hint is the switch's description, so a screen reader hears it with the switch
    const described = await page.getByRole('switch', { name: 'Presenting or full screen' }).getAttribute('aria-describedby');
    expect(described).toContain('f-hold-presenting-hint');
    await h.closePage(page);
  });

  it('the program list: add by Enter, refuse empty and duplicate names, remove — by keyboard alone', async () => {
    const page = await openSettings(h, { group: 'interrupt' });
    const box = page.getByLabel('Programs that hold a break', { exact: true });
    await box.focus();
    await page.keyboard.press('Enter'); // nothing typed
    await expect.poll(() => page.locator('#f-holdApps-error').textContent()).toMatch(/Type the name of a program first/);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.type('zoom');
    expect(await page.locator('#f-holdApps-error').count()).toBe(0); // typing clears the message
    await page.keyboard.press('Enter');
    await expectStatus(page, /breaks held while zoom runs/);
    await expect.poll(() => box.inputValue()).toBe('');
    await page.keyboard.type('OBS');
    await page.keyboard.press('Enter');
    await expectStatus(page, /breaks held while OBS runs/);
    await page.keyboard.type('Zoom');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#f-holdApps-error').textContent()).toMatch(/“Zoom” is already on the list/);
    expect((await settingsView(page)).settings.holdWhen.apps).toEqual(['zoom', 'OBS']);
    const list = page.getByRole('list', { name: 'Listed programs' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual(['zoomRemove', 'OBSRemove']);
    await page.getByRole('button', { name: 'Remove zoom' }).focus();
    await page.keyboard.press('Enter');
    await expectStatus(page, /zoom removed/);
    expect((await settingsView(page)).settings.holdWhen.apps).toEqual(['OBS']);
    await h.closePage(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`no serious axe findings, with a program listed and a detector unavailable (${scheme})`, async () => {
      const page = await openSettings(h, {
        group: 'interrupt',
        colorScheme: scheme,
        viewport: { width: 820, height: 900 },
        config: {
          settings: { holdWhen: { ...DEFAULT_SETTINGS.holdWhen, apps: ['zoom', 'obs', 'libreoffice --impress'] } },
          detectors: [
            { kind: 'call', available: true, detail: 'PulseAudio recording streams and cameras in use' },
            { kind: 'presenting', available: true, detail: 'the full-screen state of the active window (X11)' },
            { kind: 'doNotDisturb', available: false, detail: 'no notification server answers on the session bus' },
            { kind: 'apps', available: true, detail: 'the process list' },
          ],
        },
      });
      await page.locator('[data-kind=doNotDisturb]').getByText(/Not available/).waitFor();
      expect(await axe(page)).toEqual([]);
      await shot(page, scheme === 'light' ? 'settings-interrupt' : 'settings-interrupt-dark', { fullPage: true });
      await h.closePage(page);
    });
  }
});
