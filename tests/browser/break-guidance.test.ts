// The break player as something you can follow a step back from the screen (issue 13 points
// 1-player, 6–10, 12): key badges only with focus and a guard on break-ending letters; get-ready
// by reading time with its countdown and caution; sides that agree; the live region reading the
// step on screen; cue sounds and spoken steps; time left, a stable layout and large mode; the
// Safety link; the end view closing itself. Real Chromium, real core (test host).
// `npm run screenshots` saves left/right sides, a hold, get-ready with its caution, large mode
// and reduced motion, light and dark, small and big, to docs/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreakView, ExerciseView } from '../../src-main/core/bridge';
import { CATALOG } from '../../src-main/core/catalog';
import { cueSoundAt } from '../../src-renderer/break/guidance';
import { buildPlan, clockOf, stepTextFor, workStart, type Plan } from '../../src-renderer/break/plan';
import { SOUNDS } from '../../src-renderer/break/chime';
import { axe, host, pauseClock, settle, shot, startHarness, type Harness, type OpenOptions } from './harness';
import { openSettings, settingsView, showGroup } from './settings-helpers';
import { currentBarFill } from './bar-fill';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const SEATED = CATALOG.filter((e) => e.position === 'seated').map((e) => e.id);
/** A routine of this one seated exercise (every other seated one excluded). */
// the break shows at due (flexMinutes 0): waiting for a pause is break-prompt.test.ts's subject
const only = (id: string) => ({ seed: 7, settings: { flexMinutes: 0, positions: ['seated' as const], excludedExercises: SEATED.filter((x) => x !== id) } });
const FIGURE_FOUR = 'seated-figure-four';

async function dueBreak(o: OpenOptions = {}): Promise<{ page: Page; view: BreakView }> {
  const page = await h.open('break', { clock: true, config: only(FIGURE_FOUR), ...o });
  await host(page).advanceMinutes(46);
  await settle(page);
  await page.locator('main.pre').waitFor();
  return { page, view: (await page.evaluate(() => window.limber!.getBreak()))! };
}

/** Start with the page clock paused (time moves only by runFor). */
async function start(page: Page): Promise<void> {
  await pauseClock(page);
  await page.getByRole('button', { name: /^Start/ }).click();
  await settle(page);
  await page.locator('.player').waitFor();
}

/** Runs the player's clock to `ms` into the (first) exercise, from where it is now. */
async function runTo(page: Page, startedAt: number, ms: number): Promise<void> {
  const now = await page.evaluate(() => performance.now());
  await page.clock.runFor(Math.max(0, startedAt + ms - now));
  await settle(page);
}

const live = (page: Page) => page.locator('[role="status"][aria-live="polite"]').textContent();
const startedAtOf = (page: Page) => page.evaluate(() => performance.now());

/** The window appears without focus (as the shell shows it); `focus(page, on)` moves it. */
const unfocused = (p: Page) =>
  p.addInitScript(() => {
    const w = window as unknown as { __focused: boolean };
    w.__focused = false;
    Document.prototype.hasFocus = function () {
      return w.__focused;
    };
  });
const focus = (page: Page, on: boolean) =>
  page.evaluate((f) => {
    (window as unknown as { __focused: boolean }).__focused = f;
    window.dispatchEvent(new Event(f ? 'focus' : 'blur'));
  }, on);

