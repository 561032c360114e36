// Five years of generated history: loads and computes in well under a second, and every figure
// matches what the generator says it generated. TZ=Europe/Berlin (ten DST changes on the way).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeStats, serializeEvent } from '../../src-main/core/history/index';
import { generateHistory } from '../../src-main/core/history/synthetic';
import { HistoryLog } from '../../src-main/history-log';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-big-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FROM = '2021-03-01';
const DAYS = 5 * 365 + 1; // to 2026-02-28
const gen = generateHistory({ from: FROM, days: DAYS, seed: 42 });
fs.writeFileSync(path.join(tmp, 'history.jsonl'), gen.events.map((e) => `${serializeEvent(e)}\n`).join(''));
const NOW = Date.parse('2026-02-28T20:00:00+01:00');
const GOAL = 6;

const sum = (key: keyof (typeof gen.days)[number]) => gen.days.reduce((s, d) => s + (d[key] as number), 0);

describe('five years of history', () => {
  it('is realistic in size (~250 working days a year, ~30–40 events a day)', () => {
    expect(gen.days.length).toBeGreaterThan(5 * 230);
    expect(gen.days.length).toBeLessThan(5 * 262);
    expect(gen.events.length / gen.days.length).toBeGreaterThan(25);
  });

  it('loads and computes stats in well under a second, with the generated figures', () => {
    const log = new HistoryLog({ dir: tmp });
    // Best of three, so a busy machine (other test files run in parallel) does not decide it;
    // the first run is a cold start, typically ~0.2 s here.
    let best = Infinity;
    let r = log.readAll();
    let s = computeStats(r.entries, { dailyGoal: GOAL, now: NOW, days: DAYS });
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      r = log.readAll();
      s = computeStats(r.entries, { dailyGoal: GOAL, now: NOW, days: DAYS });
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(1000);

    expect(r.notes).toEqual([]);
    expect(r.entries).toHaveLength(gen.events.length);
    expect(s.totals).toMatchObject({
      breaksDue: sum('breaksDue'),
      manualBreaks: sum('manualBreaks'),
      completed: sum('completed'),
      partial: sum('partial'),
      stopped: sum('stopped'),
      skipped: sum('skipped'),
      walkedAway: sum('walkedAway'),
      snoozes: sum('snoozes'),
      naturalBreaks: sum('naturalBreaks'),
      warns: sum('warns'),
      pauses: sum('pauses'),
      secondsStretched: sum('secondsStretched'),
      done: sum('completed') + sum('partial'),
      longestSittingSeconds: Math.max(...gen.days.map((d) => d.longestSittingSeconds)),
      activeDays: gen.days.length,
      firstDate: gen.days[0]!.date,
      lastDate: gen.days.at(-1)!.date,
      goalDays: gen.days.filter((d) => d.completed + d.partial >= GOAL).length,
    });

    // Every calendar day, one by one (days with nothing generated must be empty).
    expect(s.lastDays).toHaveLength(DAYS);
    expect(s.lastDays[0]!.date).toBe(FROM);
    const byDate = new Map(gen.days.map((d) => [d.date, d]));
    for (const day of s.lastDays) {
      const g = byDate.get(day.date);
      if (!g) {
        expect(day.breaksShown + day.naturalBreaks + day.pauses, day.date).toBe(0);
        continue;
      }
      const { date, ...counts } = g;
      expect({
        date: day.date,
        breaksDue: day.breaksDue,
        manualBreaks: day.manualBreaks,
        completed: day.completed,
        partial: day.partial,
        stopped: day.stopped,
        skipped: day.skipped,
        walkedAway: day.walkedAway,
        snoozes: day.snoozes,
        naturalBreaks: day.naturalBreaks,
        warns: day.warns,
        pauses: day.pauses,
        secondsStretched: day.secondsStretched,
        longestSittingSeconds: day.longestSittingSeconds,
      }).toEqual({ date, ...counts });
    }

    const asMap = (list: { id: string; count: number }[]) => new Map(list.map((x) => [x.id, x.count]));
    expect(asMap(s.exercises.done)).toEqual(gen.exercisesDone);
    expect(asMap(s.exercises.skipped)).toEqual(gen.exercisesSkipped);
    expect(s.exercises.done.map((x) => x.count)).toEqual([...s.exercises.done.map((x) => x.count)].sort((a, b) => b - a));
  });

  it('streaks agree with a plain walk over the generated days', () => {
    const met = new Set(gen.days.filter((d) => d.completed + d.partial >= GOAL).map((d) => d.date));
    const shift = (date: string, k: number) => new Date(Date.parse(`${date}T00:00:00Z`) + k * 86_400_000).toISOString().slice(0, 10);
    const today = '2026-02-28';
    let current = 0;
    for (let d = met.has(today) ? today : shift(today, -1); met.has(d); d = shift(d, -1)) current++;
    let best = 0;
    for (const d of met) {
      if (met.has(shift(d, -1))) continue;
      let len = 0;
      for (let x = d; met.has(x); x = shift(x, 1)) len++;
      best = Math.max(best, len);
    }
    const s = computeStats(new HistoryLog({ dir: tmp }).readAll().entries, { dailyGoal: GOAL, now: NOW });
    expect(s.streak.current).toBe(current);
    expect(s.streak.best).toBe(best);
    // With weekends off, runs can span weekends and get longer.
    const workweek = computeStats(new HistoryLog({ dir: tmp }).readAll().entries, { dailyGoal: GOAL, now: NOW, streakDays: [1, 2, 3, 4, 5] });
    expect(workweek.streak.best).toBeGreaterThanOrEqual(best);
  });

  it('the streaming path (HistoryLog.stats) gives the same figures as readAll + computeStats', () => {
    const log = new HistoryLog({ dir: tmp });
    const streamed = log.stats({ dailyGoal: GOAL, now: NOW });
    expect(streamed).toEqual(computeStats(log.readAll().entries, { dailyGoal: GOAL, now: NOW }));
  });
});
