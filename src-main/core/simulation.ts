// The schedule simulator (SPEC §8): replays a trace through the real Scheduler with a simulated
// clock and a simulated OS (idle counter, lock, suspend), exactly as the shell drives it: the
// scheduler is only ever woken when it asked to be, or when an event arrives.

import { BUSY_REASONS, type BusyReason } from './busy';
import { describeValue } from './describe-value';
import type { LimberEvent } from './events';
import { Scheduler, type Decision, type Instant, type SchedulerInput } from './scheduler';
import { applySettingsPatch, defaultSettings, validateSettingsPatch, type HoldWhen, type Settings } from './settings';

export class TraceError extends Error {}

export type TraceAction =
  | 'idle'
  | 'active'
  | 'lock'
  | 'unlock'
  | 'suspend'
  | 'resume'
  | 'start'
  | 'complete'
  | 'partial'
  | 'stop'
  | 'snooze'
  | 'skip'
  | 'stretch-now'
  | 'pause'
  | 'resume-breaks'
  | 'settings'
  | 'clock'
  | 'busy'
  | 'free'
  | 'prompt';

const ACTIONS: readonly TraceAction[] = [
  'idle',
  'active',
  'lock',
  'unlock',
  'suspend',
  'resume',
  'start',
  'complete',
  'partial',
  'stop',
  'snooze',
  'skip',
  'stretch-now',
  'pause',
  'resume-breaks',
  'settings',
  'clock',
  'busy',
  'free',
  'prompt',
];

export interface TraceEvent {
  /** true-timeline epoch ms */
  at: number;
  do: TraceAction;
  fraction?: number;
  exercise?: string;
  minutes?: number;
  until?: 'tomorrow' | 'forever';
  set?: Partial<Settings>;
  shiftMs?: number;
  /** for `busy`: what the detectors answer from then on */
  reason?: BusyReason;
}

/** The largest single wall-clock jump a trace may ask for (a year), and the largest total (ten years). */
export const MAX_SHIFT_MS = 366 * 24 * 3_600_000;
export const MAX_TOTAL_SHIFT_MS = 10 * MAX_SHIFT_MS;

export interface Trace {
  start: number;
  end: number;
  settings: Settings;
  events: TraceEvent[];
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const TIME_OF_DAY = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

function localDateTime(text: string): number | null {
  const m = LOCAL_DATE_TIME.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  const valid = date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d && h < 24 && mi < 60 && s < 60;
  return valid ? date.getTime() : null;
}

function timeOnDay(day: number, text: string): number | null {
  const m = TIME_OF_DAY.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (h > 23 || mi > 59 || s > 59) return null;
  const d = new Date(day);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), h, mi, s).getTime();
}

function parseTime(startDay: number, value: unknown, where: string): number {
  if (typeof value !== 'string') throw new TraceError(`${where} must be a time as "HH:MM[:SS]" or "YYYY-MM-DDTHH:MM[:SS]"`);
  const t = TIME_OF_DAY.test(value) ? timeOnDay(startDay, value) : localDateTime(value);
  if (t === null) throw new TraceError(`${where} is not a valid time: ${JSON.stringify(value)} (use "HH:MM[:SS]" or "YYYY-MM-DDTHH:MM[:SS]")`);
  return t;
}

function parseShift(value: unknown, where: string): number {
  const m = typeof value === 'string' ? /^([+-])(\d+)(s|m|h)$/.exec(value) : null;
  if (!m) throw new TraceError(`${where} must be a signed amount like "+60m", "-30m", "+2h" or "+90s" (got ${describeValue(value)})`);
  const unit = m[3] === 'h' ? 3_600_000 : m[3] === 'm' ? 60_000 : 1000;
  const ms = (m[1] === '-' ? -1 : 1) * Number(m[2]) * unit;
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_SHIFT_MS) {
    throw new TraceError(`${where} is too large: a clock shift may be at most 8784h (a year) either way (got ${describeValue(value)})`);
  }
  return ms;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkKeys(obj: Record<string, unknown>, allowed: string[], where: string): void {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k));
  if (extra.length) throw new TraceError(`${where} has unknown field${extra.length > 1 ? 's' : ''} ${extra.map((k) => `"${k}"`).join(', ')} (allowed: ${allowed.join(', ')})`);
}