describe('keyboard hints and guards (point 7)', () => {
  it('key badges show only while the window has keyboard focus', async () => {
    const { page } = await dueBreak({ beforeLoad: unfocused });
    const badges = page.locator('.actions .kbd');
    expect(await badges.count()).toBeGreaterThan(1);
    for (const b of await badges.all()) expect(await b.isVisible()).toBe(false);
    await focus(page, true);
    await settle(page);
    for (const b of await badges.all()) expect(await b.isVisible()).toBe(true);
    await focus(page, false);
    await settle(page);
    expect(await badges.first().isVisible()).toBe(false);
    await h.closePage(page);
  });

  it('S right after the window gets focus, or inside a burst of typing, does not skip; a lone S a second later does', async () => {
    const { page } = await dueBreak({ beforeLoad: unfocused });
    await pauseClock(page);
    const t = host(page);
    await focus(page, true);
    await page.keyboard.press('s');
    await settle(page);
    expect(await t.events().then((e) => e.filter((x) => x.event === 'skipped'))).toEqual([]);
    await expect(page.locator('.key-note').textContent()).resolves.toContain('ignored');
    await page.clock.runFor(1500);
    // typing: "as" in quick succession
    await page.keyboard.press('a');
    await page.clock.runFor(120);
    await page.keyboard.press('s');
    await settle(page);
    expect(await t.events().then((e) => e.filter((x) => x.event === 'skipped'))).toEqual([]);
    await page.clock.runFor(700);
    await page.keyboard.press('s');
    await settle(page);
    expect(await t.events().then((e) => e.filter((x) => x.event === 'skipped').length)).toBe(1);
    await h.closePage(page);
  });

  it('H and D in the player are guarded the same way; the buttons never are', async () => {
    const { page } = await dueBreak();
    await start(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('h'); // right after another key: typing
    await settle(page);
    await expect(page.locator('.player').count()).resolves.toBe(1);
    await page.getByRole('button', { name: /Stop — this hurts/ }).click();
    await settle(page);
    await page.locator('main.end').waitFor();
    await h.closePage(page);
  });
});

describe('get-ready, sides and the live region (points 1, 6, 8, 12)', () => {
  it('get-ready counts down to the work by reading time, shows the caution and the side that comes first', async () => {
    const { page, view } = await dueBreak();
    const ex = view.routine.items[0]!;
    expect(ex.id).toBe(FIGURE_FOUR);
    const plan = buildPlan(ex);
    const ws = workStart(plan);
    await start(page);
    const t0 = await startedAtOf(page);
    await expect(page.locator('.cue-step .cue-big').textContent()).resolves.toBe(`${ws / 1000}`);
    await expect(page.locator('.caution').textContent()).resolves.toContain(ex.cautions[0]!);
    await expect(page.locator('.side-chip').textContent()).resolves.toBe('Right side first');
    await expect(live(page)).resolves.toMatch(/Get ready\. Step 1 of \d+: /);
    await expect(live(page)).resolves.toContain(`Caution: ${ex.cautions[0]}`);
    await shot(page, 'break-get-ready-light', { colorScheme: 'light' });
    await shot(page, 'break-get-ready-dark', { colorScheme: 'dark' });
    await runTo(page, t0, 1000);
    await expect(page.locator('.cue-step .cue-big').textContent()).resolves.toBe(`${ws / 1000 - 1}`);
    // the work begins: the live region reads the step on screen (not the exercise's last step)
    await runTo(page, t0, ws + 100);
    const seg = plan.segments.find((s) => s.kind !== 'step')!;
    const current = stepTextFor(ex, seg, seg.step);
    await expect(live(page)).resolves.toContain(`Begin: ${current}`);
    if (ex.steps.at(-1) !== current) await expect(live(page)).resolves.not.toContain(ex.steps.at(-1)!);
    await expect(page.locator('.caution').count()).resolves.toBe(0);
    await expect(page.locator('.breathing').isVisible()).resolves.toBe(true);
    await h.closePage(page);
  });

  it('right and left: the side chip, the step text and the screen-reader cue agree', async () => {
    const { page, view } = await dueBreak();
    const ex = view.routine.items[0]!;
    const plan = buildPlan(ex);
    await start(page);
    const t0 = await startedAtOf(page);
    const rightHold = plan.segments.find((s) => s.kind === 'hold' && s.side === 'right')!;
    await runTo(page, t0, rightHold.start + 4000);
    await expect(page.locator('.side-chip').textContent()).resolves.toBe('Right side');
    await shot(page, 'break-side-right-light', { colorScheme: 'light' });
    const leftMove = plan.segments.find((s) => s.kind === 'move' && s.side === 'left')!;
    await runTo(page, t0, leftMove.start + 300);
    await expect(page.locator('.side-chip').textContent()).resolves.toBe('Left side');
    const shown = (await page.locator('.step-text.is-shown').textContent())!;
    expect(shown).toBe(ex.stepsBySide?.left[leftMove.step] ?? ex.steps[leftMove.step]);
    expect(shown).not.toMatch(/\bright (ankle|knee|hip|leg|foot)\b/i);
    const leftHold = plan.segments.find((s) => s.kind === 'hold' && s.side === 'left')!;
    await runTo(page, t0, leftHold.start + 4000);
    await shot(page, 'break-side-left-dark', { colorScheme: 'dark' });
    await h.closePage(page);
  });
});

describe('sounds and speech (point 6)', () => {
  /**
   * Records every sound made: the frequencies of each sound's notes. A sound is the notes
   * started after its own gain is connected to the context's output (chime.ts: one context for
   * the page, one master gain per sound).
   */
  const recordSounds = (p: Page) =>
    p.addInitScript(() => {
      const w = window as unknown as { __sounds: number[][]; __contexts: number; AudioContext: typeof AudioContext };
      w.__sounds = [];
      w.__contexts = 0;
      const Real = w.AudioContext;
      w.AudioContext = class extends Real {
        private notes: number[] = [];
        constructor(o?: AudioContextOptions) {
          super(o);
          w.__contexts++;
        }
        override createGain(): GainNode {
          const gain = super.createGain();
          const connect = gain.connect.bind(gain) as (dest: AudioNode) => AudioNode;
          (gain as { connect: (dest: AudioNode) => AudioNode }).connect = (dest: AudioNode) => {
            if (dest === this.destination) w.__sounds.push((this.notes = []));
            return connect(dest);
          };
          return gain;
        }
        override createOscillator(): OscillatorNode {
          const osc = super.createOscillator();
          const start = osc.start.bind(osc);
          osc.start = (when?: number) => {
            this.notes.push(Math.round(osc.frequency.value * 100) / 100);
            start(when);
          };
          return osc;
        }
      };
    });
  const contexts = (p: Page) => p.evaluate(() => (window as unknown as { __contexts: number }).__contexts);
  const sounds = (p: Page) => p.evaluate(() => (window as unknown as { __sounds: number[][] }).__sounds);
  const nameOf = (freqs: number[]): string =>
    Object.entries(SOUNDS).find(([, s]) => JSON.stringify(s.notes.map((n) => n.freq)) === JSON.stringify(freqs))?.[0] ?? `?${freqs.join(',')}`;

  /** The cue sounds a whole exercise should make, from its timeline. */
  const expected = (plan: Plan, on = { cueHoldEnd: true, cueSideSwitch: true, cueNextExercise: true }) =>
    plan.segments.map((s, i) => cueSoundAt(s, i ? plan.segments[i - 1]! : null, false, on)).filter((x) => x !== null);

  async function runThrough(page: Page, plan: Plan): Promise<void> {
    for (let ms = 0; ms < plan.total + 2000; ms += 500) {
      await page.clock.runFor(500);
    }
    await settle(page);
  }

  it('a distinct soft cue at each hold’s end, at the side switch and when get-ready is over', async () => {
    const { page, view } = await dueBreak({ beforeLoad: recordSounds });
    const plan = buildPlan(view.routine.items[0]!);
    await start(page);
    await runThrough(page, plan);
    await page.locator('main.end').waitFor();
    const made = (await sounds(page)).map(nameOf);
    expect(made[0]).toBe('start');
    expect(made.at(-1)).toBe('end');
    const cues = made.slice(1, -1);
    expect(cues).toEqual(expected(plan));
    expect(cues).toContain('release');
    expect(cues).toContain('side');
    expect(cues).toContain('begin');
    // every sound through the page's one audio context
    expect(await contexts(page)).toBe(1);
    await h.closePage(page);
  });

  it('each cue switches off on its own; with all off only the chime sounds', async () => {
    const off = { cueHoldEnd: false, cueSideSwitch: true, cueNextExercise: true };
    const a = await dueBreak({ beforeLoad: recordSounds, config: { ...only(FIGURE_FOUR), settings: { ...only(FIGURE_FOUR).settings, ...off } } });
    const plan = buildPlan(a.view.routine.items[0]!);
    await start(a.page);
    await runThrough(a.page, plan);
    const cues = (await sounds(a.page)).map(nameOf).slice(1, -1);
    expect(cues).toEqual(expected(plan, off));
    expect(cues).not.toContain('release');
    await h.closePage(a.page);

    const none = { cueHoldEnd: false, cueSideSwitch: false, cueNextExercise: false };
    const b = await dueBreak({ beforeLoad: recordSounds, config: { ...only(FIGURE_FOUR), settings: { ...only(FIGURE_FOUR).settings, ...none } } });
    await start(b.page);
    await runThrough(b.page, plan);
    expect((await sounds(b.page)).map(nameOf)).toEqual(['start', 'end']);
    await h.closePage(b.page);
  });

  it('spoken steps (off by default): when on, the step on screen is spoken as it comes', async () => {
    const recordSpeech = (p: Page) =>
      p.addInitScript(() => {
        const w = window as unknown as { __said: string[]; __lang: string[] };
        w.__said = [];
        w.__lang = [];
        const fake = {
          speak: (u: SpeechSynthesisUtterance) => void (w.__said.push(u.text), w.__lang.push(u.lang)),
          cancel: () => undefined,
          getVoices: () => [],
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        };
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: fake });
      });
    const said = (p: Page) => p.evaluate(() => (window as unknown as { __said: string[] }).__said);

    const quiet = await dueBreak({ beforeLoad: recordSpeech });
    await start(quiet.page);
    await quiet.page.clock.runFor(workStart(buildPlan(quiet.view.routine.items[0]!)) + 500);
    await settle(quiet.page);
    expect(await said(quiet.page)).toEqual([]);
    await h.closePage(quiet.page);

    const { page, view } = await dueBreak({ beforeLoad: recordSpeech, config: { ...only(FIGURE_FOUR), settings: { ...only(FIGURE_FOUR).settings, speakSteps: true } } });
    const ex = view.routine.items[0]!;
    const plan = buildPlan(ex);
    await start(page);
    const t0 = await startedAtOf(page);
    await runTo(page, t0, workStart(plan) + 300);
    const words = await said(page);
    expect(words[0]).toContain(ex.name);
    expect(words[0]).toContain(ex.steps[0]!);
    const seg = plan.segments.find((s) => s.kind !== 'step')!;
    expect(words.at(-1)).toContain(`Begin: ${stepTextFor(ex, seg, seg.step)}`);
    // in the page's language (English, with the system's region), so the voice reads it right
    const langs = await page.evaluate(() => (window as unknown as { __lang: string[] }).__lang);
    expect(new Set(langs)).toEqual(new Set(['en-GB']));
    await h.closePage(page);
  });
});

