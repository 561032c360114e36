// Statistics over the history log (SPEC §6): everything the history window and the tray's
// "Today: 3 of 6" need. Pure and single-pass: entries can be fed one at a time (StatsAccumulator,
// e.g. straight from LogParser or from each append) and summed up for any `now` and goal.
//
// Days are LOCAL CALENDAR DAYS as written on each line (the YYYY-MM-DD of the line's own local
// time), so a day stays right across DST changes and time-zone travel. Every count goes to the
// day of the line it comes from (a break shown at 23:58 and completed at 00:03 is "due" on the
// first day and "completed" on the second). Entries are taken in file order, which is the order
// things happened even if the wall clock jumped.

import type { BusyReason } from '../busy';
import { countsTowardGoal } from '../goal';
import type { HistoryEntry } from './format';
import {
  dateOfDayNumber,
  dayNumber,
  localDate,
  resolveOffset,
  weekdayOfDayNumber,
  type OffsetSource,
} from './time';

export interface DayCounts {
  /** distinct breaks that became due (first shown with trigger "due"; a re-show after a snooze keeps its breakId and is not counted again) */
  breaksDue: number;
  /** distinct breaks shown this day, any trigger (due, re-shown after a snooze, manual) */
  breaksShown: number;
  /** breaks the user asked for ("Start a stretch now") */
  manualBreaks: number;
  completed: number;
  partial: number;
  /** partial breaks with at least half the routine done (they count toward the goal, SPEC §2) */
  partialCounted: number;
  /** "Stop — this hurts" */
  stopped: number;
  skipped: number;
  /** breaks whose outcome was natural-break (the user walked away while the window showed) */
  walkedAway: number;
  /** snoozed events */
  snoozes: number;
  /** natural-break events (including walked-away breaks) */
  naturalBreaks: number;
  warns: number;
  pauses: number;
  /** completed + partialCounted: what counts towards the daily goal */
  done: number;
  /** sum of secondsStretched of completed, partial and stopped breaks */
  secondsStretched: number;
  /** secondsStretched / 60, rounded to 0.1 */
  minutesStretched: number;
  /** longest sitting stretch that ended (or was seen) this day, in seconds */
  longestSittingSeconds: number;
}

export interface DayStats extends DayCounts {
  /** local calendar day, YYYY-MM-DD */
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** done >= dailyGoal */
  goalMet: boolean;
}

