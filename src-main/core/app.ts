// LimberApp: the whole app's behaviour behind injected ports. It owns the scheduler, composes a
// routine for each break, logs what happened, keeps settings, and implements the bridge API.
// The Electron shell gives it real ports (clock, powerMonitor idle time, electron-store,
// the history file); the browser test host gives it a controllable clock and memory storage.
// Either way the same code decides everything. Pure: no electron, no timers, no clock reads.
//
// The right moment (SPEC §3.5, §3.12), for the shell and the UI:
// - `busy` (optional BusyPort): asked only when the scheduler's decision says `checkBusy` for
//   its next wake; `wake()` then awaits the port and hands the answer to the scheduler. Without
//   a port the user is never busy. A port that throws counts as "not busy".
// - the quiet prompt of a break waiting for a pause: the `prompt` event (a PromptView, or null
//   when it goes away) and `status.status.prompt`; the prompt's click is
//   `breakAction({type: 'prompt'})` (or `startFromPrompt()`), which shows the break at once.
// - a held break: `status.status.held` ({reason, since, until}); the tooltip says why; the
//   heads-up after a long hold carries `heldBy` in the `warn` event.

import type {
  ActionResult,
  BreakAction,
  BreakView,
  Exclusion,
  ExerciseView,
  HistoryView,
  LimberApi,
  PreviewResult,
  RoutineView,
  SettingsResult,
  SettingsView,
  StatusView,
  TodayProgress,
} from './bridge';
import { DETECTOR_KINDS, type BusyPort, type BusyReason, type DetectorAvailability } from './busy';
import { startOfLocalDay } from './calendar';
import { countsTowardGoal } from './goal';
import { CATALOG, EXERCISE_IDS, SAFETY_NOTES, estimateSeconds, getExercise, type SafetyNote } from './catalog';
import { localizeExercise, localizeSafety, type CatalogTranslation } from './catalog/localize';
import { SOURCE_LOCALE } from './i18n/locales';
import { composeRoutine, type Routine } from './composer';
import type { LimberEvent } from './events';
import { computeStats, type HistoryEntry, type HistoryNote, type HistoryStats, type StatsOptions } from './history';
import { hasMiddlePose, illustrationSvg, rigMotion } from './illustrations';
import { stepKindsOf } from './catalog/step-kinds';
import { refusalOf, Scheduler, type BusyAnswer, type Decision, type Instant, type SchedulerInput, type SchedulerStatus } from './scheduler';
import { applySettingsPatch, cloneSettings, defaultSettings, type Settings } from './settings';
import type { MainText, MainTranslate } from './main-text';
import { statusText } from './status-text';

/** Why the settings could not be saved, worded: the file error by its code, else the error's own text. */
export function saveFailedText(t: MainTranslate, err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  const error = typeof code === 'string' && code ? t('main.history.ioError', { code }) : err instanceof Error ? err.message : String(err);
  return t('main.settingsFile.saveFailed', { error });
}

/** What the settings store keeps: the settings plus a little app state. */
export interface StoredState {
  settings: Settings;
  firstRunDone: boolean;
  /** why an excluded exercise is excluded (absent = chosen in settings, date unknown) */
  exclusionNotes: Record<string, { reason: 'chosen' | 'stopped'; at: number }>;
}

export interface SettingsPort {
  load(): StoredState;
  save(state: StoredState): void;
}

export interface HistoryPort {
  append(e: LimberEvent): void;
  /** everything logged so far, oldest first (including events not on disk yet) */
  read(): { entries: HistoryEntry[]; notes: HistoryNote[] };
  /** a writing problem the user should know about, or null */
  problem(): string | null;
  /** statistics kept up to date as events are appended, if the port can (cheaper than read()) */
  summary?(opts: StatsOptions): { stats: HistoryStats; notes: HistoryNote[] };
  /** at least every entry at or after `since` (epoch ms), if the port can read just that (cheaper than read()) */
  readSince?(since: number): { entries: HistoryEntry[]; notes: HistoryNote[] };
}

export interface AppPorts {
  now(): Instant;
  /** OS idle time in seconds, read at the moment of the call */
  idleSeconds(): number;
  /** [0, 1) */
  random(): number;
  settings: SettingsPort;
  history: HistoryPort;
  /** the busy detectors (SPEC §3.12); absent = the user is never busy */
  busy?: BusyPort;
  /** the words of the tooltip, in the language of the moment (src-main/i18n.ts mainText) */
  text(): MainText;
}

