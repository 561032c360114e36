// Sides in the player (issue 13 point 1): the step text names the side the chip shows. On the
// left side of the seated figure-4 the page reads "left ankle … left hip", never "right hip";
// before the work starts (no side in play) it reads the text that fits either side. The knee
// rolls' hug in the middle of each round (seed 003) has no side: its own step, its own countdown,
// and its own drawing (the knee hug), which reduced motion shows as start → hug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src-main/core/catalog';
import { illustrationSvg } from '../../src-main/core/illustrations';
import { buildPlan } from '../../src-renderer/break/plan';
import { flipped, pathMatrices } from './figure-paths';
import { host, settle, shot, startHarness, type Harness, type OpenOptions } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The break page with a 2-minute routine of one exercise (every other one of its position excluded), at its pre-break view. */
async function routineOf(only: string, settings: { positions: ['seated' | 'floor']; equipment?: ['mat'] }, o: OpenOptions = {}) {
  const excludedExercises = CATALOG.filter((e) => e.id !== only && e.position === settings.positions[0]).map((e) => e.id);
  const page = await h.open('break', { clock: true, config: { settings: { ...settings, excludedExercises, routineMinutes: 2, flexMinutes: 0 } }, ...o });
  await host(page).advanceMinutes(46);
  await settle(page);
  await page.locator('main.pre').waitFor();
  const view = (await page.evaluate(() => window.limber!.getBreak()))!;
  const ex = view.routine.items[0]!;
  expect(ex.id).toBe(only);
  return { page, ex };
}

