// Runs a short-lived helper program with a hard time limit and a cap on what it may print.
// Used only where no library can ask the OS directly (pactl, reg.exe, tasklist, ps), and only
// at a decision moment, never in a loop.
import { execFile } from 'node:child_process';
import { say } from './words';
import { basename } from 'node:path';

export type Run = (file: string, args: readonly string[], timeoutMs: number) => Promise<string>;

/**
 * A runner that rejects when the program cannot start, exits non-zero, prints more than 4 MiB,
 * or outlives its time limit (then it is killed). `env` replaces the environment when given.
 */
export function boundedRunner(env?: NodeJS.ProcessEnv): Run {
  return (file, args, timeoutMs) =>
    new Promise((resolve, reject) => {
      execFile(
        file,
        [...args],
        { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024, windowsHide: true, encoding: 'utf8', ...(env ? { env } : {}) },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      );
    });
}

export const runBounded: Run = boundedRunner();

/** Resolves to true if `file` can be run at all (used by availability(), not by checks). */
export async function canRun(run: Run, file: string, args: readonly string[], timeoutMs = 2000): Promise<boolean> {
  try {
    await run(file, args, timeoutMs);
    return true;
  } catch {
    return false;
  }
}

/** Why a helper program could not answer, in words for Settings. */
export function describeSpawnError(e: unknown, program: string): string {
  const err = e as NodeJS.ErrnoException & { killed?: boolean };
  if (err?.code === 'ENOENT') return say('main.detector.notInstalled', { program }, `${program} is not installed`);
  if (err?.killed) return say('main.detector.programNoAnswer', { program }, `${program} did not answer in time`);
  const msg = err instanceof Error ? err.message.split('\n')[0] : String(e);
  return `${basename(program)}: ${msg}`;
}
