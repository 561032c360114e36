// Statistics over hand-made logs with known answers (SPEC §6). TZ=Europe/Berlin.
import { describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import {
  computeStats,
  movedPast,
  parseLog,
  serializeEvent,
  StatsAccumulator,
  type HistoryEntry,
  type OffsetSource,
} from '../../src-main/core/history/index';

/** Berlin local wall time in winter (+01:00) → epoch ms. */
const cet = (local: string) => Date.parse(`${local}+01:00`);
const Z = (iso: string) => Date.parse(`${iso}Z`);

function entries(events: LimberEvent[], offset?: OffsetSource): HistoryEntry[] {
  const r = parseLog(events.map((e) => `${serializeEvent(e, offset)}\n`).join(''));
  expect(r.notes).toEqual([]);
  return r.entries;
}

/** One Monday with every kind of outcome; the expected figures are worked out by hand below. */
function mondayEvents(): LimberEvent[] {
  const d = '2026-03-02T';
  return [
    // b1: due, snoozed once, re-shown, then completed
    { event: 'warn', at: cet(`${d}08:59:00`), dueAt: cet(`${d}09:00:00`) },
    { event: 'break', at: cet(`${d}09:00:00`), breakId: 'b1', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['twist', 'fold'] },
    { event: 'snoozed', at: cet(`${d}09:01:00`), breakId: 'b1', until: cet(`${d}09:06:00`), snoozesUsed: 1 },
    { event: 'break', at: cet(`${d}09:06:00`), breakId: 'b1', trigger: 'snooze', snoozesLeft: 1, sittingSeconds: 3060, routine: ['twist', 'fold'] },
    { event: 'started', at: cet(`${d}09:07:00`), breakId: 'b1' }, // sat 3060 + 60 = 3120 s
    { event: 'completed', at: cet(`${d}09:09:00`), breakId: 'b1', exercises: ['twist', 'fold'], secondsStretched: 110 },
    // b2: shown and left open for 12 minutes, then skipped: sat 2700 + 720 = 3420 s (the longest)
    { event: 'break', at: cet(`${d}10:00:00`), breakId: 'b2', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['neck', 'fold'] },
    { event: 'skipped', at: cet(`${d}10:12:00`), breakId: 'b2' },
    // b3: partial
    { event: 'break', at: cet(`${d}11:00:00`), breakId: 'b3', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['twist', 'fold'] }, // fold never reached
    { event: 'started', at: cet(`${d}11:00:30`), breakId: 'b3' },
    { event: 'partial', at: cet(`${d}11:01:30`), breakId: 'b3', fraction: 0.5, exercises: ['twist'], secondsStretched: 50 },
    // b4: stopped (it hurt)
    { event: 'break', at: cet(`${d}12:00:00`), breakId: 'b4', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['side-bend', 'neck'] },
    { event: 'started', at: cet(`${d}12:00:10`), breakId: 'b4' },
    { event: 'stopped', at: cet(`${d}12:00:40`), breakId: 'b4', exercise: 'side-bend', exercises: ['side-bend'], secondsStretched: 20 },
    // b5: the user walked away while it showed
    { event: 'break', at: cet(`${d}13:00:00`), breakId: 'b5', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['neck'] },
    { event: 'natural-break', at: cet(`${d}13:05:00`), cause: 'idle', sittingSeconds: 2700, breakId: 'b5' },
    // a natural break on their own
    { event: 'natural-break', at: cet(`${d}14:00:00`), cause: 'lock', sittingSeconds: 1800 },
    // b6: "stretch now"
    { event: 'break', at: cet(`${d}15:00:00`), breakId: 'b6', trigger: 'manual', snoozesLeft: 2, sittingSeconds: 600, routine: ['neck', 'twist'] }, // neck: moved past
    { event: 'started', at: cet(`${d}15:00:05`), breakId: 'b6' },
    { event: 'completed', at: cet(`${d}15:01:35`), breakId: 'b6', exercises: ['twist'], secondsStretched: 90 },
    { event: 'paused', at: cet(`${d}16:00:00`), kind: 'minutes', minutes: 30, until: cet(`${d}16:30:00`) },
    { event: 'resumed', at: cet(`${d}16:30:00`), by: 'timer' },
    { event: 'ignored', at: cet(`${d}16:31:00`), action: 'snooze', reason: 'no break is showing' },
  ];
}

const MONDAY = {
  date: '2026-03-02',
  weekday: 1,
  breaksDue: 5,
  breaksShown: 6,
  manualBreaks: 1,
  completed: 2,
  partial: 1,
  partialCounted: 1,
  stopped: 1,
  skipped: 1,
  walkedAway: 1,
  snoozes: 1,
  naturalBreaks: 2,
  warns: 1,
  pauses: 1,
  done: 3,
  secondsStretched: 270,
  minutesStretched: 4.5,
  longestSittingSeconds: 3420,
};

describe('computeStats on a hand-made day', () => {
  const now = cet('2026-03-02T18:00:00');

  it('counts every figure of the day', () => {
    const s = computeStats(entries(mondayEvents()), { dailyGoal: 3, now });
    expect(s.today).toEqual({ ...MONDAY, goalMet: true, goal: 3, remaining: 0 });
    expect(s.dailyGoal).toBe(3);
    const { date: _date, weekday: _weekday, ...counts } = MONDAY;
    expect(s.totals).toEqual({
      ...counts,
      activeDays: 1,
      goalDays: 1,
      firstDate: '2026-03-02',
      lastDate: '2026-03-02',
    });
  });

  it('ranks exercises done, skipped and stopped', () => {
    const s = computeStats(entries(mondayEvents()), { dailyGoal: 3, now });
    expect(s.exercises.done).toEqual([
      { id: 'twist', count: 3 },
      { id: 'fold', count: 1 },
      { id: 'side-bend', count: 1 },
    ]);
    // only what the user moved past inside a routine (b6's neck); not the exercises of the
    // skipped break b2, nor fold, which b3 ended before reaching
    expect(s.exercises.skipped).toEqual([{ id: 'neck', count: 1 }]);
    expect(s.exercises.stopped).toEqual([{ id: 'side-bend', count: 1 }]);
  });

  it('"skipped most" counts an exercise moved past, not each exercise of a skipped break (issue 14 §11)', () => {
    const d = '2026-03-02T';
    const brk = (id: string, at: string, routine: string[]): LimberEvent => ({ event: 'break', at: cet(`${d}${at}`), breakId: id, trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine });
    const s = computeStats(
      entries([
        brk('s1', '09:00:00', ['a', 'b', 'c']),
        { event: 'skipped', at: cet(`${d}09:00:10`), breakId: 's1' },
        brk('s2', '10:00:00', ['a', 'b', 'c']),
        { event: 'skipped', at: cet(`${d}10:00:10`), breakId: 's2' },
        brk('c1', '11:00:00', ['a', 'b', 'c']),
        { event: 'completed', at: cet(`${d}11:02:00`), breakId: 'c1', exercises: ['a', 'c'], secondsStretched: 80 },
        brk('p1', '12:00:00', ['b', 'c', 'a']),
        { event: 'partial', at: cet(`${d}12:01:00`), breakId: 'p1', fraction: 0.3, exercises: ['b'], secondsStretched: 30 },
      ]),
      { dailyGoal: 6, now },
    );
    expect(s.today.skipped).toBe(2); // the skipped breaks are counted as breaks
    expect(s.exercises.skipped).toEqual([{ id: 'b', count: 1 }]);
    expect(movedPast(['a', 'b', 'c', 'd'], ['a', 'd'])).toEqual(['b', 'c']);
    expect(movedPast(['a', 'b', 'c'], ['a'])).toEqual([]);
    expect(movedPast(['a', 'b'], [])).toEqual([]);
  });

  it('reports remaining breaks against a higher goal', () => {
    const s = computeStats(entries(mondayEvents()), { dailyGoal: 6, now });
    expect(s.today).toMatchObject({ done: 3, goal: 6, remaining: 3, goalMet: false });
    expect(s.streak).toMatchObject({ current: 0, best: 0, todayCounted: false });
  });

  it('a partial break counts toward the goal only with at least half the routine done (SPEC §2 dailyGoal)', () => {
    const ev = mondayEvents().map((e) => (e.event === 'partial' ? { ...e, fraction: 0.3 } : e));
    ev.push({ event: 'break', at: cet('2026-03-02T17:00:00'), breakId: 'b7', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: ['twist'] });
    ev.push({ event: 'started', at: cet('2026-03-02T17:00:10'), breakId: 'b7' });
    ev.push({ event: 'partial', at: cet('2026-03-02T17:00:20'), breakId: 'b7', fraction: 0, exercises: [], secondsStretched: 0 });
    const s = computeStats(entries(ev), { dailyGoal: 3, now });
    // two completed; the 30 % and the 0 % partial breaks are logged but do not count
    expect(s.today).toMatchObject({ completed: 2, partial: 2, partialCounted: 0, done: 2, goalMet: false, remaining: 1 });
    expect(s.totals).toMatchObject({ goalDays: 0, done: 2 });
    expect(s.lastDays.at(-1)).toMatchObject({ done: 2, goalMet: false });
    expect(s.calendar.at(-1)).toMatchObject({ done: 2, goalMet: false });
  });

  it('counts a duplicated outcome line once, and a re-shown due break once', () => {
    const ev = mondayEvents();
    ev.push({ event: 'completed', at: cet('2026-03-02T17:00:00'), breakId: 'b1', exercises: ['twist'], secondsStretched: 99 });
    ev.push({ event: 'break', at: cet('2026-03-02T17:01:00'), breakId: 'b2', trigger: 'due', snoozesLeft: 0, sittingSeconds: 1 });
    const s = computeStats(entries(ev), { dailyGoal: 3, now });
    expect(s.today).toMatchObject({ completed: 2, breaksDue: 5, secondsStretched: 270 });
  });

  it('builds the same figures entry by entry, and result() can be asked again', () => {
    const acc = new StatsAccumulator();
    const list = entries(mondayEvents());
    for (const e of list.slice(0, 6)) acc.add(e);
    expect(acc.result({ dailyGoal: 3, now }).today).toMatchObject({ completed: 1, breaksDue: 1, longestSittingSeconds: 3120 });
    for (const e of list.slice(6)) acc.add(e);
    expect(acc.result({ dailyGoal: 3, now })).toEqual(computeStats(list, { dailyGoal: 3, now }));
  });

  it('an empty history gives zeros and empty days', () => {
    const s = computeStats([], { dailyGoal: 6, now });
    expect(s.today).toMatchObject({ date: '2026-03-02', done: 0, remaining: 6 });
    expect(s.lastDays).toHaveLength(14);
    expect(s.calendar).toHaveLength(84);
    expect(s.streak).toEqual({ current: 0, currentFrom: null, todayCounted: false, best: 0, bestFrom: null, bestTo: null });
    expect(s.totals).toMatchObject({ activeDays: 0, firstDate: null, lastDate: null, done: 0 });
  });
});

describe('local calendar days', () => {
  const done = (at: number, id: string): LimberEvent => ({ event: 'completed', at, breakId: id, secondsStretched: 60 });

  it('counts the spring-forward day (2026-03-29) by the offset on each line', () => {
    const ev = [
      { event: 'skipped', at: Z('2026-03-28T23:30:00'), breakId: 's' } as LimberEvent, // 00:30+01:00 on the 29th
      done(Z('2026-03-29T00:30:00'), 'a'), // 01:30+01:00
      done(Z('2026-03-29T01:30:00'), 'b'), // 03:30+02:00
      done(Z('2026-03-29T21:59:00'), 'c'), // 23:59+02:00
      done(Z('2026-03-29T22:00:00'), 'd'), // 00:00+02:00 on the 30th
    ];
    const list = entries(ev);
    expect(list.map((e) => `${e.local.date} ${e.local.time} ${e.local.offsetMinutes}`)).toEqual([
      '2026-03-29 00:30:00 60',
      '2026-03-29 01:30:00 60',
      '2026-03-29 03:30:00 120',
      '2026-03-29 23:59:00 120',
      '2026-03-30 00:00:00 120',
    ]);
    const s = computeStats(list, { dailyGoal: 1, now: Z('2026-04-02T10:00:00') });
    const byDate = Object.fromEntries(s.lastDays.map((d) => [d.date, d]));
    expect(byDate['2026-03-28']).toMatchObject({ completed: 0, skipped: 0 });
    expect(byDate['2026-03-29']).toMatchObject({ completed: 3, skipped: 1, secondsStretched: 180 });
    expect(byDate['2026-03-30']).toMatchObject({ completed: 1 });
    // 14 consecutive calendar days across the change, none doubled or missing
    expect(s.lastDays.map((d) => d.date)).toEqual([
      '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26',
      '2026-03-27', '2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02',
    ]);
    expect(s.lastDays.map((d) => d.weekday)).toEqual([5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4]);
    expect(s.streak).toMatchObject({ current: 0, best: 2, bestFrom: '2026-03-29', bestTo: '2026-03-30' });
  });

  it('counts the fall-back day (2026-10-25, 02:30 happens twice) as one day', () => {
    const ev = [
      done(Z('2026-10-24T22:00:00'), 'a'), // 00:00+02:00 on the 25th
      done(Z('2026-10-25T00:30:00'), 'b'), // 02:30+02:00
      done(Z('2026-10-25T01:30:00'), 'c'), // 02:30+01:00
      done(Z('2026-10-25T22:59:00'), 'd'), // 23:59+01:00
      done(Z('2026-10-25T23:00:00'), 'e'), // 00:00+01:00 on the 26th
    ];
    const list = entries(ev);
    expect(list.map((e) => e.local.time)).toEqual(['00:00:00', '02:30:00', '02:30:00', '23:59:00', '00:00:00']);
    const s = computeStats(list, { dailyGoal: 4, now: Z('2026-10-26T12:00:00') });
    expect(s.lastDays.at(-2)).toMatchObject({ date: '2026-10-25', completed: 4, goalMet: true });
    expect(s.today).toMatchObject({ date: '2026-10-26', completed: 1, goalMet: false });
    expect(s.streak).toMatchObject({ current: 1, currentFrom: '2026-10-25', todayCounted: false, best: 1 });
  });

  it('keeps lines written on a trip to New York on the New York day', () => {
    const ny = [
      done(Z('2026-04-10T23:30:00'), 'n1'), // 19:30-04:00 on the 10th (already the 11th in Berlin)
      done(Z('2026-04-11T01:00:00'), 'n2'), // 21:00-04:00 on the 10th
    ];
    const home = [done(Z('2026-04-13T07:00:00'), 'h1')]; // back in Berlin, 09:00+02:00
    const list = [...entries(ny, -240), ...entries(home)];
    expect(list.map((e) => `${e.local.date}T${e.local.time}`)).toEqual([
      '2026-04-10T19:30:00',
      '2026-04-10T21:00:00',
      '2026-04-13T09:00:00',
    ]);
    const s = computeStats(list, { dailyGoal: 2, now: Z('2026-04-13T10:00:00') });
    const byDate = Object.fromEntries(s.lastDays.map((d) => [d.date, d.completed]));
    expect(byDate).toMatchObject({ '2026-04-10': 2, '2026-04-11': 0, '2026-04-12': 0, '2026-04-13': 1 });
    // "today" follows the zone the user is in now: still the 10th in New York at 02:00 UTC on the 11th
    const inNy = computeStats(list.slice(0, 2), { dailyGoal: 2, now: Z('2026-04-11T02:00:00'), tzOffsetMinutes: -240 });
    expect(inNy.today).toMatchObject({ date: '2026-04-10', done: 2, goalMet: true });
    expect(inNy.streak).toMatchObject({ current: 1, todayCounted: true });
    const inBerlin = computeStats(list.slice(0, 2), { dailyGoal: 2, now: Z('2026-04-11T02:00:00') });
    expect(inBerlin.today).toMatchObject({ date: '2026-04-11', done: 0 });
    expect(inBerlin.streak).toMatchObject({ current: 1, todayCounted: false });
  });
});

describe('streaks, the 14-day chart and the 12-week calendar', () => {
  let n = 0;
  const doneOn = (date: string, count = 1): LimberEvent[] =>
    Array.from({ length: count }, (_, i) => ({
      event: 'completed' as const,
      at: Date.parse(`${date}T${String(9 + i).padStart(2, '0')}:00:00+02:00`),
      breakId: `x${n++}`,
    }));
  // 2026-05-01 is a Friday.
  const base = [
    ...doneOn('2026-05-01'),
    ...doneOn('2026-05-02'),
    ...doneOn('2026-05-03'),
    // Monday 05-04 missed
    ...doneOn('2026-05-05'),
    ...doneOn('2026-05-06'),
    ...doneOn('2026-05-07'),
    ...doneOn('2026-05-08'),
  ];
  const at = (date: string) => Date.parse(`${date}T20:00:00+02:00`);

  it('counts up to yesterday while today has not met the goal yet', () => {
    const s = computeStats(entries(base), { dailyGoal: 1, now: at('2026-05-09') });
    expect(s.streak).toEqual({ current: 4, currentFrom: '2026-05-05', todayCounted: false, best: 4, bestFrom: '2026-05-05', bestTo: '2026-05-08' });
  });

  it('counts today once it met the goal', () => {
    const s = computeStats(entries([...base, ...doneOn('2026-05-09')]), { dailyGoal: 1, now: at('2026-05-09') });
    expect(s.streak).toEqual({ current: 5, currentFrom: '2026-05-05', todayCounted: true, best: 5, bestFrom: '2026-05-05', bestTo: '2026-05-09' });
  });

  it('a missed day breaks it; with working days only, weekends do not', () => {
    const list = entries([...base, ...doneOn('2026-05-11')]); // Monday after an empty weekend
    const every = computeStats(list, { dailyGoal: 1, now: at('2026-05-11') });
    expect(every.streak).toMatchObject({ current: 1, currentFrom: '2026-05-11', best: 4 });
    const weekdays = computeStats(list, { dailyGoal: 1, now: at('2026-05-11'), streakDays: [1, 2, 3, 4, 5] });
    // Fri 1 + Sat 2 + Sun 3 (weekend days that met the goal extend it), Mon 4 breaks it;
    // 5–8 and then 11 across the empty weekend.
    expect(weekdays.streak).toEqual({ current: 5, currentFrom: '2026-05-05', todayCounted: true, best: 5, bestFrom: '2026-05-05', bestTo: '2026-05-11' });
    const sunday = computeStats(list, { dailyGoal: 1, now: at('2026-05-10'), streakDays: [1, 2, 3, 4, 5] });
    expect(sunday.streak).toMatchObject({ current: 4, todayCounted: false });
    expect(computeStats(list, { dailyGoal: 1, now: at('2026-05-10') }).streak).toMatchObject({ current: 0, best: 4 });
  });

  it('only days meeting the goal count', () => {
    const list = entries([...doneOn('2026-05-05', 2), ...doneOn('2026-05-06', 1), ...doneOn('2026-05-07', 2)]);
    const s = computeStats(list, { dailyGoal: 2, now: at('2026-05-07') });
    expect(s.streak).toMatchObject({ current: 1, best: 1, todayCounted: true });
    expect(s.totals.goalDays).toBe(2);
  });

  it('lastDays runs oldest → newest with empty days; calendar is 84 days with heat levels', () => {
    const list = entries([
      ...doneOn('2026-05-03', 1),
      ...doneOn('2026-05-04', 2),
      ...doneOn('2026-05-05', 3),
      ...doneOn('2026-05-06', 4),
      ...doneOn('2026-05-07', 5),
      ...doneOn('2026-05-08', 6),
    ]);
    const s = computeStats(list, { dailyGoal: 4, now: at('2026-05-09'), days: 7 });
    expect(s.lastDays.map((d) => [d.date, d.completed])).toEqual([
      ['2026-05-03', 1],
      ['2026-05-04', 2],
      ['2026-05-05', 3],
      ['2026-05-06', 4],
      ['2026-05-07', 5],
      ['2026-05-08', 6],
      ['2026-05-09', 0],
    ]);
    expect(s.calendar).toHaveLength(84);
    expect(s.calendar[0]!.date).toBe('2026-02-15');
    expect(s.calendar[83]!.date).toBe('2026-05-09');
    expect(s.calendar.slice(-8).map((c) => c.level)).toEqual([0, 1, 2, 2, 3, 3, 4, 0]);
    expect(s.calendar.slice(-8).map((c) => c.goalMet)).toEqual([false, false, false, false, true, true, true, false]);
    expect(s.calendar[83]!.weekday).toBe(6);
  });
});
