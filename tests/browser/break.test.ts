// The break window in real Chromium, on the real core through the test host: a due break shows
// the routine; Start runs every exercise to `completed`; Snooze, Skip, "Done for now" and
// "Stop — this hurts" each end up as the right outcome in the core's log; all by keyboard too.
// The player's own time is Playwright's fake clock (page.clock), the app's is the host's.
import type { Page } from 'playwright-core';
import english from 'virtual:limber-messages/en/break';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakView } from '../../src-main/core/bridge';
import type { LimberEvent } from '../../src-main/core/events';
import { buildPlan } from '../../src-renderer/break/plan';
import { endWords } from '../../src-renderer/break/end-words';
import { initI18n } from '../../src-renderer/shared/i18n';
import { host, pauseClock, settle, startHarness, type Harness, type OpenOptions } from './harness';

initI18n(english, {}); // endWords below speaks the page's English

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const SIT = 45;

/**
 * Opens the break page on a fake clock and lets a break come due (user active all along). These
 * tests are about the break window, so the break shows at due (flexMinutes 0); waiting for a pause
 * in typing, with its prompt, is tested in break-prompt.test.ts.
 */
async function dueBreak(o: OpenOptions = {}): Promise<{ page: Page; view: BreakView }> {
  const page = await h.open('break', { clock: true, ...o, config: { ...o.config, settings: { flexMinutes: 0, ...o.config?.settings } } });
  await host(page).advanceMinutes(SIT + 1);
  await settle(page);
  await page.locator('main.pre').waitFor();
  const view = (await page.evaluate(() => window.limber!.getBreak()))!;
  expect(view).not.toBeNull();
  return { page, view };
}

const planMs = (view: BreakView): number[] => view.routine.items.map((e) => buildPlan(e).total);
const outcomes = (events: LimberEvent[]) => events.filter((e) => ['completed', 'partial', 'stopped', 'skipped', 'natural-break'].includes(e.event));

async function startRoutine(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Start/ }).click();
  await settle(page);
  await page.locator('.player').waitFor();
}