describe('standing back to stretch (point 9)', () => {
  it('shows the time left in the routine, counting down', async () => {
    const { page, view } = await dueBreak();
    const total = buildPlan(view.routine.items[0]!).total / 1000;
    await start(page);
    const t0 = await startedAtOf(page);
    await expect(page.locator('.time-left').textContent()).resolves.toBe(`${clockOf(total)} left`);
    await runTo(page, t0, 5000);
    await expect(page.locator('.time-left').textContent()).resolves.toBe(`${clockOf(total - 5)} left`);
    await h.closePage(page);
  });

  for (const viewport of [
    { width: 480, height: 360 },
    { width: 1280, height: 800 },
  ]) {
    it(`${viewport.width}×${viewport.height}: the step card keeps its height and the counter stays put through the exercise`, async () => {
      const { page, view } = await dueBreak({ viewport });
      const plan = buildPlan(view.routine.items[0]!);
      await start(page);
      const t0 = await startedAtOf(page);
      const boxes = new Set<string>();
      for (const seg of plan.segments) {
        await runTo(page, t0, seg.start + 200);
        const b = await page.evaluate(() => {
          const card = document.querySelector('.step')!.getBoundingClientRect();
          // the cue box's place, and the counter's within it (offsetTop: its entry animation scales it)
          const cue = document.querySelector('.cue')!.getBoundingClientRect();
          const counter = document.querySelector<HTMLElement>('.cue-big')!;
          return `${Math.round(card.height)} ${Math.round(cue.top)} ${counter.offsetTop}`;
        });
        boxes.add(b);
      }
      expect([...boxes]).toHaveLength(1);
      await h.closePage(page);
    });
  }

  it('480×360: the title does not break inside "figure-4", and the breathing cue is not cut off', async () => {
    const { page, view } = await dueBreak({ viewport: { width: 480, height: 360 } });
    const plan = buildPlan(view.routine.items[0]!);
    await start(page);
    const t0 = await startedAtOf(page);
    const hold = plan.segments.find((s) => s.kind === 'hold')!;
    await runTo(page, t0, hold.start + 3000);
    await shot(page, 'break-hold-small-light', { colorScheme: 'light' });
    const lines = await page.evaluate(() => [...document.querySelectorAll('#ex-title .nowrap')].map((s) => s.getClientRects().length));
    expect(lines).toEqual([1]);
    const cut = await page.evaluate(() => {
      const breathing = document.querySelector('.breathing')!;
      const b = breathing.getBoundingClientRect();
      const body = document.querySelector('.player-body')!.getBoundingClientRect();
      const controls = document.querySelector('.controls')!.getBoundingClientRect();
      const step = document.querySelector('.step')!.getBoundingClientRect();
      return {
        inBody: b.top >= body.top - 0.5 && b.bottom <= body.bottom + 0.5,
        aboveControls: b.bottom <= controls.top + 0.5,
        underStep: b.top >= step.bottom - 0.5,
        clipped: breathing.scrollHeight > breathing.clientHeight + 1 || document.documentElement.scrollHeight > innerHeight,
      };
    });
    expect(cut).toEqual({ inBody: true, aboveControls: true, underStep: true, clipped: false });
    await h.closePage(page);
  });

  it('the empty progress track is at least 3:1 against its background, and visible in forced colours', async () => {
    const { page } = await dueBreak();
    await start(page);
    const t0 = await startedAtOf(page);
    await runTo(page, t0, 9000); // the current bar part filled
    // the current exercise's bar (drawn) and any other (a <progress>)
    const contrast = (sel: string) =>
      page.evaluate((sel) => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const track = document.querySelector(sel)!;
        const cs = getComputedStyle(track);
        const bg = getComputedStyle(document.body).backgroundColor;
        const [a, b] = [lum(cs.borderTopColor), lum(bg)].sort((x, y) => y - x);
        return { ratio: (a! + 0.05) / (b! + 0.05), width: parseFloat(cs.borderTopWidth), style: cs.borderTopStyle };
      }, sel);
    // (a one-exercise routine has only the current bar)
    const BARS = ['.routine-progress .is-current', ...((await page.locator('.routine-progress progress').count()) ? ['.routine-progress progress'] : [])];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const sel of BARS) {
        const c = await contrast(sel);
        expect(c.ratio, `${sel} ${scheme}`).toBeGreaterThanOrEqual(3);
        expect(c.width).toBeGreaterThanOrEqual(1);
      }
      expect(await currentBarFill(page), scheme).toMatchObject({ from: expect.closeTo(0, 1) });
    }
    await page.emulateMedia({ forcedColors: 'active' });
    for (const sel of BARS) {
      const f = await contrast(sel);
      expect(f.style, sel).toBe('solid');
      expect(f.width, sel).toBeGreaterThanOrEqual(1);
      expect(f.ratio, sel).toBeGreaterThanOrEqual(3);
    }
    // the current bar's fill is drawn in the system's highlight colour
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.is-current stop.done')!).stopColor)).toBe(
      await page.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.color = 'Highlight';
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      }),
    );
    expect(await currentBarFill(page)).not.toBeNull();
    await h.closePage(page);
  });

  it('large mode: + makes it bigger (remembered), − back; it still fits 480×360', async () => {
    const { page, view } = await dueBreak({ viewport: { width: 1280, height: 800 } });
    const plan = buildPlan(view.routine.items[0]!);
    await start(page);
    const t0 = await startedAtOf(page);
    await runTo(page, t0, plan.segments.find((s) => s.kind === 'hold')!.start + 4000);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.step-text.is-shown')!).fontSize));
    const counter = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.cue-big')!).fontSize));
    const [s0, c0] = [await size(), await counter()];
    await page.keyboard.press('+');
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('large'))).toBe(true);
    await expect(page.getByRole('button', { name: /Bigger/ }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await size()).toBeGreaterThanOrEqual(s0 * 1.3);
    expect(await counter()).toBeGreaterThan(c0);
    await shot(page, 'break-large-light', { colorScheme: 'light' });
    await shot(page, 'break-large-dark', { colorScheme: 'dark' });
    await page.setViewportSize({ width: 480, height: 360 });
    await settle(page);
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((b) => {
          if (!b.checkVisibility()) return false; // large mode puts the step arrows away
          const r = b.getBoundingClientRect();
          return r.width === 0 || r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5;
        })
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    );
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight && document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await shot(page, 'break-large-small-light', { colorScheme: 'light' });
    // remembered on this computer
    await page.reload();
    await page.locator('#app > *').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('large'))).toBe(true);
    await page.context().close();
  });

  it('reduced motion: a still drawing (screenshots of the hold, light and dark)', async () => {
    const { page, view } = await dueBreak({ reducedMotion: 'reduce' });
    const plan = buildPlan(view.routine.items[0]!);
    await start(page);
    const t0 = await startedAtOf(page);
    await runTo(page, t0, plan.segments.find((s) => s.kind === 'hold')!.start + 4000);
    await expect(page.locator('.player-figure animate').count()).resolves.toBe(0);
    await shot(page, 'break-hold-reduced-motion-light', { colorScheme: 'light', reducedMotion: 'reduce' });
    await shot(page, 'break-hold-reduced-motion-dark', { colorScheme: 'dark', reducedMotion: 'reduce' });
    await h.closePage(page);
  });
});

