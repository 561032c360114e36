// The sitting clock and break scheduler (SPEC §3). A pure state machine: it is handed events
// with the time they happened (a monotonic and a wall clock, both injected) and the OS idle
// time sampled at that moment, and answers with decisions: what to log, whether to show or hide
// the break window, and when it next needs to be woken. It never reads a clock or sets a timer.
//
// Vocabulary (after Workrave's timers): the *sitting clock* runs from `sitStart`; a break is
// *due* when it reaches the limit; the *warn* comes `warnSeconds` before; a *natural break* is
// an away period of `naturalBreakMinutes`; a *snooze* postpones a shown break.
//
// Durations are measured on an internal timeline T = monotonic + an offset that grows by any
// suspended time the monotonic clock did not count, so T runs at real time across a suspend
// while sitting time excludes it (the schedule is shifted by the suspended span).
//
// The right moment (SPEC §3.5, §3.12):
// - Rule 5, waiting for a pause. At the due moment (a snoozed re-show too, never "Start a
//   stretch now"), a user who gave input within `pauseSeconds` gets a quiet prompt
//   (`show-prompt`) instead of the window; the window comes at the first pause of
//   `pauseSeconds`, at a click on the prompt (input `prompt`), or `flexMinutes` after due. The
//   pause is found without polling: with the last input at L (from the idle sample), the pause
//   cannot complete before L + pauseSeconds, so that is the next wake; typing on through it
//   costs one sample per `pauseSeconds` at most.
// - Rule 12, busy. The scheduler stays synchronous: the busy answer comes in with the call
//   (`handle(input, now, idle, busy)`; undefined = not asked). A decision whose next wake is a
//   busy decision moment (the warn, the due moment, a hold's or a busy idle user's 60-s check)
//   says `checkBusy: true`; the caller asks its BusyPort (async in the shell, at once in the
//   simulator) and passes the answer with that `wake`. A busy moment reached without an answer
//   (an event arrived first, or an idle period became long enough to be a natural break, or a
//   waiting break found its pause — neither is worth a check at every idle sample) is deferred:
//   the decision asks for an immediate wake with `checkBusy`. A break that waited for a pause is
//   checked once more as its window is about to open (the user may have joined a call meanwhile).
//   With every kind of `holdWhen` off nothing is ever asked.
// - Rule 13: while waiting for a wall-clock moment (the end of a pause until tomorrow, the
//   start or end of working hours) the scheduler asks to be woken at least every 15 minutes,
//   so a changed system time moves those moments within 15 minutes.

import { isWorkingTime, nextWorkingStart, tomorrowMorning, workingPeriodEnd } from './calendar';
import type { BusyReason } from './busy';
import type { AwayCause, BreakTrigger, LimberEvent, RoutineReport } from './events';
import { cloneSettings, type HoldWhen, type Settings } from './settings';

export interface Instant {
  /** monotonic milliseconds (never jumps; may or may not advance during suspend) */
  mono: number;
  /** wall-clock epoch milliseconds (may jump when the user or NTP changes the time) */
  wall: number;
}

export type PauseRequest = { minutes: number } | { until: 'tomorrow' | 'forever' };

export type SchedulerInput =
  | { type: 'wake' }
  | { type: 'lock' }
  | { type: 'unlock' }
  | { type: 'suspend' }
  | { type: 'resume' }
  | { type: 'start' }
  | ({ type: 'complete' } & RoutineReport)
  | ({ type: 'partial'; fraction: number } & RoutineReport)
  | ({ type: 'stop'; exercise: string } & RoutineReport)
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'stretch-now' }
  | ({ type: 'pause' } & PauseRequest)
  | { type: 'resume-breaks' }
  /** the user clicked the quiet prompt of a break waiting for a pause: show it now (SPEC §3.5) */
  | { type: 'prompt' }
  | { type: 'settings'; settings: Settings };

/** What the busy detectors answered at this call: a reason, null for free, undefined when not asked. */
export type BusyAnswer = BusyReason | null | undefined;

export type SchedulerInputType = SchedulerInput['type'];

export type Effect =
  | { type: 'log'; event: LimberEvent }
  /** the heads-up notification; only emitted when `notifications` is on */
  | { type: 'notify-warn'; dueAt: number; heldBy?: BusyReason }
  | { type: 'show-break'; breakId: string; trigger: BreakTrigger; snoozesLeft: number }
  | { type: 'hide-break'; breakId: string }
  /** a due break waits for a pause in input: show the small quiet prompt (no focus, no sound) */
  | { type: 'show-prompt'; breakId: string; dueAt: number; latestAt: number }
  | { type: 'hide-prompt'; breakId: string };

export type Mode = 'sitting' | 'away' | 'paused' | 'off-hours' | 'break' | 'routine' | 'suspended';

export interface SchedulerStatus {
  mode: Mode;
  /** how long the sitting clock has been running (0 when it is not) */
  sittingMs: number;
  /** wall time the next break is due (or re-shown after a snooze), when the clock runs */
  nextBreakAt: number | null;
  /** wall time of the heads-up, if one is still to come */
  warnAt: number | null;
  snoozed: boolean;
  /** snoozes the current (or pending) break may still use */
  snoozesLeft: number;
  paused: boolean;
  /** wall time a pause ends; null while not paused or paused indefinitely */
  pausedUntil: number | null;
  /** wall time tracking starts again when outside working hours */
  workingStartsAt: number | null;
  breakId: string | null;
  locked: boolean;
  /** a due break waiting for a pause in input, with its quiet prompt (SPEC §3.5) */
  prompt: { breakId: string; dueAt: number; latestAt: number } | null;
  /** a due break held because the user is busy (SPEC §3.12): why, since when, and when it comes anyway */
  held: { reason: BusyReason; since: number; until: number } | null;
}

