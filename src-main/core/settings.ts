// The settings model (SPEC §2): defaults, bounds and validation. Pure data and functions,
// shared by the shell (electron-store schema), the UI (form validation) and the simulator.
import { clip } from './quote';
import { describeValue } from './describe-value';
import { LOCALES, type LanguageChoice } from './i18n/locales';

export type Position = 'seated' | 'standing' | 'floor';
export const POSITIONS: readonly Position[] = ['seated', 'standing', 'floor'];

/**
 * Equipment a user may or may not have at hand. An exercise that needs one of these is offered
 * only when the user has it (`Settings.equipment`); exercises that need nothing always can be.
 */
export type UserEquipment = 'chair' | 'desk' | 'mat' | 'ball';
export const USER_EQUIPMENT: readonly UserEquipment[] = ['chair', 'desk', 'mat', 'ball'];

export interface WorkingHours {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday */
  days: number[];
  /** "HH:MM", 24-hour local time */
  start: string;
  end: string;
}

/** What holds a due break (SPEC §3.12); each kind of detector can be turned off. */
export interface HoldWhen {
  /** a microphone or camera in use */
  call: boolean;
  /** screen sharing, presentation mode, or a full-screen window in front */
  presenting: boolean;
  /** the OS's do-not-disturb or focus mode */
  doNotDisturb: boolean;
  /** program names: a break is held while any of them runs */
  apps: string[];
}

export const MAX_HOLD_APPS = 50;
export const MAX_APP_NAME_LENGTH = 128;

export interface Settings {
  sitMinutes: number;
  naturalBreakMinutes: number;
  warnSeconds: number;
  /** a due break waits for a pause in input this long (SPEC §3.5) */
  pauseSeconds: number;
  /** the longest a due break waits for that pause; 0 = show it at once */
  flexMinutes: number;
  holdWhen: HoldWhen;
  /** a held break comes anyway after this long */
  maxHoldMinutes: number;
  snoozeMinutes: number;
  maxSnoozes: number;
  routineMinutes: number;
  positions: Position[];
  excludedExercises: string[];
  /** what the user has at hand; exercises needing anything else are never offered */
  equipment: UserEquipment[];
  workingHours: WorkingHours;
  dailyGoal: number;
  sound: boolean;
  /** a soft cue sound during the routine at the end of each hold */
  cueHoldEnd: boolean;
  /** … when the routine changes to the other side */
  cueSideSwitch: boolean;
  /** … at the next exercise and when its get-ready time is over */
  cueNextExercise: boolean;
  /** read each step aloud where the platform has speech synthesis */
  speakSteps: boolean;
  notifications: boolean;
  openAtLogin: boolean;
  /** the language of the windows, menus and exercise steps: 'system' follows the OS, else a tag of LOCALES */
  language: LanguageChoice;
}

export type SettingsKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sitMinutes: 45,
  naturalBreakMinutes: 5,
  warnSeconds: 60,
  pauseSeconds: 5,
  flexMinutes: 3,
  holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: [] as string[] },
  maxHoldMinutes: 120,
  snoozeMinutes: 5,
  maxSnoozes: 2,
  routineMinutes: 2,
  positions: ['seated', 'standing'] as Position[],
  excludedExercises: [] as string[],
  // a stability ball is never assumed; a mat stands for "a bit of floor to lie on", which
  // matters only once the user turns on floor exercises
  equipment: ['chair', 'desk', 'mat'] as UserEquipment[],
  workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  dailyGoal: 6,
  sound: true,
  cueHoldEnd: true,
  cueSideSwitch: true,
  cueNextExercise: true,
  speakSteps: false,
  notifications: true,
  openAtLogin: true,
  language: 'system',
});

/** The values `language` may take: 'system' or a tag Limber has (core/i18n/locales.ts). */
export function languageChoices(): string[] {
  return ['system', ...LOCALES.map((l) => l.tag)];
}

const LANGUAGE_TAG_RE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/**
 * A well-formed BCP 47-ish tag that this version does not have (a language a newer Limber added,
 * say): a settings file holding one follows the system instead, quietly — it is not damage.
 */
export function isUnknownLanguageTag(value: unknown): boolean {
  return typeof value === 'string' && LANGUAGE_TAG_RE.test(value) && !languageChoices().includes(value);
}

/** Integer settings and their inclusive bounds. */
export const NUMBER_BOUNDS = {
  sitMinutes: { min: 10, max: 180, unit: 'minutes' },
  naturalBreakMinutes: { min: 1, max: 60, unit: 'minutes' },
  warnSeconds: { min: 0, max: 600, unit: 'seconds' },
  pauseSeconds: { min: 2, max: 60, unit: 'seconds' },
  flexMinutes: { min: 0, max: 15, unit: 'minutes' },
  maxHoldMinutes: { min: 15, max: 480, unit: 'minutes' },
  snoozeMinutes: { min: 1, max: 60, unit: 'minutes' },
  maxSnoozes: { min: 0, max: 10, unit: 'snoozes' },
  routineMinutes: { min: 1, max: 15, unit: 'minutes' },
  dailyGoal: { min: 1, max: 24, unit: 'breaks' },
} as const satisfies Partial<Record<SettingsKey, { min: number; max: number; unit: string }>>;