/** The small quiet prompt of a break waiting for a pause in input (SPEC §3.5). */
export interface PromptView {
  breakId: string;
  /** wall time the break came due */
  dueAt: number;
  /** wall time it shows at the latest (due + flexMinutes) */
  latestAt: number;
}

export interface AppEvents {
  /** the break window must show this (or hide, for null) */
  break: BreakView | null;
  settings: SettingsView;
  /** something was appended to the history */
  history: null;
  /** the status (tooltip, menu) may have changed; `wakeAt` may have moved */
  status: StatusView;
  /** the heads-up notification, `warnSeconds` before a break; `heldBy` after a long hold (SPEC §3.12c) */
  warn: { dueAt: number; heldBy?: BusyReason };
  /** the quiet prompt of a break waiting for a pause: show it (no focus, no sound), or hide it (null) */
  prompt: PromptView | null;
  /**
   * The active locale changed (`setLocale`): the tag. The host tells every page, and hands the
   * break window the current break again (`getBreak()`), its texts now in that language — not
   * as a `break` event, which would show the window.
   */
  locale: string;
}

type Listener<E extends keyof AppEvents> = (payload: AppEvents[E]) => void;

/** The host adds what needs the OS: closing the break window, the save dialog, other windows. */
export class LimberApp implements Omit<LimberApi, 'exportHistory' | 'closeBreak' | 'openWindow'> {
  private readonly ports: AppPorts;
  private state: StoredState;
  private readonly scheduler: Scheduler;
  private current: BreakView | null = null;
  private readonly routines = new Map<string, Routine | { problem: string }>();
  /** today's events (for progress and for balancing routines over the day) */
  private today: { dayStart: number; events: LimberEvent[] };
  private lastStopped: { id: string; at: number } | null = null;
  private readonly listeners = new Map<keyof AppEvents, Set<(payload: never) => void>>();
  private catalogViews: ExerciseView[] | null = null;
  /** monotonic time the scheduler next needs `wake()`, or null */
  wakeAt: number | null = null;
  /** the next wake must bring the BusyPort's answer */
  private checkBusy = false;
  private busyCheck: Promise<void> | null = null;
  private currentPrompt: PromptView | null = null;
  /** the active locale and its catalog translation (undefined: English) */
  private locale = SOURCE_LOCALE;
  private catalogText: CatalogTranslation | undefined = undefined;

  constructor(ports: AppPorts) {
    this.ports = ports;
    this.state = ports.settings.load();
    const now = ports.now();
    this.today = this.loadToday(now.wall);
    this.scheduler = new Scheduler(this.state.settings, now);
    this.input({ type: 'wake' });
  }

  // ------------------------------------------------------------------ driving

  on<E extends keyof AppEvents>(name: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => void set.delete(listener as (payload: never) => void);
  }

  private emit<E extends keyof AppEvents>(name: E, payload: AppEvents[E]): void {
    for (const l of this.listeners.get(name) ?? []) (l as Listener<E>)(payload);
  }

  /**
   * The scheduler asked to be woken: time has passed. When it asked for a busy answer too, the
   * BusyPort is asked first (the returned promise settles once the answer was handed over);
   * without a port the answer is "free" at once.
   */
  wake(): Promise<void> {
    if (!this.checkBusy) {
      this.feed({ type: 'wake' }, undefined);
      return Promise.resolve();
    }
    const port = this.ports.busy;
    if (!port) {
      this.feed({ type: 'wake' }, null);
      return Promise.resolve();
    }
    if (port.checkNow) {
      let answer: BusyReason | null = null;
      try {
        answer = port.checkNow(this.state.settings.holdWhen);
      } catch {
        answer = null; // a failing detector means "not busy"
      }
      this.feed({ type: 'wake' }, answer);
      return Promise.resolve();
    }
    // one question at a time: a timer that fires again meanwhile waits for the same answer
    this.busyCheck ??= port
      .check(this.state.settings.holdWhen)
      .catch((): BusyReason | null => null) // a failing detector means "not busy"
      .then((answer) => {
        this.busyCheck = null;
        this.feed({ type: 'wake' }, answer);
      });
    return this.busyCheck;
  }

  /** Feeds one event (power, lock, a tray or CLI action …) with the current time and idle sample. */
  input(input: SchedulerInput): Decision {
    return this.feed(input, undefined);
  }

  private feed(input: SchedulerInput, busy: BusyAnswer): Decision {
    const now = this.ports.now();
    // without detectors the answer is known at every call: never busy (no deferred checks)
    const answer = this.ports.busy ? busy : null;
    const decision = this.scheduler.handle(input, now, this.ports.idleSeconds(), answer);
    this.apply(decision, now);
    return decision;
  }

