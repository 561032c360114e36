// The language of what the command line prints before Electron is ready (`limber help`, a bad
// argument, "Limber is already running"): the process exits right after, so it never reaches the
// shell's own choice of locale (locale.ts). The same rule, from what can be had before `ready`:
//
// - the `language` setting, read straight from the settings file when that is cheap (a small
//   JSON file; anything odd about it means "follow the system", and nothing is written or moved —
//   the running Limber, or the next start, deals with a damaged file);
// - else the OS's preferred languages. Electron documents app.getLocale() and
//   app.getSystemLocale() as usable only after `ready`, but not app.getPreferredSystemLanguages():
//   it asks the OS directly (GlobalizationPreferences on Windows, NSLocale preferredLanguages on
//   macOS, glib's g_get_language_names on Linux — electron/shell/common/language_util_*.cc), so it
//   is used here as the shell uses it later. Should it throw or give nothing on Linux, the
//   environment is read the way glib reads it (envLanguages), so the CLI and the tray agree.
import fs from 'node:fs';
import path from 'node:path';
import { chooseLocale, type LanguageChoice } from './core/i18n/locales';
import { setMainLocale } from './i18n';

/** A settings file bigger than this is not read for the CLI (it is ~2 KB; the store deals with the rest). */
const MAX_SETTINGS_BYTES = 256 * 1024;

/** The `language` setting in the settings file (`<userData>/settings.json`), or 'system'. Never throws. */
export function languageFromSettingsFile(file: string): LanguageChoice {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > MAX_SETTINGS_BYTES) return 'system';
    const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    const settings = typeof data === 'object' && data !== null ? (data as { settings?: unknown }).settings : undefined;
    const language = typeof settings === 'object' && settings !== null ? (settings as { language?: unknown }).language : undefined;
    return typeof language === 'string' && language ? language : 'system';
  } catch {
    return 'system';
  }
}

/**
 * The languages the environment asks for, most wanted first, as glib's g_get_language_names
 * finds them (what Electron's getPreferredSystemLanguages gives on Linux): the first set of
 * LANGUAGE (a GNU extension: a colon-separated list), LC_ALL, LC_MESSAGES and LANG. Each entry
 * is a POSIX locale name, `lang[_COUNTRY][.ENCODING][@MODIFIER]`, turned into a BCP 47 tag
 * (`pt_BR.UTF-8` → `pt-BR`); the C and POSIX locales name no language and are left out.
 */
export function envLanguages(env: Readonly<Record<string, string | undefined>>): string[] {
  const value = [env.LANGUAGE, env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => typeof v === 'string' && v !== '');
  if (!value) return [];
  const out: string[] = [];
  for (const entry of value.split(':')) {
    const name = entry.split('@')[0]!.split('.')[0]!.trim();
    if (!name || name === 'C' || name === 'POSIX' || !/^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})?$/.test(name)) continue;
    const tag = name.replace('_', '-');
    if (!out.includes(tag)) out.push(tag);
  }
  return out;
}

export interface CliLocaleDeps {
  /** the app's data folder (app.getPath('userData'), after any --user-data-dir override) */
  userData: string;
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  /** app.getPreferredSystemLanguages */
  preferredSystemLanguages(): string[];
}

/** The OS's preferred languages before `ready` (see the top of this file). */
export function preferredBeforeReady(deps: Pick<CliLocaleDeps, 'platform' | 'env' | 'preferredSystemLanguages'>): string[] {
  let list: unknown = [];
  try {
    list = deps.preferredSystemLanguages();
  } catch {
    list = [];
  }
  const asked = Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x !== '') : [];
  if (asked.length || deps.platform !== 'linux') return asked;
  return envLanguages(deps.env);
}

/** The locale the CLI should speak: the setting, else the system's, else English. */
export function chooseCliLocale(deps: CliLocaleDeps): string {
  return chooseLocale(languageFromSettingsFile(path.join(deps.userData, 'settings.json')), preferredBeforeReady(deps));
}

/** Longest wait for a language's messages before the CLI answers in English. */
const LOAD_TIMEOUT_MS = 2000;

/**
 * Chooses the CLI's locale and loads its messages into the main process's translator
 * (src-main/i18n.ts `t`, which the CLI's texts use). Resolves with the tag in use; never rejects.
 */
export async function useCliLocale(deps: CliLocaleDeps): Promise<string> {
  let tag = 'en';
  try {
    tag = chooseCliLocale(deps);
  } catch {
    // English
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('en'), LOAD_TIMEOUT_MS);
  });
  try {
    return await Promise.race([setMainLocale(tag), timeout]);
  } catch {
    return 'en';
  } finally {
    clearTimeout(timer);
  }
}