export type NumberKey = keyof typeof NUMBER_BOUNDS;
export const BOOLEAN_KEYS = ['sound', 'cueHoldEnd', 'cueSideSwitch', 'cueNextExercise', 'speakSteps', 'notifications', 'openAtLogin'] as const;
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingsKey[];

export function cloneSettings(s: Readonly<Settings>): Settings {
  return {
    ...s,
    positions: [...s.positions],
    excludedExercises: [...s.excludedExercises],
    equipment: [...s.equipment],
    holdWhen: { ...s.holdWhen, apps: [...s.holdWhen.apps] },
    workingHours: { ...s.workingHours, days: [...s.workingHours.days] },
  };
}

export function defaultSettings(): Settings {
  return cloneSettings(DEFAULT_SETTINGS);
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for an "HH:MM" string, or null if it is not one. */
export function parseClockTime(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const m = TIME_RE.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface ValidateOptions {
  /** Exercise ids `excludedExercises` may name; when omitted any non-empty string id passes. */
  knownExercises?: ReadonlySet<string>;
}

/**
 * Checks a partial settings object. Every problem is reported with the key and its allowed
 * range; unknown keys are refused too (a typo must not be silently ignored).
 */
export function validateSettingsPatch(
  patch: unknown,
  options: ValidateOptions = {},
): ValidationResult<Partial<Settings>> {
  if (!isPlainObject(patch)) return { ok: false, errors: ['settings must be an object of key: value pairs'] };
  const errors: string[] = [];
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(SETTINGS_KEYS as string[]).includes(key)) {
      errors.push(`${clip(key, 40)}: unknown setting (known: ${SETTINGS_KEYS.join(', ')})`);
      continue;
    }
    const k = key as SettingsKey;
    if (k in NUMBER_BOUNDS) {
      const b = NUMBER_BOUNDS[k as NumberKey];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < b.min || value > b.max) {
        errors.push(`${k} must be a whole number from ${b.min} to ${b.max} ${b.unit} (got ${describe(value)})`);
      } else {
        (out as Record<string, unknown>)[k] = value;
      }
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(k)) {
      if (typeof value !== 'boolean') errors.push(`${k} must be true or false (got ${describe(value)})`);
      else (out as Record<string, unknown>)[k] = value;
    } else if (k === 'positions') {
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        !value.every((p) => (POSITIONS as readonly unknown[]).includes(p)) ||
        new Set(value).size !== value.length
      ) {
        errors.push(`positions must be a non-empty list of distinct values from ${POSITIONS.join(', ')} (got ${describe(value)})`);
      } else {
        out.positions = POSITIONS.filter((p) => value.includes(p));
      }
    } else if (k === 'excludedExercises') {
      const ids = exclusionEntries(value, options.knownExercises);
      if (!ids) errors.push(`excludedExercises must be a list of exercise ids (got ${describe(value)})`);
      else {
        if (ids.notIds.length) errors.push(`excludedExercises must hold exercise ids only; not an id: ${listed(ids.notIds)}`);
        if (ids.unknown.length) errors.push(`excludedExercises names unknown exercise ids: ${listed(ids.unknown)}`);
        if (!ids.notIds.length && !ids.unknown.length) out.excludedExercises = ids.kept;
      }
    } else if (k === 'equipment') {
      if (
        !Array.isArray(value) ||
        !value.every((e) => (USER_EQUIPMENT as readonly unknown[]).includes(e)) ||
        new Set(value).size !== value.length
      ) {
        errors.push(`equipment must be a list of distinct values from ${USER_EQUIPMENT.join(', ')}; it may be empty (got ${describe(value)})`);
      } else {
        out.equipment = USER_EQUIPMENT.filter((e) => value.includes(e));
      }
    } else if (k === 'workingHours') {
      const wh = validateWorkingHours(value);
      if (wh.ok) out.workingHours = wh.value;
      else errors.push(...wh.errors);
    } else if (k === 'language') {
      if (typeof value !== 'string' || !languageChoices().includes(value)) {
        errors.push(`language must be "system" or one of ${languageChoices().slice(1).join(', ')} (got ${describe(value)})`);
      } else {
        out.language = value;
      }
    } else if (k === 'holdWhen') {
      const hw = validateHoldWhen(value);
      if (hw.ok) out.holdWhen = hw.value;
      else errors.push(...hw.errors);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

export interface ExclusionEntries {
  /** the distinct valid ids, in order */
  kept: string[];
  /** entries that are not ids at all, as "entry 2 (5)" */
  notIds: string[];
  /** strings that name no known exercise, quoted */
  unknown: string[];
}

/**
 * An `excludedExercises` list taken apart entry by entry, so that a reader that must keep what it
 * can (a settings file) keeps every valid id; null when the value is not a list at all.
 */
export function exclusionEntries(value: unknown, known?: ReadonlySet<string>): ExclusionEntries | null {
  if (!Array.isArray(value)) return null;
  const kept = new Set<string>();
  const notIds: string[] = [];
  const unknown: string[] = [];
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || id.length === 0) notIds.push(`entry ${i + 1} (${describe(id)})`);
    else if (known && !known.has(id)) unknown.push(describeValue(id, 40));
    else kept.add(id);
  });
  return { kept: [...kept], notIds, unknown };
}