export interface CalendarDay {
  date: string;
  weekday: number;
  done: number;
  goalMet: boolean;
  /** heat-map level: 0 nothing, 1 under half the goal, 2 at least half, 3 goal met, 4 at least 1.5× the goal */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface ExerciseCount {
  id: string;
  count: number;
}

export interface StreakStats {
  /** consecutive goal days up to today (if today already met the goal) or else up to yesterday */
  current: number;
  /** first day of the current streak, or null */
  currentFrom: string | null;
  /** whether today is part of `current` (today met the goal) */
  todayCounted: boolean;
  best: number;
  bestFrom: string | null;
  bestTo: string | null;
}

export interface HistoryStats {
  /** the local day `now` falls on */
  today: DayStats & { goal: number; remaining: number };
  /** the last `days` days ending today, oldest → newest, empty days included */
  lastDays: DayStats[];
  /** the last `calendarDays` (84 = 12 weeks) days ending today, oldest → newest, for a heat map */
  calendar: CalendarDay[];
  streak: StreakStats;
  exercises: {
    /** from `exercises` of completed, partial and stopped breaks; most first */
    done: ExerciseCount[];
    /**
     * exercises the user moved past within a routine they did: in the break's `routine`, not
     * among the `exercises` done, yet followed by one that was done; most first. A skipped
     * break is not held against its exercises (the user declined the break, not them; skipped
     * breaks are counted per day), and exercises not reached when a routine ended early are
     * not counted either.
     */
    skipped: ExerciseCount[];
    /** the exercise named by "Stop — this hurts"; most first */
    stopped: ExerciseCount[];
  };
  /** all-time sums (longestSittingSeconds is the all-time maximum) */
  totals: DayCounts & {
    /** days with at least one entry */
    activeDays: number;
    /** days that met the goal */
    goalDays: number;
    firstDate: string | null;
    lastDate: string | null;
  };
  dailyGoal: number;
  /** breaks held because the user was busy (SPEC §3.12), and why: today and over the last `days` days */
  held: HeldStats;
}

export interface HeldCount {
  count: number;
  byReason: Record<BusyReason, number>;
}

export interface HeldStats {
  today: HeldCount;
  /** the same `days` days as `lastDays`, oldest → newest */
  lastDays: Array<HeldCount & { date: string }>;
  total: HeldCount;
}

const emptyHeld = (): HeldCount => ({ count: 0, byReason: { call: 0, presenting: 0, dnd: 0, app: 0 } });
const copyHeld = (h: HeldCount | undefined): HeldCount => (h ? { count: h.count, byReason: { ...h.byReason } } : emptyHeld());

export interface StatsOptions {
  /** completed + partial breaks a day should have (settings.dailyGoal) */
  dailyGoal: number;
  /** current wall time, epoch ms: decides what "today" is */
  now: number;
  /** length of `lastDays` (default 14) */
  days?: number;
  /** length of `calendar` (default 84, 12 weeks) */
  calendarDays?: number;
  /** the zone "today" is read in: default the process TZ at `now` */
  tzOffsetMinutes?: OffsetSource;
  /**
   * Weekdays (0 = Sunday) on which missing the goal breaks a streak — pass
   * settings.workingHours.days when working hours are on. Other days never break a streak and
   * extend it when their goal is met. Default: every day counts.
   */
  streakDays?: readonly number[];
}

type MutableCounts = Omit<DayCounts, 'done' | 'minutesStretched'>;

interface BreakState {
  dueCounted: boolean;
  manualCounted: boolean;
  shownOn: string;
  routine: string[] | undefined;
  /** wall time and sitting seconds of the latest show */
  sitAt: number;
  sitSeconds: number;
  startedAt: number;
  ended: boolean;
}

/** A longer gap than this between a break showing and the user acting is a clock jump, not sitting. */
const MAX_SITTING_GAP_S = 24 * 3600;

function emptyCounts(): MutableCounts {
  return {
    breaksDue: 0,
    breaksShown: 0,
    manualBreaks: 0,
    completed: 0,
    partial: 0,
    partialCounted: 0,
    stopped: 0,
    skipped: 0,
    walkedAway: 0,
    snoozes: 0,
    naturalBreaks: 0,
    warns: 0,
    pauses: 0,
    secondsStretched: 0,
    longestSittingSeconds: 0,
  };
}

function finishCounts(c: MutableCounts): DayCounts {
  return {
    ...c,
    done: c.completed + c.partialCounted,
    secondsStretched: Math.round(c.secondsStretched),
    minutesStretched: Math.round(c.secondsStretched / 6) / 10,
    longestSittingSeconds: Math.round(c.longestSittingSeconds),
  };
}

function bump(map: Map<string, number>, id: string): void {
  map.set(id, (map.get(id) ?? 0) + 1);
}

function ranked(map: Map<string, number>): ExerciseCount[] {
  return [...map]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The exercises of `routine` left out before the last one that was done (moved past with Next). */
export function movedPast(routine: readonly string[], done: readonly string[]): string[] {
  const did = new Set(done);
  let last = -1;
  for (let i = 0; i < routine.length; i++) if (did.has(routine[i]!)) last = i;
  const out: string[] = [];
  for (let i = 0; i < last; i++) if (!did.has(routine[i]!)) out.push(routine[i]!);
  return out;
}

/** Single-pass aggregation of history entries; `result()` can be called any number of times. */
export class StatsAccumulator {
  private readonly days = new Map<string, MutableCounts>();
  private readonly breaks = new Map<string, BreakState>();
  private readonly doneEx = new Map<string, number>();
  private readonly skippedEx = new Map<string, number>();
  private readonly stoppedEx = new Map<string, number>();
  private readonly totals = emptyCounts();
  private lastDay: MutableCounts | null = null;
  private lastDate = '';
  private readonly heldDays = new Map<string, HeldCount>();
  private readonly heldTotal = emptyHeld();
  /** entries added */
  count = 0;

  private day(date: string): MutableCounts {
    if (date === this.lastDate && this.lastDay) return this.lastDay;
    let d = this.days.get(date);
    if (!d) {
      d = emptyCounts();
      this.days.set(date, d);
    }
    this.lastDate = date;
    this.lastDay = d;
    return d;
  }

  private breakState(id: string): BreakState {
    let b = this.breaks.get(id);
    if (!b) {
      b = { dueCounted: false, manualCounted: false, shownOn: '', routine: undefined, sitAt: NaN, sitSeconds: NaN, startedAt: NaN, ended: false };
      this.breaks.set(id, b);
    }
    return b;
  }

  private sitting(day: MutableCounts, seconds: number): void {
    if (!(seconds > day.longestSittingSeconds)) return;
    day.longestSittingSeconds = seconds;
    if (seconds > this.totals.longestSittingSeconds) this.totals.longestSittingSeconds = seconds;
  }

  /** Sitting from the latest show of `b` until `until` (the user stood up or moved on). */
  private sittingUntil(day: MutableCounts, b: BreakState, until: number, minusSeconds = 0): void {
    if (!Number.isFinite(b.sitSeconds)) return;
    const gap = (until - b.sitAt) / 1000 - minusSeconds;
    this.sitting(day, b.sitSeconds + (gap > 0 && gap <= MAX_SITTING_GAP_S ? gap : 0));
  }

  /** Marks the break's outcome; false if it already had one (a duplicate line is counted once). */
  private end(id: string): BreakState | null {
    const b = this.breakState(id);
    if (b.ended) return null;
    b.ended = true;
    return b;
  }

  add(e: HistoryEntry): void {
    this.count++;
    const day = this.day(e.local.date);
    const t = this.totals;
    switch (e.event) {
      case 'warn':
        day.warns++;
        t.warns++;
        break;
      case 'break': {
        const b = this.breakState(e.breakId);
        if (e.trigger === 'due' && !b.dueCounted) {
          b.dueCounted = true;
          day.breaksDue++;
          t.breaksDue++;
        } else if (e.trigger === 'manual' && !b.manualCounted) {
          b.manualCounted = true;
          day.manualBreaks++;
          t.manualBreaks++;
        }
        if (b.shownOn !== e.local.date) {
          if (b.shownOn === '') t.breaksShown++;
          b.shownOn = e.local.date;
          day.breaksShown++;
        }
        if (e.routine) b.routine = e.routine;
        b.sitAt = e.at;
        b.sitSeconds = e.sittingSeconds;
        this.sitting(day, e.sittingSeconds);
        break;
      }
      case 'snoozed':
        day.snoozes++;
        t.snoozes++;
        break;
      case 'started': {
        const b = this.breakState(e.breakId);
        if (!b.ended && !Number.isFinite(b.startedAt)) {
          b.startedAt = e.at;
          this.sittingUntil(day, b, e.at);
        }
        break;
      }
      case 'completed':
      case 'partial':
      case 'stopped': {
        const b = this.end(e.breakId);
        if (!b) break;
        day[e.event]++;
        t[e.event]++;
        if (e.event === 'partial' && countsTowardGoal(e)) {
          day.partialCounted++;
          t.partialCounted++;
        }
        const secs = e.secondsStretched ?? 0;
        day.secondsStretched += secs;
        t.secondsStretched += secs;
        if (e.exercises) {
          for (const id of e.exercises) bump(this.doneEx, id);
          if (b.routine) for (const id of movedPast(b.routine, e.exercises)) bump(this.skippedEx, id);
        }
        if (e.event === 'stopped') bump(this.stoppedEx, e.exercise);
        if (!Number.isFinite(b.startedAt)) this.sittingUntil(day, b, e.at, secs);
        break;
      }
      case 'skipped': {
        const b = this.end(e.breakId);
        if (!b) break;
        day.skipped++;
        t.skipped++;
        this.sittingUntil(day, b, e.at);
        break;
      }
      case 'natural-break':
        day.naturalBreaks++;
        t.naturalBreaks++;
        this.sitting(day, e.sittingSeconds);
        if (e.breakId !== undefined && this.end(e.breakId)) {
          day.walkedAway++;
          t.walkedAway++;
        }
        break;
      case 'paused':
        day.pauses++;
        t.pauses++;
        break;
      case 'held': {
        let h = this.heldDays.get(e.local.date);
        if (!h) this.heldDays.set(e.local.date, (h = emptyHeld()));
        for (const c of [h, this.heldTotal]) {
          c.count++;
          if (e.reason in c.byReason) c.byReason[e.reason]++;
        }
        break;
      }
      case 'resumed':
      case 'ignored':
        break;
    }
  }

  addAll(entries: Iterable<HistoryEntry>): this {
    for (const e of entries) this.add(e);
    return this;
  }

  result(opts: StatsOptions): HistoryStats {
    const goal = Math.max(1, Math.floor(Number.isFinite(opts.dailyGoal) ? opts.dailyGoal : 1));
    const today = localDate(opts.now, resolveOffset(opts.now, opts.tzOffsetMinutes));
    const todayN = dayNumber(today);
    const nDays = Math.max(1, Math.floor(opts.days ?? 14));
    const nCal = Math.max(1, Math.floor(opts.calendarDays ?? 84));
    const counted = new Set(opts.streakDays && opts.streakDays.length ? opts.streakDays : [0, 1, 2, 3, 4, 5, 6]);

    const doneOn = (date: string): number => {
      const d = this.days.get(date);
      return d ? d.completed + d.partialCounted : 0;
    };
    const dayStats = (n: number): DayStats => {
      const date = dateOfDayNumber(n);
      const c = finishCounts(this.days.get(date) ?? emptyCounts());
      return { date, weekday: weekdayOfDayNumber(n), goalMet: c.done >= goal, ...c };
    };

    const lastDays: DayStats[] = [];
    for (let n = todayN - nDays + 1; n <= todayN; n++) lastDays.push(dayStats(n));
    const calendar: CalendarDay[] = [];
    for (let n = todayN - nCal + 1; n <= todayN; n++) {
      const date = dateOfDayNumber(n);
      const done = doneOn(date);
      const level = done === 0 ? 0 : done * 2 < goal ? 1 : done < goal ? 2 : done * 2 < goal * 3 ? 3 : 4;
      calendar.push({ date, weekday: weekdayOfDayNumber(n), done, goalMet: done >= goal, level });
    }

    // Streaks: walk the calendar from the first day with history (at most 25 years back) to today.
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    let goalDays = 0;
    for (const [date, c] of this.days) {
      if (firstDate === null || date < firstDate) firstDate = date;
      if (lastDate === null || date > lastDate) lastDate = date;
      if (c.completed + c.partialCounted >= goal) goalDays++;
    }
    const streak: StreakStats = { current: 0, currentFrom: null, todayCounted: false, best: 0, bestFrom: null, bestTo: null };
    if (firstDate !== null && firstDate <= today) {
      let run = 0;
      let runFrom = -1;
      const record = (endN: number) => {
        if (run > streak.best) {
          streak.best = run;
          streak.bestFrom = dateOfDayNumber(runFrom);
          streak.bestTo = dateOfDayNumber(endN);
        }
      };
      const startN = Math.max(dayNumber(firstDate), todayN - 25 * 366);
      for (let n = startN; n < todayN; n++) {
        if (doneOn(dateOfDayNumber(n)) >= goal) {
          if (run === 0) runFrom = n;
          run++;
          record(n);
        } else if (counted.has(weekdayOfDayNumber(n))) {
          run = 0;
        }
      }
      if (doneOn(today) >= goal) {
        if (run === 0) runFrom = todayN;
        run++;
        record(todayN);
        streak.todayCounted = true;
      }
      streak.current = run;
      streak.currentFrom = run > 0 ? dateOfDayNumber(runFrom) : null;
    }

    const todayStats = dayStats(todayN);
    return {
      today: { ...todayStats, goal, remaining: Math.max(0, goal - todayStats.done) },
      lastDays,
      calendar,
      streak,
      exercises: { done: ranked(this.doneEx), skipped: ranked(this.skippedEx), stopped: ranked(this.stoppedEx) },
      totals: { ...finishCounts(this.totals), activeDays: this.days.size, goalDays, firstDate, lastDate },
      dailyGoal: goal,
      held: {
        today: copyHeld(this.heldDays.get(today)),
        lastDays: lastDays.map((d) => ({ date: d.date, ...copyHeld(this.heldDays.get(d.date)) })),
        total: copyHeld(this.heldTotal),
      },
    };
  }
}

/** Statistics for a list of entries (see StatsAccumulator for the rules). */
export function computeStats(entries: Iterable<HistoryEntry>, opts: StatsOptions): HistoryStats {
  return new StatsAccumulator().addAll(entries).result(opts);
}
