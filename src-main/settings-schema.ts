// The JSON schema of the settings file, generated from the core's settings model (defaults,
// NUMBER_BOUNDS, BOOLEAN_KEYS, POSITIONS) so the two cannot drift apart. Pure.
import type { StoredState } from './core/app';
import { BOOLEAN_KEYS, DEFAULT_SETTINGS, languageChoices, MAX_APP_NAME_LENGTH, MAX_HOLD_APPS, NUMBER_BOUNDS, POSITIONS, SETTINGS_KEYS, USER_EQUIPMENT, type Settings } from './core/settings';

/** Version of the file layout (not of the app). Bump it and add a migration when the layout changes. */
export const SCHEMA_VERSION = 4;

export type JsonSchema = Record<string, unknown>;

const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** Schema of one complete `Settings` object. Throws if the model has a key it cannot describe. */
export function settingsSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const d = DEFAULT_SETTINGS as Settings;
  for (const [key, b] of Object.entries(NUMBER_BOUNDS)) {
    properties[key] = { type: 'integer', minimum: b.min, maximum: b.max, default: d[key as keyof typeof NUMBER_BOUNDS] };
  }
  for (const key of BOOLEAN_KEYS) properties[key] = { type: 'boolean', default: d[key] };
  properties.positions = {
    type: 'array',
    items: { enum: [...POSITIONS] },
    minItems: 1,
    uniqueItems: true,
    default: [...d.positions],
  };
  properties.excludedExercises = {
    type: 'array',
    items: { type: 'string', minLength: 1, maxLength: 64 },
    uniqueItems: true,
    default: [...d.excludedExercises],
  };
  properties.equipment = {
    type: 'array',
    items: { enum: [...USER_EQUIPMENT] },
    uniqueItems: true,
    default: [...d.equipment],
  };
  properties.workingHours = {
    type: 'object',
    additionalProperties: false,
    required: ['enabled', 'days', 'start', 'end'],
    properties: {
      enabled: { type: 'boolean' },
      days: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 6 }, uniqueItems: true },
      start: { type: 'string', pattern: TIME_PATTERN },
      end: { type: 'string', pattern: TIME_PATTERN },
    },
    default: { ...d.workingHours, days: [...d.workingHours.days] },
  };
  properties.holdWhen = {
    type: 'object',
    additionalProperties: false,
    required: ['call', 'presenting', 'doNotDisturb', 'apps'],
    properties: {
      call: { type: 'boolean' },
      presenting: { type: 'boolean' },
      doNotDisturb: { type: 'boolean' },
      apps: { type: 'array', maxItems: MAX_HOLD_APPS, items: { type: 'string', minLength: 1, maxLength: MAX_APP_NAME_LENGTH } },
    },
    default: { ...d.holdWhen, apps: [...d.holdWhen.apps] },
  };
  properties.language = { enum: languageChoices(), default: d.language };
  const missing = SETTINGS_KEYS.filter((k) => !(k in properties));
  if (missing.length) throw new Error(`settings-schema: no schema for setting(s) ${missing.join(', ')}`);
  return { type: 'object', additionalProperties: false, required: [...SETTINGS_KEYS], properties };
}

/** The schema of the whole file, as electron-store's `schema` option (top-level properties). */
export function storeSchema(): Record<keyof StoredState | 'schemaVersion', JsonSchema> {
  return {
    schemaVersion: { type: 'integer', minimum: 1, maximum: SCHEMA_VERSION },
    settings: { ...settingsSchema(), default: structuredClone(DEFAULT_SETTINGS) },
    firstRunDone: { type: 'boolean', default: false },
    exclusionNotes: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['reason', 'at'],
        properties: { reason: { enum: ['chosen', 'stopped'] }, at: { type: 'number' } },
      },
      default: {},
    },
  };
}
