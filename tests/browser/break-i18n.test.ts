// The break window in other languages (issue 15), in Chromium through the test host:
// - in the pseudo-locale en-XA every view — the quiet prompt, the pre-break view, the player in
//   each kind of moment (get-ready, a movement, a hold, a side switch, a rest, paused, the safety
//   panel, a key note), the end views (done for now, stopped with the exclusion offer, complete)
//   and the idle page — has no plain English left in its visible text or its aria-labels / titles
//   (text-check.ts). The exercise text (names, steps, cautions, breathing, safety notes) is data,
//   translated with the catalog, so it is allowed here as it comes in the view;
// - right to left (<html dir="rtl">, as the Arabic locale sets it): the layout mirrors (the
//   controls' far end, the caution's bar, the Skip arrow), but the exercise figure does not — the
//   left side's drawing is the mirror image by design, and the page's direction must not flip it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakView, ExerciseView, SafetyNote } from '../../src-main/core/bridge';
import { CATALOG } from '../../src-main/core/catalog';
import { stepKindsOf } from '../../src-main/core/catalog/step-kinds';
import { buildPlan, type Segment } from '../../src-renderer/break/plan';
import { host, pauseClock, ROOT, settle, startAtExercise, startHarness, type Harness, type OpenOptions, type TestHostConfig } from './harness';
import { currentBarFill } from './bar-fill';
import { cutOff, PSEUDO_ALLOWED, untranslated, type TextProblem } from './text-check';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * The page's language: in the page address (`break.html?locale=`, read by the page's main.tsx, as
 * the other pages do), and as the app's language setting in the test host (`locale`: what the
 * bridge's getLocale answers and the language the exercise texts come in, once the app tells
 * pages their language).
 */
const inLocale = (tag: string): TestHostConfig => ({ locale: tag }) as TestHostConfig;

async function open(o: OpenOptions & { locale: string }): Promise<Page> {
  return h.open('break', { clock: true, ...o, config: { ...inLocale(o.locale), ...o.config, settings: { flexMinutes: 0, ...o.config?.settings } } });
}

async function dueBreak(o: OpenOptions & { locale: string }): Promise<{ page: Page; view: BreakView }> {
  const page = await open(o);
  await host(page).advanceMinutes(46);
  await settle(page);
  await page.locator('main.pre').waitFor();
  const view = (await page.evaluate(() => window.limber!.getBreak()))!;
  expect(view).not.toBeNull();
  return { page, view };
}

/**
 * The exercise text of a routine, as the page may show it: data translated with the catalog, so
 * allowed in the check (the longest first, so a sentence goes before the words it contains). A
 * title is drawn word by word (its hyphenated words kept whole), so a name's words are allowed too.
 */
function dataWords(items: readonly ExerciseView[], notes: readonly SafetyNote[] = []): string[] {
  const texts = new Set<string>();
  for (const ex of items) {
    for (const s of [ex.name, ...ex.name.split(/\s+/), ...ex.steps, ...ex.cautions, ex.breathing, ...(ex.stepsBySide?.right ?? []), ...(ex.stepsBySide?.left ?? [])]) {
      if (s.trim()) texts.add(s.trim());
    }
    if (ex.cautions.length) texts.add(ex.cautions.join(' '));
  }
  for (const n of notes) texts.add(n.heading).add(n.text);
  return [...texts].sort((a, b) => b.length - a.length);
}

async function english(page: Page, items: readonly ExerciseView[], notes: readonly SafetyNote[] = []): Promise<TextProblem[]> {
  return untranslated(page, [...dataWords(items, notes), ...PSEUDO_ALLOWED]);
}

/**
 * Plays a started routine on the paused clock to the first moment of each kind (`kindOf`) and
 * runs `check` there; returns the kinds seen.
 */
async function atEachKind(
  page: Page,
  items: readonly ExerciseView[],
  kindOf: (ex: ExerciseView, plan: ReturnType<typeof buildPlan>, seg: Segment) => string,
  check: (kind: string, ex: ExerciseView) => Promise<void>,
): Promise<Set<string>> {
  const seen = new Set<string>();
  let now = 0;
  let before = 0;
  for (const ex of items) {
    const plan = buildPlan(ex);
    for (const seg of plan.segments) {
      const kind = kindOf(ex, plan, seg);
      if (seen.has(kind)) continue;
      seen.add(kind);
      const at = before + seg.start + Math.min(400, (seg.end - seg.start) / 2);
      await page.clock.runFor(Math.max(1, at - now));
      now = at;
      await settle(page);
      now += 50;
      await check(kind, ex);
    }
    before += plan.total;
  }
  return seen;
}

