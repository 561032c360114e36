// The player's figure in real Chromium: it follows the timeline as a flip-book — a pose a
// second during a movement, set in the same frame as the player's numbers, never an animation
// (a 60 fps movement cost 10–15× a once-a-second countdown page in software compositing) —
// holds the end pose still, freezes when paused, shows the left side mirrored, and shows
// start → end side by side, still, for reduced motion. The player's time is Playwright's fake
// clock, so the pose at each moment is exact.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakView, ExerciseView } from '../../src-main/core/bridge';
import { CATALOG } from '../../src-main/core/catalog';
import { buildPlan, type Segment } from '../../src-renderer/break/plan';
import { pathMatrices } from './figure-paths';
import { host, settle, shot, startAtExercise, startHarness, type Harness, type OpenOptions } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ID = 'seated-figure-four';
// only the seated figure-4 and one more seated exercise can be composed into the routine
const CONFIG = {
  seed: 3,
  settings: {
    flexMinutes: 0, // the break shows at due; waiting for a pause is break-prompt.test.ts's subject
    positions: ['seated' as const],
    excludedExercises: CATALOG.filter((e) => e.position === 'seated' && e.id !== ID && e.id !== 'seated-march').map((e) => e.id),
  },
};

async function atFigureFour(o: OpenOptions = {}): Promise<{ page: Page; ex: ExerciseView }> {
  const page = await h.open('break', { clock: true, config: CONFIG, ...o });
  await host(page).advanceMinutes(46);
  await settle(page);
  await page.locator('main.pre').waitFor();
  const view = (await page.evaluate(() => window.limber!.getBreak())) as BreakView;
  const i = view.routine.items.findIndex((e) => e.id === ID);
  expect(i, 'the routine has the seated figure-4').toBeGreaterThanOrEqual(0);
  await startAtExercise(page, i);
  await expect(page.locator('#ex-title').textContent()).resolves.toBe(view.routine.items[i]!.name);
  return { page, ex: view.routine.items[i]! };
}

/** Runs the player's clock to `frac` of the way through a segment (from where it is now, `at` ms into the exercise). */
async function goTo(page: Page, now: { t: number }, seg: Segment, frac = 0.3): Promise<void> {
  const target = seg.start + (seg.end - seg.start) * frac;
  await page.clock.runFor(Math.max(1, target - now.t));
  now.t = target;
  await settle(page);
  now.t += 50;
}

interface FigureState {
  running: number;
  paused: number;
  durations: number[];
  mirror: string;
  side: string | null;
  viewBox: string | null;
}
const figure = (page: Page): Promise<FigureState> =>
  page.evaluate(() => {
    const fig = document.querySelector('.player-figure')!;
    const anims = fig.getAnimations({ subtree: true });
    const live = anims.filter((a) => a.playState === 'running' || a.playState === 'paused');
    return {
      running: anims.filter((a) => a.playState === 'running').length,
      paused: anims.filter((a) => a.playState === 'paused').length,
      durations: [...new Set(live.map((a) => Number(a.effect!.getTiming().duration)))],
      mirror: getComputedStyle(fig.querySelector('g.mirror')!).transform,
      side: (fig as HTMLElement).dataset.side ?? null,
      viewBox: fig.querySelector('svg')!.getAttribute('viewBox'),
    };
  });

