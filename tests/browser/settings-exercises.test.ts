// Exercise preferences in the settings window, in Chromium through the test host: the catalog
// with its drawings and filters, leaving an exercise out (and the next composed routines really
// leave it out), why one is left out, bringing it back, and the routine preview.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseView } from '../../src-main/core/bridge';
import { axe, host, shot, startHarness, type Harness } from './harness';
import { bridgeCalls, expectStatus, focusRingVisible, openSettings, settingsView, showGroup, tabTo } from './settings-helpers';

let h: Harness;
let catalog: ExerciseView[];
beforeAll(async () => {
  h = await startHarness();
  const page = await h.open('settings');
  catalog = await page.evaluate(() => window.limber!.getCatalog());
  await page.context().close();
});
afterAll(async () => {
  await h?.close();
});

const cards = (page: Page) => page.locator('.exercise-grid > li');
/** running animations of a card's drawing (its rig's joints, while hovered or focused) */
const moving = (card: Locator) => card.locator('.illustration').evaluate((el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length);
const cardIds = (page: Page) => cards(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));

describe('browsing the catalog', () => {
  it('shows every exercise with its drawing, name and position; filters by position, area and focus', async () => {
    const page = await openSettings(h, { group: 'exercises', viewport: { width: 1000, height: 800 } });
    await expect.poll(() => cards(page).count()).toBe(catalog.length);
    expect(await cardIds(page)).toEqual(catalog.map((ex) => ex.id));
    // each card: the core's drawing (the key pose, not moving), the name as a heading
    const first = cards(page).first();
    expect(await first.locator('.illustration svg').count()).toBe(1);
    expect(await moving(first)).toBe(0);
    expect(await first.locator('.illustration svg').innerHTML()).not.toContain('data-j'); // the still end pose
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe(catalog[0]!.name);
    expect(await page.locator('#exercise-count').textContent()).toBe(`Showing ${catalog.length} of ${catalog.length} exercises`);

    await page.getByLabel('Position').selectOption('floor');
    await expect.poll(() => cardIds(page)).toEqual(catalog.filter((ex) => ex.position === 'floor').map((ex) => ex.id));
    await page.getByLabel('Body area').selectOption('hamstrings');
    await expect.poll(() => cardIds(page)).toEqual(
      catalog.filter((ex) => ex.position === 'floor' && ex.areas.includes('hamstrings')).map((ex) => ex.id),
    );
    await page.getByLabel('Position').selectOption('');
    await page.getByLabel('Focus').selectOption('stretch');
    const expected = catalog.filter((ex) => ex.focus === 'stretch' && ex.areas.includes('hamstrings')).map((ex) => ex.id);
    await expect.poll(() => cardIds(page)).toEqual(expected);
    expect(await page.locator('#exercise-count').textContent()).toBe(`Showing ${expected.length} of ${catalog.length} exercises`);
    // floor exercises say they are not in routines while the floor is off
    await page.getByLabel('Position').selectOption('floor');
    await page.getByLabel('Body area').selectOption('');
    await page.getByLabel('Focus').selectOption('');
    expect(await cards(page).first().textContent()).toContain('Not in routines while “On the floor” is off');
    await h.closePage(page);
  });

  it('a drawing moves on hover and on keyboard focus, and stays still when reduced motion is asked for', async () => {
    const page = await openSettings(h, { group: 'exercises' });
    const card = cards(page).nth(1);
    await card.hover();
    await expect.poll(() => moving(card)).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await expect.poll(() => moving(card)).toBe(0);
    await card.getByRole('switch').focus();
    await expect.poll(() => moving(card)).toBeGreaterThan(0);
    await h.closePage(page);

    const still = await openSettings(h, { group: 'exercises', reducedMotion: 'reduce' });
    const c = cards(still).nth(1);
    await c.hover();
    await c.getByRole('switch').focus();
    await still.waitForTimeout(100);
    expect(await moving(c)).toBe(0);
    await h.closePage(still);
  });

  it('"How to do it" opens the steps, breathing cue and cautions', async () => {
    const page = await openSettings(h, { group: 'exercises' });
    const ex = catalog[0]!;
    const card = page.locator(`.exercise-grid > li[data-id="${ex.id}"]`);
    await card.getByText('How to do it').click();
    const steps = await card.locator('.exercise-how ol > li').allTextContents();
    expect(steps).toEqual([...ex.steps]);
    expect(await card.locator('.exercise-how').textContent()).toContain(ex.breathing);
    await h.closePage(page);
  });
});