describe('the break window in the pseudo-locale (en-XA): no English left', () => {
  it('is in the pseudo-locale at all (a page that ignored the locale would pass the rest trivially)', async () => {
    const page = await open({ locale: 'en-XA', waitFor: 'main.idle' });
    await settle(page);
    // the locale reaches the page through the bridge (getLocale; the test host's `locale` option)
    expect(await page.evaluate(() => document.documentElement.lang), 'the page did not get the test host’s locale').toBe('en-XA');
    await expect(page.evaluate(() => document.title)).resolves.toMatch(/^\[.*Ļíɱƀéŕ/);
    expect(await english(page, [])).toEqual([]);
    await h.closePage(page);
  });

  it('the quiet prompt', async () => {
    const page = await open({ locale: 'en-XA', viewport: { width: 420, height: 96 }, config: { settings: { flexMinutes: 3 } } });
    await host(page).advanceMinutes(45); // due while the user types: the prompt
    await settle(page);
    await page.locator('main.prompt').waitFor();
    expect(await english(page, [])).toEqual([]);
    expect(await cutOff(page), 'the prompt at its window size').toEqual([]);
    await h.closePage(page);
  });

  it('the pre-break view, and its key note', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA' });
    expect(await english(page, view.routine.items)).toEqual([]);
    await page.keyboard.press('s'); // S before the window settled: ignored, with a note
    await settle(page);
    await expect(page.locator('.key-note').textContent()).resolves.toMatch(/^\[S /);
    expect(await english(page, view.routine.items)).toEqual([]);
    await h.closePage(page);
  });

  it('the player in every kind of moment, paused, with the safety panel and a key note', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA' });
    const items = view.routine.items;
    const notes = await page.evaluate(() => window.limber!.getSafetyNotes());
    await pauseClock(page);
    await page.getByRole('button', { name: /^\[Šţáŕţ/ }).click();
    await settle(page);
    await page.locator('.player').waitFor();
    // the first segment of each kind in the routine (and a counted and a held movement), in order
    const seen = await atEachKind(
      page,
      items,
      (_ex, plan, seg) => `${seg.kind}${seg.kind === 'move' ? (plan.counted ? '-counted' : '-ease') : ''}`,
      async (kind, ex) => expect(await english(page, items), `${ex.id}: ${kind}`).toEqual([]),
    );
    expect(seen.has('step')).toBe(true);
    expect(seen.has('hold')).toBe(true);
    // paused
    await page.keyboard.press(' ');
    await settle(page);
    await page.locator('.paused-note').waitFor();
    expect(await english(page, items)).toEqual([]);
    // a guarded key that came too soon: its note
    await page.keyboard.press('d');
    await settle(page);
    await expect(page.locator('.player .key-note').textContent()).resolves.toMatch(/^\[D /);
    expect(await english(page, items)).toEqual([]);
    // the safety panel: this exercise's cautions and the safety notes (data), the rest messages
    await page.locator('.safety-link').click();
    await settle(page);
    await page.locator('dialog.safety-panel').waitFor();
    expect(await english(page, items, notes)).toEqual([]);
    await h.closePage(page);
  });

  it('the end view after “Done for now”, and the one after “Stop — this hurts” with the exclusion offer', async () => {
    for (const how of ['done', 'hurts'] as const) {
      const { page, view } = await dueBreak({ locale: 'en-XA' });
      await pauseClock(page);
      await page.getByRole('button', { name: /^\[Šţáŕţ/ }).click();
      await settle(page);
      await page.clock.runFor(buildPlan(view.routine.items[0]!).total / 2);
      await settle(page);
      await page.locator(how === 'done' ? '.controls .btn-quiet:not(.safety-link)' : '.hurts').first().click();
      await settle(page);
      await page.locator('main.end').waitFor();
      await settle(page, 200);
      expect(await english(page, view.routine.items), how).toEqual([]);
      if (how === 'hurts') {
        await page.locator('.exclude .btn').click();
        await settle(page, 200);
        await page.locator('.exclude [role="status"]').waitFor();
        expect(await english(page, view.routine.items)).toEqual([]);
      }
      await h.closePage(page);
    }
  });

  it('the end view after the whole routine, with when the next break comes', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA' });
    await pauseClock(page);
    await page.getByRole('button', { name: /^\[Šţáŕţ/ }).click();
    await settle(page);
    const total = view.routine.items.reduce((n, ex) => n + buildPlan(ex).total, 0);
    await page.clock.runFor(total + 500);
    await settle(page, 200);
    await page.locator('main.end-complete').waitFor();
    await page.locator('.next-break').waitFor();
    expect(await english(page, view.routine.items)).toEqual([]);
    await h.closePage(page);
  });
});

describe('the break window in the pseudo-locale (en-XA): what went wrong is said in the page’s words', () => {
  /** The rejection Electron gives a page for a failed call: its own English frame around main's error. */
  const REJECTION = "Error invoking remote method 'limber:breakAction': Error: limber: breakAction refused: test";

  /** The bridge with breakAction failing (as ipcRenderer.invoke rejects) while `__failBridge` is set. */
  const failingBridge = (page: Page) =>
    page.addInitScript((message) => {
      const real = window.limber!;
      const w = window as unknown as { __failBridge?: boolean };
      window.limber = { ...real, breakAction: (a) => (w.__failBridge ? Promise.reject(new Error(message)) : real.breakAction(a)) };
    }, REJECTION);

  const shownError = async (page: Page, selector: string): Promise<string> => {
    await page.locator(selector).waitFor();
    return (await page.locator(selector).textContent()) ?? '';
  };

  it('the pre-break view: the app’s refusals of Snooze, Skip and Start (the routine already started elsewhere)', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA' });
    // the core starts the routine under the page (another call got there first): the page still
    // offers Snooze, Skip and Start, and the app refuses each with a reason of its own
    await expect(page.evaluate(() => window.limber!.breakAction({ type: 'start' }))).resolves.toEqual({ ok: true });
    await settle(page);
    await page.locator('main.pre').waitFor();
    const refusals: string[] = [];
    for (const click of ['.actions .btn:not(.btn-primary):not(.btn-quiet)', '.actions .btn-quiet', '.actions .btn-primary']) {
      await page.locator(click).first().click();
      await settle(page, 100);
      refusals.push(await shownError(page, 'main.pre .inline-error'));
      expect(await english(page, view.routine.items), click).toEqual([]);
    }
    // each is its own sentence, in the pseudo-locale
    for (const r of refusals) expect(r).toMatch(/^\[.*\]$/);
    expect(new Set(refusals).size).toBe(3);
    await h.closePage(page);
  });

  it('the pre-break view and the quiet prompt: a call that failed on the way (Electron’s English “Error invoking remote method…”)', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA', beforeLoad: failingBridge });
    await page.evaluate(() => void ((window as unknown as { __failBridge?: boolean }).__failBridge = true));
    await page.locator('.actions .btn-quiet').click(); // Skip
    await settle(page, 100);
    expect(await shownError(page, 'main.pre .inline-error')).not.toMatch(/remote method/);
    expect(await english(page, view.routine.items)).toEqual([]);
    await h.closePage(page);

    const prompt = await open({ locale: 'en-XA', viewport: { width: 420, height: 400 }, config: { settings: { flexMinutes: 3 } }, beforeLoad: failingBridge });
    await host(prompt).advanceMinutes(45);
    await settle(prompt);
    await prompt.evaluate(() => void ((window as unknown as { __failBridge?: boolean }).__failBridge = true));
    await prompt.locator('.prompt-card').click();
    await settle(prompt, 100);
    expect(await shownError(prompt, '.prompt-error')).not.toMatch(/remote method/);
    expect(await english(prompt, [])).toEqual([]);
    await h.closePage(prompt);
  });

  it('the end view: leaving the exercise out fails (the settings cannot be saved), and recording the break fails', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA', beforeLoad: failingBridge });
    await pauseClock(page);
    await page.locator('.actions .btn-primary').click();
    await settle(page);
    await page.clock.runFor(buildPlan(view.routine.items[0]!).total / 2);
    await settle(page);
    await page.evaluate(() => void ((window as unknown as { __failBridge?: boolean }).__failBridge = true));
    await page.locator('.hurts').click(); // its breakAction fails: the break is not recorded
    await settle(page, 200);
    await page.locator('main.end').waitFor();
    expect(await shownError(page, 'main.end > .inline-error')).not.toMatch(/remote method/);
    await host(page).failNextSettingsSave();
    await page.locator('.exclude .btn').click();
    await settle(page, 200);
    expect(await shownError(page, '.exclude .inline-error')).toMatch(/^\[/);
    // the live region's last announcement (that it did not work) is in the page's language too
    await expect(page.locator('[role="status"][aria-live="polite"]').textContent()).resolves.toMatch(/^\[/);
    expect(await english(page, view.routine.items)).toEqual([]);
    await h.closePage(page);
  });
});

describe('the break window in the pseudo-locale at its own size (760×620): nothing cut off or overlapping', () => {
  // the shell opens the break window at BREAK_SIZE (src-main/break-window.ts); the pseudo-locale's
  // texts are 40 % longer and end in "]", so a label that does not fit shows here
  const BREAK_SIZE = { width: 760, height: 620 };

  it('the pre-break view, the player in every kind of moment, the end view', async () => {
    const { page, view } = await dueBreak({ locale: 'en-XA', viewport: BREAK_SIZE });
    expect(await cutOff(page), 'pre-break').toEqual([]);
    await pauseClock(page);
    await page.getByRole('button', { name: /^\[Šţáŕţ/ }).click();
    await settle(page);
    const seen = new Set<string>();
    let now = 0;
    let before = 0;
    for (const ex of view.routine.items) {
      const plan = buildPlan(ex);
      for (const seg of plan.segments) {
        if (seen.has(seg.kind)) continue;
        seen.add(seg.kind);
        const at = before + seg.start + Math.min(400, (seg.end - seg.start) / 2);
        await page.clock.runFor(Math.max(1, at - now));
        now = at;
        await settle(page);
        now += 50;
        expect(await cutOff(page), `${ex.id}: ${seg.kind}`).toEqual([]);
      }
      before += plan.total;
    }
    await page.locator('.hurts').click();
    await settle(page, 200);
    await page.locator('main.end').waitFor();
    expect(await cutOff(page), 'end view (stopped)').toEqual([]);
    await h.closePage(page);
  });
});

describe('right to left (<html dir="rtl">)', () => {
  const ID = 'seated-figure-four';
  // a routine with the seated figure-4 first (one-sided, not symmetric: its left side is the mirror image)
  const CONFIG = {
    seed: 3,
    settings: {
      positions: ['seated' as const],
      excludedExercises: CATALOG.filter((e) => e.position === 'seated' && e.id !== ID && e.id !== 'seated-march').map((e) => e.id),
    },
  };
  const rtl = (page: Page, on: boolean) =>
    page.evaluate((r) => {
      document.documentElement.dir = r ? 'rtl' : 'ltr';
    }, on);

  /**
   * Each drawn path's handedness on screen: the sign of its screen matrix's determinant (a mirror
   * image flips it; the joints' movement — the figure keeps moving in real time — does not).
   */
  const orientation = (page: Page): Promise<number[]> =>
    page.evaluate(() =>
      [...document.querySelectorAll<SVGGraphicsElement>('.player-figure svg g[stroke="currentColor"] path')].map((p) => {
        const m = p.getScreenCTM()!;
        return Math.sign(m.a * m.d - m.b * m.c);
      }),
    );

  it('the layout mirrors — the controls’ far end, the caution bar, the Skip arrow — the figure does not', async () => {
    const { page, view } = await dueBreak({ locale: 'en', config: CONFIG });
    const i = view.routine.items.findIndex((e) => e.id === ID);
    expect(i, 'the routine has the seated figure-4').toBeGreaterThanOrEqual(0);
    const ex = view.routine.items[i]!;
    expect(ex.svg.motion.symmetric).toBe(false);

    // pre-break: the Skip arrow points the other way; the list's time column is on the left
    await rtl(page, true);
    await settle(page);
    const pre = await page.evaluate(() => {
      const item = document.querySelector('.routine-item')!;
      return {
        skip: getComputedStyle(document.querySelector('.actions .flip-rtl .icon')!).transform,
        timeLeftOfName: document.querySelector('.routine-time')!.getBoundingClientRect().right <= item.querySelector('.routine-text')!.getBoundingClientRect().left + 1,
      };
    });
    expect(pre.skip).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(pre.timeLeftOfName).toBe(true);
    await rtl(page, false);

    await startAtExercise(page, i);
    // get-ready: the caution, with its bar on the starting side
    const plan = buildPlan({ ...ex, stepKinds: stepKindsOf(ex) });
    await expect(page.locator('.player .caution').count()).resolves.toBe(ex.cautions.length ? 1 : 0);
    // to the left side's first movement
    const leftMove = plan.segments.find((s: Segment) => s.kind === 'move' && s.side === 'left')!;
    await page.clock.runFor(leftMove.start + 300);
    await settle(page);
    await expect(page.locator('.player-figure').getAttribute('data-side')).resolves.toBe('left');

    // the current bar fills from the start of the line (read from its pixels)
    const ltrFill = (await currentBarFill(page))!;
    expect(ltrFill.value).toBeGreaterThan(0.1);
    expect(ltrFill.from).toBeLessThan(0.05);
    expect(Math.abs(ltrFill.to - ltrFill.value)).toBeLessThan(0.06);
    const ltrFigure = await orientation(page);
    const ltrLayout = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { figure: r('.player-figure').left, info: r('.player-info').left, end: r('.controls-end').left, first: r('.controls .btn').left };
    });
    await rtl(page, true);
    await settle(page);
    const rtlFill = (await currentBarFill(page))!;
    expect(rtlFill.to).toBeGreaterThan(0.95);
    expect(Math.abs(1 - rtlFill.from - rtlFill.value)).toBeLessThan(0.06);
    const rtlFigure = await orientation(page);
    const rtlLayout = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const fig = document.querySelector('.player-figure')!;
      return {
        figure: r('.player-figure').left,
        info: r('.player-info').left,
        end: r('.controls-end').left,
        first: r('.controls .btn').left,
        figureDirection: getComputedStyle(fig).direction,
        figureTransform: getComputedStyle(fig).transform,
        svgTransform: getComputedStyle(fig.querySelector('svg')!).transform,
        doneArrow: getComputedStyle(document.querySelector('.controls .flip-rtl .icon')!).transform,
        nextIcon: getComputedStyle(document.querySelector('.controls .btn:nth-child(2) .icon')!).transform,
      };
    });
    // the layout mirrors: figure and text swap sides, the controls' far end moves to the left
    if (ltrLayout.figure !== ltrLayout.info) expect(Math.sign(rtlLayout.figure - rtlLayout.info)).toBe(-Math.sign(ltrLayout.figure - ltrLayout.info));
    expect(ltrLayout.end).toBeGreaterThan(ltrLayout.first);
    expect(rtlLayout.end).toBeLessThan(rtlLayout.first);
    expect(rtlLayout.doneArrow).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    expect(rtlLayout.nextIcon).toBe('none'); // a media symbol, not mirrored
    // the figure does not: the left side's drawing is the same mirror image in either direction
    expect(rtlLayout.figureDirection).toBe('ltr');
    expect(rtlLayout.figureTransform).toBe('none');
    expect(rtlLayout.svgTransform).toBe('none');
    expect(rtlFigure.length).toBeGreaterThan(0);
    expect(rtlFigure).toEqual(ltrFigure);
    await h.closePage(page);
  });

  // a page switches to a language once it has that language's messages (shared/i18n.ts setLocale)
  const HAVE_ARABIC = existsSync(join(ROOT, 'src-main/core/i18n/locales/ar'));
  it.skipIf(!HAVE_ARABIC)('the Arabic locale sets it: the page is right to left, the figure still left to right', async () => {
    const { page } = await dueBreak({ locale: 'ar', config: CONFIG });
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ar', 'rtl']);
    await pauseClock(page);
    await page.locator('.actions .btn-primary').click();
    await settle(page);
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.player-figure')!).direction)).resolves.toBe('ltr');
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('.controls')!).direction)).resolves.toBe('rtl');
    await h.closePage(page);
  });

  it('the caution bar and the inline error bar are on the reading start', async () => {
    const { page } = await dueBreak({ locale: 'en', config: CONFIG });
    await pauseClock(page);
    await page.getByRole('button', { name: /^Start/ }).click();
    await settle(page);
    const sides = async () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('.player .caution, .player .breathing')!);
        return { left: s.borderLeftWidth, right: s.borderRightWidth, caution: document.querySelector('.player .caution') !== null };
      });
    const ltr = await sides();
    await rtl(page, true);
    await settle(page);
    const r = await sides();
    if (ltr.caution) {
      expect(ltr).toMatchObject({ left: '4px', right: '0px' });
      expect(r).toMatchObject({ left: '0px', right: '4px' });
    }
    await h.closePage(page);
  });
});

