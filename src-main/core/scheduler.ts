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

import { isWorkingTime, nextWorkingStart, tomorrowMorning, workingPeriodEnd } from './calendar';
import type { AwayCause, BreakTrigger, LimberEvent, RoutineReport } from './events';
import { cloneSettings, type Settings } from './settings';

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
  | { type: 'settings'; settings: Settings };

export type SchedulerInputType = SchedulerInput['type'];

export type Effect =
  | { type: 'log'; event: LimberEvent }
  /** the heads-up notification; only emitted when `notifications` is on */
  | { type: 'notify-warn'; dueAt: number }
  | { type: 'show-break'; breakId: string; trigger: BreakTrigger; snoozesLeft: number }
  | { type: 'hide-break'; breakId: string };

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
}

export interface Decision {
  effects: Effect[];
  /** monotonic time the scheduler next needs `wake`, or null if only an event can change anything */
  wakeAt: number | null;
  status: SchedulerStatus;
}

/**
 * While the user is away (idle) we look for their return this often. The first input lies
 * between two looks and we take the middle, so the sitting clock starts at most 15 s off —
 * the tolerance SPEC §8 allows — at half the wake-ups of a 15 s look.
 */
export const AWAY_POLL_MS = 30_000;
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

interface Deadline {
  t: number;
  kind: 'natural-break' | 'warn' | 'due' | 'hours-end' | 'hours-start' | 'pause-end' | 'poll';
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

  /** The app starts with the user at the machine (they just launched it or logged in). */
  constructor(settings: Settings, now: Instant) {
    this.settings = cloneSettings(settings);
    this.enter(now);
    this.lastInputT = this.t;
    if (isWorkingTime(this.settings.workingHours, this.wall)) this.startSitting(this.t);
    else this.mode = 'off-hours';
  }

