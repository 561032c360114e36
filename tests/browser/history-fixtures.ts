// Realistic history logs for the history window's browser tests, made from the core's own
// deterministic generator (src-main/core/history/synthetic.ts) and written with the core's
// serializeEvent — so the page reads exactly what Limber would have on disk.
//
// Two things the generator alone does not give: exercise ids from the REAL catalog (its sample
// ids are placeholders, and the page must show catalog names), and a "today" that is still
// going on (the log is cut at the moment the test host's clock starts, like a log read at 15:10).
import { CATALOG, isDeskExercise } from '../../src-main/core/catalog';
import type { LimberEvent } from '../../src-main/core/events';
import { computeStats, parseLog, serializeEvent, type HistoryStats } from '../../src-main/core/history';
import { SAMPLE_EXERCISES, generateHistory } from '../../src-main/core/history/synthetic';
import { defaultSettings, type Settings } from '../../src-main/core/settings';

/** The desk exercises, in catalog order: what a real routine would contain. */
const DESK_IDS = CATALOG.filter(isDeskExercise).map((x) => x.id);

/** Sample id → a desk exercise id (a fixed, one-to-one mapping). */
const ID_MAP = new Map(SAMPLE_EXERCISES.map((id, i) => [id, DESK_IDS[i % DESK_IDS.length]!]));

const realId = (id: string): string => ID_MAP.get(id) ?? id;

function withRealIds(e: LimberEvent): LimberEvent {
  switch (e.event) {
    case 'break':
      return e.routine ? { ...e, routine: e.routine.map(realId) } : e;
    case 'completed':
    case 'partial':
      return e.exercises ? { ...e, exercises: e.exercises.map(realId) } : e;
    case 'stopped':
      return { ...e, exercise: realId(e.exercise), ...(e.exercises ? { exercises: e.exercises.map(realId) } : {}) };
    default:
      return e;
  }
}

/** "2026-03-12T15:10:00" (local, no offset) → epoch ms in the process time zone. */
export const localMs = (iso: string): number => new Date(iso).getTime();

function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(y, m - 1, d + n);
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
}

export interface Fixture {
  /** log text, one line per event */
  log: string;
  /** the events in the log */
  events: LimberEvent[];
  /** local wall time the test host's clock starts at (`config.start`) */
  start: string;
  /** `start` as epoch ms */
  now: number;
  /** settings for the test host (`config.settings`) */
  settings: Partial<Settings>;
}

export interface BusyOptions {
  /** the day the window is opened, YYYY-MM-DD (default Thursday 2026-03-12) */
  today?: string;
  /** local time it is opened (default 15:10) */
  time?: string;
  /** days of history before today (default 62, about nine weeks) */
  daysBefore?: number;
  seed?: number;
}

/**
 * A user who has been at it for weeks: working days Mon–Fri with breaks of every kind (the
 * generator's mix of completed, partial, stopped, skipped, snoozed and walked-away breaks),
 * working hours on (so weekends do not break the streak), today cut off at `time`.
 */
export function busyHistory(o: BusyOptions = {}): Fixture {
  const today = o.today ?? '2026-03-12';
  const time = o.time ?? '15:10';
  const daysBefore = o.daysBefore ?? 62;
  const start = `${today}T${time}:00`;
  const now = localMs(start);
  const gen = generateHistory({ from: addDays(today, -daysBefore), days: daysBefore + 1, seed: o.seed ?? 18 });
  const events = gen.events.filter((e) => e.at <= now).map(withRealIds);
  return {
    log: events.map((e) => serializeEvent(e)).join('\n') + '\n',
    events,
    start,
    now,
    settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' } },
  };
}

/** A brand-new user: nothing logged. */
export function emptyHistory(start = '2026-03-12T10:00:00'): Fixture {
  return { log: '', events: [], start, now: localMs(start), settings: {} };
}

/**
 * What the app computes for a log at `now` with these settings — the same call LimberApp.getHistory
 * makes, done here in the test process so the page's numbers are checked against the core.
 */
export function expectedStats(log: string, now: number, settings: Partial<Settings>): HistoryStats {
  const s = { ...defaultSettings(), ...settings };
  const wh = s.workingHours;
  return computeStats(parseLog(log).entries, {
    dailyGoal: s.dailyGoal,
    now,
    ...(wh.enabled ? { streakDays: wh.days } : {}),
  });
}

/** The catalog's display name of an exercise id. */
export function exerciseName(id: string): string {
  const ex = CATALOG.find((x) => x.id === id);
  if (!ex) throw new Error(`no exercise ${id} in the catalog`);
  return ex.name;
}
