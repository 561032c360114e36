// Windows detectors.
//
// Call: Windows records, per app, when it last started and stopped using the microphone or the
// camera, in the capability-access consent store (the data behind the "in use" icon in the
// taskbar): HKCU\Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore\
// {microphone,webcam}\<app> and …\NonPackaged\<path with # for \>, values LastUsedTimeStart and
// LastUsedTimeStop (REG_QWORD FILETIMEs). Start set and Stop = 0 means "using it now". Read with
// reg.exe (bounded); no library reads the registry without a native module.
//
// Presenting and quiet hours: SHQueryUserNotificationState (shell32) says whether the shell would
// show a notification now — QUNS_BUSY (a full-screen app), QUNS_RUNNING_D3D_FULL_SCREEN,
// QUNS_PRESENTATION_MODE, QUNS_QUIET_TIME. Called through koffi (an optional FFI dependency).
import type { Detector } from './runner';
import { say } from './words';
import { describeSpawnError, type Run } from './spawn';

export const CONSENT_STORE = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
export type Capability = 'microphone' | 'webcam';

export interface ConsentEntry {
  key: string;
  start: bigint | null;
  stop: bigint | null;
}

/** Parses `reg query <key> /s` output into one entry per key that has LastUsedTime values. */
export function parseRegQuery(text: string): ConsentEntry[] {
  const entries: ConsentEntry[] = [];
  let current: ConsentEntry | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (/^HKEY_/i.test(raw)) {
      current = { key: raw.trim(), start: null, stop: null };
      entries.push(current);
      continue;
    }
    const m = /^\s+(\S+)\s+(REG_\w+)\s+(.*)$/.exec(raw);
    if (!m || !current) continue;
    const [, name, type, value] = m;
    if (type !== 'REG_QWORD' && type !== 'REG_DWORD') continue;
    let n: bigint;
    try {
      n = BigInt(value!.trim());
    } catch {
      continue;
    }
    if (name === 'LastUsedTimeStart') current.start = n;
    else if (name === 'LastUsedTimeStop') current.stop = n;
  }
  return entries.filter((e) => e.start !== null || e.stop !== null);
}

/** Keys of apps using the capability now (started, not stopped), leaving out `ownExe`. */
export function inUse(entries: readonly ConsentEntry[], ownExe?: string): string[] {
  const own = ownExe ? ownExe.replace(/\\/g, '#').toLowerCase() : null;
  return entries
    .filter((e) => e.stop === 0n && (e.start ?? 0n) > 0n)
    .filter((e) => !own || !e.key.toLowerCase().endsWith(own))
    .map((e) => e.key);
}

export function windowsCallDetector(run: Run, ownExe: string, timeoutMs = 1200): Detector {
  const query = async (cap: Capability) => inUse(parseRegQuery(await run('reg', ['query', `${CONSENT_STORE}\\${cap}`, '/s'], timeoutMs)), ownExe);
  return {
    kind: 'call',
    async detect() {
      const [mic, cam] = await Promise.all([query('microphone'), query('webcam')]);
      return mic.length + cam.length > 0;
    },
    async availability() {
      try {
        await query('microphone');
        return { available: true, detail: say('main.detector.winCall', {}, 'microphone and camera use recorded by Windows (capability access consent store)') };
      } catch (e) {
        const error = describeSpawnError(e, 'reg');
        return { available: false, detail: say('main.detector.winCallUnavailable', { error }, `cannot read the consent store: ${error}`) };
      }
    },
  };
}

/** QUERY_USER_NOTIFICATION_STATE (shellapi.h). */
export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

export function qunsMeans(state: number): 'presenting' | 'dnd' | null {
  if (state === QUNS.BUSY || state === QUNS.RUNNING_D3D_FULL_SCREEN || state === QUNS.PRESENTATION_MODE) return 'presenting';
  if (state === QUNS.QUIET_TIME) return 'dnd';
  return null;
}

/** Reads the state; throws when it cannot be read. */
export type QunsReader = () => Promise<number>;

/** The real reader: shell32's SHQueryUserNotificationState through koffi, loaded on first use. */
export function koffiQunsReader(load: () => Promise<unknown> = () => import('koffi')): QunsReader {
  let fn: Promise<(out: number[]) => number> | null = null;
  return async () => {
    fn ??= load().then((mod) => {
      const koffi = ((mod as { default?: unknown }).default ?? mod) as {
        load(lib: string): { func(decl: string): (out: number[]) => number };
      };
      return koffi.load('shell32.dll').func('long __stdcall SHQueryUserNotificationState(_Out_ int *pquns)');
    });
    fn.catch(() => (fn = null));
    const out = [0];
    const hr = (await fn)(out);
    if (hr !== 0) throw new Error(`SHQueryUserNotificationState failed (HRESULT ${hr})`);
    return out[0]!;
  };
}

export function qunsDetector(kind: 'presenting' | 'doNotDisturb', read: QunsReader): Detector {
  const want = kind === 'presenting' ? 'presenting' : 'dnd';
  return {
    kind,
    detect: async () => qunsMeans(await read()) === want,
    async availability() {
      try {
        await read();
        return {
          available: true,
          detail:
            kind === 'presenting'
              ? say('main.detector.winPresenting', {}, 'the shell’s notification state: full-screen app, Direct3D full screen or presentation mode')
              : say('main.detector.winQuiet', {}, 'the shell’s notification state: quiet time'),
        };
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        return { available: false, detail: say('main.detector.winQunsUnavailable', { error }, `cannot ask the shell (SHQueryUserNotificationState): ${error}`) };
      }
    },
  };
}