describe('the break window at its minimum size (420×400): nothing cut off or overlapping', () => {
  // the user can make the window this small (minWidth / minHeight in src-main/break-window.ts);
  // longer texts wrap, the player's body and the routine list scroll (text-check.ts counts a text
  // that can be scrolled to as on screen), nothing ends in "…"
  const MIN_SIZE = { width: 420, height: 400 };
  // a routine that opens with an exercise with a caution (shown while getting ready) and has a
  // hold and a side switch
  const SEED = 1;

  const start = async (locale: string): Promise<{ page: Page; view: BreakView }> => {
    const { page, view } = await dueBreak({ locale, viewport: MIN_SIZE, config: { seed: SEED } as TestHostConfig });
    await pauseClock(page);
    await page.locator('.actions .btn-primary').click();
    await settle(page);
    await page.locator('.player').waitFor();
    return { page, view };
  };

  for (const locale of ['en-XA', 'en']) {
    it(`${locale}: the pre-break view, the player in every kind of moment, paused, a key note, the safety panel`, async () => {
      const { page, view } = await dueBreak({ locale, viewport: MIN_SIZE, config: { seed: SEED } as TestHostConfig });
      expect(await cutOff(page), 'pre-break').toEqual([]);
      await page.keyboard.press('s'); // a key note
      await settle(page);
      expect(await cutOff(page), 'pre-break with a key note').toEqual([]);
      await pauseClock(page);
      await page.locator('.actions .btn-primary').click();
      await settle(page);
      await page.locator('.player').waitFor();
      const seen = await atEachKind(
        page,
        view.routine.items,
        (ex, _plan, seg) => (seg.kind === 'step' && ex.cautions.length ? 'step-caution' : seg.kind),
        async (kind, ex) => {
          if (kind === 'step-caution') await expect(page.locator('.player .caution').count()).resolves.toBe(1);
          expect(await cutOff(page), `${ex.id}: ${kind}`).toEqual([]);
        },
      );
      for (const kind of ['step-caution', 'move', 'hold', 'switch']) expect(seen, 'the routine shows every kind of moment').toContain(kind);
      await page.keyboard.press(' ');
      await settle(page);
      await page.locator('.paused-note').waitFor();
      expect(await cutOff(page), 'paused').toEqual([]);
      await page.keyboard.press('d'); // a guarded key too soon: its note, with the paused note
      await settle(page);
      await page.locator('.player .key-note').waitFor();
      expect(await cutOff(page), 'paused, with a key note').toEqual([]);
      await page.locator('.safety-link').click();
      await settle(page, 200);
      await page.locator('dialog.safety-panel li').first().waitFor();
      expect(await cutOff(page), 'the safety panel').toEqual([]);
      await page.keyboard.press('Escape');
      await settle(page);
      // large type
      await page.keyboard.press('+');
      await settle(page);
      expect(await cutOff(page), 'large type').toEqual([]);
      await h.closePage(page);
    });

    it(`${locale}: the end views — done for now, stopped with the exclusion offer and its answer, the whole routine`, async () => {
      for (const how of ['done', 'hurts', 'complete'] as const) {
        const { page, view } = await start(locale);
        if (how === 'complete') {
          await page.clock.runFor(view.routine.items.reduce((n, ex) => n + buildPlan(ex).total, 0) + 500);
        } else {
          await page.clock.runFor(buildPlan(view.routine.items[0]!).total / 2);
          await settle(page);
          await page.locator(how === 'done' ? '.controls > .flip-rtl' : '.hurts').click();
        }
        await settle(page, 200);
        await page.locator(how === 'complete' ? 'main.end-complete' : 'main.end').waitFor();
        await settle(page, 200);
        expect(await cutOff(page), how).toEqual([]);
        if (how === 'hurts') {
          await page.locator('.exclude .btn').click();
          await settle(page, 200);
          await page.locator('.exclude [role="status"]').waitFor();
          expect(await cutOff(page), 'excluded').toEqual([]);
        }
        await h.closePage(page);
      }
    });
  }
});