/** Parses and checks a trace; throws a TraceError naming the first problem. */
export function parseTrace(raw: unknown, options: { knownExercises?: ReadonlySet<string> } = {}): Trace {
  if (!isObject(raw)) throw new TraceError('the trace must be a JSON object with "start", "end" and "events"');
  checkKeys(raw, ['start', 'end', 'settings', 'events', 'description'], 'the trace');
  if (typeof raw.start !== 'string') throw new TraceError('"start" is missing: give the local start time as "YYYY-MM-DDTHH:MM[:SS]"');
  const start = localDateTime(raw.start);
  if (start === null) throw new TraceError(`"start" is not a valid local date-time: ${JSON.stringify(raw.start)} (use "YYYY-MM-DDTHH:MM[:SS]")`);
  if (raw.end === undefined) throw new TraceError('"end" is missing: give the time to stop as "HH:MM[:SS]" or "YYYY-MM-DDTHH:MM[:SS]"');
  const end = parseTime(start, raw.end, '"end"');
  if (end <= start) throw new TraceError(`"end" (${String(raw.end)}) must be after "start" (${raw.start})`);

  let settings = defaultSettings();
  if (raw.settings !== undefined) {
    const applied = applySettingsPatch(settings, raw.settings, options);
    if (!applied.ok) throw new TraceError(`"settings": ${applied.errors[0]}`);
    settings = applied.value;
  }
  if (!Array.isArray(raw.events)) throw new TraceError('"events" must be a list (it may be empty)');

  const events: TraceEvent[] = [];
  let totalShift = 0;
  raw.events.forEach((e: unknown, i: number) => {
    const where = `events[${i}]`;
    if (!isObject(e)) throw new TraceError(`${where} must be an object like {"at": "09:30", "do": "idle"}`);
    if (!ACTIONS.includes(e.do as TraceAction)) {
      throw new TraceError(`${where}.do: unknown action ${describeValue(e.do)} (expected one of ${ACTIONS.join(', ')})`);
    }
    const action = e.do as TraceAction;
    const at = parseTime(start, e.at, `${where}.at`);
    if (at < start) throw new TraceError(`${where}.at (${String(e.at)}) is before "start"`);
    const prev = events[events.length - 1];
    if (prev && at < prev.at) throw new TraceError(`${where}.at (${String(e.at)}) is earlier than the event before it: events must be in time order`);
    const ev: TraceEvent = { at, do: action };
    const base = ['at', 'do'];
    switch (action) {
      case 'partial':
        checkKeys(e, [...base, 'fraction'], where);
        if (typeof e.fraction !== 'number' || !(e.fraction >= 0 && e.fraction <= 1)) {
          throw new TraceError(`${where}.fraction must be a number from 0 to 1 for "partial" (got ${describeValue(e.fraction)})`);
        }
        ev.fraction = e.fraction;
        break;
      case 'stop':
        checkKeys(e, [...base, 'exercise'], where);
        if (e.exercise !== undefined && (typeof e.exercise !== 'string' || !e.exercise)) {
          throw new TraceError(`${where}.exercise must be an exercise id`);
        }
        if (typeof e.exercise === 'string') ev.exercise = e.exercise;
        break;
      case 'pause':
        checkKeys(e, [...base, 'minutes', 'until'], where);
        if ((e.minutes === undefined) === (e.until === undefined)) {
          throw new TraceError(`${where}: "pause" needs either "minutes" (1–1440) or "until" ("tomorrow" or "forever")`);
        }
        if (e.minutes !== undefined) {
          if (typeof e.minutes !== 'number' || !Number.isInteger(e.minutes) || e.minutes < 1 || e.minutes > 1440) {
            throw new TraceError(`${where}.minutes must be a whole number from 1 to 1440 (got ${describeValue(e.minutes)})`);
          }
          ev.minutes = e.minutes;
        } else {
          if (e.until !== 'tomorrow' && e.until !== 'forever') {
            throw new TraceError(`${where}.until must be "tomorrow" or "forever" (got ${describeValue(e.until)})`);
          }
          ev.until = e.until;
        }
        break;
      case 'settings': {
        checkKeys(e, [...base, 'set'], where);
        const checked = validateSettingsPatch(e.set, options);
        if (!checked.ok) throw new TraceError(`${where}.set: ${checked.errors[0]}`);
        ev.set = checked.value;
        break;
      }
      case 'clock':
        checkKeys(e, [...base, 'shift'], where);
        ev.shiftMs = parseShift(e.shift, `${where}.shift`);
        totalShift += ev.shiftMs;
        if (Math.abs(totalShift) > MAX_TOTAL_SHIFT_MS) {
          throw new TraceError(`${where}.shift: the clock shifts add up to more than ten years`);
        }
        break;
      case 'busy':
        checkKeys(e, [...base, 'reason'], where);
        if (!BUSY_REASONS.includes(e.reason as BusyReason)) {
          throw new TraceError(`${where}.reason must be one of ${BUSY_REASONS.join(', ')} for "busy" (got ${describeValue(e.reason)})`);
        }
        ev.reason = e.reason as BusyReason;
        break;
      default:
        checkKeys(e, base, where);
    }
    events.push(ev);
  });
  return { start, end, settings, events };
}