describe('leaving exercises out', () => {
  it('turning an exercise off keeps it out of the next composed routines (previews and a real break), and says why', async () => {
    const page = await openSettings(h, { group: 'exercises', config: { seed: 7 } });
    // the one a routine would open with right now
    const first = await page.evaluate(() => window.limber!.previewRoutine());
    if (!first.ok) throw new Error(first.reason);
    const victim = first.routine.items[0]!;
    const card = page.locator(`.exercise-grid > li[data-id="${victim.id}"]`);
    const sw = card.getByRole('switch', { name: `Offer ${victim.name} in routines` });
    expect(await sw.isChecked()).toBe(true);
    await sw.click();
    await expectStatus(page, `Saved: ${victim.name} will not be offered`);
    const view = await settingsView(page);
    expect(view.settings.excludedExercises).toEqual([victim.id]);
    expect(view.exclusions).toEqual([{ id: victim.id, reason: 'chosen', at: new Date('2026-03-02T09:00:00+01:00').getTime() }]);
    expect(await sw.isChecked()).toBe(false);
    expect(await card.textContent()).toContain('Excluded by you on 2 March');
    const summary = page.getByRole('region', { name: /Not offered/ });
    expect(await summary.textContent()).toContain(`${victim.name}Excluded by you on 2 March`);

    // many compositions later, it is never offered
    const ids = await page.evaluate(async () => {
      const out: string[][] = [];
      for (let i = 0; i < 40; i++) {
        const r = await window.limber!.previewRoutine();
        if (r.ok) out.push(r.routine.items.map((x) => x.id));
      }
      return out;
    });
    expect(ids.length).toBe(40);
    expect(ids.flat()).not.toContain(victim.id);
    // a real break, too
    for (let i = 0; i < 5; i++) {
      await host(page).stretchNow();
      const brk = await page.evaluate(() => window.limber!.getBreak());
      expect(brk?.routine.items.map((x) => x.id)).not.toContain(victim.id);
      await page.evaluate(() => window.limber!.breakAction({ type: 'skip' }));
    }
    await h.closePage(page);
  });

  it('"What you have": no exercise ball by default; ticking it saves, unticking the chair keeps seated exercises out and says why', async () => {
    const page = await openSettings(h, { group: 'exercises', config: { settings: { positions: ['seated', 'standing', 'floor'], routineMinutes: 15 } } });
    const group = page.getByRole('group', { name: 'What you have' });
    const box = (name: string) => group.getByRole('checkbox', { name: new RegExp(`^${name}`) });
    expect(await box('Chair').isChecked()).toBe(true);
    expect(await box('Exercise ball').isChecked()).toBe(false);
    const ballCard = page.locator('.exercise-grid > li[data-id="ball-crunch"]');
    expect(await ballCard.textContent()).toContain('needs an exercise ball');
    // no routine uses a ball while it is not ticked
    const needsBall = new Set(catalog.filter((ex) => ex.equipment === 'ball').map((ex) => ex.id));
    const before = await page.evaluate(async () => {
      const out: string[] = [];
      for (let i = 0; i < 10; i++) {
        const r = await window.limber!.previewRoutine();
        if (r.ok) out.push(...r.routine.items.map((x) => x.id));
      }
      return out;
    });
    expect(before.filter((id) => needsBall.has(id))).toEqual([]);

    await box('Exercise ball').click();
    await expectStatus(page, 'Saved: exercise ball on');
    expect((await settingsView(page)).settings.equipment).toEqual(['chair', 'desk', 'mat', 'ball']);
    expect(await ballCard.textContent()).not.toContain('needs an exercise ball');

    await box('Chair').click();
    await expectStatus(page, 'Saved: chair off');
    expect((await settingsView(page)).settings.equipment).toEqual(['desk', 'mat', 'ball']);
    expect(await page.locator('.exercise-grid > li[data-id="seated-rotation"]').textContent()).toContain('needs a chair');
    const seated = new Set(catalog.filter((ex) => ex.equipment === 'chair').map((ex) => ex.id));
    const after = await page.evaluate(async () => {
      const out: string[] = [];
      for (let i = 0; i < 10; i++) {
        const r = await window.limber!.previewRoutine();
        if (r.ok) out.push(...r.routine.items.map((x) => x.id));
      }
      return out;
    });
    expect(after.length).toBeGreaterThan(0);
    expect(after.filter((id) => seated.has(id))).toEqual([]);
    await h.closePage(page);
  });

  it('an exercise stopped for discomfort during a break says so, and can be brought back', async () => {
    const page = await openSettings(h, { group: 'exercises' });
    // a break, started, stopped on its first exercise, which the user then leaves out (as the break window offers)
    const stoppedId = await page.evaluate(async () => {
      window.__limberTest!.stretchNow();
      const brk = await window.limber!.getBreak();
      const id = brk!.routine.items[0]!.id;
      await window.limber!.breakAction({ type: 'start' });
      await window.limber!.breakAction({ type: 'stop', exercise: id });
      await window.limber!.setExcluded({ id, excluded: true });
      return id;
    });
    const name = catalog.find((ex) => ex.id === stoppedId)!.name;
    const summary = page.getByRole('region', { name: /Not offered/ });
    await expect.poll(() => summary.textContent()).toContain(`${name}Stopped for discomfort on 2 March`);
    expect(await page.locator(`.exercise-grid > li[data-id="${stoppedId}"]`).textContent()).toContain('Stopped for discomfort on 2 March');

    // only the left-out ones
    await page.getByLabel('Show').selectOption('excluded');
    await expect.poll(() => cardIds(page)).toEqual([stoppedId]);
    expect(await axe(page)).toEqual([]);
    await shot(page, 'settings-exercises-excluded', { colorScheme: 'light' });

    await summary.getByRole('button', { name: `Bring back ${name}` }).click();
    await expectStatus(page, `Saved: ${name} is offered again`);
    const view = await settingsView(page);
    expect(view.settings.excludedExercises).toEqual([]);
    expect(view.exclusions).toEqual([]);
    await expect.poll(() => summary.textContent()).toContain('You haven’t left any exercise out');
    await expect.poll(() => cards(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Clear filters' }).isVisible()).toBe(true);
    await h.closePage(page);
  });
});

describe('keyboard only', () => {
  it('filters, leaves an exercise out and brings it back without a mouse, with a visible focus ring', async () => {
    const page = await openSettings(h, { group: 'exercises' });
    await expect.poll(() => cards(page).count()).toBe(catalog.length);
    await page.locator('#exercises-title').focus();
    let f = await tabTo(page, (x) => x.id === 'filter-position');
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('ArrowDown'); // Any position → Seated
    await expect.poll(() => page.locator('#filter-position').inputValue()).toBe('seated');
    const seated = catalog.filter((ex) => ex.position === 'seated');
    await expect.poll(() => cards(page).count()).toBe(seated.length);
    // the first card's switch
    f = await tabTo(page, (x) => x.type === 'checkbox');
    expect(f.id).toBe(`ex-${seated[0]!.id}-offer`);
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await settingsView(page)).settings.excludedExercises).toEqual([seated[0]!.id]);
    // "How to do it" opens with Enter
    f = await tabTo(page, (x) => x.tag === 'summary');
    await page.keyboard.press('Enter');
    expect(await cards(page).first().locator('details').getAttribute('open')).not.toBeNull();
    // back up to "Bring back" in the summary above
    f = await tabTo(page, (x) => x.tag === 'button' && x.text.startsWith('Bring back'), { shift: true });
    expect(await focusRingVisible(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await settingsView(page)).settings.excludedExercises).toEqual([]);
    await h.closePage(page);
  });
});

