// The settings model (SPEC §2): defaults, bounds and validation. Pure data and functions,
// shared by the shell (electron-store schema), the UI (form validation) and the simulator.
import { clip } from './quote';
import { describeValue } from './describe-value';
import { LOCALES, type LanguageChoice } from './i18n/locales';
import { sayer, type MainTranslate, type Say } from './main-text';

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
  /**
   * Words the problems in a person's language (`main.settings.*` messages): the settings file's
   * notices. Without it they are in English, the form the settings page reads and rewords by
   * key (src-renderer/settings/words.ts), traces and logs keep — the same text as the English
   * messages (a test keeps the two the same).
   */
  t?: MainTranslate;
}


/**
 * Checks a partial settings object. Every problem is reported with the key and its allowed
 * range; unknown keys are refused too (a typo must not be silently ignored).
 */
export function validateSettingsPatch(
  patch: unknown,
  options: ValidateOptions = {},
): ValidationResult<Partial<Settings>> {
  const say = sayer(options.t);
  const describe = describer(say);
  if (!isPlainObject(patch)) return { ok: false, errors: [say('main.settings.notObject', {}, 'settings must be an object of key: value pairs')] };
  const errors: string[] = [];
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!(SETTINGS_KEYS as string[]).includes(key)) {
      const known = SETTINGS_KEYS.join(', ');
      errors.push(say('main.settings.unknownKey', { key: clip(key, 40), known }, `${clip(key, 40)}: unknown setting (known: ${known})`));
      continue;
    }
    const k = key as SettingsKey;
    if (k in NUMBER_BOUNDS) {
      const b = NUMBER_BOUNDS[k as NumberKey];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < b.min || value > b.max) {
        const got = describe(value);
        errors.push(say('main.settings.number', { key: k, min: b.min, max: b.max, unit: b.unit, got }, `${k} must be a whole number from ${b.min} to ${b.max} ${b.unit} (got ${got})`));
      } else {
        (out as Record<string, unknown>)[k] = value;
      }
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(k)) {
      if (typeof value !== 'boolean') errors.push(mustBeBoolean(say, k, describe(value)));
      else (out as Record<string, unknown>)[k] = value;
    } else if (k === 'positions') {
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        !value.every((p) => (POSITIONS as readonly unknown[]).includes(p)) ||
        new Set(value).size !== value.length
      ) {
        const [values, got] = [POSITIONS.join(', '), describe(value)];
        errors.push(say('main.settings.positions', { key: 'positions', values, got }, `positions must be a non-empty list of distinct values from ${values} (got ${got})`));
      } else {
        out.positions = POSITIONS.filter((p) => value.includes(p));
      }
    } else if (k === 'excludedExercises') {
      const ids = exclusionEntries(value, options.knownExercises, options.t);
      if (!ids) {
        const got = describe(value);
        errors.push(say('main.settings.excluded.list', { key: 'excludedExercises', got }, `excludedExercises must be a list of exercise ids (got ${got})`));
      } else {
        if (ids.notIds.length) {
          const entries = listed(ids.notIds, 3, options.t);
          errors.push(say('main.settings.excluded.notIds', { key: 'excludedExercises', entries }, `excludedExercises must hold exercise ids only; not an id: ${entries}`));
        }
        if (ids.unknown.length) {
          const unknown = listed(ids.unknown, 3, options.t);
          errors.push(say('main.settings.excluded.unknown', { key: 'excludedExercises', ids: unknown }, `excludedExercises names unknown exercise ids: ${unknown}`));
        }
        if (!ids.notIds.length && !ids.unknown.length) out.excludedExercises = ids.kept;
      }
    } else if (k === 'equipment') {
      if (
        !Array.isArray(value) ||
        !value.every((e) => (USER_EQUIPMENT as readonly unknown[]).includes(e)) ||
        new Set(value).size !== value.length
      ) {
        const [values, got] = [USER_EQUIPMENT.join(', '), describe(value)];
        errors.push(say('main.settings.equipment', { key: 'equipment', values, got }, `equipment must be a list of distinct values from ${values}; it may be empty (got ${got})`));
      } else {
        out.equipment = USER_EQUIPMENT.filter((e) => value.includes(e));
      }
    } else if (k === 'workingHours') {
      const wh = validateWorkingHours(value, say);
      if (wh.ok) out.workingHours = wh.value;
      else errors.push(...wh.errors);
    } else if (k === 'language') {
      if (typeof value !== 'string' || !languageChoices().includes(value)) {
        const tags = languageChoices().slice(1).join(', ');
        const got = describe(value);
        errors.push(say('main.settings.language', { key: 'language', system: 'system', tags, got }, `language must be "system" or one of ${tags} (got ${got})`));
      } else {
        out.language = value;
      }
    } else if (k === 'holdWhen') {
      const hw = validateHoldWhen(value, say);
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
export function exclusionEntries(value: unknown, known?: ReadonlySet<string>, t?: MainTranslate): ExclusionEntries | null {
  if (!Array.isArray(value)) return null;
  const say = sayer(t);
  const describe = describer(say);
  const kept = new Set<string>();
  const notIds: string[] = [];
  const unknown: string[] = [];
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || id.length === 0) {
      const got = describe(id);
      notIds.push(say('main.settings.excluded.entry', { n: i + 1, got }, `entry ${i + 1} (${got})`));
    }
    else if (known && !known.has(id)) unknown.push(describeValue(id, 40));
    else kept.add(id);
  });
  return { kept: [...kept], notIds, unknown };
}