describe('per-side step text', () => {
  it('the seated figure-4: right side says right, left side says left, the setup fits either', async () => {
    const { page, ex } = await routineOf('seated-figure-four', { positions: ['seated'] });
    await page.getByRole('button', { name: /^Start/ }).click();
    await settle(page);
    await page.locator('.player').waitFor();

    const plan = buildPlan(ex);
    const text = () => page.locator('.step-text.is-shown').textContent();
    const chip = () => page.locator('.side-chip').textContent();
    const seen: { side: string | null; text: string | null }[] = [];
    let at = 0;
    for (const seg of plan.segments) {
      const mid = (seg.start + seg.end) / 2;
      await page.clock.runFor(mid - at);
      at = mid;
      await settle(page);
      const side = seg.side && seg.kind !== 'step' ? await chip() : null;
      seen.push({ side, text: await text() });
    }
    const left = seen.filter((s) => s.side === 'Left side').map((s) => s.text).join(' ');
    const right = seen.filter((s) => s.side === 'Right side').map((s) => s.text).join(' ');
    const none = seen.filter((s) => s.side === null).map((s) => s.text).join(' ');
    expect(left).toMatch(/left/);
    expect(left).not.toMatch(/right hip/);
    expect(right).toMatch(/right hip/);
    expect(right).not.toMatch(/left hip/);
    expect(none).not.toMatch(/\b(left|right)\b/);
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });

  it('knee rolls: the hug in the middle counts down with its own step and no side chip, between right and left', async () => {
    const { page, ex } = await routineOf('knee-rolls', { positions: ['floor'], equipment: ['mat'] });
    // the routine's list before Start says the dose with its middle hold
    expect(await page.locator('.routine-meta').first().textContent()).toContain('4 × 5 s hold each side, alternating, with 5 s in the middle');
    await page.getByRole('button', { name: /^Start/ }).click();
    await settle(page);
    await page.locator('.player').waitFor();

    const plan = buildPlan(ex);
    const middle = ex.stepKinds.middle!;
    expect(ex.steps[middle]).toMatch(/back to the middle and hug your knees/);
    // the holds of the first round, in order, as the page shows them halfway through each
    const holds = plan.segments.filter((s) => s.kind === 'hold' && s.rep === 1);
    expect(holds.map((s) => s.side)).toEqual(['right', null, 'left']);
    const seen: { chip: string | null; text: string | null; big: string | null; step: string | null; figure: string | null; mirror: string; paths: number[][] }[] = [];
    let at = 0;
    for (const seg of holds) {
      const mid = seg.start + 2400; // 5-s holds: "3" left
      await page.clock.runFor(mid - at);
      at = mid;
      await settle(page);
      await page.locator('.cue.cue-hold').waitFor();
      seen.push({
        chip: (await page.locator('.side-chip').count()) ? await page.locator('.side-chip').textContent() : null,
        text: await page.locator('.step-text.is-shown').textContent(),
        big: await page.locator('.cue-big').textContent(),
        step: await page.locator('.step-count').textContent(),
        figure: await page.locator('.player-figure').getAttribute('data-side'),
        mirror: await page.locator('.player-figure g.mirror').evaluate((g) => getComputedStyle(g).transform),
        paths: await pathMatrices(page),
      });
      if (seg.middle) await shot(page, 'break-player-knee-hug');
    }
    const end = await pathMatrices(page, ex.svg.end);
    const hug = await pathMatrices(page, illustrationSvg(ex.id, { pose: 'middle' }));
    expect(hug).not.toEqual(end);
    expect(hug).not.toEqual(await pathMatrices(page, ex.svg.start.replace(/ data-j="\d+"/g, '')));
    const close = (a: number[][], b: number[][]): void => {
      expect(a).toHaveLength(b.length);
      a.forEach((m, i) => m.forEach((v, k) => expect(Math.abs(v - b[i]![k]!), `path ${i}[${k}]`).toBeLessThanOrEqual(0.02)));
    };
    expect(seen[0]).toMatchObject({ chip: 'Right side', big: '3', figure: 'right', mirror: 'none' });
    close(seen[0]!.paths, end);
    // the middle: its own step, its countdown, no side, and the knee hug drawn (its own mirror image)
    const { paths: hugPaths, mirror: _m, ...middleSeen } = seen[1]!;
    expect(middleSeen).toEqual({ chip: null, text: ex.steps[middle], big: '3', step: `Step ${middle + 1} of ${ex.steps.length}`, figure: null });
    close(hugPaths, hug);
    // the left side: the knees rolled the other way, the figure flipped about its spine (the
    // head stays on the left of the mat)
    expect(seen[2]).toMatchObject({ chip: 'Left side', big: '3', figure: 'left', mirror: 'matrix(1, 0, 0, -1, 0, 118)' });
    close(seen[2]!.paths, end.map((m) => flipped(m, [1, 0, 0, -1, 0, 118])));
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });

  it('knee rolls with reduced motion: start → end on the sides, start → hug in the middle, still', async () => {
    const { page, ex } = await routineOf('knee-rolls', { positions: ['floor'], equipment: ['mat'] }, { reducedMotion: 'reduce' });
    await page.getByRole('button', { name: /^Start/ }).click();
    await settle(page);
    await page.locator('.player').waitFor();
    expect(ex.svg.middlePair).toBeDefined();
    const plan = buildPlan(ex);
    const shown: { viewBox: string | null; paths: number[][]; running: number }[] = [];
    let at = 0;
    for (const seg of plan.segments.filter((s) => s.kind === 'hold' && s.rep === 1)) {
      const mid = seg.start + 2400;
      await page.clock.runFor(mid - at);
      at = mid;
      await settle(page);
      shown.push({
        viewBox: await page.locator('.player-figure svg').getAttribute('viewBox'),
        paths: await pathMatrices(page),
        running: await page.locator('.player-figure').evaluate((f) => f.getAnimations({ subtree: true }).length),
      });
    }
    expect(shown.map((s) => [s.viewBox, s.running])).toEqual([
      ['0 0 200 100', 0],
      ['0 0 200 100', 0],
      ['0 0 200 100', 0],
    ]);
    expect(shown[0]!.paths).toEqual(await pathMatrices(page, ex.svg.pair));
    expect(shown[1]!.paths).toEqual(await pathMatrices(page, ex.svg.middlePair));
    expect(shown[1]!.paths).not.toEqual(shown[0]!.paths);
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });
});