describe('the routine preview', () => {
  it('shows the names, times and total of what the composer would build now; Shuffle asks again; a change of settings too', async () => {
    const page = await openSettings(h, { group: 'routine', config: { seed: 3 } });
    const list = page.getByTestId('preview-list');
    await list.waitFor();
    const calls = async () => (await bridgeCalls(page, 'previewRoutine')).length;
    const n0 = await calls();
    const names = await list.locator('.preview-name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    for (const nm of names) expect(catalog.map((ex) => ex.name)).toContain(nm);
    expect(await page.locator('.preview-total').textContent()).toMatch(new RegExp(`^${names.length} exercises · about \\d+(½)? min in all$`));
    await page.getByRole('button', { name: /Shuffle/ }).click();
    await expect.poll(calls).toBe(n0 + 1);
    // a longer routine is composed again at once
    const len = page.getByLabel('Routine length', { exact: true });
    await len.fill('6');
    await len.press('Tab');
    await expect.poll(calls).toBe(n0 + 2);
    await expect.poll(() => page.locator('.preview-total').textContent()).toMatch(/about [56](½)? min in all/);
    await h.closePage(page);
  });

  it('says why when no routine can be made', async () => {
    const page = await openSettings(h, { group: 'routine', config: { settings: { positions: ['standing'] } } });
    const standing = catalog.filter((ex) => ex.position === 'standing').map((ex) => ex.id);
    await page.evaluate(async (ids) => {
      for (const id of ids) await window.limber!.setExcluded({ id, excluded: true });
    }, standing);
    const problem = page.locator('.preview-problem');
    await expect.poll(() => problem.textContent()).toContain(`All ${standing.length} standing exercises are excluded`);
    expect(await problem.getAttribute('role')).toBe('alert');
    await h.closePage(page);
  });
});

describe('look', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing serious (${scheme}); screenshots`, async () => {
      const page = await openSettings(h, {
        group: 'exercises',
        colorScheme: scheme,
        viewport: { width: 1000, height: 860 },
        config: { settings: { excludedExercises: ['chair-spinal-twist'] } },
      });
      await expect.poll(() => cards(page).count()).toBe(catalog.length);
      expect(await axe(page), scheme).toEqual([]);
      await shot(page, scheme === 'light' ? 'settings-exercises' : 'settings-exercises-dark');
      // with one card's steps open
      await cards(page).nth(2).getByText('How to do it').click();
      expect(await axe(page), scheme).toEqual([]);
      await showGroup(page, 'routine');
      await page.getByTestId('preview-list').waitFor();
      await page.locator('.preview').scrollIntoViewIfNeeded();
      expect(await axe(page), `${scheme} routine`).toEqual([]);
      await h.closePage(page);
    });
  }
});
