// The one typed bridge between the renderer and the main process. Method and event names are
// defined here once; the preload builds `window.limber` from this list, the main process
// registers one handler per method and validates every payload with `validateRequest`, and
// the browser test host implements the same `LimberApi` on top of the real core.
//
// Pure TypeScript: imported by the main process, the preload, the renderer and the tests.

import type { DetectorAvailability } from './busy';
import type { SafetyNote } from './catalog/safety';
import type { StepKinds } from './catalog/step-kinds';
import type { Exercise } from './catalog/types';
import type { RigMotion } from './illustrations';
import type { BreakTrigger, RoutineReport } from './events';
import type { HistoryNote, HistoryStats } from './history';
import type { Refusal, SchedulerStatus } from './scheduler';
import { NUMBER_BOUNDS, type Settings, type ValidationResult } from './settings';

/**
 * An exercise as the UI shows it: catalog data, the dose's estimated time and its drawings. The
 * texts a person reads (`name`, `steps`, `stepsBySide`, `cautions`, `breathing`) are in the
 * active language (English where the translation lacks them); everything derived from the
 * English source stays as it is.
 */
export interface ExerciseView extends Omit<Exercise, 'sideSteps'> {
  seconds: number;
  /**
   * For a one-sided exercise whose steps name the side: every step as read on each side, ready
   * to show (`stepsBySide[segment.side][step]`). Absent when `steps` reads the same on both.
   */
  stepsBySide?: { right: string[]; left: string[] };
  /**
   * Which step says what (the movement, the hold, the change of side) and each step's reading
   * time, worked out from the English text (catalog/step-kinds.ts): the player times and picks
   * steps by index with it, so it never reads the (possibly translated) sentences.
   */
  stepKinds: StepKinds;
  /**
   * SVG markup: the start pose (its moving joints marked `data-j`, see `motion`), the end
   * (key) pose, and start → end side by side; `motion` is what moves the start pose's joints
   * to the end pose (the renderer animates them along the player's timeline). `middlePair`:
   * start → middle side by side, for a drawing with a middle pose (knee rolls' knee hug), which
   * reduced motion shows during the round's way back to the middle and the hold there.
   */
  svg: { start: string; end: string; pair: string; middlePair?: string; motion: RigMotion };
}

export interface RoutineView {
  items: ExerciseView[];
  totalSeconds: number;
}

export interface TodayProgress {
  /** breaks done today toward the goal: completed, and partial with at least half done (core/goal.ts) */
  done: number;
  goal: number;
  minutesStretched: number;
}

export interface BreakView {
  breakId: string;
  trigger: BreakTrigger;
  snoozesLeft: number;
  maxSnoozes: number;
  snoozeMinutes: number;
  routine: RoutineView;
  sound: boolean;
  today: TodayProgress;
  /** set when no routine could be composed (e.g. every exercise excluded): what to change */
  problem?: string;
}

