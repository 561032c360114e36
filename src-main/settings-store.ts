// Settings on disk (SPEC §2): electron-store, a layout version and migrations. Every value is
// checked by the core's own settings model (sanitize / normalizeSettings), the one validation at
// run time; the file's JSON schema (settings-schema.ts) describes the same layout and is checked
// against that model by the tests — electron-store's `schema` option would load ajv and compile
// it at every start, and a second check of the same rules adds nothing. A file that cannot be used is never deleted or overwritten: it is renamed aside
// with a timestamp, Limber starts on defaults (keeping whatever values were valid) and `notice`
// tells the user, once, what happened and where the old file is.
import fs from 'node:fs';
import path from 'node:path';
import ElectronStore from 'electron-store';
import type { SettingsPort, StoredState } from './core/app';
import { normalizeSettings } from './core/settings';
import { defaultState, fileVersion, isPlainObject, migrate, sanitize } from './settings-file';
import { SCHEMA_VERSION } from './settings-schema';

export interface SettingsStoreOptions {
  /** directory of the file (the app's userData) */
  dir: string;
  /** file name without `.json` */
  name?: string;
  knownExercises: ReadonlySet<string>;
  /** for the timestamp in the name of a file moved aside */
  now?: () => Date;
}

type StoreData = StoredState & { schemaVersion: number };

export class SettingsStore implements SettingsPort {
  /** what the user should be told about the settings file, once (null: nothing to say) */
  readonly notice: string | null;
  readonly file: string;
  private store: ElectronStore<StoreData> | null;
  private state: StoredState;

  private constructor(file: string, store: ElectronStore<StoreData> | null, state: StoredState, notice: string | null) {
    this.file = file;
    this.store = store;
    this.state = state;
    this.notice = notice;
  }

  static open(options: SettingsStoreOptions): SettingsStore {
    const name = options.name ?? 'settings';
    const file = path.join(options.dir, `${name}.json`);
    const now = options.now ?? (() => new Date());
    const aside = (tag: string) => moveAside(file, tag, now());
    let prepared: Prepared;
    try {
      prepared = prepare(file, options.knownExercises, aside);
    } catch (err) {
      // Nothing in the file may stop Limber from starting: whatever our own checks trip over
      // (a value they cannot handle, a rename that fails) is treated like a damaged file.
      const kept = fs.existsSync(file) ? safe(() => aside('unusable')) : null;
      prepared = {
        state: defaultState(),
        write: true,
        notice: `Limber could not use its settings file (${(err as Error)?.message ?? String(err)})${kept ? `; it was kept as ${kept}` : ''}. Limber started on default settings.`,
      };
    }
    try {
      const store = new ElectronStore<StoreData>({ cwd: options.dir, name, clearInvalidConfig: false });
      if (prepared.write) store.store = { schemaVersion: SCHEMA_VERSION, ...prepared.state };
      return new SettingsStore(file, store, prepared.state, prepared.notice);
    } catch (err) {
      // the file passed our checks but the store still refused it, or the directory is not writable
      const kept = fs.existsSync(file) ? safe(() => aside('unusable')) : null;
      const why = (err as Error).message;
      try {
        const store = new ElectronStore<StoreData>({ cwd: options.dir, name });
        store.store = { schemaVersion: SCHEMA_VERSION, ...defaultState() };
        return new SettingsStore(file, store, defaultState(), `Limber could not use its settings file (${why})${kept ? `; it was kept as ${kept}` : ''}. Limber started on default settings.`);
      } catch (err2) {
        return new SettingsStore(file, null, prepared.state, `Limber cannot save settings in ${options.dir} (${(err2 as Error).message}). Changes will last until Limber quits.`);
      }
    }
  }

  load(): StoredState {
    return structuredClone(this.state);
  }

  /** Writes the whole state; throws (and keeps the old state) if it is invalid or cannot be written. */
  save(state: StoredState): void {
    const checked = normalizeSettings(state.settings);
    if (!checked.ok) throw new Error(`settings not saved: ${checked.errors.join('; ')}`);
    const next: StoredState = structuredClone({ ...state, settings: checked.value });
    this.store?.set({ schemaVersion: SCHEMA_VERSION, ...next });
    this.state = next;
  }
}

interface Prepared {
  state: StoredState;
  /** true when the store must be (re)written from `state` */
  write: boolean;
  /** the file's contents as parsed (when it is used as it is) */
  raw?: unknown;
  notice: string | null;
}

/** Reads, migrates and checks the file before electron-store sees it; moves aside what it cannot use. */
function prepare(file: string, known: ReadonlySet<string>, aside: (tag: string) => string): Prepared {
  const fresh = (notice: string | null): Prepared => ({ state: defaultState(), write: true, notice });
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fresh(null);
    const kept = safe(() => aside('unreadable'));
    return fresh(`Limber could not read its settings file (${code ?? String(err)})${kept ? `; it was moved to ${kept}` : ''}. Limber started on default settings.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const kept = aside('corrupt');
    return fresh(`Limber's settings file was damaged and could not be read; it was kept as ${kept}. Limber started on default settings.`);
  }
  if (!isPlainObject(raw)) {
    const kept = aside('corrupt');
    return fresh(`Limber's settings file did not contain settings; it was kept as ${kept}. Limber started on default settings.`);
  }
  const v = fileVersion(raw);
  if (!v.ok) {
    const kept = aside('corrupt');
    return fresh(`Limber's settings file has an invalid version (${v.problem}); it was kept as ${kept}. Limber started on default settings.`);
  }
  if (v.version > SCHEMA_VERSION) {
    const kept = aside(`from-v${v.version}`);
    return fresh(
      `Limber's settings file was written by a newer version of Limber (settings format ${v.version}; this version reads up to ${SCHEMA_VERSION}). ` +
        `It was kept unchanged as ${kept}, and this version started on default settings.`,
    );
  }
  const data = v.version < SCHEMA_VERSION ? migrate(raw, v.version) : raw;
  const { state, problems } = sanitize(data, known);
  if (v.version < SCHEMA_VERSION) {
    const kept = aside(`v${v.version}`);
    const lost = problems.length ? ` Some values could not be kept: ${problems.join('; ')}.` : '';
    return { state, write: true, notice: lost ? `Limber updated its settings file (the old one was kept as ${kept}).${lost}` : null };
  }
  if (problems.length) {
    const kept = aside('invalid');
    return {
      state,
      write: true,
      notice: `Some of Limber's settings were invalid and were reset to their defaults: ${problems.join('; ')}. The old file was kept as ${kept}.`,
    };
  }
  return { state, write: false, notice: null, raw };
}

/** Renames `file` to `<file>.<tag>-<timestamp>` (never over an existing file); returns the new name. */
export function moveAside(file: string, tag: string, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  let target = `${file}.${tag}-${stamp}`;
  for (let i = 1; fs.existsSync(target); i++) target = `${file}.${tag}-${stamp}-${i}`;
  fs.renameSync(file, target);
  return target;
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}