export interface Decision {
  effects: Effect[];
  /** monotonic time the scheduler next needs `wake`, or null if only an event can change anything */
  wakeAt: number | null;
  /** the caller must ask the BusyPort and pass its answer with the `wake` at `wakeAt` (SPEC §3.12) */
  checkBusy: boolean;
  status: SchedulerStatus;
}

/**
 * While the user is away (idle) we look for their return this often. The first input lies
 * between two looks and we take the middle, so the sitting clock starts at most 15 s off —
 * the tolerance SPEC §8 allows — at half the wake-ups of a 15 s look.
 */
export const AWAY_POLL_MS = 30_000;
/**
 * While the screen is locked the unlock event is what normally ends an away period; in case it is
 * never reported, fresh input is looked for too: every AWAY_POLL_MS in the first half hour of a
 * lock, then every LOCKED_POLL_MS (a return after a missed unlock is then placed within ±7.5 min).
 */
export const LOCKED_FINE_POLL_MS = 30 * 60_000;
export const LOCKED_POLL_MS = 15 * 60_000;
/** SPEC §3.12: a held break, and a busy user who is idle, are checked again this often. */
export const BUSY_RECHECK_MS = 60_000;
/** SPEC §3.13: the wall clock is re-read at least this often while waiting for a wall-clock moment. */
export const WALL_CHECK_MS = 15 * 60_000;
const MIN = 60_000;

interface Pause {
  kind: 'minutes' | 'tomorrow' | 'forever';
  minutes?: number;
  /** end on T (for minute pauses: a duration) */
  untilT?: number;
  /** end on the wall clock (for "until tomorrow": a calendar moment) */
  untilWall?: number;
}

interface ShownBreak {
  id: string;
  trigger: BreakTrigger;
  snoozable: boolean;
  started: boolean;
}

/** A due break waiting for a pause in input (rule 5). */
interface Waiting {
  id: string;
  trigger: 'due' | 'snooze';
  /** T it came due */
  dueT: number;
}

/** A due break held because the user is busy (rule 12). */
interface Hold {
  reason: BusyReason;
  trigger: 'due' | 'snooze';
  sinceT: number;
  nextCheckT: number;
  /** the due moment it was held for (T) */
  dueT: number;
}

type DeadlineKind =
  | 'natural-break'
  | 'warn'
  | 'due'
  | 'hours-end'
  | 'hours-start'
  | 'pause-end'
  | 'poll'
  | 'pause-found'
  | 'flex-end'
  | 'hold-check'
  | 'hold-max'
  | 'busy-idle-check'
  | 'wall-check';

interface Deadline {
  t: number;
  kind: DeadlineKind;
}

/**
 * Why an input was refused, as the `ignored` event logs it (English: part of the history's data).
 * The shell words them for a person from these keys (status-text.ts notNowText).
 */
export const IGNORED = {
  suspended: 'the computer is suspended',
  breakShowing: 'a break is already showing',
  thatBreakShowing: 'the break is already showing',
  noBreakWaiting: 'no break is waiting',
  noBreakShowing: 'no break is showing',
  routineRunning: 'the routine is already running',
  routineNotStarted: 'the routine has not started',
  skipWhileRunning: 'the routine is running: use "Done for now" or "Stop"',
  snoozeWhileRunning: 'the routine is running',
  snoozeByHand: 'a break started by hand cannot be snoozed',
  snoozeWhilePaused: 'breaks are paused or outside working hours: skip this one instead',
  finishRoutineFirst: 'finish or stop the routine first',
  badPauseMinutes: 'pause minutes must be a whole number from 1 to 1440',
  notPaused: 'breaks are not paused',
} as const;

/** The refusal of a snooze when the break has none left. */
export const noSnoozesLeft = (maxSnoozes: number): string => `no snoozes left for this break (maxSnoozes is ${maxSnoozes})`;

/** A refusal as data (for a page to word): the key of its IGNORED reason, or no snoozes left and how many there were. */
export type Refusal = { code: keyof typeof IGNORED } | { code: 'noSnoozesLeft'; maxSnoozes: number };

/** The refusal a logged reason stands for (null: a reason this version does not know). */
export function refusalOf(reason: string): Refusal | null {
  const key = (Object.keys(IGNORED) as (keyof typeof IGNORED)[]).find((k) => IGNORED[k] === reason);
  if (key) return { code: key };
  const n = /^no snoozes left for this break \(maxSnoozes is (\d+)\)$/.exec(reason);
  return n ? { code: 'noSnoozesLeft', maxSnoozes: Number(n[1]) } : null;
}


export class Scheduler {
  private settings: Settings;
  private offset = 0; // T = mono + offset
  private t = 0; // T of the event being handled
  private wall = 0; // wall time of the event being handled
  private effects: Effect[] = [];

  private mode: Exclude<Mode, 'suspended'> = 'sitting';
  private sitStart = 0;
  private lastInputT = 0;
  private lockedSince: number | null = null;
  private suspended: { mono: number; wall: number; t: number } | null = null;

  // the schedule of the current sitting stretch
  private dueT = 0;
  private warnT: number | null = null;
  private warned: { at: number; dueT: number } | null = null;
  private snoozeUntilT: number | null = null;
  private snoozesUsed = 0;
  private pendingBreakId: string | null = null;

  // away: waiting for the user's next input
  private awaySince = 0;
  private lastPollT = 0;

  private pause: Pause | null = null;
  private shown: ShownBreak | null = null;
  private breakSeq = 0;