export type BreakAction =
  /** the user clicked the quiet prompt of a break waiting for a pause (SPEC §3.5): show it now */
  | { type: 'prompt' }
  | { type: 'start' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | ({ type: 'complete' } & RoutineReport)
  | ({ type: 'partial'; fraction: number } & RoutineReport)
  | ({ type: 'stop'; exercise: string } & RoutineReport);

/**
 * A break action's answer. A refusal carries the scheduler's reason as the history logs it
 * (English, for logs and scripts) and as data a page words in its own language: the reason's
 * key (scheduler.ts IGNORED / noSnoozesLeft), or `other` for one this version does not know.
 */
export type ActionResult = { ok: true } | { ok: false; reason: string; refusal: Refusal | { code: 'other' } };

export interface Exclusion {
  id: string;
  /** why it is excluded: chosen in settings, or stopped for discomfort during a break */
  reason: 'chosen' | 'stopped';
  /** wall time (epoch ms) it was excluded, when known */
  at?: number;
}

export interface SettingsView {
  settings: Settings;
  defaults: Settings;
  exclusions: Exclusion[];
  firstRunDone: boolean;
}

export type SettingsResult = { ok: true; view: SettingsView } | { ok: false; errors: string[] };

export type PreviewResult = { ok: true; routine: RoutineView } | { ok: false; reason: string };

export interface HistoryView {
  stats: HistoryStats;
  /** problems met while reading the log (a torn last line, lines from a newer version …): message ids and values, worded by the page */
  notes: HistoryNote[];
  /** a problem writing the log that the user should know about, if any */
  writeProblem: string | null;
}

export type ExportResult = { ok: true; path: string } | { ok: false; cancelled: true } | { ok: false; reason: string };

export type { SafetyNote } from './catalog/safety';
export type { StepKinds } from './catalog/step-kinds';
export type { DetectorAvailability } from './busy';

export interface StatusView {
  status: SchedulerStatus;
  tooltip: string;
  today: TodayProgress;
}

/** Everything the renderer may ask of the main process. One argument at most per call. */
export interface LimberApi {
  getBreak(): Promise<BreakView | null>;
  breakAction(action: BreakAction): Promise<ActionResult>;
  /** hide the break window after the end view (the outcome is already logged) */
  closeBreak(): Promise<void>;
  getStatus(): Promise<StatusView>;
  getSettings(): Promise<SettingsView>;
  updateSettings(patch: Partial<Settings>): Promise<SettingsResult>;
  restoreDefaults(): Promise<SettingsResult>;
  setExcluded(req: { id: string; excluded: boolean }): Promise<SettingsResult>;
  completeFirstRun(patch: Partial<Settings>): Promise<SettingsResult>;
  getCatalog(): Promise<ExerciseView[]>;
  getSafetyNotes(): Promise<SafetyNote[]>;
  previewRoutine(): Promise<PreviewResult>;
  getHistory(): Promise<HistoryView>;
  exportHistory(kind: 'csv' | 'raw'): Promise<ExportResult>;
  /** open (or bring forward) the Settings or History window */
  openWindow(which: WindowName): Promise<void>;
  /** which "busy" detectors work on this desktop (SPEC §3.12), for Settings */
  getDetectors(): Promise<DetectorAvailability[]>;
  /**
   * The active locale's tag (core/i18n/locales.ts): what a page sets before its first render.
   * While a change of language is being loaded, the answer waits for it.
   */
  getLocale(): Promise<string>;
}

export type WindowName = 'settings' | 'history';

export type ApiMethod = keyof LimberApi;
export type ApiArg<M extends ApiMethod> = Parameters<LimberApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<LimberApi[M]>>;

/** What the main process tells the renderer, unasked. */
export interface LimberEvents {
  break: BreakView | null;
  settings: SettingsView;
  history: null;
  status: StatusView;
  /** the active locale changed (the language setting, at once): the tag, as `getLocale` answers */
  locale: string;
}
export type EventName = keyof LimberEvents;

export const API_METHODS = [
  'getBreak',
  'breakAction',
  'closeBreak',
  'getStatus',
  'getSettings',
  'updateSettings',
  'restoreDefaults',
  'setExcluded',
  'completeFirstRun',
  'getCatalog',
  'getSafetyNotes',
  'previewRoutine',
  'getHistory',
  'exportHistory',
  'openWindow',
  'getDetectors',
  'getLocale',
] as const satisfies readonly ApiMethod[];

export const EVENT_NAMES = ['break', 'settings', 'history', 'status', 'locale'] as const satisfies readonly EventName[];

export const channelOf = (method: ApiMethod): string => `limber:${method}`;
export const eventChannelOf = (name: EventName): string => `limber:event:${name}`;

/** The renderer-side shape of the bridge: the API plus a subscription to pushed events. */
export interface LimberBridge extends LimberApi {
  on<E extends EventName>(name: E, listener: (payload: LimberEvents[E]) => void): () => void;
}

// ------------------------------------------------------------------ payload validation

/** A plain data object (what survives IPC's structured clone): no arrays, no borrowed prototypes. */
const isObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const ok = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
const bad = (message: string): ValidationResult<never> => ({ ok: false, errors: [message] });

const ID_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

function noArg(v: unknown): ValidationResult<undefined> {
  return v === undefined || v === null ? ok(undefined) : bad('this call takes no argument');
}

function validateReport(v: Record<string, unknown>): ValidationResult<RoutineReport> {
  const out: RoutineReport = {};
  if (v.exercises !== undefined) {
    if (!Array.isArray(v.exercises) || v.exercises.length > 100 || !v.exercises.every((x) => typeof x === 'string' && ID_RE.test(x))) {
      return bad('exercises must be a list of exercise ids');
    }
    out.exercises = [...v.exercises];
  }
  if (v.secondsStretched !== undefined) {
    if (typeof v.secondsStretched !== 'number' || !Number.isFinite(v.secondsStretched) || v.secondsStretched < 0 || v.secondsStretched > 24 * 3600) {
      return bad('secondsStretched must be a number of seconds from 0 to 86400');
    }
    out.secondsStretched = v.secondsStretched;
  }
  return ok(out);
}

function validateBreakAction(v: unknown): ValidationResult<BreakAction> {
  if (!isObject(v) || typeof v.type !== 'string') return bad('a break action must be an object with a "type"');
  const allowed: Record<string, string[]> = {
    prompt: [],
    start: [],
    snooze: [],
    skip: [],
    complete: ['exercises', 'secondsStretched'],
    partial: ['fraction', 'exercises', 'secondsStretched'],
    stop: ['exercise', 'exercises', 'secondsStretched'],
  };
  const fields = allowed[v.type];
  if (!fields) return bad(`unknown break action "${v.type}"`);
  const extra = Object.keys(v).filter((k) => k !== 'type' && !fields.includes(k));
  if (extra.length) return bad(`unexpected field(s) for "${v.type}": ${extra.join(', ')}`);
  const rep = validateReport(v);
  if (!rep.ok) return rep;
  switch (v.type) {
    case 'prompt':
    case 'start':
    case 'snooze':
    case 'skip':
      return ok({ type: v.type });
    case 'complete':
      return ok({ type: 'complete', ...rep.value });
    case 'partial':
      if (typeof v.fraction !== 'number' || !(v.fraction >= 0 && v.fraction <= 1)) return bad('fraction must be a number from 0 to 1');
      return ok({ type: 'partial', fraction: v.fraction, ...rep.value });
    default:
      if (typeof v.exercise !== 'string' || !ID_RE.test(v.exercise)) return bad('exercise must be an exercise id');
      return ok({ type: 'stop', exercise: v.exercise, ...rep.value });
  }
}

function validatePatchShape(v: unknown): ValidationResult<Partial<Settings>> {
  // key-by-key bounds are checked by the settings model itself; here only the shape and size
  if (!isObject(v)) return bad('settings must be an object of key: value pairs');
  let size: number;
  try {
    size = JSON.stringify(v).length;
  } catch {
    return bad('settings patch is too deeply nested'); // thousands of nested arrays: never a stack overflow in main
  }
  if (size > 20_000) return bad('settings patch is too large');
  return ok(v as Partial<Settings>);
}

export const REQUEST_VALIDATORS: { [M in ApiMethod]: (arg: unknown) => ValidationResult<ApiArg<M>> } = {
  getBreak: noArg,
  breakAction: validateBreakAction,
  closeBreak: noArg,
  getStatus: noArg,
  getSettings: noArg,
  updateSettings: validatePatchShape,
  restoreDefaults: noArg,
  setExcluded: (v) => {
    if (!isObject(v) || typeof v.id !== 'string' || !ID_RE.test(v.id) || typeof v.excluded !== 'boolean' || Object.keys(v).length !== 2) {
      return bad('setExcluded takes {id: exercise id, excluded: true|false}');
    }
    return ok({ id: v.id, excluded: v.excluded });
  },
  completeFirstRun: validatePatchShape,
  getCatalog: noArg,
  getSafetyNotes: noArg,
  previewRoutine: noArg,
  getHistory: noArg,
  exportHistory: (v) => (v === 'csv' || v === 'raw' ? ok(v) : bad('exportHistory takes "csv" or "raw"')),
  openWindow: (v) => (v === 'settings' || v === 'history' ? ok(v) : bad('openWindow takes "settings" or "history"')),
  getDetectors: noArg,
  getLocale: noArg,
};

/** Checks one request: the method must exist and its argument must have the right shape. */
export function validateRequest(method: unknown, arg: unknown): ValidationResult<{ method: ApiMethod; arg: unknown }> {
  if (typeof method !== 'string' || !(API_METHODS as readonly string[]).includes(method)) {
    return bad(`unknown bridge method ${JSON.stringify(method)}`);
  }
  const m = method as ApiMethod;
  const checked = REQUEST_VALIDATORS[m](arg);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => `${m}: ${e}`) };
  return ok({ method: m, arg: checked.value });
}

export { NUMBER_BOUNDS };
