// The break window's accessibility, look and quietness: axe-core finds no serious or critical
// violations in the pre-break view, the player and the end view, light and dark; reduced motion
// gets still drawings; the page sets no timers while idle, paused or hidden; it fits 480×360.
// `npm run screenshots` saves the views to docs/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakView } from '../../src-main/core/bridge';
import { buildPlan } from '../../src-renderer/break/plan';
import { axe, host, pauseClock, settle, shot, startHarness, type Harness, type OpenOptions } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// a seeded, seated routine: the same pictures every run
const CONFIG = { seed: 7, settings: { positions: ['seated' as const], flexMinutes: 0 } };

async function dueBreak(o: OpenOptions = {}): Promise<{ page: Page; view: BreakView }> {
  const page = await h.open('break', { clock: true, config: CONFIG, ...o });
  await host(page).advanceMinutes(46);
  await settle(page);
  await page.locator('main.pre').waitFor();
  return { page, view: (await page.evaluate(() => window.limber!.getBreak()))! };
}

/** Starts the routine and goes to the middle of the first long hold. */
async function midHold(page: Page, view: BreakView): Promise<void> {
  await pauseClock(page); // from here the player's time moves only by runFor
  await page.getByRole('button', { name: /^Start/ }).click();
  await settle(page);
  const i = Math.max(
    0,
    view.routine.items.findIndex((e) => buildPlan(e).segments.some((s) => s.kind === 'hold' && s.end - s.start >= 10_000)),
  );
  for (let k = 0; k < i; k++) {
    await page.keyboard.press('ArrowRight');
    await settle(page);
  }
  const plan = buildPlan(view.routine.items[i]!);
  const hold = plan.segments.find((s) => s.kind === 'hold' && s.end - s.start >= 10_000) ?? plan.segments.find((s) => s.kind === 'hold');
  const at = hold ? hold.start + (hold.end - hold.start) * 0.45 : plan.total / 2;
  await page.clock.runFor(at);
  await settle(page);
}