/** One line of simulator output: `{"at":"HH:MM:SS","event":E,…}`. */
export type OutputLine = { at: string; event: string } & Record<string, unknown>;

export interface SimulationResult {
  lines: OutputLine[];
  /** every event the scheduler logged, with wall times */
  events: LimberEvent[];
  /** for each event, the true-timeline time of the call that produced it */
  trueAt: number[];
  /** how many times the scheduler was woken by its own request (not counting trace events) */
  wakeUps: number;
  /** how many times it was called in all */
  calls: number;
  /** how many times the simulated BusyPort was asked (only when the scheduler said `checkBusy`) */
  busyChecks: number;
  decisions: Decision[];
  scheduler: Scheduler;
}

export interface SimulateOptions {
  /** keep every Decision (for property tests); off by default to keep memory flat */
  keepDecisions?: boolean;
  /** when true, the simulated monotonic clock stops during suspend (as on Linux and macOS) */
  monoStopsInSuspend?: boolean;
}

/** Formats a wall time for output: HH:MM:SS on the start day, a full local date-time after. */
export function formatTraceTime(wall: number, startDay: number): string {
  const d = new Date(wall);
  const s = new Date(startDay);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hms = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  if (d.getFullYear() === s.getFullYear() && d.getMonth() === s.getMonth() && d.getDate() === s.getDate()) return hms;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${hms}`;
}

function outputLine(e: LimberEvent, startDay: number): OutputLine {
  const fmt = (w: number) => formatTraceTime(w, startDay);
  const line: OutputLine = { at: fmt(e.at), event: e.event };
  switch (e.event) {
    case 'warn':
      line.due = fmt(e.dueAt);
      if (e.heldBy !== undefined) line.heldBy = e.heldBy;
      break;
    case 'break':
      line.trigger = e.trigger;
      line.snoozesLeft = e.snoozesLeft;
      if (e.waited !== undefined) line.waited = e.waited;
      break;
    case 'held':
      line.reason = e.reason;
      break;
    case 'snoozed':
      line.until = fmt(e.until);
      line.snoozesUsed = e.snoozesUsed;
      break;
    case 'partial':
      line.fraction = e.fraction;
      break;
    case 'stopped':
      line.exercise = e.exercise;
      break;
    case 'natural-break':
      line.cause = e.cause;
      if (e.breakId !== undefined) line.duringBreak = true;
      break;
    case 'paused':
      line.until = e.until === null ? null : fmt(e.until);
      break;
    case 'resumed':
      line.by = e.by;
      break;
    case 'ignored':
      line.action = e.action;
      line.reason = e.reason;
      break;
    default:
      break;
  }
  return line;
}

/** Replays a parsed trace. */
export function simulate(trace: Trace, options: SimulateOptions = {}): SimulationResult {
  let shift = 0; // wall-clock shift from `clock` events
  let suspendedSince: number | null = null;
  let monoLost = 0; // simulated monotonic time lost to suspends
  const toMono = (trueT: number) => trueT - trace.start - monoLost - (suspendedSince !== null ? trueT - suspendedSince : 0);
  const instant = (trueT: number): Instant => ({ mono: toMono(trueT), wall: trueT + shift });
  // mono → true time while not suspended
  const toTrue = (mono: number) => mono + trace.start + monoLost;

  // the simulated OS idle counter
  let inputting = true;
  let lastInput = trace.start;
  const idleAt = (trueT: number) => (inputting ? 0 : Math.max(0, (trueT - lastInput) / 1000));

  // the simulated detectors (SPEC §8 `busy`/`free`), asked only through the BusyPort contract:
  // each kind answers only when `holdWhen` turns it on (the apps detector when programs are named)
  let busyReason: BusyReason | null = null;
  const busyAnswer = (): BusyReason | null => {
    const h: HoldWhen = scheduler.currentSettings.holdWhen;
    if (busyReason === null) return null;
    const on = busyReason === 'call' ? h.call : busyReason === 'presenting' ? h.presenting : busyReason === 'dnd' ? h.doNotDisturb : h.apps.length > 0;
    return on ? busyReason : null;
  };

  const result: SimulationResult = { lines: [], events: [], trueAt: [], wakeUps: 0, calls: 0, busyChecks: 0, decisions: [], scheduler: undefined as never };
  const scheduler = new Scheduler(trace.settings, instant(trace.start));
  result.scheduler = scheduler;
  let wakeAt: number | null = null;
  let checkBusy = false;

  const take = (d: Decision, trueT: number) => {
    result.calls++;
    if (options.keepDecisions) result.decisions.push(d);
    for (const eff of d.effects) {
      if (eff.type !== 'log') continue;
      result.events.push(eff.event);
      result.trueAt.push(trueT);
      result.lines.push(outputLine(eff.event, trace.start));
    }
    wakeAt = d.wakeAt;
    checkBusy = d.checkBusy;
  };
  const feed = (input: SchedulerInput, trueT: number) => take(scheduler.handle(input, instant(trueT), idleAt(trueT)), trueT);
  /** a timer wake, with the detectors' answer when the scheduler asked for one (as the app facade does) */
  const wake = (trueT: number) => {
    let answer: BusyReason | null | undefined;
    if (checkBusy) {
      result.busyChecks++;
      answer = busyAnswer();
    }
    take(scheduler.handle({ type: 'wake' }, instant(trueT), idleAt(trueT), answer), trueT);
  };

  // first decision: ask the freshly started scheduler when it wants to be woken
  feed({ type: 'wake' }, trace.start);

  const runWakesUntil = (limit: number, inclusive: boolean) => {
    for (;;) {
      if (wakeAt === null || suspendedSince !== null) return;
      const trueT = toTrue(wakeAt);
      if (inclusive ? trueT > limit : trueT >= limit) return;
      result.wakeUps++;
      wake(Math.max(trueT, trace.start));
    }
  };

  for (const ev of trace.events) {
    if (ev.at >= trace.end) break;
    runWakesUntil(ev.at, true);
    const t = ev.at;
    const touch = () => {
      if (!inputting) lastInput = t;
    };
    switch (ev.do) {
      case 'idle':
        if (inputting) {
          inputting = false;
          lastInput = t;
        }
        break;
      case 'active':
        inputting = true;
        break;
      case 'lock':
        if (inputting) {
          inputting = false;
          lastInput = t;
        }
        feed({ type: 'lock' }, t);
        break;
      case 'unlock':
        inputting = true;
        feed({ type: 'unlock' }, t);
        break;
      case 'suspend':
        feed({ type: 'suspend' }, t);
        if (inputting) {
          inputting = false;
          lastInput = t;
        }
        if (options.monoStopsInSuspend && suspendedSince === null) suspendedSince = t;
        break;
      case 'resume':
        if (suspendedSince !== null) {
          monoLost += t - suspendedSince;
          suspendedSince = null;
        }
        inputting = true;
        feed({ type: 'resume' }, t);
        break;
      case 'clock':
        shift += ev.shiftMs ?? 0;
        break;
      case 'busy':
        busyReason = ev.reason ?? 'call';
        break;
      case 'free':
        busyReason = null;
        break;
      default: {
        const input: SchedulerInput =
          ev.do === 'settings' ? { type: 'settings', settings: { ...scheduler.currentSettings, ...ev.set } } : actionInput(ev);
        feed(input, t);
        touch();
        // a break that ends in an outcome leaves the user at the desk (SPEC §3.1), giving input
        // as after `active` — even if the screen was locked while they stretched
        if (OUTCOME_ACTIONS.has(ev.do) && result.events.some((e, i) => result.trueAt[i] === t && isEndOfBreak(e))) inputting = true;
      }
    }
  }
  // nothing at or after `end` is run, so nothing at or after it is printed
  runWakesUntil(trace.end, false);
  return result;
}

const OUTCOME_ACTIONS: ReadonlySet<TraceAction> = new Set(['complete', 'partial', 'stop', 'skip']);
const isEndOfBreak = (e: LimberEvent): boolean =>
  e.event === 'completed' || e.event === 'partial' || e.event === 'stopped' || e.event === 'skipped';

function actionInput(ev: TraceEvent): SchedulerInput {
  switch (ev.do) {
    case 'start':
      return { type: 'start' };
    case 'complete':
      return { type: 'complete' };
    case 'partial':
      return { type: 'partial', fraction: ev.fraction ?? 0 };
    case 'stop':
      return { type: 'stop', exercise: ev.exercise ?? 'unspecified' };
    case 'snooze':
      return { type: 'snooze' };
    case 'skip':
      return { type: 'skip' };
    case 'stretch-now':
      return { type: 'stretch-now' };
    case 'pause':
      return ev.minutes !== undefined ? { type: 'pause', minutes: ev.minutes } : { type: 'pause', until: ev.until ?? 'forever' };
    case 'resume-breaks':
      return { type: 'resume-breaks' };
    case 'prompt':
      return { type: 'prompt' };
    default:
      throw new TraceError(`internal: ${ev.do} is not a user action`);
  }
}
