// "A program from holdWhen.apps is running". Names are compared without case and without a
// trailing ".exe" or ".app", against the process name and the executable's file name.
// Linux reads /proc/<pid>/comm and the /proc/<pid>/exe link; Windows and macOS list processes
// with their own tool (tasklist, ps), bounded in time.
import { readdir, readFile, readlink } from 'node:fs/promises';
import { say } from './words';
import type { Detector } from './runner';
import { describeSpawnError, type Run } from './spawn';

export function normaliseProgramName(name: string): string {
  const base = name.trim().split(/[\\/]/).pop() ?? '';
  return base.replace(/\.(exe|app)$/i, '').toLowerCase();
}

/** The wanted names that appear among the running ones (as the user wrote them). */
export function matchPrograms(wanted: readonly string[], running: Iterable<string>): string[] {
  const have = new Set<string>();
  for (const r of running) have.add(normaliseProgramName(r));
  return wanted.filter((w) => have.has(normaliseProgramName(w)));
}

/**
 * Linux: the names of the processes in `procRoot`: the process name (comm, cut at 15
 * characters; for a script, the script's name) and the executable's path (the interpreter, for
 * a script; unreadable for another user's process).
 */
export async function linuxProcessNames(procRoot = '/proc', maxProcesses = 8192): Promise<Set<string>> {
  const names = new Set<string>();
  const pids = (await readdir(procRoot)).filter((n) => /^\d+$/.test(n)).slice(0, maxProcesses);
  await Promise.all(
    pids.map(async (pid) => {
      try {
        names.add((await readFile(`${procRoot}/${pid}/comm`, 'utf8')).trim());
      } catch {
        /* gone */
      }
      try {
        // "(deleted)" is appended when the binary was replaced after start
        names.add((await readlink(`${procRoot}/${pid}/exe`)).replace(/ \(deleted\)$/, ''));
      } catch {
        /* another user's process: comm is still readable */
      }
    }),
  );
  return names;
}

/** Windows: `tasklist /fo csv /nh` lines → image names. */
export function parseTasklistCsv(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^"([^"]*)"/.exec(line.trim());
    if (m && m[1]) out.push(m[1]);
  }
  return out;
}

/** macOS (and other Unix): `ps -axo comm=` lines → executable paths. */
export function parsePsComm(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export type ProcessLister = () => Promise<Iterable<string>>;

export function linuxProcessLister(procRoot = '/proc'): ProcessLister {
  return () => linuxProcessNames(procRoot);
}

export function windowsProcessLister(run: Run, timeoutMs = 1200): ProcessLister {
  return async () => parseTasklistCsv(await run('tasklist', ['/fo', 'csv', '/nh'], timeoutMs));
}

export function macProcessLister(run: Run, timeoutMs = 1200): ProcessLister {
  return async () => parsePsComm(await run('ps', ['-axo', 'comm='], timeoutMs));
}

/** `program`: the tool the lister runs (for the reason shown when it fails), if any. */
export function appsDetector(list: ProcessLister, how: string | (() => string), program?: string): Detector {
  return {
    kind: 'apps',
    async detect(holdWhen) {
      if (!holdWhen.apps.length) return false;
      return matchPrograms(holdWhen.apps, await list()).length > 0;
    },
    async availability() {
      try {
        await list();
        return { available: true, detail: typeof how === 'string' ? how : how() };
      } catch (e) {
        const why = program ? describeSpawnError(e, program) : e instanceof Error ? e.message : String(e);
        return { available: false, detail: say('main.detector.cannotListPrograms', { why }, `cannot list programs: ${why}`) };
      }
    },
  };
}