async function expectNoViolations(page: Page, what: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(400); // let colour transitions finish (CSS time is real time)
    const v = await axe(page);
    expect(v, `${what} (${scheme}): ${JSON.stringify(v, null, 1)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('axe-core and screenshots', () => {
  it('pre-break view, player mid-hold and end view: no serious or critical violations, light and dark', async () => {
    const { page, view } = await dueBreak();
    await expectNoViolations(page, 'pre-break');
    await shot(page, 'break-pre-light', { colorScheme: 'light' });
    await shot(page, 'break-pre-dark', { colorScheme: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });

    await midHold(page, view);
    await expect(page.locator('.cue-hold').count()).resolves.toBe(1);
    await shot(page, 'break-player-hold-light', { colorScheme: 'light' });
    await shot(page, 'break-player-hold-dark', { colorScheme: 'dark' });
    await page.clock.resume(); // axe-core waits on timers
    await expectNoViolations(page, 'player');

    // let the routine run to its end (the time left it shows; the end view closes itself 25 s later)
    const [m, sec] = (await page.locator('.time-left').textContent())!.replace(' left', '').split(':').map(Number);
    await page.clock.runFor((m! * 60 + sec!) * 1000 + 500);
    await settle(page);
    await page.locator('main.end').waitFor();
    await expectNoViolations(page, 'end');
    await shot(page, 'break-end-light', { colorScheme: 'light' });
    await shot(page, 'break-end-dark', { colorScheme: 'dark' });
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });

  it('the stop view with the exclude offer has no violations either', async () => {
    const { page, view } = await dueBreak({ colorScheme: 'dark' });
    await midHold(page, view);
    await page.keyboard.press('h');
    await settle(page);
    await page.locator('main.end').waitFor();
    await page.clock.resume();
    await expectNoViolations(page, 'stop');
    await shot(page, 'break-stopped-dark', { colorScheme: 'dark' });
    await page.context().close();
  });

  it('the frameless window is dragged by its header, and the header’s buttons still click', async () => {
    const { page, view } = await dueBreak();
    const regions = () =>
      page.evaluate(() => {
        const region = (el: Element | null) => (el ? getComputedStyle(el).getPropertyValue('-webkit-app-region').trim() || getComputedStyle(el).getPropertyValue('app-region').trim() : null);
        const head = document.querySelector('header');
        return { head: region(head), button: region(head?.querySelector('button') ?? null), body: region(document.body) };
      });
    expect((await regions()).head).toBe('drag');
    await midHold(page, view);
    expect(await regions()).toEqual({ head: 'drag', button: 'no-drag', body: 'none' });
    await page.context().close();
  });

  it('fits a 480×360 window: nothing cut off, every control visible', async () => {
    const { page, view } = await dueBreak({ viewport: { width: 480, height: 360 } });
    const overflow = (): Promise<boolean> =>
      page.evaluate(() => document.documentElement.scrollWidth > innerWidth || document.documentElement.scrollHeight > innerHeight);
    const controlsInside = (): Promise<string[]> =>
      page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((b) => {
            if (!b.checkVisibility()) return false; // a low window puts the step arrows away (↑/↓ still page)
            const r = b.getBoundingClientRect();
            return r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5;
          })
          .map((b) => b.textContent ?? ''),
      );
    expect(await overflow()).toBe(false);
    expect(await controlsInside()).toEqual([]);
    await shot(page, 'break-pre-small');
    await midHold(page, view);
    expect(await overflow()).toBe(false);
    expect(await controlsInside()).toEqual([]);
    await shot(page, 'break-player-small');
    await page.keyboard.press('d');
    await settle(page);
    await page.locator('main.end').waitFor();
    expect(await controlsInside()).toEqual([]);
    await page.context().close();
  });

  it('full screen: the routine stays centred and readable', async () => {
    const { page, view } = await dueBreak({ viewport: { width: 1920, height: 1080 } });
    await midHold(page, view);
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.step-text')!).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(24);
    await shot(page, 'break-player-fullscreen');
    await page.context().close();
  });
});

describe('motion and timers', () => {
  it('reduced motion: the player shows start → end side by side, still; without it, the one figure that moves', async () => {
    const { page, view } = await dueBreak({ reducedMotion: 'reduce' });
    await midHold(page, view);
    await expect(page.locator('.player-figure svg').count()).resolves.toBe(1);
    await expect(page.locator('.player-figure svg').getAttribute('viewBox')).resolves.toBe('0 0 200 100');
    await expect(page.evaluate(() => document.querySelector('.player-figure')!.getAnimations({ subtree: true }).length)).resolves.toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    // the media-query change event comes with the next rendering update (real time)
    await expect
      .poll(async () => {
        await settle(page);
        return page.locator('.player-figure svg').getAttribute('viewBox');
      })
      .toBe('0 0 100 100');
    await page.context().close();
  });

  it('sets no timers before Start, while paused or while hidden; running, it wakes about once a second at most', async () => {
    // real time here (no fake clock): count every timer the page asks for
    const page = await h.open('break', {
      config: CONFIG,
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as { __timers: number };
          w.__timers = 0;
          const st = window.setTimeout.bind(window);
          const si = window.setInterval.bind(window);
          const raf = window.requestAnimationFrame.bind(window);
          window.setTimeout = ((fn: TimerHandler, ms?: number, ...a: unknown[]) => (w.__timers++, st(fn, ms, ...a))) as typeof setTimeout;
          window.setInterval = ((fn: TimerHandler, ms?: number, ...a: unknown[]) => (w.__timers++, si(fn, ms, ...a))) as typeof setInterval;
          window.requestAnimationFrame = (cb: FrameRequestCallback) => (w.__timers++, raf(cb));
        }),
    });
    const timers = (): Promise<number> => page.evaluate(() => (window as unknown as { __timers: number }).__timers);
    const quiet = async (ms: number): Promise<number> => {
      await page.waitForTimeout(400); // let the last render's effects run
      const a = await timers();
      await page.waitForTimeout(ms);
      return (await timers()) - a;
    };
    await host(page).advanceMinutes(46);
    await page.locator('main.pre').waitFor();
    expect(await quiet(2500)).toBe(0);

    await page.getByRole('button', { name: /^Start/ }).click();
    await page.locator('.player').waitFor();
    const a = await timers();
    await page.waitForTimeout(5000);
    const running = (await timers()) - a;
    expect(running).toBeGreaterThan(0);
    // each display change costs one timeout plus Preact's after-paint scheduling (a frame and a fallback timeout)
    expect(running).toBeLessThanOrEqual(5 * 4 + 4);

    await page.keyboard.press(' ');
    await page.getByRole('button', { name: /^Resume/ }).waitFor();
    expect(await quiet(2500)).toBe(0);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: /^Pause/ }).waitFor();

    // hidden: no timers, and the position catches up from elapsed time when shown again
    const hide = (hidden: boolean) =>
      page.evaluate((hd) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hd ? 'hidden' : 'visible') });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    const progress = (): Promise<number> => page.evaluate(() => Number(document.querySelector('.routine-progress .is-current')!.getAttribute('aria-valuenow')));
    await hide(true);
    const p0 = await progress();
    expect(await quiet(2500)).toBe(0);
    await hide(false);
    await page.waitForTimeout(300);
    expect(await progress()).toBeGreaterThan(p0);
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });
});