describe('safety (point 12)', () => {
  it('a Safety link in the player shows the safety notes and the exercise’s caution, pausing the routine', async () => {
    const { page, view } = await dueBreak();
    const ex: ExerciseView = view.routine.items[0]!;
    await start(page);
    await page.getByRole('button', { name: 'Safety' }).click();
    await settle(page);
    const dialog = page.getByRole('dialog', { name: 'Safety' });
    await dialog.waitFor();
    const notes = await page.evaluate(() => window.limber!.getSafetyNotes());
    for (const n of notes) await expect(dialog.textContent()).resolves.toContain(n.heading);
    await expect(dialog.textContent()).resolves.toContain(ex.cautions[0]!);
    await page.clock.resume();
    expect(await axe(page)).toEqual([]);
    await pauseClock(page);
    await page.keyboard.press('Escape');
    await settle(page);
    await expect(dialog.count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /^Resume/ }).isVisible()).resolves.toBe(true);
    // Esc closed the panel: it neither snoozed nor ended anything
    expect((await host(page).events()).filter((e) => ['skipped', 'partial', 'snoozed'].includes(e.event))).toEqual([]);
    await h.closePage(page);
  });

  it('Settings: a Safety group with the notes; cue switches; spoken steps, or why not', async () => {
    const page = await openSettings(h, { group: 'notifications' });
    for (const [label, key] of [
      ['Sound at the end of a hold', 'cueHoldEnd'],
      ['Sound when changing sides', 'cueSideSwitch'],
      ['Sound at the next exercise', 'cueNextExercise'],
    ] as const) {
      const sw = page.getByRole('switch', { name: label });
      expect(await sw.isChecked()).toBe(true);
      await sw.click();
      await expect.poll(async () => (await settingsView(page)).settings[key]).toBe(false);
    }
    const speech = page.getByRole('switch', { name: 'Read the steps aloud' });
    expect(await speech.isChecked()).toBe(false);
    await speech.click();
    await expect.poll(async () => (await settingsView(page)).settings.speakSteps).toBe(true);
    await page.evaluate(() => {
      location.hash = '#safety';
    });
    await page.getByRole('heading', { level: 2, name: 'Safety' }).waitFor();
    const notes = await page.evaluate(() => window.limber!.getSafetyNotes());
    // the notes arrive a moment after the heading (getSafetyNotes): wait for them
    for (const n of notes) await expect.poll(() => page.locator('.safety-notes').textContent()).toContain(n.heading);
    await page.context().close();

    const noSpeech = await openSettings(h, {
      group: 'notifications',
      beforeLoad: (p) =>
        p.addInitScript(() => {
          delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
          delete (Window.prototype as unknown as { speechSynthesis?: unknown }).speechSynthesis;
        }),
    });
    await expect(noSpeech.getByRole('switch', { name: 'Read the steps aloud' }).count()).resolves.toBe(0);
    await expect(noSpeech.locator('#f-speakSteps-unavailable').textContent()).resolves.toContain('Not available');
    await showGroup(noSpeech, 'system');
    await noSpeech.context().close();
  });
});