  // the right moment (rules 5 and 12)
  private waiting: Waiting | null = null;
  private hold: Hold | null = null;
  /** the current break was held for maxHoldMinutes: it is not held again, and its warn says why */
  private heldOut: BusyReason | null = null;
  /** a busy user idle past naturalBreakMinutes: their idle is not a natural break; checked every 60 s */
  private busyIdle: { from: number; nextCheckT: number } | null = null;
  /** the busy answer that came with the call being handled */
  private busy: BusyAnswer = undefined;
  /** a busy decision moment was reached without an answer: wake at once with a check */
  private deferred = false;
  /** settings sent while suspended: the schedule is recomputed at resume */
  private settingsWhileSuspended = false;
  /** handling a resume: nothing happened while asleep, so an away period starts at the resume */
  private resuming = false;

  /** The app starts with the user at the machine (they just launched it or logged in). */
  constructor(settings: Settings, now: Instant) {
    this.settings = cloneSettings(settings);
    this.enter(now);
    this.lastInputT = this.t;
    if (isWorkingTime(this.settings.workingHours, this.wall)) this.startSitting(this.t);
    else this.mode = 'off-hours';
  }

  /**
   * Feeds one event; `idleSeconds` is the OS idle time sampled at `now`; `busy` is the BusyPort's
   * answer when the caller asked it (see `Decision.checkBusy`), else undefined.
   */
  handle(input: SchedulerInput, now: Instant, idleSeconds: number, busy?: BusyReason | null): Decision {
    this.enter(now);
    this.busy = this.holdsNothing() ? null : busy;
    this.deferred = false;
    if (this.suspended) {
      this.whileSuspended(input, now);
      return this.decision();
    }
    if (Number.isFinite(idleSeconds) && idleSeconds >= 0 && input.type !== 'resume') {
      this.lastInputT = Math.max(this.lastInputT, this.t - idleSeconds * 1000);
      // fresh input after a lock: the user is at the machine, whatever the missed unlock says
      // (an unlock itself says so exactly: nobody gives input to a locked screen before it)
      if (input.type !== 'unlock' && this.lockedSince !== null && this.lastInputT > this.lockedSince) this.lockedSince = null;
    }
    this.dropStaleBusyIdle();
    this.checkReturn();
    this.runDeadlines();
    this.apply(input);
    this.runDeadlines();
    if (this.mode === 'away') this.lastPollT = this.t;
    return this.decision();
  }

  /** Current status without feeding anything (for the tray, at any moment). */
  status(now: Instant): SchedulerStatus {
    const t = now.mono + this.offset;
    return this.statusAt(t, now.wall);
  }

  get currentSettings(): Settings {
    return cloneSettings(this.settings);
  }

  /** True when every kind of `holdWhen` is off: the BusyPort need never be asked. */
  private holdsNothing(): boolean {
    const h: HoldWhen = this.settings.holdWhen;
    return !h.call && !h.presenting && !h.doNotDisturb && h.apps.length === 0;
  }

  /** Rule 6 before a resume: lock state may change in either order; settings are kept; actions are answered. */
  private whileSuspended(input: SchedulerInput, now: Instant): void {
    switch (input.type) {
      case 'lock':
        if (this.lockedSince === null) this.lockedSince = this.suspended!.t;
        return;
      case 'unlock':
        this.lockedSince = null;
        return;
      case 'resume':
        this.resumeFromSuspend(now);
        return;
      case 'wake':
      case 'suspend':
        return; // a stray timer, or a repeated suspend
      case 'settings':
        // kept now (the app has saved them); the schedule is recomputed at resume
        this.settings = cloneSettings(input.settings);
        this.settingsWhileSuspended = true;
        return;
      default:
        this.ignore(input.type, IGNORED.suspended);
    }
  }

  // ---------------------------------------------------------------- time & deadlines

  private enter(now: Instant): void {
    this.t = now.mono + this.offset;
    this.wall = now.wall;
    this.effects = [];
  }

  /** Wall time of timeline moment `t` as the wall clock reads now. */
  private wallOf(t: number): number {
    return this.wall - (this.t - t);
  }

  /** Timeline moment of wall time `w`, as the wall clock reads now. */
  private tOfWall(w: number): number {
    return this.t + (w - this.wall);
  }

  private get naturalMs(): number {
    return this.settings.naturalBreakMinutes * MIN;
  }

  /** When the current away period started, counting idle and lock (whichever is longer). */
  private awayStart(): number {
    return this.lockedSince === null ? this.lastInputT : Math.min(this.lastInputT, this.lockedSince);
  }

  /** Rule 12d: while a busy user is idle only a lock can make a natural break. */
  private naturalBreakDeadline(list: Deadline[]): void {
    if (!this.busyIdle) list.push({ t: this.awayStart() + this.naturalMs, kind: 'natural-break' });
    else {
      if (this.lockedSince !== null) list.push({ t: Math.max(this.lockedSince, this.busyIdle.from) + this.naturalMs, kind: 'natural-break' });
      list.push({ t: this.busyIdle.nextCheckT, kind: 'busy-idle-check' });
    }
  }

