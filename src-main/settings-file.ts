// The settings file's contents, apart from any I/O: version migrations and a forgiving check
// that keeps every valid value and names the rest. Pure.
import type { StoredState } from './core/app';
import { describeValue } from './core/describe-value';
import { SETTINGS_KEYS, defaultSettings, exclusionEntries, isUnknownLanguageTag, listed, validateSettingsPatch, type Settings } from './core/settings';
import type { MainTranslate } from './core/main-text';
import { mainText } from './main-words';
import { SCHEMA_VERSION } from './settings-schema';

type Raw = Record<string, unknown>;

export const isPlainObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * MIGRATIONS[n] turns a version-n file into a version-(n+1) file.
 * v0 (the 0.0.x previews) kept the settings flat at the top level and had `firstRun: true`
 * until the safety note was acknowledged; v1 nests them under `settings`; v2 adds the
 * right-moment settings (pauseSeconds, flexMinutes, holdWhen, maxHoldMinutes) with their defaults,
 * so a v1 file is complete again and the user's own values are untouched; v3 adds `equipment`
 * (what the user has at hand) with its default, which assumes no stability ball; v4 adds
 * `language` as 'system' (follow the OS's preferred languages, as every earlier version did in
 * effect: it spoke English, and English is still the fallback).
 */
export const MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  0: (raw) => {
    const settings: Raw = {};
    for (const key of SETTINGS_KEYS) if (key in raw) settings[key] = raw[key];
    return {
      schemaVersion: 1,
      settings,
      firstRunDone: raw.firstRun === false,
      exclusionNotes: {},
    };
  },
  1: (raw) => {
    const settings = isPlainObject(raw.settings) ? { ...raw.settings } : raw.settings;
    if (isPlainObject(settings)) {
      const d = defaultSettings();
      for (const key of ['pauseSeconds', 'flexMinutes', 'holdWhen', 'maxHoldMinutes'] as const) {
        if (!(key in settings)) settings[key] = d[key];
      }
    }
    return { ...raw, schemaVersion: 2, settings };
  },
  2: (raw) => {
    const settings = isPlainObject(raw.settings) ? { ...raw.settings } : raw.settings;
    if (isPlainObject(settings) && !('equipment' in settings)) settings.equipment = defaultSettings().equipment;
    return { ...raw, schemaVersion: 3, settings };
  },
  3: (raw) => {
    const settings = isPlainObject(raw.settings) ? { ...raw.settings } : raw.settings;
    if (isPlainObject(settings) && !('language' in settings)) settings.language = defaultSettings().language;
    return { ...raw, schemaVersion: 4, settings };
  },
};

export type FileVersion = { ok: true; version: number } | { ok: false; problem: string };

/** The layout version of a parsed file (a file without one is a v0 file). */
export function fileVersion(raw: Raw, t: MainTranslate = mainText().t): FileVersion {
  const v = raw.schemaVersion;
  if (v === undefined) return { ok: true, version: 0 };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, problem: t('main.settingsFile.badVersion', { key: 'schemaVersion', got: describeValue(v) }) };
  return { ok: true, version: v };
}

/** Runs every migration from `from` up to SCHEMA_VERSION. */
export function migrate(raw: Raw, from: number): Raw {
  let data = raw;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from settings schema v${v}`);
    data = step(data);
  }
  return data;
}

export interface Sanitized {
  state: StoredState;
  /** one line per value that was not kept */
  problems: string[];
}

/**
 * A current-version file → StoredState. Every valid setting is kept; each invalid one falls back
 * to its default and is named in `problems`. Exclusions of exercises the catalog no longer has
 * are dropped (also named).
 */
export function sanitize(data: Raw, knownExercises: ReadonlySet<string>, t: MainTranslate = mainText().t): Sanitized {
  const problems: string[] = [];
  const settings: Settings = defaultSettings();
  const rawSettings = data.settings;
  if (rawSettings !== undefined && !isPlainObject(rawSettings)) problems.push(t('main.settingsFile.notObject', { key: 'settings' }));
  if (isPlainObject(rawSettings)) {
    for (const [key, value] of Object.entries(rawSettings)) {
      let v = value;
      if (key === 'excludedExercises' && Array.isArray(value)) {
        // keep every valid id: an exercise the user stopped because it hurt must not come back
        // because another entry beside it was damaged
        const ids = exclusionEntries(value, knownExercises, t)!;
        if (ids.notIds.length) problems.push(t('main.settingsFile.droppedNotIds', { key: 'excludedExercises', entries: listed(ids.notIds, 3, t) }));
        if (ids.unknown.length) problems.push(t('main.settingsFile.droppedUnknown', { key: 'excludedExercises', ids: listed(ids.unknown, 3, t) }));
        v = ids.kept;
      }
      // a language this version does not have (written by a newer Limber, or by hand): follow the
      // system, quietly — the rest of the file is used as it is, and nothing is moved aside
      if (key === 'language' && isUnknownLanguageTag(value)) continue;
      const checked = validateSettingsPatch({ [key]: v }, { knownExercises, t });
      if (checked.ok) Object.assign(settings, checked.value);
      else problems.push(...checked.errors);
    }
  }
  const firstRunDone = data.firstRunDone;
  if (firstRunDone !== undefined && typeof firstRunDone !== 'boolean') problems.push(t('main.settingsFile.firstRunDone', { key: 'firstRunDone' }));
  const exclusionNotes: StoredState['exclusionNotes'] = {};
  if (isPlainObject(data.exclusionNotes)) {
    for (const [id, note] of Object.entries(data.exclusionNotes)) {
      if (!settings.excludedExercises.includes(id)) continue;
      if (isPlainObject(note) && (note.reason === 'chosen' || note.reason === 'stopped') && typeof note.at === 'number' && Number.isFinite(note.at)) {
        exclusionNotes[id] = { reason: note.reason, at: note.at };
      } else {
        problems.push(t('main.settingsFile.badNote', { key: `exclusionNotes.${id}` }));
      }
    }
  } else if (data.exclusionNotes !== undefined) {
    problems.push(t('main.settingsFile.notesNotObject', { key: 'exclusionNotes' }));
  }
  const extra = Object.keys(data).filter((k) => !['schemaVersion', 'settings', 'firstRunDone', 'exclusionNotes', '__internal__'].includes(k));
  if (extra.length) problems.push(t('main.settingsFile.unknownFields', { fields: extra.join(', ') }));
  return { state: { settings, firstRunDone: firstRunDone === true, exclusionNotes }, problems };
}

/** A fresh state on defaults. */
export function defaultState(): StoredState {
  return { settings: defaultSettings(), firstRunDone: false, exclusionNotes: {} };
}