describe('pre-break view', () => {
  it('a due break shows the composed routine: names, still drawings, total time, Start / Snooze (2 left) / Skip', async () => {
    const { page, view } = await dueBreak();
    expect(view.trigger).toBe('due');
    expect(view.routine.items.length).toBeGreaterThan(0);
    const items = page.getByRole('list', { name: 'This routine' }).getByRole('listitem');
    await expect(items.count()).resolves.toBe(view.routine.items.length);
    for (const [i, ex] of view.routine.items.entries()) {
      await expect(items.nth(i).textContent()).resolves.toContain(ex.name);
      // the still key (end) pose, not a moving figure
      await expect(items.nth(i).locator('svg animate').count()).resolves.toBe(0);
      await expect(items.nth(i).locator('svg').count()).resolves.toBe(1);
      await expect(items.nth(i).locator('svg [data-j]').count()).resolves.toBe(0); // the end pose's markup
    }
    await expect(page.locator('.pre-head').textContent()).resolves.toMatch(/about \d/);
    await expect(page.getByRole('button', { name: /^Start/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /Snooze 5 min \(2 left\)/ }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /^Skip/ }).isVisible()).resolves.toBe(true);
    await h.closePage(page, { external: true });
  });

  it('shows why when no routine can be composed, with Skip and a button that opens Settings', async () => {
    const { CATALOG } = await import('../../src-main/core/catalog');
    const seated = CATALOG.filter((e) => e.position === 'seated').map((e) => e.id);
    const { page, view } = await dueBreak({ config: { settings: { positions: ['seated'], excludedExercises: seated } } });
    expect(view.problem).toBeTruthy();
    await expect(page.getByRole('alert').textContent()).resolves.toContain(view.problem!);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Settings');
    await expect(page.getByRole('button', { name: /^Start/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Open Settings' }).click();
    await settle(page);
    expect((await host(page).calls()).filter((c) => c.method === 'openWindow').map((c) => c.arg)).toEqual(['settings']);
    await page.getByRole('button', { name: /^Skip/ }).click();
    await settle(page);
    expect(outcomes(await host(page).events()).map((e) => e.event)).toEqual(['skipped']);
    await h.closePage(page, { external: true });
  });
});

describe('outcomes in the core log', () => {
  it('Start runs through every exercise (time running) to completed, then the end view with today’s progress', async () => {
    const { page, view } = await dueBreak();
    const ms = planMs(view);
    await startRoutine(page);
    for (const [i, ex] of view.routine.items.entries()) {
      await expect(page.locator('#ex-title').textContent()).resolves.toBe(ex.name);
      await expect(page.locator('.player-count').textContent()).resolves.toContain(`Exercise ${i + 1} of ${view.routine.items.length}`);
      await page.clock.runFor(ms[i]! - 1000);
      await expect(page.locator('#ex-title').textContent()).resolves.toBe(ex.name);
      await page.clock.runFor(1100);
      await settle(page);
    }
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    const events = await host(page).events();
    const done = outcomes(events);
    expect(done).toHaveLength(1);
    const completed = done[0]!;
    expect(completed.event).toBe('completed');
    if (completed.event !== 'completed') throw new Error('unreachable');
    expect(completed.exercises).toEqual(view.routine.items.map((e) => e.id));
    const total = ms.reduce((a, b) => a + b, 0) / 1000;
    expect(completed.secondsStretched).toBeGreaterThanOrEqual(Math.floor(total));
    expect(completed.secondsStretched).toBeLessThanOrEqual(Math.ceil(total) + 3);
    expect(events.map((e) => e.event)).toEqual(['warn', 'break', 'started', 'completed']);
    // the break's log line names the routine the page showed
    expect(events[1]).toMatchObject({ event: 'break', routine: view.routine.items.map((e) => e.id) });
    // today's progress refreshed from getStatus after the outcome
    await expect(page.locator('.today-line').textContent()).resolves.toMatch(/^1 of 6 breaks/);
    // the end view stays until Close, then the window hides
    expect(await host(page).breakWindow()).toMatchObject({ visible: true });
    await page.getByRole('button', { name: /^Close/ }).click();
    await settle(page);
    expect(await host(page).breakWindow()).toMatchObject({ visible: false, closed: 1 });
    await h.closePage(page, { external: true });
  });

  it('Next through every exercise (half of each) is partial with the fraction by time — never completed (SPEC §3.6)', async () => {
    const { page, view } = await dueBreak();
    await pauseClock(page);
    const ms = planMs(view);
    const total = ms.reduce((a, b) => a + b, 0);
    await startRoutine(page);
    const n = view.routine.items.length;
    for (let i = 0; i < n; i++) {
      await expect(page.locator('#ex-title').textContent()).resolves.toBe(view.routine.items[i]!.name);
      await page.clock.runFor(ms[i]! / 2);
      await page.getByRole('button', { name: i === n - 1 ? 'Finish' : 'Next', exact: true }).click();
      await settle(page);
    }
    await page.locator('main.end').waitFor();
    const [c] = outcomes(await host(page).events());
    if (c?.event !== 'partial') throw new Error(`expected partial, got ${c?.event}`);
    expect(c.fraction).toBeGreaterThanOrEqual(0.5);
    expect(c.fraction).toBeCloseTo(0.5, 1);
    expect(c.fraction).toBeLessThan(1);
    expect(c.exercises).toEqual(view.routine.items.map((e) => e.id));
    expect(Math.abs((c.secondsStretched ?? 0) - total / 2000)).toBeLessThanOrEqual(1);
    // half done counts toward the goal, and the words say so
    await expect(page.locator('#end-title').textContent()).resolves.toBe(endWords({ kind: 'partial', report: { fraction: c.fraction, secondsStretched: c.secondsStretched ?? 0 } }).title);
    await expect(page.locator('main.end').textContent()).resolves.toContain('counts toward today’s goal');
    await expect(page.locator('.today-line').textContent()).resolves.toMatch(/^1 of 6 breaks/);
    await h.closePage(page, { external: true });
  });

  it('pressing Next straight through the routine is partial with a small fraction, and does not count', async () => {
    const { page, view } = await dueBreak();
    await pauseClock(page);
    await startRoutine(page);
    for (let i = 0; i < view.routine.items.length; i++) {
      await page.keyboard.press('ArrowRight');
      await settle(page, 300);
    }
    await page.locator('main.end').waitFor();
    const [c] = outcomes(await host(page).events());
    if (c?.event !== 'partial') throw new Error(`expected partial, got ${c?.event}`);
    expect(c.fraction).toBeLessThan(0.1);
    expect(c.exercises).toEqual([]);
    await expect(page.locator('.end-icon-check').count()).resolves.toBe(0);
    await expect(page.locator('main.end').textContent()).resolves.not.toMatch(/every bit counts|Well done/);
    await expect(page.locator('.today-line').textContent()).resolves.toMatch(/^0 of 6 breaks/);
    await h.closePage(page, { external: true });
  });

  it('"Done for now" after 0 s: logged as partial 0, no check mark, no "every bit counts", not counted', async () => {
    const { page } = await dueBreak();
    await pauseClock(page);
    await startRoutine(page);
    await page.getByRole('button', { name: /Done for now/ }).click();
    await settle(page);
    await page.getByRole('heading', { name: 'No stretch this time' }).waitFor();
    const [p] = outcomes(await host(page).events());
    expect(p).toMatchObject({ event: 'partial', fraction: 0, exercises: [] });
    await expect(page.locator('.end-icon-check').count()).resolves.toBe(0);
    await expect(page.locator('.done-list').count()).resolves.toBe(0);
    await expect(page.locator('main.end').textContent()).resolves.not.toMatch(/every bit counts/i);
    await expect(page.locator('main.end').textContent()).resolves.toContain('does not count toward today’s goal');
    await expect(page.locator('.today-line').textContent()).resolves.toMatch(/^0 of 6 breaks/);
    await h.closePage(page, { external: true });
  });

  it('Snooze hides the break; it returns after snoozeMinutes, and after maxSnoozes Snooze is no longer offered', async () => {
    const { page } = await dueBreak();
    const t = host(page);
    await page.getByRole('button', { name: /Snooze 5 min \(2 left\)/ }).click();
    await settle(page);
    expect(await t.breakWindow()).toMatchObject({ visible: false });
    await expect(page.locator('main.idle').count()).resolves.toBe(1);
    await t.advanceMinutes(4.9);
    await settle(page);
    await expect(page.locator('main.idle').count()).resolves.toBe(1);
    await t.advanceMinutes(0.2);
    await settle(page);
    await page.getByRole('heading', { name: 'Ready for your stretch?' }).waitFor();
    await page.getByRole('button', { name: /Snooze 5 min \(1 left\)/ }).click();
    await settle(page);
    await t.advanceMinutes(5.1);
    await settle(page);
    await page.getByRole('heading', { name: 'Ready for your stretch?' }).waitFor();
    await expect(page.getByRole('button', { name: /Snooze/ }).count()).resolves.toBe(0);
    const events = await t.events();
    expect(events.map((e) => e.event)).toEqual(['warn', 'break', 'snoozed', 'break', 'snoozed', 'break']);
    const breaks = events.filter((e) => e.event === 'break');
    expect(breaks.map((b) => (b.event === 'break' ? [b.trigger, b.snoozesLeft] : null))).toEqual([
      ['due', 2],
      ['snooze', 1],
      ['snooze', 0],
    ]);
    // Esc never becomes Skip: without snoozes left it says so, and nothing is logged
    await page.clock.runFor(1100);
    await page.keyboard.press('Escape');
    await settle(page);
    await expect(page.getByRole('status').filter({ hasText: 'No snoozes left' }).count()).resolves.toBe(1);
    expect(outcomes(await t.events())).toEqual([]);
    expect(await t.breakWindow()).toMatchObject({ visible: true });
    await page.clock.runFor(600);
    await page.keyboard.press('s');
    await settle(page);
    expect(outcomes(await t.events()).map((e) => e.event)).toEqual(['skipped']);
    await h.closePage(page, { external: true });
  });

  it('Skip logs skipped and hides the window', async () => {
    const { page } = await dueBreak();
    await page.getByRole('button', { name: /^Skip/ }).click();
    await settle(page);
    expect(outcomes(await host(page).events()).map((e) => e.event)).toEqual(['skipped']);
    expect(await host(page).breakWindow()).toMatchObject({ visible: false });
    await h.closePage(page, { external: true });
  });

  it('"Done for now" part-way logs partial with the fraction done and the time stretched', async () => {
    const { page, view } = await dueBreak();
    const ms = planMs(view);
    const total = ms.reduce((a, b) => a + b, 0);
    await startRoutine(page);
    await page.clock.runFor(ms[0]! + 2000);
    await settle(page);
    await page.getByRole('button', { name: /Done for now/ }).click();
    await settle(page);
    await page.locator('main.end').waitFor();
    const [p] = outcomes(await host(page).events());
    if (p?.event !== 'partial') throw new Error(`expected partial, got ${p?.event}`);
    expect(p.fraction).toBeCloseTo((ms[0]! + 2050) / total, 1);
    expect(p.fraction).toBeGreaterThan(0);
    expect(p.fraction).toBeLessThan(1);
    expect(p.exercises).toEqual([view.routine.items[0]!.id]);
    // the words match what was done: the share, and whether it counts toward the goal
    const words = endWords({ kind: 'partial', report: { fraction: p.fraction, secondsStretched: p.secondsStretched ?? 0 } });
    await expect(page.locator('#end-title').textContent()).resolves.toBe(words.title);
    await expect(page.locator('main.end').textContent()).resolves.toContain(`${Math.round(p.fraction * 100)} %`);
    await expect(page.locator('.today-line').textContent()).resolves.toMatch(words.counts ? /^1 of 6/ : /^0 of 6/);
    expect(p.secondsStretched).toBe(Math.round((ms[0]! + 2100) / 1000));
    await h.closePage(page, { external: true });
  });

  it('"Stop — this hurts" logs stopped with the exercise, then offers never to show it again', async () => {
    const { page, view } = await dueBreak();
    const ms = planMs(view);
    await startRoutine(page);
    await page.clock.runFor(ms[0]! + 1000); // into the second exercise (or the end of a one-exercise routine)
    await settle(page);
    const current = view.routine.items[Math.min(1, view.routine.items.length - 1)]!;
    await page.getByRole('button', { name: /Stop — this hurts/ }).click();
    await settle(page);
    await page.getByRole('heading', { name: /Stopped/ }).waitFor();
    const [s] = outcomes(await host(page).events());
    expect(s).toMatchObject({ event: 'stopped', exercise: current.id });
    await page.getByRole('button', { name: /Never show this exercise again/ }).click();
    await settle(page);
    await page.getByText('won’t be suggested again').waitFor();
    const settings = await page.evaluate(() => window.limber!.getSettings());
    expect(settings.settings.excludedExercises).toContain(current.id);
    expect(settings.exclusions.find((x) => x.id === current.id)).toMatchObject({ reason: 'stopped' });
    await h.closePage(page, { external: true });
  });
});

describe('keyboard only', () => {
  it('Enter starts, Space pauses (time stops) and resumes, → goes on, D is "Done for now", Esc closes', async () => {
    const { page, view } = await dueBreak();
    await page.keyboard.press('Enter');
    await settle(page);
    await page.locator('.player').waitFor();
    // the Pause button has focus; Space still means pause, not "click the focused button" twice
    await page.clock.runFor(1000);
    await page.keyboard.press(' ');
    await settle(page);
    await expect(page.getByRole('button', { name: /^Resume/ }).isVisible()).resolves.toBe(true);
    const before = await page.locator('.step-text.is-shown').textContent();
    await page.clock.runFor(60_000);
    await expect(page.locator('.step-text.is-shown').textContent()).resolves.toBe(before);
    await expect(page.locator('#ex-title').textContent()).resolves.toBe(view.routine.items[0]!.name);
    await page.keyboard.press(' ');
    await settle(page);
    await expect(page.getByRole('button', { name: /^Pause/ }).isVisible()).resolves.toBe(true);
    if (view.routine.items.length > 1) {
      await page.keyboard.press('ArrowRight');
      await settle(page);
      await expect(page.locator('#ex-title').textContent()).resolves.toBe(view.routine.items[1]!.name);
    }
    await page.clock.runFor(600); // a lone key press, not typing (keys.ts)
    await page.keyboard.press('d');
    await settle(page);
    await page.locator('main.end').waitFor();
    const [p] = outcomes(await host(page).events());
    expect(p?.event).toBe('partial');
    // paused time is not stretching time
    expect(p && 'secondsStretched' in p ? p.secondsStretched : -1).toBeLessThanOrEqual(2);
    await page.keyboard.press('Escape');
    await settle(page);
    expect(await host(page).breakWindow()).toMatchObject({ visible: false, closed: 1 });
    await h.closePage(page, { external: true });
  });

  it('Esc snoozes, S skips, H stops and N excludes — Tab reaches every control with a visible focus ring', async () => {
    const { page } = await dueBreak();
    const t = host(page);
    await page.keyboard.press('Escape');
    await settle(page);
    expect((await t.events()).map((e) => e.event)).toContain('snoozed');
    await t.advanceMinutes(5.1);
    await settle(page);
    await page.getByRole('heading', { name: 'Ready for your stretch?' }).waitFor();
    // Tab order in the pre-break view: Start, Snooze, Skip; the ring is drawn
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Start/);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Snooze/);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Skip/);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter'); // Enter on the focused Start button
    await settle(page);
    await page.locator('.player').waitFor();
    await page.clock.runFor(1100); // a lone key press, a second after the window got focus (keys.ts)
    await page.keyboard.press('h');
    await settle(page);
    await page.getByRole('heading', { name: /Stopped/ }).waitFor();
    await page.clock.runFor(600);
    await page.keyboard.press('n');
    await settle(page);
    await page.getByText('won’t be suggested again').waitFor();
    const ev = outcomes(await t.events());
    expect(ev.map((e) => e.event)).toEqual(['stopped']);
    const id = ev[0]!.event === 'stopped' ? ev[0]!.exercise : '';
    const s = await page.evaluate(() => window.limber!.getSettings());
    expect(s.settings.excludedExercises).toEqual([id]);
    await h.closePage(page, { external: true });
  });

  it('S skips from the keyboard (a lone key press in a window that has had focus for a second)', async () => {
    const { page } = await dueBreak();
    await page.clock.runFor(1100);
    await page.keyboard.press('s');
    await settle(page);
    expect(outcomes(await host(page).events()).map((e) => e.event)).toEqual(['skipped']);
    await h.closePage(page, { external: true });
  });
});

