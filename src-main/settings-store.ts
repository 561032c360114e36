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
import type { MainTranslate } from './core/main-text';
import { normalizeSettings } from './core/settings';
import { mainText } from './main-words';
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

/** What to tell the user about the file, worded when it is read (in the language of that moment). */
type Notice = (t: MainTranslate) => string;

/** "…could not use its settings file (why); it was kept as …" — with or without the kept name. */
const cannotUse = (error: string, kept: string | null): Notice => (t) =>
  kept ? t('main.settingsFile.cannotUseKept', { error, file: kept }) : t('main.settingsFile.cannotUse', { error });

export class SettingsStore implements SettingsPort {
  readonly file: string;
  private store: ElectronStore<StoreData> | null;
  private state: StoredState;
  private readonly noticeText: Notice | null;

  private constructor(file: string, store: ElectronStore<StoreData> | null, state: StoredState, notice: Notice | null) {
    this.file = file;
    this.store = store;
    this.state = state;
    this.noticeText = notice;
  }

  /**
   * What the user should be told about the settings file, once (null: nothing to say), in the
   * main process's language at the moment it is read — the file is opened before the language
   * is known, so the words are put together only when they are shown.
   */
  get notice(): string | null {
    return this.noticeText ? this.noticeText(mainText().t) : null;
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
      prepared = { state: defaultState(), write: true, notice: cannotUse((err as Error)?.message ?? String(err), kept) };
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
        return new SettingsStore(file, store, defaultState(), cannotUse(why, kept));
      } catch (err2) {
        const error = (err2 as Error).message;
        return new SettingsStore(file, null, prepared.state, (t) => t('main.settingsFile.cannotSave', { dir: options.dir, error }));
      }
    }
  }

  load(): StoredState {
    return structuredClone(this.state);
  }

  /** Writes the whole state; throws (and keeps the old state) if it is invalid or cannot be written. */
  save(state: StoredState): void {
    const checked = normalizeSettings(state.settings);
    if (!checked.ok) throw new Error(mainText().t('main.settingsFile.notSaved', { errors: checked.errors.join('; ') }));
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
  notice: Notice | null;
}

/** Reads, migrates and checks the file before electron-store sees it; moves aside what it cannot use. */
function prepare(file: string, known: ReadonlySet<string>, aside: (tag: string) => string): Prepared {
  const fresh = (notice: Notice | null): Prepared => ({ state: defaultState(), write: true, notice });
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fresh(null);
    const kept = safe(() => aside('unreadable'));
    const error = code ?? String(err);
    return fresh((t) => (kept ? t('main.settingsFile.unreadableMoved', { error, file: kept }) : t('main.settingsFile.unreadable', { error })));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const kept = aside('corrupt');
    return fresh((t) => t('main.settingsFile.damaged', { file: kept }));
  }
  if (!isPlainObject(raw)) {
    const kept = aside('corrupt');
    return fresh((t) => t('main.settingsFile.noSettings', { file: kept }));
  }
  const v = fileVersion(raw);
  if (!v.ok) {
    const kept = aside('corrupt');
    const data = raw;
    return fresh((t) => t('main.settingsFile.invalidVersion', { problem: (fileVersion(data, t) as { problem: string }).problem, file: kept }));
  }
  if (v.version > SCHEMA_VERSION) {
    const kept = aside(`from-v${v.version}`);
    const version = v.version;
    return fresh((t) => t('main.settingsFile.newer', { version, supported: SCHEMA_VERSION, file: kept }));
  }
  const data = v.version < SCHEMA_VERSION ? migrate(raw, v.version) : raw;
  const { state, problems } = sanitize(data, known);
  // the problems are worded again in the language of the moment the notice is shown
  const problemsIn = (t: MainTranslate) => sanitize(data, known, t).problems.join('; ');
  if (v.version < SCHEMA_VERSION) {
    const kept = aside(`v${v.version}`);
    return { state, write: true, notice: problems.length ? (t) => t('main.settingsFile.updatedLost', { file: kept, problems: problemsIn(t) }) : null };
  }
  if (problems.length) {
    const kept = aside('invalid');
    return { state, write: true, notice: (t) => t('main.settingsFile.invalid', { problems: problemsIn(t), file: kept }) };
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
