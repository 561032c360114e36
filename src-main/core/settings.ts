// The settings model (SPEC §2): defaults, bounds and validation. Pure data and functions,
// shared by the shell (electron-store schema), the UI (form validation) and the simulator.

export type Position = 'seated' | 'standing' | 'floor';
export const POSITIONS: readonly Position[] = ['seated', 'standing', 'floor'];

export interface WorkingHours {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday */
  days: number[];
  /** "HH:MM", 24-hour local time */
  start: string;
  end: string;
}

export interface Settings {
  sitMinutes: number;
  naturalBreakMinutes: number;
  warnSeconds: number;
  snoozeMinutes: number;
  maxSnoozes: number;
  routineMinutes: number;
  positions: Position[];
  excludedExercises: string[];
  workingHours: WorkingHours;
  dailyGoal: number;
  sound: boolean;
  notifications: boolean;
  openAtLogin: boolean;
}

export type SettingsKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sitMinutes: 45,
  naturalBreakMinutes: 5,
  warnSeconds: 60,
  snoozeMinutes: 5,
  maxSnoozes: 2,
  routineMinutes: 2,
  positions: ['seated', 'standing'] as Position[],
  excludedExercises: [] as string[],
  workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  dailyGoal: 6,
  sound: true,
  notifications: true,
  openAtLogin: true,
});

/** Integer settings and their inclusive bounds. */
export const NUMBER_BOUNDS = {
  sitMinutes: { min: 10, max: 180, unit: 'minutes' },
  naturalBreakMinutes: { min: 1, max: 60, unit: 'minutes' },
  warnSeconds: { min: 0, max: 600, unit: 'seconds' },
  snoozeMinutes: { min: 1, max: 60, unit: 'minutes' },
  maxSnoozes: { min: 0, max: 10, unit: 'snoozes' },
  routineMinutes: { min: 1, max: 15, unit: 'minutes' },
  dailyGoal: { min: 1, max: 24, unit: 'breaks' },
} as const satisfies Partial<Record<SettingsKey, { min: number; max: number; unit: string }>>;

export type NumberKey = keyof typeof NUMBER_BOUNDS;
export const BOOLEAN_KEYS = ['sound', 'notifications', 'openAtLogin'] as const;
export const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingsKey[];

export function cloneSettings(s: Readonly<Settings>): Settings {
  return {
    ...s,
    positions: [...s.positions],
    excludedExercises: [...s.excludedExercises],
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
      errors.push(`${key}: unknown setting (known: ${SETTINGS_KEYS.join(', ')})`);
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
      const known = options.knownExercises;
      if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && id.length > 0)) {
        errors.push(`excludedExercises must be a list of exercise ids (got ${describe(value)})`);
      } else {
        const unknown = known ? value.filter((id) => !known.has(id)) : [];
        if (unknown.length) errors.push(`excludedExercises names unknown exercise ids: ${unknown.join(', ')}`);
        else out.excludedExercises = [...new Set(value as string[])];
      }
    } else if (k === 'workingHours') {
      const wh = validateWorkingHours(value);
      if (wh.ok) out.workingHours = wh.value;
      else errors.push(...wh.errors);
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
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
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    const s = JSON.stringify(v);
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
  } catch {
    return String(v);
  }
}
