// LimberApp: the whole app behind in-memory ports, driven the way the shell drives it
// (one timer at `wakeAt`). Checks the glue: routines on breaks, logging, settings, exclusions.
import { describe, expect, it } from 'vitest';
import { ENGLISH_TEXT } from '../../src-main/main-words';
import { LimberApp, type AppPorts, type PromptView, type StoredState } from '../../src-main/core/app';
import type { BusyPort, BusyReason } from '../../src-main/core/busy';
import type { BreakView } from '../../src-main/core/bridge';
import { CATALOG } from '../../src-main/core/catalog';
import type { LimberEvent } from '../../src-main/core/events';
import { parseLog, serializeEvent } from '../../src-main/core/history';
import { defaultSettings, type HoldWhen, type Settings } from '../../src-main/core/settings';

function makeApp(settings: Partial<Settings> = {}, busy?: AppPorts['busy']) {
  const clock = { mono: 0, wall: new Date(2026, 2, 2, 9, 0).getTime() };
  let idle = 0;
  let seed = 42;
  let text = '';
  let saves = 0;
  // breaks shown at due unless a test says otherwise (this user gives no idle time: rule 5 would wait)
  let stored: StoredState = { settings: { ...defaultSettings(), flexMinutes: 0, ...settings }, firstRunDone: false, exclusionNotes: {} };
  const ports: AppPorts = {
    now: () => ({ ...clock }),
    idleSeconds: () => idle,
    random: () => ((seed = (seed * 16807) % 2147483647) / 2147483647),
    settings: {
      load: () => structuredClone(stored),
      save: (s) => {
        saves++;
        stored = structuredClone(s);
      },
    },
    history: {
      append: (e: LimberEvent) => void (text += serializeEvent(e) + '\n'),
      read: () => parseLog(text),
      problem: () => null,
    },
    ...(busy ? { busy } : {}),
    text: () => ENGLISH_TEXT,
  };
  const app = new LimberApp(ports);
  const breaks: (BreakView | null)[] = [];
  app.on('break', (b) => breaks.push(b));
  /** Moves time on, waking the app whenever it asked to be woken (as the shell's timer does). */
  const advance = (ms: number) => {
    const end = clock.mono + ms;
    while (app.wakeAt !== null && app.wakeAt <= end) {
      const step = Math.max(0, app.wakeAt - clock.mono);
      clock.mono += step;
      clock.wall += step;
      app.wake();
    }
    clock.wall += end - clock.mono;
    clock.mono = end;
  };
  /** Like advance, but lets each asynchronous busy check settle before going on. */
  const advanceAsync = async (ms: number) => {
    const end = clock.mono + ms;
    while (app.wakeAt !== null && app.wakeAt <= end) {
      const step = Math.max(0, app.wakeAt - clock.mono);
      clock.mono += step;
      clock.wall += step;
      await app.wake();
    }
    clock.wall += end - clock.mono;
    clock.mono = end;
  };
  const events = () => parseLog(text).entries.map((e) => e.event);
  return { app, advance, advanceAsync, clock, breaks, events, log: () => parseLog(text).entries, saves: () => saves, stored: () => stored, setIdle: (s: number) => (idle = s) };
}