  private deadlines(): Deadline[] {
    const list: Deadline[] = [];
    const wh = this.settings.workingHours;
    let wallMoment = false;
    switch (this.mode) {
      case 'sitting': {
        this.naturalBreakDeadline(list);
        if (this.waiting) {
          list.push({ t: this.lastInputT + this.settings.pauseSeconds * 1000, kind: 'pause-found' });
          list.push({ t: this.waiting.dueT + this.settings.flexMinutes * MIN, kind: 'flex-end' });
        } else if (this.hold) {
          list.push({ t: this.hold.nextCheckT, kind: 'hold-check' });
          list.push({ t: this.hold.sinceT + this.settings.maxHoldMinutes * MIN, kind: 'hold-max' });
        } else {
          if (this.warnT !== null && this.snoozeUntilT === null && !this.warned) list.push({ t: this.warnT, kind: 'warn' });
          list.push({ t: this.snoozeUntilT ?? this.dueT, kind: 'due' });
        }
        const end = workingPeriodEnd(wh, this.wall);
        if (end !== null) list.push({ t: this.tOfWall(end), kind: 'hours-end' });
        wallMoment = end !== null;
        break;
      }
      case 'away': {
        // looking for the user's return; while locked too, since an unlock may never be reported
        // (issue 14 §4) — but after a long lock only now and then: the unlock event usually comes
        const longLock = this.lockedSince !== null && this.t - this.lockedSince >= LOCKED_FINE_POLL_MS;
        list.push({ t: this.lastPollT + (longLock ? LOCKED_POLL_MS : AWAY_POLL_MS), kind: 'poll' });
        const end = workingPeriodEnd(wh, this.wall);
        if (end !== null) list.push({ t: this.tOfWall(end), kind: 'hours-end' });
        wallMoment = end !== null;
        break;
      }
      case 'off-hours': {
        const start = nextWorkingStart(wh, this.wall);
        if (start !== null) list.push({ t: this.tOfWall(start), kind: 'hours-start' });
        wallMoment = start !== null;
        break;
      }
      case 'break':
        if (!this.shown?.started) this.naturalBreakDeadline(list);
        break;
      case 'paused':
      case 'routine':
        break;
    }
    if (this.pause) {
      if (this.pause.untilT !== undefined) list.push({ t: this.pause.untilT, kind: 'pause-end' });
      if (this.pause.untilWall !== undefined) {
        list.push({ t: this.tOfWall(this.pause.untilWall), kind: 'pause-end' });
        wallMoment = true;
      }
    }
    // rule 13: re-read the wall clock while a wall-clock moment is awaited (never fires by itself)
    if (wallMoment) list.push({ t: this.t + WALL_CHECK_MS, kind: 'wall-check' });
    // working hours are a wall-clock rule: re-check them right away if the clock moved past a boundary
    if ((this.mode === 'sitting' || this.mode === 'away') && !isWorkingTime(wh, this.wall)) {
      list.push({ t: this.t, kind: 'hours-end' });
    }
    if (this.mode === 'off-hours' && isWorkingTime(wh, this.wall)) list.push({ t: this.t, kind: 'hours-start' });
    return list;
  }

  private nextDeadline(): Deadline | null {
    let best: Deadline | null = null;
    for (const d of this.deadlines()) {
      if (!best || d.t < best.t || (d.t === best.t && PRIORITY[d.kind] < PRIORITY[best.kind])) best = d;
    }
    return best;
  }

  /** Deadlines whose outcome depends on whether the user is busy (rule 12's decision moments). */
  private needsBusy(d: Deadline): boolean {
    switch (d.kind) {
      case 'warn':
      case 'due':
      case 'pause-found': // the window is about to open after a wait: the user may have joined a call
      case 'flex-end':
        return this.heldOut === null;
      case 'natural-break':
        return this.lockedSince === null; // a lock (or a suspend) is a natural break, busy or not
      case 'hold-check':
      case 'busy-idle-check':
        return true;
      default:
        return false;
    }
  }

  private runDeadlines(): void {
    for (let guard = 0; guard < 64; guard++) {
      const d = this.nextDeadline();
      if (!d || d.t > this.t) return;
      if (this.busy === undefined && this.needsBusy(d)) {
        this.deferred = true; // answered by an immediate wake with a busy check
        return;
      }
      this.fire(d);
      this.checkReturn();
    }
  }

  private fire(d: Deadline): void {
    switch (d.kind) {
      case 'natural-break':
        if (this.lockedSince === null && this.busy) {
          // rule 12d: a busy user is sitting; look again every 60 s while they stay idle
          this.busyIdle = { from: this.awayStart(), nextCheckT: this.t + BUSY_RECHECK_MS };
          return;
        }
        {
          const locked = this.lockedSince !== null && (this.busyIdle !== null || this.lockedSince <= this.lastInputT);
          this.naturalBreak(d.t, locked ? 'lock' : 'idle');
        }
        return;
      case 'busy-idle-check':
        if (this.busy) {
          this.busyIdle!.nextCheckT += BUSY_RECHECK_MS;
          if (this.busyIdle!.nextCheckT <= this.t) this.busyIdle!.nextCheckT = this.t + BUSY_RECHECK_MS;
          return;
        }
        // free again and still away: the natural break is now (never back-dated)
        this.naturalBreak(this.t, 'idle');
        return;
      case 'warn':
        if (this.busy && this.heldOut === null) return this.startHold(this.busy, this.dueT);
        this.fireWarn();
        return;
      case 'due': {
        const trigger = this.snoozeUntilT !== null ? 'snooze' : 'due';
        if (this.busy && this.heldOut === null) return this.startHold(this.busy, d.t);
        this.breakDue(trigger, d.t);
        return;
      }
      case 'pause-found':
      case 'flex-end': {
        const w = this.waiting!;
        if (this.busy && this.heldOut === null) {
          this.waiting = null;
          this.effects.push({ type: 'hide-prompt', breakId: w.id });
          return this.startHold(this.busy, w.dueT, w.trigger);
        }
        this.showWaiting();
        return;
      }
      case 'hold-check':
        if (this.busy) {
          this.hold!.nextCheckT += BUSY_RECHECK_MS;
          if (this.hold!.nextCheckT <= this.t) this.hold!.nextCheckT = this.t + BUSY_RECHECK_MS;
          return;
        }
        this.endHold(null);
        return;
      case 'hold-max':
        this.endHold(this.hold!.reason);
        return;
      case 'wall-check':
        return;
      case 'hours-end':
        this.dropPendingBreak('skipped');
        this.mode = 'off-hours';
        return;
      case 'hours-start':
        this.waitForInput(Math.min(d.t, this.t));
        return;
      case 'pause-end':
        this.endPause('timer', Math.min(d.t, this.t));
        return;
      case 'poll':
        this.lastPollT = this.t;
        return;
    }
  }