describe('other ways a break comes and goes', () => {
  it('a break already showing when the window loads comes from getBreak() at startup, quickly', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await h.open('break', {
        config: { advanceMinutes: SIT + 1, settings: { flexMinutes: 0 } },
        waitFor: 'main.pre',
        // when the routine is first on screen, on the page's own clock (0 = navigation start)
        beforeLoad: (p) =>
          p.addInitScript(() => {
            new MutationObserver((_, obs) => {
              if (document.querySelector('main.pre .routine-item')) {
                (window as unknown as { __shown: number }).__shown = performance.now();
                obs.disconnect();
              }
            }).observe(document, { childList: true, subtree: true });
          }),
      });
      times.push(await page.evaluate(() => (window as unknown as { __shown: number }).__shown));
      await expect(page.getByRole('heading', { name: 'Time to stretch' }).isVisible()).resolves.toBe(true);
      await h.closePage(page, { external: true });
    }
    times.sort((a, b) => a - b);
    // navigation start → routine on screen (includes running the test host's core), median of 5
    console.log(`break window: navigation → routine visible, median ${Math.round(times[2]!)} ms (${times.map(Math.round).join(', ')})`);
    expect(times[2]).toBeLessThan(1000);
  });

  it('walking away while the pre-break view shows closes it as a natural break', async () => {
    const { page } = await dueBreak();
    const t = host(page);
    await t.setIdle(0);
    await t.advanceMinutes(5.5);
    await settle(page);
    await page.locator('main.idle').waitFor({ state: 'attached' });
    const out = outcomes(await t.events());
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ event: 'natural-break', cause: 'idle' });
    expect(await t.breakWindow()).toMatchObject({ visible: false });
    await h.closePage(page, { external: true });
  });

  it('"Start a stretch now" from the tray shows the routine without Snooze', async () => {
    const page = await h.open('break', { clock: true });
    await host(page).advanceMinutes(10);
    await host(page).stretchNow();
    await settle(page);
    await page.getByRole('heading', { name: 'Your stretch' }).waitFor();
    await expect(page.getByRole('button', { name: /Snooze/ }).count()).resolves.toBe(0);
    await page.keyboard.press('Enter');
    await settle(page);
    await page.locator('.player').waitFor();
    await h.closePage(page, { external: true });
  });

  it('a soft chime (WebAudio, no files) when a break appears and when the routine is done — only with sound on; one audio context, asleep between sounds', async () => {
    const countAudio = (p: Page) =>
      p.addInitScript(() => {
        const w = window as unknown as { __audio: { made: number; closed: number; suspended: number; contexts: AudioContext[] }; AudioContext: typeof AudioContext };
        w.__audio = { made: 0, closed: 0, suspended: 0, contexts: [] };
        const Real = w.AudioContext;
        w.AudioContext = class extends Real {
          constructor(o?: AudioContextOptions) {
            super(o);
            w.__audio.made++;
            w.__audio.contexts.push(this);
          }
          override close(): Promise<void> {
            w.__audio.closed++;
            return super.close();
          }
          override suspend(): Promise<void> {
            w.__audio.suspended++;
            return super.suspend();
          }
        };
      });
    const audio = (p: Page) =>
      p.evaluate(() => {
        const a = (window as unknown as { __audio: { made: number; closed: number; suspended: number; contexts: AudioContext[] } }).__audio;
        return { made: a.made, closed: a.closed, suspended: a.suspended, states: a.contexts.map((c) => c.state) };
      });

    // the routine's cue sounds are switched off here: they have their own test (break-guidance)
    const noCues = { cueHoldEnd: false, cueSideSwitch: false, cueNextExercise: false };
    const { page, view } = await dueBreak({ beforeLoad: countAudio, config: { settings: noCues } });
    expect(view.sound).toBe(true);
    expect((await audio(page)).made).toBe(1);
    // once the chime has rung, the context sleeps: no audio rendered while nothing sounds
    await expect.poll(async () => (await audio(page)).states, { timeout: 10_000 }).toEqual(['suspended']);
    await startRoutine(page);
    await page.clock.runFor(planMs(view).reduce((a, b) => a + b, 0) + 500);
    await settle(page);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    // the end chime wakes the same context (no new output stream), which sleeps again after it
    await expect.poll(async () => (await audio(page)).suspended, { timeout: 10_000 }).toBe(2);
    expect(await audio(page)).toEqual({ made: 1, closed: 0, suspended: 2, states: ['suspended'] });
    await h.closePage(page, { external: true });

    const quiet = await dueBreak({ beforeLoad: countAudio, config: { settings: { sound: false, ...noCues } } });
    expect((await audio(quiet.page)).made).toBe(0);
    await h.closePage(quiet.page, { external: true });
  });
});