describe('LimberApp', () => {
  it('shows a composed, illustrated routine when a break is due and logs the routine with the break', async () => {
    const h = makeApp();
    h.advance(44 * 60_000);
    expect(h.breaks).toEqual([]);
    h.advance(60_000);
    const view = h.breaks.at(-1)!;
    expect(view.trigger).toBe('due');
    expect(view.snoozesLeft).toBe(2);
    expect(view.routine.items.length).toBeGreaterThan(0);
    for (const item of view.routine.items) {
      expect(['seated', 'standing']).toContain(item.position);
      expect(item.svg.start).toMatch(/^<svg/);
      // the start pose marks the joints its motion moves; the pair is twice as wide
      expect(item.svg.start.match(/data-j="/g)?.length).toBe(item.svg.motion.joints.length);
      expect(item.svg.motion.joints.length).toBeGreaterThan(0);
      expect(item.svg.pair).toMatch(/viewBox="0 0 200 100"/);
    }
    const logged = h.log().find((e) => e.event === 'break');
    expect(logged && logged.event === 'break' && logged.routine).toEqual(view.routine.items.map((i) => i.id));
    expect(await h.app.getBreak()).toEqual(view);
  });

  it('runs a break to completion and counts it toward today', async () => {
    const h = makeApp();
    h.advance(45 * 60_000);
    const view = (await h.app.getBreak())!;
    expect(await h.app.breakAction({ type: 'start' })).toEqual({ ok: true });
    expect(await h.app.breakAction({ type: 'complete', exercises: view.routine.items.map((i) => i.id), secondsStretched: 125 })).toEqual({ ok: true });
    expect(h.breaks.at(-1)).toBeNull();
    expect(h.events()).toEqual(['warn', 'break', 'started', 'completed']);
    expect((await h.app.getStatus()).today).toEqual({ done: 1, goal: 6, minutesStretched: 2 });
    const history = await h.app.getHistory();
    expect(history.stats.today.completed).toBe(1);
  });

  it('a partial break counts toward today only with at least half the routine done (SPEC §2 dailyGoal)', async () => {
    const h = makeApp();
    h.advance(45 * 60_000);
    await h.app.breakAction({ type: 'start' });
    await h.app.breakAction({ type: 'partial', fraction: 0, exercises: [], secondsStretched: 0 });
    expect((await h.app.getStatus()).today.done).toBe(0);
    h.advance(45 * 60_000);
    await h.app.breakAction({ type: 'start' });
    await h.app.breakAction({ type: 'partial', fraction: 0.49, exercises: [], secondsStretched: 40 });
    expect((await h.app.getStatus()).today.done).toBe(0);
    h.advance(45 * 60_000);
    await h.app.breakAction({ type: 'start' });
    await h.app.breakAction({ type: 'partial', fraction: 0.5, exercises: [], secondsStretched: 60 });
    expect((await h.app.getStatus()).today.done).toBe(1);
    expect((await h.app.getHistory()).stats.today).toMatchObject({ partial: 3, done: 1 });
  });

  it('answers an action that does not apply with its reason, and logs nothing for it', async () => {
    const h = makeApp();
    expect(await h.app.breakAction({ type: 'snooze' })).toEqual({ ok: false, reason: 'no break is showing', refusal: { code: 'noBreakShowing' } });
    expect(h.events()).toEqual([]);
  });

  it('keeps the same routine when a snoozed break comes back, and does not repeat it next time', async () => {
    const h = makeApp({ routineMinutes: 2 });
    h.advance(45 * 60_000);
    const first = h.breaks.at(-1)!.routine.items.map((i) => i.id);
    await h.app.breakAction({ type: 'snooze' });
    h.advance(5 * 60_000);
    expect(h.breaks.at(-1)!.routine.items.map((i) => i.id)).toEqual(first);
    expect(h.breaks.at(-1)!.snoozesLeft).toBe(1);
    await h.app.breakAction({ type: 'skip' });
    h.advance(45 * 60_000);
    const next = h.breaks.at(-1)!.routine.items.map((i) => i.id);
    expect(next.filter((id) => first.includes(id))).toEqual([]);
  });

  it('refuses invalid settings with the core message and saves nothing', async () => {
    const h = makeApp();
    const before = h.saves();
    const r = await h.app.updateSettings({ sitMinutes: 5 } as Partial<Settings>);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/sitMinutes must be a whole number from 10 to 180/);
    expect(h.saves()).toBe(before);
    expect(h.stored().settings.sitMinutes).toBe(45);
  });

  it('changing the interval from the tray does not reset the sitting clock', async () => {
    const h = makeApp();
    h.advance(20 * 60_000);
    await h.app.updateSettings({ sitMinutes: 30 });
    expect((await h.app.getStatus()).status.sittingMs).toBe(20 * 60_000);
    h.advance(10 * 60_000);
    expect(h.breaks.at(-1)?.trigger).toBe('due');
  });

  it('"Stop — this hurts" then excluding the exercise records why, and it is never offered again', async () => {
    const h = makeApp();
    h.advance(45 * 60_000);
    const hurt = h.breaks.at(-1)!.routine.items[0]!.id;
    await h.app.breakAction({ type: 'start' });
    await h.app.breakAction({ type: 'stop', exercise: hurt });
    const r = await h.app.setExcluded({ id: hurt, excluded: true });
    expect(r.ok && r.view.exclusions).toEqual([{ id: hurt, reason: 'stopped', at: expect.any(Number) }]);
    for (let i = 0; i < 5; i++) {
      const p = await h.app.previewRoutine();
      expect(p.ok && p.routine.items.map((x) => x.id)).not.toContain(hurt);
    }
    // and bringing it back forgets the reason
    const back = await h.app.setExcluded({ id: hurt, excluded: false });
    expect(back.ok && back.view.exclusions).toEqual([]);
  });

  it('with every exercise excluded a break still shows, saying what to change', async () => {
    const h = makeApp({ excludedExercises: CATALOG.map((e) => e.id) });
    h.advance(45 * 60_000);
    const view = h.breaks.at(-1)!;
    expect(view.routine.items).toEqual([]);
    expect(view.problem).toBeTruthy();
  });

  it('gives the page finished per-side step text: the left side of the figure-4 names the left hip, never the right', async () => {
    const h = makeApp();
    const catalog = await h.app.getCatalog();
    const fig4 = catalog.find((e) => e.id === 'seated-figure-four')!;
    expect(fig4.stepsBySide).toBeDefined();
    const left = fig4.stepsBySide!.left.join(' ');
    const right = fig4.stepsBySide!.right.join(' ');
    expect(left).toMatch(/left hip/);
    expect(left).not.toMatch(/right hip/);
    expect(right).toMatch(/right hip/);
    expect(right).not.toMatch(/left hip/);
    // the plain steps fit either side; no template or placeholder reaches the page
    expect(fig4.steps.join(' ')).not.toMatch(/\b(right|left)\b/);
    for (const view of catalog) {
      expect(view).not.toHaveProperty('sideSteps');
      const texts = [...view.steps, ...(view.stepsBySide?.right ?? []), ...(view.stepsBySide?.left ?? [])];
      for (const t of texts) expect(t, view.id).not.toMatch(/[{}]/);
      if (view.stepsBySide) {
        expect(view.stepsBySide.right).toHaveLength(view.steps.length);
        expect(view.stepsBySide.left).toHaveLength(view.steps.length);
      }
    }
    // a routine's items carry the same side text
    h.advance(45 * 60_000);
    for (const item of h.breaks.at(-1)!.routine.items) {
      expect(item.stepsBySide).toEqual(catalog.find((e) => e.id === item.id)!.stepsBySide);
    }
  });

  it('never puts an exercise needing equipment the user lacks into a routine (no stability ball by default)', async () => {
    const h = makeApp({ positions: ['seated', 'standing', 'floor'], routineMinutes: 15 });
    const needs = new Map(CATALOG.map((e) => [e.id, e.equipment]));
    const preview = await h.app.previewRoutine();
    expect(preview.ok).toBe(true);
    if (preview.ok) for (const item of preview.routine.items) expect(needs.get(item.id), item.id).not.toBe('ball');
    await h.app.updateSettings({ equipment: [] });
    for (let i = 0; i < 5; i++) {
      const p = await h.app.previewRoutine();
      expect(p.ok).toBe(true);
      if (p.ok) for (const item of p.routine.items) expect(needs.get(item.id), item.id).toBe('none');
    }
  });

  it('first run: completing it saves the choices and marks it done', async () => {
    const h = makeApp();
    expect((await h.app.getSettings()).firstRunDone).toBe(false);
    const r = await h.app.completeFirstRun({ sitMinutes: 60, positions: ['seated'] });
    expect(r.ok && r.view.firstRunDone).toBe(true);
    expect(h.stored()).toMatchObject({ firstRunDone: true, settings: { sitMinutes: 60, positions: ['seated'] } });
  });

  it('restore defaults resets settings and exclusions', async () => {
    const h = makeApp({ sitMinutes: 90, excludedExercises: [CATALOG[0]!.id] });
    const r = await h.app.restoreDefaults();
    expect(r.ok && r.view.settings).toEqual(defaultSettings());
  });
});

describe('LimberApp settings events', () => {
  it('the one settings event after excluding an exercise already says why', async () => {
    const h = makeApp();
    h.advance(45 * 60_000);
    const hurt = h.breaks.at(-1)!.routine.items[0]!.id;
    await h.app.breakAction({ type: 'start' });
    await h.app.breakAction({ type: 'stop', exercise: hurt });
    const seen: unknown[] = [];
    h.app.on('settings', (v) => seen.push(v.exclusions));
    await h.app.setExcluded({ id: hurt, excluded: true });
    expect(seen).toEqual([[{ id: hurt, reason: 'stopped', at: expect.any(Number) }]]);
  });

  describe('the right moment (SPEC §3.5, §3.12)', () => {
    it('asks the BusyPort only when the scheduler says so, holds the break while busy, and shows it once free', async () => {
      let answer: BusyReason | null = 'call';
      const asked: HoldWhen[] = [];
      const port: BusyPort = {
        check: async (holdWhen) => {
          asked.push(holdWhen);
          return answer;
        },
        availability: async () => [],
      };
      const h = makeApp({}, port);
      const statuses: string[] = [];
      h.app.on('status', (v) => statuses.push(v.tooltip));
      await h.advanceAsync(44 * 60_000);
      expect(asked).toHaveLength(1); // the warn moment, not the idle samples every few minutes before it
      expect(asked[0]).toEqual(defaultSettings().holdWhen);
      expect(h.events()).toEqual(['held']);
      expect(h.log()[0]).toMatchObject({ event: 'held', reason: 'call' });
      expect(statuses.at(-1)).toMatch(/^Limber: Break held: in a call/);
      await h.advanceAsync(10 * 60_000);
      expect(asked).toHaveLength(11); // every 60 s while held
      expect(h.breaks).toEqual([]);
      answer = null;
      await h.advanceAsync(2 * 60_000);
      expect(h.events()).toEqual(['held', 'warn', 'break']);
      expect(h.breaks.at(-1)?.trigger).toBe('due');
    });

    it('a port that knows the answer at once (checkNow) is woken synchronously, as the test host drives it', () => {
      let asked = 0;
      const port: BusyPort = {
        check: () => Promise.reject(new Error('not used when checkNow exists')),
        checkNow: () => (asked++, 'presenting'),
        availability: async () => [],
      };
      const h = makeApp({}, port);
      h.advance(50 * 60_000);
      expect(h.events()).toEqual(['held']);
      expect(asked).toBe(1 + 6); // the warn moment, then every 60 s while held
    });

    it('a detector that fails counts as "not busy"', async () => {
      const port: BusyPort = { check: () => Promise.reject(new Error('D-Bus went away')), availability: async () => [] };
      const h = makeApp({}, port);
      await h.advanceAsync(45 * 60_000);
      expect(h.events()).toEqual(['warn', 'break']);
    });

    it('shows the quiet prompt while a break waits for a pause; its click shows the break at once', async () => {
      const h = makeApp({ flexMinutes: 3 });
      const prompts: Array<PromptView | null> = [];
      h.app.on('prompt', (p) => prompts.push(p));
      h.advance(45 * 60_000);
      expect(h.breaks).toEqual([]);
      expect(prompts).toHaveLength(1);
      expect(prompts[0]).toMatchObject({ dueAt: h.clock.wall, latestAt: h.clock.wall + 3 * 60_000 });
      expect(h.app.prompt).toEqual(prompts[0]);
      expect((await h.app.getStatus()).status.prompt).toEqual(prompts[0]);
      h.advance(30_000);
      expect(await h.app.startFromPrompt()).toEqual({ ok: true });
      expect(prompts.at(-1)).toBeNull();
      expect(h.breaks.at(-1)?.breakId).toBe(prompts[0]!.breakId);
      expect(h.log().at(-1)).toMatchObject({ event: 'break', waited: 30 });
      expect(await h.app.breakAction({ type: 'prompt' })).toEqual({ ok: false, reason: 'the break is already showing', refusal: { code: 'thatBreakShowing' } });
    });
  });
});