  // ---------------------------------------------------------------- transitions

  private log(event: LimberEvent): void {
    this.effects.push({ type: 'log', event });
  }

  private ignore(action: string, reason: string): void {
    this.log({ event: 'ignored', at: this.wall, action, reason });
  }

  private startSitting(at: number): void {
    this.mode = 'sitting';
    this.sitStart = Math.min(at, this.t);
    this.warned = null;
    this.snoozeUntilT = null;
    this.snoozesUsed = 0;
    this.pendingBreakId = null;
    this.clearMoment();
    this.reschedule();
  }

  /** Forgets a waiting or held break (its prompt goes away) and the right-moment bookkeeping. */
  private clearMoment(): void {
    if (this.waiting) this.effects.push({ type: 'hide-prompt', breakId: this.waiting.id });
    this.waiting = null;
    this.hold = null;
    this.heldOut = null;
    this.busyIdle = null;
  }

  /** Rule 12d ends when the user gives input again. */
  private dropStaleBusyIdle(): void {
    if (this.busyIdle && this.lastInputT > this.busyIdle.from) this.busyIdle = null;
  }

  /** Rule 12a: no heads-up, no window; `held` logged once; checked again every 60 s from now. */
  private startHold(reason: BusyReason, dueT: number, trigger: 'due' | 'snooze' = this.snoozeUntilT !== null ? 'snooze' : 'due'): void {
    this.hold = { reason, trigger, sinceT: this.t, nextCheckT: this.t + BUSY_RECHECK_MS, dueT };
    this.log({ event: 'held', at: this.wall, reason });
  }

  /**
   * Rule 12b (free: `heldBy` null) and 12c (held for maxHoldMinutes: `heldBy` says what held
   * it). Warn now and due warnSeconds later — unless, when freed, the original due moment is
   * further off; a snoozed break freed is due at once. Rule 5 applies at the new due moment.
   */
  private endHold(heldBy: BusyReason | null): void {
    const h = this.hold!;
    this.hold = null;
    const ws = this.settings.warnSeconds * 1000;
    if (heldBy !== null) {
      this.heldOut = heldBy;
      this.snoozeUntilT = null;
      this.dueT = this.t + ws;
      this.warnT = null;
      this.fireWarn(heldBy);
      if (h.trigger === 'snooze') this.snoozeUntilT = this.dueT;
      return;
    }
    if (h.trigger === 'snooze') {
      this.snoozeUntilT = this.t; // due at once
      return;
    }
    this.dueT = Math.max(h.dueT, this.t + ws);
    this.warned = null;
    this.warnT = ws > 0 ? this.dueT - ws : null;
  }

  /** Rule 5: at the due moment, show the break, or wait for a pause with a quiet prompt. */
  private breakDue(trigger: 'due' | 'snooze', dueT: number): void {
    const flex = this.settings.flexMinutes;
    if (flex === 0 || this.pausing()) return this.showBreak(trigger);
    const id = this.pendingBreakId ?? this.newBreakId();
    this.snoozeUntilT = null;
    this.waiting = { id, trigger, dueT: Math.min(dueT, this.t) };
    this.effects.push({
      type: 'show-prompt',
      breakId: id,
      dueAt: this.wallOf(this.waiting.dueT),
      latestAt: this.wallOf(this.waiting.dueT + flex * MIN),
    });
  }

  /** No input for pauseSeconds, or locked. */
  private pausing(): boolean {
    return this.lockedSince !== null || this.t - this.lastInputT >= this.settings.pauseSeconds * 1000;
  }

  /** The waiting break's moment has come: the pause, the end of flexMinutes, or a click on the prompt. */
  private showWaiting(): void {
    const w = this.waiting!;
    this.waiting = null;
    this.effects.push({ type: 'hide-prompt', breakId: w.id });
    this.showBreak(w.trigger, Math.max(0, Math.round((this.t - w.dueT) / 1000)), w.id);
  }

  private newBreakId(): string {
    // the wall time alone is not unique: the clock may be set back to a moment already used
    return `b${Math.round(this.wall)}-${++this.breakSeq}`;
  }

  /** Rule 4 / rule 10: due and warn from the current sitting time and settings. */
  private reschedule(): void {
    const ws = this.settings.warnSeconds * 1000;
    let due = this.sitStart + this.settings.sitMinutes * MIN;
    this.warnT = null;
    if (ws === 0) {
      this.warned = null;
      due = Math.max(due, this.t);
    } else if (this.warned) {
      if (due - ws > this.t) {
        this.warned = null; // the new limit is further away: a fresh heads-up later
        this.warnT = due - ws;
      } else {
        due = Math.max(due, this.warned.dueT); // never earlier than the heads-up promised
      }
    } else if (due - ws < this.t) {
      due = this.t + ws; // the warn moment has passed: warn now, break warnSeconds later
      this.warnT = this.t;
    } else {
      this.warnT = due - ws;
    }
    this.dueT = due;
  }

  private fireWarn(heldBy?: BusyReason): void {
    this.warned = { at: this.t, dueT: this.dueT };
    const dueAt = this.wallOf(this.dueT);
    this.log(heldBy ? { event: 'warn', at: this.wall, dueAt, heldBy } : { event: 'warn', at: this.wall, dueAt });
    if (this.settings.notifications) this.effects.push(heldBy ? { type: 'notify-warn', dueAt, heldBy } : { type: 'notify-warn', dueAt });
  }