  /** The quiet prompt showing now, if a break waits for a pause. */
  get prompt(): PromptView | null {
    return this.currentPrompt;
  }

  /** The user clicked the quiet prompt: show the waiting break at once. */
  async startFromPrompt(): Promise<ActionResult> {
    return this.breakAction({ type: 'prompt' });
  }

  private apply(decision: Decision, now: Instant): void {
    let breakChanged = false;
    let promptChanged = false;
    let logged = false;
    // compose the routine first, so the break's log line can name its exercises
    for (const eff of decision.effects) {
      if (eff.type === 'show-break') this.current = this.breakView(eff.breakId, eff.trigger, eff.snoozesLeft, now.wall);
    }
    for (const eff of decision.effects) {
      switch (eff.type) {
        case 'show-break':
          breakChanged = true;
          break;
        case 'hide-break':
          if (this.current?.breakId === eff.breakId) this.current = null;
          breakChanged = true;
          break;
        case 'notify-warn':
          this.emit('warn', eff.heldBy ? { dueAt: eff.dueAt, heldBy: eff.heldBy } : { dueAt: eff.dueAt });
          break;
        case 'show-prompt':
          this.currentPrompt = { breakId: eff.breakId, dueAt: eff.dueAt, latestAt: eff.latestAt };
          promptChanged = true;
          break;
        case 'hide-prompt':
          if (this.currentPrompt?.breakId === eff.breakId) {
            this.currentPrompt = null;
            promptChanged = true;
          }
          break;
        case 'log': {
          const event = this.enrich(eff.event);
          if (event.event === 'ignored') break; // a refused action is answered, not logged
          if (event.event === 'stopped') this.lastStopped = { id: event.exercise, at: event.at };
          this.ports.history.append(event);
          this.rememberToday(event, now.wall);
          logged = true;
          break;
        }
      }
    }
    this.wakeAt = decision.wakeAt;
    this.checkBusy = decision.checkBusy;
    if (promptChanged) this.emit('prompt', this.currentPrompt);
    if (breakChanged) this.emit('break', this.current);
    if (logged) this.emit('history', null);
    this.emit('status', this.statusViewOf(decision.status, now.wall));
  }

  /** Adds what only the app layer knows: the routine composed for a break. */
  private enrich(e: LimberEvent): LimberEvent {
    if (e.event !== 'break') return e;
    const r = this.routines.get(e.breakId);
    return r && 'items' in r ? { ...e, routine: r.items.map((i) => i.exerciseId) } : e;
  }

  private breakView(breakId: string, trigger: BreakView['trigger'], snoozesLeft: number, wall: number): BreakView {
    let composed = this.routines.get(breakId);
    if (!composed) {
      this.routines.clear(); // only the current break's routine is worth keeping
      const result = composeRoutine({
        settings: this.state.settings,
        earlierToday: this.routinesToday(wall),
        random: this.ports.random,
        text: this.ports.text(),
      });
      composed = result.ok ? result.routine : { problem: result.reason };
      this.routines.set(breakId, composed);
    }
    const s = this.state.settings;
    const view: BreakView = {
      breakId,
      trigger,
      snoozesLeft,
      maxSnoozes: s.maxSnoozes,
      snoozeMinutes: s.snoozeMinutes,
      routine: 'items' in composed ? this.routineView(composed) : { items: [], totalSeconds: 0 },
      sound: s.sound,
      today: this.progress(wall),
    };
    if ('problem' in composed) view.problem = composed.problem;
    return view;
  }

  // ------------------------------------------------------------------ today

  private loadToday(wall: number): { dayStart: number; events: LimberEvent[] } {
    const dayStart = startOfLocalDay(wall);
    const { entries } = this.ports.history.readSince?.(dayStart) ?? this.ports.history.read();
    return { dayStart, events: entries.filter((e) => e.at >= dayStart && e.at <= wall + 60_000) };
  }

  private rememberToday(e: LimberEvent, wall: number): void {
    if (startOfLocalDay(wall) !== this.today.dayStart) this.today = { dayStart: startOfLocalDay(wall), events: [] };
    if (e.at >= this.today.dayStart) this.today.events.push(e);
  }

  private todayEvents(wall: number): LimberEvent[] {
    if (startOfLocalDay(wall) !== this.today.dayStart) this.today = this.loadToday(wall);
    return this.today.events;
  }