/** "a, b, c and 4 more" */
export function listed(items: readonly string[], most = 3): string {
  const shown = items.slice(0, most).join(', ');
  return items.length > most ? `${shown} and ${items.length - most} more` : shown;
}

function validateWorkingHours(value: unknown): ValidationResult<WorkingHours> {
  if (!isPlainObject(value)) {
    return { ok: false, errors: ['workingHours must be an object {enabled, days, start, end}'] };
  }
  const errors: string[] = [];
  const extra = Object.keys(value).filter((k) => !['enabled', 'days', 'start', 'end'].includes(k));
  if (extra.length) errors.push(`workingHours has unknown fields: ${extra.join(', ')}`);
  const { enabled, days, start, end } = value;
  if (typeof enabled !== 'boolean') errors.push(`workingHours.enabled must be true or false (got ${describe(enabled)})`);
  if (
    !Array.isArray(days) ||
    !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6) ||
    new Set(days).size !== days.length
  ) {
    errors.push(`workingHours.days must be a list of distinct days from 0 (Sunday) to 6 (Saturday) (got ${describe(days)})`);
  }
  const s = parseClockTime(start);
  const e = parseClockTime(end);
  if (s === null) errors.push(`workingHours.start must be a time from 00:00 to 23:59 as HH:MM (got ${describe(start)})`);
  if (e === null) errors.push(`workingHours.end must be a time from 00:00 to 23:59 as HH:MM (got ${describe(end)})`);
  if (s !== null && e !== null && s >= e) {
    errors.push(`workingHours.start must be before workingHours.end (got ${String(start)}–${String(end)})`);
  }
  if (enabled === true && Array.isArray(days) && days.length === 0) {
    errors.push('workingHours.days must name at least one day while working hours are enabled');
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      enabled: enabled as boolean,
      days: [...(days as number[])].sort((a, b) => a - b),
      start: start as string,
      end: end as string,
    },
  };
}

const HOLD_FLAGS = ['call', 'presenting', 'doNotDisturb'] as const;

function validateHoldWhen(value: unknown): ValidationResult<HoldWhen> {
  if (!isPlainObject(value)) {
    return { ok: false, errors: ['holdWhen must be an object {call, presenting, doNotDisturb, apps}'] };
  }
  const errors: string[] = [];
  const extra = Object.keys(value).filter((k) => !['call', 'presenting', 'doNotDisturb', 'apps'].includes(k));
  if (extra.length) errors.push(`holdWhen has unknown fields: ${extra.join(', ')}`);
  for (const flag of HOLD_FLAGS) {
    if (typeof value[flag] !== 'boolean') errors.push(`holdWhen.${flag} must be true or false (got ${describe(value[flag])})`);
  }
  const apps = value.apps;
  let names: string[] = [];
  if (!Array.isArray(apps) || apps.length > MAX_HOLD_APPS) {
    errors.push(`holdWhen.apps must be a list of up to ${MAX_HOLD_APPS} program names (got ${describe(apps)})`);
  } else {
    names = apps.map((a) => (typeof a === 'string' ? a.trim() : a)) as string[];
    const bad = names.filter((a) => typeof a !== 'string' || a.length === 0 || a.length > MAX_APP_NAME_LENGTH || /[\u0000-\u001f]/.test(a));
    if (bad.length) {
      errors.push(`holdWhen.apps must hold program names of 1 to ${MAX_APP_NAME_LENGTH} characters (got ${describe(bad[0])})`);
    }
  }
  if (errors.length) return { ok: false, errors };
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  return {
    ok: true,
    value: {
      call: value.call as boolean,
      presenting: value.presenting as boolean,
      doNotDisturb: value.doNotDisturb as boolean,
      apps: unique,
    },
  };
}

/** Applies a patch over current settings; nothing changes unless the whole patch is valid. */
export function applySettingsPatch(
  current: Readonly<Settings>,
  patch: unknown,
  options: ValidateOptions = {},
): ValidationResult<Settings> {
  const checked = validateSettingsPatch(patch, options);
  if (!checked.ok) return checked;
  return { ok: true, value: { ...cloneSettings(current), ...checked.value } };
}

/** Validates a complete settings object (e.g. read from disk), filling in missing keys from defaults. */
export function normalizeSettings(raw: unknown, options: ValidateOptions = {}): ValidationResult<Settings> {
  if (!isPlainObject(raw)) return { ok: false, errors: ['settings must be an object of key: value pairs'] };
  return applySettingsPatch(DEFAULT_SETTINGS, raw, options);
}

function describe(v: unknown): string {
  // iterative and bounded: deeply nested values must give a message, not a stack overflow
  return describeValue(v);
}