  private snoozesLeftFor(b: ShownBreak | null): number {
    if (b && !b.snoozable) return 0;
    return Math.max(0, this.settings.maxSnoozes - this.snoozesUsed);
  }

  private showBreak(trigger: BreakTrigger, waited?: number, waitedId?: string): void {
    const id = waitedId ?? this.pendingBreakId ?? this.newBreakId();
    const manualFresh = trigger === 'manual' && this.pendingBreakId === null;
    if (this.waiting) this.effects.push({ type: 'hide-prompt', breakId: this.waiting.id });
    this.waiting = null;
    this.hold = null;
    this.busyIdle = null;
    this.shown = { id, trigger, snoozable: !manualFresh, started: false };
    const prevMode = this.mode;
    // a break started by hand while away: the user is at the desk from now on
    if (prevMode === 'away') this.sitStart = this.t;
    this.mode = 'break';
    this.snoozeUntilT = null;
    const snoozesLeft = this.snoozesLeftFor(this.shown);
    this.log({
      event: 'break',
      at: this.wall,
      breakId: id,
      trigger,
      snoozesLeft,
      sittingSeconds: prevMode === 'sitting' ? Math.round((this.t - this.sitStart) / 1000) : 0,
      ...(waited !== undefined ? { waited } : {}),
    });
    this.effects.push({ type: 'show-break', breakId: id, trigger, snoozesLeft });
  }

  /** Ends the shown break with an outcome and returns to tracking (rule 1 and rule 6). */
  private endBreak(event: LimberEvent, nextSitStart: number | null): void {
    const b = this.shown;
    if (!b) return;
    this.log(event);
    this.effects.push({ type: 'hide-break', breakId: b.id });
    this.shown = null;
    this.pendingBreakId = null;
    this.snoozesUsed = 0;
    this.heldOut = null;
    this.afterBreak(nextSitStart);
  }

  /** Where tracking goes after a break (or a pause) ends. */
  private afterBreak(sitFrom: number | null): void {
    if (this.pause) this.mode = 'paused';
    else if (!isWorkingTime(this.settings.workingHours, this.wall)) this.mode = 'off-hours';
    else if (sitFrom === null) this.waitForInput(this.t);
    else this.startSitting(sitFrom);
  }

  private waitForInput(since: number): void {
    if (this.resuming) since = this.t;
    this.clearMoment();
    this.mode = 'away';
    this.awaySince = since;
    this.lastPollT = since;
    this.warnT = null;
    this.warned = null;
    this.snoozeUntilT = null;
    this.pendingBreakId = null;
  }

  /** In `away`, the first input after we started waiting starts the sitting clock (rule 1). */
  private checkReturn(): void {
    if (this.mode !== 'away' || this.lockedSince !== null) return;
    if (this.lastInputT < this.awaySince) return;
    // The first input lies between the previous look and the last input seen: take the middle.
    const estimate = Math.min(this.lastInputT, Math.max(this.awaySince, (this.lastPollT + this.lastInputT) / 2));
    this.startSitting(estimate);
  }

  private naturalBreak(at: number, cause: AwayCause): void {
    const sittingSeconds = Math.max(0, Math.round((this.awayStart() - this.sitStart) / 1000));
    const breakId = this.shown?.id ?? this.pendingBreakId ?? undefined;
    const event: LimberEvent = { event: 'natural-break', at: this.wallOf(at), cause, sittingSeconds };
    if (breakId !== undefined) event.breakId = breakId;
    if (this.shown) {
      this.log(event);
      this.effects.push({ type: 'hide-break', breakId: this.shown.id });
      this.shown = null;
    } else {
      this.log(event);
    }
    this.pendingBreakId = null;
    this.snoozesUsed = 0;
    this.clearMoment();
    if (this.pause) this.mode = 'paused';
    else this.waitForInput(at);
  }

  /** A snoozed break that will not come back still needs its one outcome. */
  private dropPendingBreak(outcome: 'skipped'): void {
    // a snoozed break was shown (logged as `break`): it needs its outcome; a break that only
    // waited for a pause or was held never showed, so it has none
    const shownBefore = this.pendingBreakId !== null && this.snoozesUsed > 0;
    if (shownBefore && this.mode === 'sitting') {
      this.log({ event: outcome, at: this.wall, breakId: this.pendingBreakId! });
    }
    this.pendingBreakId = null;
    this.snoozeUntilT = null;
    this.clearMoment();
  }

  private endPause(by: 'user' | 'timer', at: number): void {
    this.pause = null;
    // a pause that ran out while the machine slept is logged at the resume: nothing runs while
    // suspended (as a natural break by suspend, SPEC §3.3); its `paused` line says when it was due
    this.log({ event: 'resumed', at: by === 'timer' && !this.resuming ? this.wallOf(at) : this.wall, by });
    if (this.mode !== 'paused') return; // a manual break is showing: it goes on
    if (!isWorkingTime(this.settings.workingHours, this.wall)) this.mode = 'off-hours';
    else if (by === 'user') this.startSitting(this.t);
    else this.waitForInput(at);
  }