  /** The routines of today's earlier breaks, oldest first (one per break). */
  private routinesToday(wall: number): string[][] {
    const byBreak = new Map<string, string[]>();
    for (const e of this.todayEvents(wall)) if (e.event === 'break' && e.routine) byBreak.set(e.breakId, e.routine);
    return [...byBreak.values()];
  }

  private progress(wall: number): TodayProgress {
    let done = 0;
    let seconds = 0;
    for (const e of this.todayEvents(wall)) {
      if (countsTowardGoal(e)) done++;
      if (e.event === 'completed' || e.event === 'partial' || e.event === 'stopped') seconds += e.secondsStretched ?? 0;
    }
    return { done, goal: this.state.settings.dailyGoal, minutesStretched: Math.round(seconds / 60) };
  }

  // ------------------------------------------------------------------ views

  private exerciseView(id: string): ExerciseView | null {
    const ex = getExercise(id);
    if (!ex) return null;
    const { sideSteps, ...rest } = ex;
    // the texts a person reads in the active language; anything derived from the English stays
    const text = localizeExercise(ex, this.catalogText);
    return {
      ...rest,
      name: text.name,
      steps: text.steps,
      cautions: text.cautions,
      breathing: text.breathing,
      ...(sideSteps ? { stepsBySide: { right: text.stepsForSide('right'), left: text.stepsForSide('left') } } : {}),
      seconds: estimateSeconds(ex),
      stepKinds: stepKindsOf(ex), // from the English text, whatever language the steps are shown in
      svg: {
        start: illustrationSvg(id, { pose: 'start' }) ?? '',
        end: illustrationSvg(id, { pose: 'end' }) ?? '',
        pair: illustrationSvg(id, { pose: 'pair' }) ?? '',
        ...(hasMiddlePose(id) ? { middlePair: illustrationSvg(id, { pose: 'middle-pair' }) ?? '' } : {}),
        motion: rigMotion(id) ?? { joints: [], symmetric: true, mirror: '' },
      },
    };
  }

  private routineView(r: Routine): RoutineView {
    const items: ExerciseView[] = [];
    for (const item of r.items) {
      const v = this.exerciseView(item.exerciseId);
      if (v) items.push({ ...v, seconds: item.seconds, dosage: item.dosage }); // the dose fitted to this routine
    }
    return { items, totalSeconds: r.totalSeconds };
  }

  private settingsView(): SettingsView {
    const s = this.state.settings;
    const exclusions: Exclusion[] = s.excludedExercises.map((id) => {
      const note = this.state.exclusionNotes[id];
      return note ? { id, reason: note.reason, at: note.at } : { id, reason: 'chosen' };
    });
    return { settings: cloneSettings(s), defaults: defaultSettings(), exclusions, firstRunDone: this.state.firstRunDone };
  }

  private statusViewOf(status: SchedulerStatus, wall: number): StatusView {
    return { status, tooltip: statusText(status, wall, this.ports.text()), today: this.progress(wall) };
  }

  /** Status, tooltip and today's progress right now (no event is fed). */
  statusView(): StatusView {
    const now = this.ports.now();
    return this.statusViewOf(this.scheduler.status(now), now.wall);
  }

  get settings(): Settings {
    return cloneSettings(this.state.settings);
  }

  // ------------------------------------------------------------------ settings

  private commitSettings(next: StoredState): SettingsResult {
    const previous = this.state;
    try {
      this.ports.settings.save(next);
    } catch (err) {
      // not saved (the file cannot be written, the store refused the state): nothing changes, and
      // whoever asked — a page, the tray — gets a refusal in the person's words, not an exception
      return { ok: false, errors: [saveFailedText(this.ports.text().t, err)] };
    }
    this.state = next;
    if (JSON.stringify(previous.settings) !== JSON.stringify(next.settings)) {
      this.input({ type: 'settings', settings: next.settings });
    }
    const view = this.settingsView();
    this.emit('settings', view);
    return { ok: true, view };
  }

  private patchSettings(patch: unknown, extra: Partial<StoredState> = {}): SettingsResult {
    const applied = applySettingsPatch(this.state.settings, patch, { knownExercises: EXERCISE_IDS });
    if (!applied.ok) return applied;
    const notes = { ...(extra.exclusionNotes ?? this.state.exclusionNotes) };
    for (const id of Object.keys(notes)) if (!applied.value.excludedExercises.includes(id)) delete notes[id];
    return this.commitSettings({ ...this.state, ...extra, settings: applied.value, exclusionNotes: notes });
  }

  // ------------------------------------------------------------------ the bridge API

  async getBreak(): Promise<BreakView | null> {
    return this.current;
  }