  /** Feeds one event; `idleSeconds` is the OS idle time sampled at `now`. */
  handle(input: SchedulerInput, now: Instant, idleSeconds: number): Decision {
    this.enter(now);
    if (this.suspended) {
      // lock state may change around a suspend in either order; a stray timer is ignored
      if (input.type === 'lock' && this.lockedSince === null) this.lockedSince = this.suspended.t;
      if (input.type === 'unlock') this.lockedSince = null;
      if (input.type === 'resume') this.resumeFromSuspend(now);
      return this.decision();
    }
    if (Number.isFinite(idleSeconds) && idleSeconds >= 0 && input.type !== 'resume') {
      this.lastInputT = Math.max(this.lastInputT, this.t - idleSeconds * 1000);
    }
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

  private deadlines(): Deadline[] {
    const list: Deadline[] = [];
    const wh = this.settings.workingHours;
    switch (this.mode) {
      case 'sitting': {
        list.push({ t: this.awayStart() + this.naturalMs, kind: 'natural-break' });
        if (this.warnT !== null && this.snoozeUntilT === null && !this.warned) list.push({ t: this.warnT, kind: 'warn' });
        list.push({ t: this.snoozeUntilT ?? this.dueT, kind: 'due' });
        const end = workingPeriodEnd(wh, this.wall);
        if (end !== null) list.push({ t: this.tOfWall(end), kind: 'hours-end' });
        break;
      }
      case 'away': {
        if (this.lockedSince === null) list.push({ t: this.lastPollT + AWAY_POLL_MS, kind: 'poll' });
        const end = workingPeriodEnd(wh, this.wall);
        if (end !== null) list.push({ t: this.tOfWall(end), kind: 'hours-end' });
        break;
      }
      case 'off-hours': {
        const start = nextWorkingStart(wh, this.wall);
        if (start !== null) list.push({ t: this.tOfWall(start), kind: 'hours-start' });
        break;
      }
      case 'break':
        if (!this.shown?.started) list.push({ t: this.awayStart() + this.naturalMs, kind: 'natural-break' });
        break;
      case 'paused':
      case 'routine':
        break;
    }
    if (this.pause) {
      if (this.pause.untilT !== undefined) list.push({ t: this.pause.untilT, kind: 'pause-end' });
      if (this.pause.untilWall !== undefined) list.push({ t: this.tOfWall(this.pause.untilWall), kind: 'pause-end' });
    }
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

  private runDeadlines(): void {
    for (let guard = 0; guard < 64; guard++) {
      const d = this.nextDeadline();
      if (!d || d.t > this.t) return;
      this.fire(d);
      this.checkReturn();
    }
  }

  private fire(d: Deadline): void {
    switch (d.kind) {
      case 'natural-break':
        this.naturalBreak(d.t, this.lockedSince !== null && this.lockedSince <= this.lastInputT ? 'lock' : 'idle');
        return;
      case 'warn':
        this.fireWarn();
        return;
      case 'due':
        this.showBreak(this.snoozeUntilT !== null ? 'snooze' : 'due');
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
    this.reschedule();
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

  private fireWarn(): void {
    this.warned = { at: this.t, dueT: this.dueT };
    const dueAt = this.wallOf(this.dueT);
    this.log({ event: 'warn', at: this.wall, dueAt });
    if (this.settings.notifications) this.effects.push({ type: 'notify-warn', dueAt });
  }

  private snoozesLeftFor(b: ShownBreak | null): number {
    if (b && !b.snoozable) return 0;
    return Math.max(0, this.settings.maxSnoozes - this.snoozesUsed);
  }

  private showBreak(trigger: BreakTrigger): void {
    // the wall time alone is not unique: the clock may be set back to a moment already used
    const id = this.pendingBreakId ?? `b${Math.round(this.wall)}-${++this.breakSeq}`;
    const manualFresh = trigger === 'manual' && this.pendingBreakId === null;
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
    if (this.pause) this.mode = 'paused';
    else this.waitForInput(at);
  }

  /** A snoozed break that will not come back still needs its one outcome. */
  private dropPendingBreak(outcome: 'skipped'): void {
    if (this.pendingBreakId !== null && this.mode === 'sitting') {
      this.log({ event: outcome, at: this.wall, breakId: this.pendingBreakId });
    }
    this.pendingBreakId = null;
    this.snoozeUntilT = null;
  }

  private endPause(by: 'user' | 'timer', at: number): void {
    this.pause = null;
    this.log({ event: 'resumed', at: by === 'timer' ? this.wallOf(at) : this.wall, by });
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
      }
    }
    if (this.lockedSince === null) this.userInput();
    this.runDeadlines();
  }

  /** The user is evidently at the machine now (a click, unlock, resume …). */
  private userInput(): void {
    this.lastInputT = this.t;
    this.lastPollT = this.t;
    this.checkReturn();
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
        if (this.lockedSince === null) this.userInput();
        return;
      case 'settings':
        this.userInput();
        this.settings = cloneSettings(input.settings);
        if (this.mode === 'sitting' && this.snoozeUntilT === null) this.reschedule();
        return;
    }
    // everything below is a user action, so the user is present
    this.userInput();
    switch (input.type) {
      case 'stretch-now':
        if (this.shown) return this.ignore('stretch-now', 'a break is already showing');
        return this.showBreak('manual');
      case 'start':
        if (!this.shown) return this.ignore('start', 'no break is showing');
        if (this.shown.started) return this.ignore('start', 'the routine is already running');
        this.shown.started = true;
        this.mode = 'routine';
        this.log({ event: 'started', at: this.wall, breakId: this.shown.id });
        return;
      case 'complete':
      case 'partial':
      case 'stop': {
        if (!this.shown?.started) {
          return this.ignore(input.type, this.shown ? 'the routine has not started' : 'no break is showing');
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
        if (!this.shown) return this.ignore('skip', 'no break is showing');
        if (this.shown.started) return this.ignore('skip', 'the routine is running: use "Done for now" or "Stop"');
        return this.endBreak({ event: 'skipped', at: this.wall, breakId: this.shown.id }, this.t);
      case 'snooze': {
        if (!this.shown) return this.ignore('snooze', 'no break is showing');
        if (this.shown.started) return this.ignore('snooze', 'the routine is running');
        if (!this.shown.snoozable) return this.ignore('snooze', 'a break started by hand cannot be snoozed');
        if (this.snoozesLeftFor(this.shown) === 0) {
          return this.ignore('snooze', `no snoozes left for this break (maxSnoozes is ${this.settings.maxSnoozes})`);
        }
        if (this.pause || !isWorkingTime(this.settings.workingHours, this.wall)) {
          return this.ignore('snooze', 'breaks are paused or outside working hours: skip this one instead');
        }
        const b = this.shown;
        this.shown = null;
        this.snoozesUsed += 1;
        this.pendingBreakId = b.id;
        this.effects.push({ type: 'hide-break', breakId: b.id });
        const until = this.t + this.settings.snoozeMinutes * MIN;
        this.log({ event: 'snoozed', at: this.wall, breakId: b.id, until: this.wallOf(until), snoozesUsed: this.snoozesUsed });
        this.mode = 'sitting';
        this.snoozeUntilT = until;
        return;
      }
      case 'pause': {
        if (this.mode === 'routine') return this.ignore('pause', 'finish or stop the routine first');
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
        if (!this.pause) return this.ignore('resume-breaks', 'breaks are not paused');
        return this.endPause('user', this.t);
    }
  }

  private makePause(input: PauseRequest): Pause | string {
    if ('minutes' in input) {
      if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 1440) {
        return 'pause minutes must be a whole number from 1 to 1440';
      }
      return { kind: 'minutes', minutes: input.minutes, untilT: this.t + input.minutes * MIN };
    }
    if (input.until === 'forever') return { kind: 'forever' };
    return { kind: 'tomorrow', untilWall: tomorrowMorning(this.settings.workingHours, this.wall) };
  }

  // ---------------------------------------------------------------- answers

  private decision(): Decision {
    const status = this.statusAt(this.t, this.wall);
    if (this.suspended) return { effects: this.effects, wakeAt: null, status };
    const next = this.nextDeadline();
    return { effects: this.effects, wakeAt: next ? Math.max(next.t, this.t) - this.offset : null, status };
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
      nextBreakAt: this.mode === 'sitting' ? toWall(this.snoozeUntilT ?? this.dueT) : null,
      warnAt:
        this.mode === 'sitting' && this.snoozeUntilT === null && !this.warned && this.warnT !== null ? toWall(this.warnT) : null,
      snoozed: this.mode === 'sitting' && this.snoozeUntilT !== null,
      snoozesLeft: this.snoozesLeftFor(this.shown),
      paused: this.pause !== null,
      pausedUntil,
      workingStartsAt: this.mode === 'off-hours' ? nextWorkingStart(wh, wall) : null,
      breakId: this.shown?.id ?? null,
      locked: this.lockedSince !== null,
    };
  }
}

/** Ties at the same moment: getting up beats a warn or a break; the end of hours beats a break. */
const PRIORITY: Record<Deadline['kind'], number> = {
  'pause-end': 0,
  'hours-end': 1,
  'natural-break': 2,
  'hours-start': 3,
  warn: 4,
  due: 5,
  poll: 6,
};

function report(input: RoutineReport): RoutineReport {
  const out: RoutineReport = {};
  if (input.exercises) out.exercises = [...input.exercises];
  if (input.secondsStretched !== undefined) out.secondsStretched = Math.max(0, Math.round(input.secondsStretched));
  return out;
}