  private resumeFromSuspend(now: Instant): void {
    const s = this.suspended!;
    this.suspended = null;
    const monoSpan = Math.max(0, now.mono - s.mono);
    const span = Math.max(monoSpan, now.wall - s.wall);
    this.offset += span - monoSpan;
    this.t = now.mono + this.offset;
    // sitting time excludes the suspend (rule 2): shift this stretch's schedule past it
    const shift = (v: number) => v + span;
    if (this.mode === 'sitting' || this.mode === 'break') {
      const awayLen = this.t - Math.min(this.awayStart(), s.t);
      if (awayLen >= this.naturalMs && (this.mode === 'sitting' || !this.shown?.started)) {
        this.naturalBreak(this.t, span >= this.naturalMs ? 'suspend' : this.lockedSince !== null ? 'lock' : 'idle');
      } else {
        this.sitStart = shift(this.sitStart);
        this.dueT = shift(this.dueT);
        if (this.warnT !== null) this.warnT = shift(this.warnT);
        if (this.warned) this.warned = { at: shift(this.warned.at), dueT: shift(this.warned.dueT) };
        if (this.snoozeUntilT !== null) this.snoozeUntilT = shift(this.snoozeUntilT);
        if (this.waiting) this.waiting.dueT = shift(this.waiting.dueT);
        if (this.hold) {
          this.hold.sinceT = shift(this.hold.sinceT);
          this.hold.nextCheckT = shift(this.hold.nextCheckT);
          this.hold.dueT = shift(this.hold.dueT);
        }
        if (this.busyIdle) this.busyIdle.nextCheckT = shift(this.busyIdle.nextCheckT);
      }
    }
    if (this.settingsWhileSuspended) {
      this.settingsWhileSuspended = false;
      this.settingsChanged();
    }
    // The user is back (SPEC §8: resume = back and giving input, locked or not). What fell due
    // while asleep runs now (a pause that ended, working hours that began): it is stamped when
    // it fell due, but the sitting clock of the fresh start begins at the resume, never at a
    // guess inside the suspend; a break waiting for a pause does not pop up at wake-up.
    this.lastInputT = this.t;
    this.lockedSince = null;
    this.resuming = true;
    this.runDeadlines();
    this.resuming = false;
    this.userInput();
  }

  /** The user is evidently at the machine now (a click, unlock, resume …). */
  private userInput(): void {
    this.lastInputT = this.t;
    this.lastPollT = this.t;
    this.lockedSince = null; // a user who clicks or comes back is at an unlocked screen
    this.busyIdle = null;
    this.checkReturn();
  }

  /** Rule 10 (and 5, 12): the schedule follows new settings from the current sitting time. */
  private settingsChanged(): void {
    if (this.mode !== 'sitting') return;
    if (this.waiting || this.hold) {
      const limit = this.sitStart + this.settings.sitMinutes * MIN;
      const w = this.waiting ?? this.hold!;
      if (w.trigger === 'due' && limit > this.t) {
        // the new limit is further off: this break is not due any more
        this.clearMoment();
        this.pendingBreakId = null;
        this.reschedule();
      } else if (this.waiting && this.settings.flexMinutes === 0) {
        this.showWaiting();
      }
      return;
    }
    if (this.snoozeUntilT === null) this.reschedule();
  }

  // ---------------------------------------------------------------- inputs

  private apply(input: SchedulerInput): void {
    switch (input.type) {
      case 'wake':
        return;
      case 'lock':
        if (this.lockedSince === null) this.lockedSince = this.t;
        return;
      case 'unlock':
        this.lockedSince = null;
        this.userInput();
        return;
      case 'suspend':
        this.suspended = { mono: this.t - this.offset, wall: this.wall, t: this.t };
        return;
      case 'resume':
        // resume without a suspend (e.g. a missed event): the user is back all the same
        this.userInput();
        return;
      case 'settings':
        this.userInput();
        this.settings = cloneSettings(input.settings);
        this.settingsChanged();
        return;
    }
    // everything below is a user action, so the user is present
    this.userInput();
    switch (input.type) {
      case 'stretch-now':
        if (this.shown) return this.ignore('stretch-now', IGNORED.breakShowing);
        if (this.waiting) return this.showWaiting(); // the break waiting for a pause: now
        this.hold = null; // never held (rule 12e)
        return this.showBreak('manual');
      case 'prompt':
        if (!this.waiting) return this.ignore('prompt', this.shown ? IGNORED.thatBreakShowing : IGNORED.noBreakWaiting);
        return this.showWaiting();
      case 'start':
        if (!this.shown) return this.ignore('start', IGNORED.noBreakShowing);
        if (this.shown.started) return this.ignore('start', IGNORED.routineRunning);
        this.shown.started = true;
        this.mode = 'routine';
        this.log({ event: 'started', at: this.wall, breakId: this.shown.id });
        return;
      case 'complete':
      case 'partial':
      case 'stop': {
        if (!this.shown?.started) {
          return this.ignore(input.type, this.shown ? IGNORED.routineNotStarted : IGNORED.noBreakShowing);
        }
        const base = { at: this.wall, breakId: this.shown.id, ...report(input) };
        if (input.type === 'complete') return this.endBreak({ event: 'completed', ...base }, this.t);
        if (input.type === 'partial') {
          const fraction = Math.min(1, Math.max(0, input.fraction));
          return this.endBreak({ event: 'partial', ...base, fraction }, this.t);
        }
        return this.endBreak({ event: 'stopped', ...base, exercise: input.exercise }, this.t);
      }
      case 'skip':
        if (!this.shown) return this.ignore('skip', IGNORED.noBreakShowing);
        if (this.shown.started) return this.ignore('skip', IGNORED.skipWhileRunning);
        return this.endBreak({ event: 'skipped', at: this.wall, breakId: this.shown.id }, this.t);
      case 'snooze': {
        if (!this.shown) return this.ignore('snooze', IGNORED.noBreakShowing);
        if (this.shown.started) return this.ignore('snooze', IGNORED.snoozeWhileRunning);
        if (!this.shown.snoozable) return this.ignore('snooze', IGNORED.snoozeByHand);
        if (this.snoozesLeftFor(this.shown) === 0) {
          return this.ignore('snooze', noSnoozesLeft(this.settings.maxSnoozes));
        }
        if (this.pause || !isWorkingTime(this.settings.workingHours, this.wall)) {
          return this.ignore('snooze', IGNORED.snoozeWhilePaused);
        }
        const b = this.shown;
        this.shown = null;
        this.snoozesUsed += 1;
        this.pendingBreakId = b.id;
        this.heldOut = null; // the re-show is a fresh due moment: it may be held again
        this.effects.push({ type: 'hide-break', breakId: b.id });
        const until = this.t + this.settings.snoozeMinutes * MIN;
        this.log({ event: 'snoozed', at: this.wall, breakId: b.id, until: this.wallOf(until), snoozesUsed: this.snoozesUsed });
        this.mode = 'sitting';
        this.snoozeUntilT = until;
        return;
      }
      case 'pause': {
        if (this.mode === 'routine') return this.ignore('pause', IGNORED.finishRoutineFirst);
        const pause = this.makePause(input);
        if (typeof pause === 'string') return this.ignore('pause', pause);
        if (this.shown) this.endBreak({ event: 'skipped', at: this.wall, breakId: this.shown.id }, null);
        else this.dropPendingBreak('skipped');
        this.pause = pause;
        this.mode = 'paused';
        this.log({
          event: 'paused',
          at: this.wall,
          kind: pause.kind,
          ...(pause.minutes !== undefined ? { minutes: pause.minutes } : {}),
          until: pause.untilWall ?? (pause.untilT !== undefined ? this.wallOf(pause.untilT) : null),
        });
        return;
      }
      case 'resume-breaks':
        if (!this.pause) return this.ignore('resume-breaks', IGNORED.notPaused);
        return this.endPause('user', this.t);
    }
  }