/** "a, b, c and 4 more" */
export function listed(items: readonly string[], most = 3, t?: MainTranslate): string {
  const shown = items.slice(0, most).join(', ');
  if (items.length <= most) return shown;
  const more = items.length - most;
  return sayer(t)('main.list.more', { shown, more }, `${shown} and ${more} more`);
}

function validateWorkingHours(value: unknown, say: Say): ValidationResult<WorkingHours> {
  const describe = describer(say);
  if (!isPlainObject(value)) return { ok: false, errors: [mustBeObject(say, 'workingHours', '{enabled, days, start, end}')] };
  const errors: string[] = [];
  const extra = Object.keys(value).filter((k) => !['enabled', 'days', 'start', 'end'].includes(k));
  if (extra.length) errors.push(unknownFields(say, 'workingHours', extra));
  const { enabled, days, start, end } = value;
  if (typeof enabled !== 'boolean') errors.push(mustBeBoolean(say, 'workingHours.enabled', describe(enabled)));
  if (
    !Array.isArray(days) ||
    !days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6) ||
    new Set(days).size !== days.length
  ) {
    const got = describe(days);
    errors.push(say('main.settings.workingHours.days', { key: 'workingHours.days', got }, `workingHours.days must be a list of distinct days from 0 (Sunday) to 6 (Saturday) (got ${got})`));
  }
  const s = parseClockTime(start);
  const e = parseClockTime(end);
  const notATime = (key: string, got: string) =>
    say('main.settings.workingHours.time', { key, format: 'HH:MM', got }, `${key} must be a time from 00:00 to 23:59 as HH:MM (got ${got})`);
  if (s === null) errors.push(notATime('workingHours.start', describe(start)));
  if (e === null) errors.push(notATime('workingHours.end', describe(end)));
  if (s !== null && e !== null && s >= e) {
    const [from, to] = [String(start), String(end)];
    errors.push(say('main.settings.workingHours.order', { start: 'workingHours.start', end: 'workingHours.end', from, to }, `workingHours.start must be before workingHours.end (got ${from}–${to})`));
  }
  if (enabled === true && Array.isArray(days) && days.length === 0) {
    errors.push(say('main.settings.workingHours.noDays', { key: 'workingHours.days' }, 'workingHours.days must name at least one day while working hours are enabled'));
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

function validateHoldWhen(value: unknown, say: Say): ValidationResult<HoldWhen> {
  const describe = describer(say);
  if (!isPlainObject(value)) return { ok: false, errors: [mustBeObject(say, 'holdWhen', '{call, presenting, doNotDisturb, apps}')] };
  const errors: string[] = [];
  const extra = Object.keys(value).filter((k) => !['call', 'presenting', 'doNotDisturb', 'apps'].includes(k));
  if (extra.length) errors.push(unknownFields(say, 'holdWhen', extra));
  for (const flag of HOLD_FLAGS) {
    if (typeof value[flag] !== 'boolean') errors.push(mustBeBoolean(say, `holdWhen.${flag}`, describe(value[flag])));
  }
  const apps = value.apps;
  let names: string[] = [];
  if (!Array.isArray(apps) || apps.length > MAX_HOLD_APPS) {
    const got = describe(apps);
    errors.push(say('main.settings.holdWhen.apps', { key: 'holdWhen.apps', max: MAX_HOLD_APPS, got }, `holdWhen.apps must be a list of up to ${MAX_HOLD_APPS} program names (got ${got})`));
  } else {
    names = apps.map((a) => (typeof a === 'string' ? a.trim() : a)) as string[];
    const bad = names.filter((a) => typeof a !== 'string' || a.length === 0 || a.length > MAX_APP_NAME_LENGTH || /[\u0000-\u001f]/.test(a));
    if (bad.length) {
      const got = describe(bad[0]);
      errors.push(
        say('main.settings.holdWhen.appNames', { key: 'holdWhen.apps', max: MAX_APP_NAME_LENGTH, got }, `holdWhen.apps must hold program names of 1 to ${MAX_APP_NAME_LENGTH} characters (got ${got})`),
      );
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
  if (!isPlainObject(raw)) return { ok: false, errors: [sayer(options.t)('main.settings.notObject', {}, 'settings must be an object of key: value pairs')] };
  return applySettingsPatch(DEFAULT_SETTINGS, raw, options);
}

/** A value for "(got …)": iterative and bounded, so deeply nested values give a message, not a stack overflow. */
function describer(say: Say): (v: unknown) => string {
  return (v) => (v === undefined ? say('main.settings.nothing', {}, 'nothing') : describeValue(v));
}

function mustBeBoolean(say: Say, key: string, got: string): string {
  return say('main.settings.boolean', { key, got }, `${key} must be true or false (got ${got})`);
}

function mustBeObject(say: Say, key: string, fields: string): string {
  return say('main.settings.object', { key, fields }, `${key} must be an object ${fields}`);
}

function unknownFields(say: Say, key: string, extra: readonly string[]): string {
  const fields = extra.join(', ');
  return say('main.settings.unknownFields', { key, fields }, `${key} has unknown fields: ${fields}`);
}
