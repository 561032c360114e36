// LimberApp: the whole app behind in-memory ports, driven the way the shell drives it
// (one timer at `wakeAt`). Checks the glue: routines on breaks, logging, settings, exclusions.
import { describe, expect, it } from 'vitest';
import { LimberApp, type AppPorts, type StoredState } from '../../src-main/core/app';
import type { BreakView } from '../../src-main/core/bridge';
import { CATALOG } from '../../src-main/core/catalog';
import type { LimberEvent } from '../../src-main/core/events';
import { parseLog, serializeEvent } from '../../src-main/core/history';
import { defaultSettings, type Settings } from '../../src-main/core/settings';

function makeApp(settings: Partial<Settings> = {}) {
  const clock = { mono: 0, wall: new Date(2026, 2, 2, 9, 0).getTime() };
  let idle = 0;
  let seed = 42;
  let text = '';
  let saves = 0;
  let stored: StoredState = { settings: { ...defaultSettings(), ...settings }, firstRunDone: false, exclusionNotes: {} };
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
  const events = () => parseLog(text).entries.map((e) => e.event);
  return { app, advance, breaks, events, log: () => parseLog(text).entries, saves: () => saves, stored: () => stored, setIdle: (s: number) => (idle = s) };
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

  it('answers an action that does not apply with its reason, and logs nothing for it', async () => {
    const h = makeApp();
    expect(await h.app.breakAction({ type: 'snooze' })).toEqual({ ok: false, reason: 'no break is showing' });
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
});