  async breakAction(action: BreakAction): Promise<ActionResult> {
    const decision = this.input(action.type === 'stop' || action.type === 'partial' || action.type === 'complete' ? { ...action } : { type: action.type });
    const refused = decision.effects.find((e) => e.type === 'log' && e.event.event === 'ignored');
    if (refused && refused.type === 'log' && refused.event.event === 'ignored') {
      const { reason } = refused.event;
      return { ok: false, reason, refusal: refusalOf(reason) ?? { code: 'other' } };
    }
    return { ok: true };
  }

  async getStatus(): Promise<StatusView> {
    return this.statusView();
  }

  async getSettings(): Promise<SettingsView> {
    return this.settingsView();
  }

  async updateSettings(patch: Partial<Settings>): Promise<SettingsResult> {
    return this.patchSettings(patch);
  }

  async restoreDefaults(): Promise<SettingsResult> {
    return this.commitSettings({ ...this.state, settings: defaultSettings(), exclusionNotes: {} });
  }

  async setExcluded(req: { id: string; excluded: boolean }): Promise<SettingsResult> {
    if (!EXERCISE_IDS.has(req.id)) return { ok: false, errors: [`excludedExercises: unknown exercise id ${req.id}`] };
    const current = this.state.settings.excludedExercises;
    const list = req.excluded ? [...new Set([...current, req.id])] : current.filter((id) => id !== req.id);
    // record why before committing, so the one `settings` event already carries the reason
    const notes = { ...this.state.exclusionNotes };
    if (req.excluded && !notes[req.id]) {
      notes[req.id] = { reason: this.lastStopped?.id === req.id ? 'stopped' : 'chosen', at: this.ports.now().wall };
    }
    return this.patchSettings({ excludedExercises: list }, { exclusionNotes: notes });
  }

  async completeFirstRun(patch: Partial<Settings>): Promise<SettingsResult> {
    return this.patchSettings(patch, { firstRunDone: true });
  }

  async getCatalog(): Promise<ExerciseView[]> {
    this.catalogViews ??= CATALOG.map((ex) => this.exerciseView(ex.id)!);
    return this.catalogViews;
  }

  async getDetectors(): Promise<DetectorAvailability[]> {
    if (this.ports.busy) return this.ports.busy.availability();
    return DETECTOR_KINDS.map((kind) => ({ kind, available: false, detail: this.ports.text().t('main.detector.notInBuild') }));
  }

  async getSafetyNotes(): Promise<SafetyNote[]> {
    return SAFETY_NOTES.map((n) => ({ id: n.id, ...localizeSafety(n.id, n.heading, n.text, this.catalogText) }));
  }

  // ------------------------------------------------------------------ language

  async getLocale(): Promise<string> {
    return this.locale;
  }

  /** The active locale's tag. */
  get activeLocale(): string {
    return this.locale;
  }

  /**
   * Switches the catalog texts (exercises, safety notes) to `tag`, with that locale's catalog
   * translation (undefined: English; whatever it lacks stays English, field by field). The host
   * chooses the locale (core/i18n/locale-follower.ts) and loads the translation. The current
   * break keeps its routine; only its texts change. Emits `locale`.
   */
  setLocale(tag: string, catalog: CatalogTranslation | undefined): void {
    this.locale = tag;
    this.catalogText = catalog;
    this.catalogViews = null;
    const cur = this.current;
    const composed = cur ? this.routines.get(cur.breakId) : undefined;
    if (cur && composed && 'items' in composed) this.current = { ...cur, routine: this.routineView(composed) };
    this.emit('locale', tag);
  }

  async previewRoutine(): Promise<PreviewResult> {
    const wall = this.ports.now().wall;
    const result = composeRoutine({ settings: this.state.settings, earlierToday: this.routinesToday(wall), random: this.ports.random, text: this.ports.text() });
    return result.ok ? { ok: true, routine: this.routineView(result.routine) } : { ok: false, reason: result.reason };
  }

  async getHistory(): Promise<HistoryView> {
    const s = this.state.settings;
    const opts: StatsOptions = {
      dailyGoal: s.dailyGoal,
      now: this.ports.now().wall,
      ...(s.workingHours.enabled ? { streakDays: s.workingHours.days } : {}),
    };
    const port = this.ports.history;
    const summary = port.summary?.(opts);
    if (summary) return { ...summary, writeProblem: port.problem() };
    const { entries, notes } = port.read();
    return { stats: computeStats(entries, opts), notes, writeProblem: port.problem() };
  }
}