describe('the end view closes itself (point 10)', () => {
  it('says when the next break comes and closes after 25 s; it stays while the pointer is over it', async () => {
    const { page } = await dueBreak();
    await start(page);
    await page.clock.runFor(20_000);
    await page.getByRole('button', { name: /Done for now/ }).click();
    await settle(page);
    await page.locator('main.end').waitFor();
    await expect(page.locator('.next-break').textContent()).resolves.toMatch(/^Next break around \d\d:\d\d\./);
    await expect(page.locator('.closes-in').textContent()).resolves.toBe('Closes by itself in 25 s.');
    await page.clock.runFor(23_000);
    await settle(page);
    expect(await host(page).breakWindow()).toMatchObject({ visible: true, closed: 0 });
    await page.clock.runFor(2500);
    await settle(page);
    expect(await host(page).breakWindow()).toMatchObject({ visible: false, closed: 1 });
    await page.context().close();

    const held = await dueBreak();
    await start(held.page);
    await held.page.getByRole('button', { name: /Done for now/ }).click();
    await settle(held.page);
    await held.page.locator('main.end').waitFor();
    await held.page.hover('main.end h1');
    await settle(held.page);
    await held.page.clock.runFor(60_000);
    await settle(held.page);
    expect(await host(held.page).breakWindow()).toMatchObject({ visible: true, closed: 0 });
    await expect(held.page.locator('.closes-in').textContent()).resolves.toContain('stays open');
    await held.page.context().close();
  });
});