  private makePause(input: PauseRequest): Pause | string {
    if ('minutes' in input) {
      if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 1440) {
        return IGNORED.badPauseMinutes;
      }
      return { kind: 'minutes', minutes: input.minutes, untilT: this.t + input.minutes * MIN };
    }
    if (input.until === 'forever') return { kind: 'forever' };
    return { kind: 'tomorrow', untilWall: tomorrowMorning(this.settings.workingHours, this.wall) };
  }

  // ---------------------------------------------------------------- answers

  private decision(): Decision {
    const status = this.statusAt(this.t, this.wall);
    if (this.suspended) return { effects: this.effects, wakeAt: null, checkBusy: false, status };
    if (this.deferred) return { effects: this.effects, wakeAt: this.t - this.offset, checkBusy: true, status };
    const next = this.nextDeadline();
    // an idle period becoming a natural break is not asked ahead (the user usually typed on)
    // (nor the pause a waiting break looks for: the idle samples before it usually move it on)
    const checkBusy = next !== null && next.kind !== 'natural-break' && next.kind !== 'pause-found' && this.needsBusy(next) && !this.holdsNothing();
    return { effects: this.effects, wakeAt: next ? Math.max(next.t, this.t) - this.offset : null, checkBusy, status };
  }

  private statusAt(t: number, wall: number): SchedulerStatus {
    const toWall = (x: number) => wall - (t - x);
    const sitting = this.mode === 'sitting' || this.mode === 'break' || this.mode === 'routine';
    const pausedUntil = this.pause
      ? (this.pause.untilWall ?? (this.pause.untilT !== undefined ? toWall(this.pause.untilT) : null))
      : null;
    const wh = this.settings.workingHours;
    return {
      mode: this.suspended ? 'suspended' : this.mode,
      sittingMs: sitting && !this.pause ? t - this.sitStart : 0,
      nextBreakAt: this.mode === 'sitting' && !this.hold ? toWall(this.waiting?.dueT ?? this.snoozeUntilT ?? this.dueT) : null,
      warnAt:
        this.mode === 'sitting' && !this.hold && !this.waiting && this.snoozeUntilT === null && !this.warned && this.warnT !== null
          ? toWall(this.warnT)
          : null,
      snoozed: this.mode === 'sitting' && this.snoozeUntilT !== null,
      snoozesLeft: this.snoozesLeftFor(this.shown),
      paused: this.pause !== null,
      pausedUntil,
      workingStartsAt: this.mode === 'off-hours' ? nextWorkingStart(wh, wall) : null,
      breakId: this.shown?.id ?? null,
      locked: this.lockedSince !== null,
      prompt:
        this.waiting && !this.suspended
          ? { breakId: this.waiting.id, dueAt: toWall(this.waiting.dueT), latestAt: toWall(this.waiting.dueT + this.settings.flexMinutes * MIN) }
          : null,
      held:
        this.hold && !this.suspended
          ? { reason: this.hold.reason, since: toWall(this.hold.sinceT), until: toWall(this.hold.sinceT + this.settings.maxHoldMinutes * MIN) }
          : null,
    };
  }
}

/** Ties at the same moment: getting up beats a warn or a break; the end of hours beats a break. */
const PRIORITY: Record<DeadlineKind, number> = {
  'pause-end': 0,
  'hours-end': 1,
  'natural-break': 2,
  'busy-idle-check': 3,
  'hours-start': 4,
  'hold-max': 5,
  'hold-check': 6,
  warn: 7,
  due: 8,
  'pause-found': 9,
  'flex-end': 10,
  poll: 11,
  'wall-check': 12,
};

function report(input: RoutineReport): RoutineReport {
  const out: RoutineReport = {};
  if (input.exercises) out.exercises = [...input.exercises];
  if (input.secondsStretched !== undefined) out.secondsStretched = Math.max(0, Math.round(input.secondsStretched));
  return out;
}
