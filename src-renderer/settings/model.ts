// The settings page's state: the SettingsView from the bridge (kept fresh by the `settings`
// event, so a change made elsewhere — the tray, an exclusion from the break window — shows at
// once), instant validation with the core's own rules, and a save that reports the core's
// errors. Nothing here keeps a second copy of the truth: after every save the view is the
// one the app answered with. The core's messages name keys and bounds (they are written for the
// settings file and the command line); they are kept as written and put in the page’s own
// words, by the field's label (words.ts settingsMessage), each time the page is drawn, so a
// refusal shown while the language changes is redrawn in the new one.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsResult, SettingsView } from '../../src-main/core/bridge';
import { SETTINGS_KEYS, validateSettingsPatch, type Settings, type SettingsKey } from '../../src-main/core/settings';
import { bridge, rejectionText } from '../shared/bridge';
import { t } from '../shared/i18n';
import { settingsMessage } from './words';

export type Patch = Partial<Settings>;

/** Problems by settings key (a message naming `workingHours.start` belongs to `workingHours`). */
export type FieldErrors = Partial<Record<SettingsKey | 'general', string[]>>;

export function errorsByKey(errors: readonly string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const message of errors) {
    const m = /^([A-Za-z]+)/.exec(message);
    const key = (m?.[1] ?? 'general') as SettingsKey | 'general';
    (out[key] ??= []).push(message);
  }
  return out;
}

/** The core's verdict on a patch, without saving anything. */
export function check(patch: Patch | Record<string, unknown>): string[] {
  const r = validateSettingsPatch(patch);
  return r.ok ? [] : r.errors;
}

export interface SettingsModel {
  view: SettingsView | undefined;
  loadError: string | null;
  /** errors from the last attempt per key (instant checks and the app's answers) */
  errors: FieldErrors;
  /** what the live region says ("Saved", "Defaults restored" …), with a counter so the same words are re-announced */
  status: { text: string; n: number } | null;
  /** validates, then saves; resolves true when the app took it */
  save(patch: Patch, what?: string): Promise<boolean>;
  /** shows the core's messages (in the page's words) for a value that is not saved (e.g. while typing) */
  setErrors(key: SettingsKey, messages: string[]): void;
  /** runs a bridge call that answers with a SettingsResult (restore, exclude …) */
  run(call: () => Promise<SettingsResult>, done: string, key?: SettingsKey): Promise<boolean>;
  announce(text: string): void;
}

export function useSettingsModel(): SettingsModel {
  const [view, setView] = useState<SettingsView | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [errors, setErrorsState] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ text: string; n: number } | null>(null);
  const counter = useRef(0);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    let seq = 0;
    const load = (first: boolean): void => {
      const mine = ++seq;
      bridge()
        .getSettings()
        .then(
          (v) => alive && mine === seq && setView(v),
          (e: unknown) => alive && first && setLoadError(rejectionText(e)),
        );
    };
    load(true);
    // The pushed view is shown at once, then asked for again: the app notes *why* an exercise
    // was excluded (and when) just after it announces the exclusion, so the pushed view can lack
    // that note when the exclusion came from the break window.
    const off = bridge().on('settings', (v) => {
      setView(v);
      load(false);
    });
    return () => {
      alive = false;
      off();
      clearTimeout(clearTimer.current);
    };
  }, []);

  const announce = (text: string): void => {
    counter.current += 1;
    setStatus({ text, n: counter.current });
    clearTimeout(clearTimer.current);
    clearTimer.current = setTimeout(() => setStatus(null), 5000);
  };

  const setErrors = (key: SettingsKey, messages: string[]): void => {
    setErrorsState((prev) => {
      const next = { ...prev };
      if (messages.length) next[key] = messages;
      else delete next[key];
      return next;
    });
  };

  const run = async (call: () => Promise<SettingsResult>, done: string, key?: SettingsKey): Promise<boolean> => {
    let result: SettingsResult;
    try {
      result = await call();
    } catch (e) {
      result = { ok: false, errors: [t('settings.saveError', { reason: rejectionText(e) })] };
    }
    if (result.ok) {
      setView(result.view);
      if (key) setErrors(key, []);
      setErrorsState((prev) => {
        const { general: _g, ...rest } = prev;
        return rest;
      });
      announce(done);
      return true;
    }
    // each message goes to the setting it names; one that names none (a failed write …)
    // belongs to the field that tried, or to the page
    const next: FieldErrors = {};
    for (const message of result.errors) {
      const named = Object.keys(errorsByKey([message]))[0] as string;
      const target = ((SETTINGS_KEYS as string[]).includes(named) ? named : (key ?? 'general')) as SettingsKey | 'general';
      (next[target] ??= []).push(message);
    }
    setErrorsState((prev) => ({ ...prev, ...next }));
    return false;
  };

  const save = async (patch: Patch, what: string = t('settings.saved')): Promise<boolean> => {
    const keys = Object.keys(patch) as SettingsKey[];
    const problems = check(patch);
    if (problems.length) {
      const byKey = errorsByKey(problems);
      for (const k of keys) setErrors(k, byKey[k] ?? []);
      return false;
    }
    const ok = await run(() => bridge().updateSettings(patch), what, keys.length === 1 ? keys[0] : undefined);
    if (ok) for (const k of keys) setErrors(k, []);
    return ok;
  };

  // kept as the core wrote them, put in the page's words when drawn: a language change redraws them
  const shown: FieldErrors = Object.fromEntries(Object.entries(errors).map(([k, list]) => [k, list.map((m) => settingsMessage(m))]));
  return { view, loadError, errors: shown, status, save, setErrors, run, announce };
}