describe('the figure follows the timeline', () => {
  it('moves once per rep, a pose a second and no animation, holds the end pose still, freezes when paused, mirrors the left side', async () => {
    const { page, ex } = await atFigureFour();
    const plan = buildPlan(ex);
    const now = { t: 50 };
    const startPose = await pathMatrices(page, ex.svg.start.replace(/ data-j="\d+"/g, ''));
    const endPose = await pathMatrices(page, ex.svg.end);
    expect(startPose.length).toBeGreaterThan(10);
    expect(endPose).not.toEqual(startPose);

    // get-ready: the start pose, nothing moving
    let f = await figure(page);
    expect(f.running + f.paused).toBe(0);
    expect(f.mirror).toBe('none');
    expect(await pathMatrices(page)).toEqual(startPose);

    // the first rep (right side): its first second shows the start pose, the next ones a pose on
    // the way (a flip-book, one pose a second) — and no animation at any time
    const move = plan.segments.find((s) => s.kind === 'move' && s.side === 'right')!;
    expect(move.end - move.start).toBeGreaterThanOrEqual(2000);
    await goTo(page, now, move, 0.05);
    f = await figure(page);
    expect(f.running + f.paused).toBe(0);
    expect(f.side).toBe('right');
    expect(await pathMatrices(page)).toEqual(startPose);
    await page.clock.runFor(move.start + 1200 - now.t);
    now.t = move.start + 1200;
    await settle(page);
    now.t += 50;
    const onTheWay = await pathMatrices(page);
    expect(onTheWay).not.toEqual(startPose);
    expect(onTheWay).not.toEqual(endPose);
    expect((await figure(page)).running).toBe(0);
    expect(await page.locator('.player-figure animate').count()).toBe(0); // no SMIL

    // paused: frozen where it was, however long the pause
    await page.keyboard.press(' ');
    await settle(page);
    await page.clock.runFor(3000);
    expect(await pathMatrices(page)).toEqual(onTheWay);
    await page.keyboard.press(' ');
    await settle(page);
    now.t += 100;

    // the hold: nothing runs, the joints sit at the end pose
    const hold = plan.segments.find((s) => s.kind === 'hold' && s.side === 'right')!;
    await goTo(page, now, hold, 0.3);
    f = await figure(page);
    expect(f.running + f.paused).toBe(0);
    const held = await pathMatrices(page);
    expect(held).toEqual(endPose);

    // the left side: the drawing is mirrored
    const leftHold = plan.segments.find((s) => s.kind === 'hold' && s.side === 'left')!;
    await goTo(page, now, leftHold, 0.3);
    f = await figure(page);
    expect(f.side).toBe('left');
    expect(f.mirror).toBe('matrix(-1, 0, 0, 1, 100, 0)');
    expect(f.running + f.paused).toBe(0);
    const mirrored = await pathMatrices(page);
    const right = endPose;
    // the mirror image of the right side's end pose: x → 100 − x
    expect(mirrored).toHaveLength(right.length);
    mirrored.forEach((m, i) => {
      const r = right[i]!;
      expect([m[0], m[1], m[2], m[3], m[5]]).toEqual([-r[0]!, r[1], -r[2]!, r[3], r[5]].map((v) => Math.round(v! * 100) / 100 || 0));
    });
    await shot(page, 'break-player-left-side-hold');
    await page.context().close();
  });

  it('hidden: the pose does not change; reduced motion: start → end side by side, mirrored for the left side, nothing moves', async () => {
    const { page, ex } = await atFigureFour();
    const plan = buildPlan(ex);
    const now = { t: 50 };
    await goTo(page, now, plan.segments.find((s) => s.kind === 'move')!, 0.05);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await settle(page);
    // hidden: the player draws nothing, so the figure keeps the pose it had
    const before = await pathMatrices(page);
    await page.clock.runFor(2500);
    expect(await pathMatrices(page)).toEqual(before);
    expect(await pathMatrices(page)).toEqual(await pathMatrices(page, ex.svg.start.replace(/ data-j="\d+"/g, '')));
    expect((await figure(page)).running).toBe(0);
    await page.context().close();

    const still = await atFigureFour({ reducedMotion: 'reduce' });
    const p2 = buildPlan(still.ex);
    const n2 = { t: 50 };
    await goTo(still.page, n2, p2.segments.find((s) => s.kind === 'move' && s.side === 'right')!, 0.2);
    let s = await figure(still.page);
    expect(s.viewBox).toBe('0 0 200 100');
    expect(s.running + s.paused).toBe(0);
    expect(s.mirror).toBe('none');
    await goTo(still.page, n2, p2.segments.find((x) => x.kind === 'hold' && x.side === 'left')!, 0.2);
    s = await figure(still.page);
    expect(s.mirror).toBe('matrix(-1, 0, 0, 1, 100, 0)');
    await shot(still.page, 'break-player-reduced-motion-left');
    await still.page.context().close();
  });
});
