// Command-line control of a running Limber (SPEC §7): `limber pause 30m`, `limber resume`, …
// Pure parsing: no electron, no process access. A second launch validates its own arguments
// before forwarding them (see single-instance.ts); the first instance parses them again, since
// nothing that arrives over the single-instance channel is trusted.
//
// Messages quote what the user typed, but never more than a few dozen characters of it (and with
// control characters escaped): an argument can be of any length and hold anything.
import { quote } from './core/quote';

export type CliCommand =
  | { type: 'pause'; minutes: number }
  | { type: 'pause'; until: 'tomorrow' | 'forever' }
  | { type: 'resume' }
  | { type: 'stretch-now' }
  | { type: 'settings' }
  | { type: 'history' }
  /** no command: a plain second launch */
  | { type: 'none' }
  | { type: 'help' };

export type CliResult = { ok: true; command: CliCommand } | { ok: false; error: string };

/** Longest pause the scheduler accepts, in minutes (24 h). */
export const MAX_PAUSE_MINUTES = 1440;

export const USAGE = `Usage: limber [command]

Commands (sent to the running Limber; it is started if it is not running):
  pause <N>m        pause breaks for N minutes (1–${MAX_PAUSE_MINUTES}), e.g. pause 30m
  pause <N>h        pause breaks for N hours (1–24), e.g. pause 2h
  pause tomorrow    pause until the next working morning
  pause forever     pause until you resume
  resume            resume breaks
  stretch-now       start a stretch break now
  settings          open the settings window
  history           open the history window
  help              show this help
`;

const PAUSE_RE = /^(\d{1,5})(m|h)$/;

/** Most characters of one argument a message quotes; most arguments it lists. */
const QUOTED_CHARS = 40;
const LISTED_ARGS = 3;

/** The user's arguments, quoted and cut for a message: `"a" "b" … (7 more)`. */
function quoteArgs(args: readonly string[]): string {
  const shown = args.slice(0, LISTED_ARGS).map((a) => quote(a, QUOTED_CHARS)).join(' ');
  return args.length > LISTED_ARGS ? `${shown} … (${args.length - LISTED_ARGS} more)` : shown;
}

/**
 * macOS (10.8 and older, and still some launchers) adds a "process serial number" argument,
 * `-psn_0_12345`, when the app is opened from the Finder. It is not the user's: ignore it.
 */
export function isProcessSerialNumber(arg: string): boolean {
  return /^-psn_\d+_\d+$/.test(arg);
}

/**
 * Parses the user's arguments (already stripped of the executable, the script path and any
 * Chromium/Electron `--switches`; see `userArgs`).
 */
export function parseCli(input: readonly string[]): CliResult {
  const args = input.filter((a) => !isProcessSerialNumber(a));
  if (args.length === 0) return { ok: true, command: { type: 'none' } };
  const [rawCmd, ...rest] = args;
  const cmd = rawCmd!.toLowerCase();
  const noMore = (command: CliCommand): CliResult =>
    rest.length === 0
      ? { ok: true, command }
      : { ok: false, error: `"${cmd}" takes no arguments (got: ${quoteArgs(rest)})` };
  switch (cmd) {
    case 'help':
    case '--help':
    case '-h':
      return noMore({ type: 'help' });
    case 'resume':
      return noMore({ type: 'resume' });
    case 'stretch-now':
      return noMore({ type: 'stretch-now' });
    case 'settings':
      return noMore({ type: 'settings' });
    case 'history':
      return noMore({ type: 'history' });
    case 'pause':
      return parsePause(rest);
    default:
      return { ok: false, error: `unknown command ${quote(rawCmd!, QUOTED_CHARS)}` };
  }
}

function parsePause(rest: readonly string[]): CliResult {
  if (rest.length === 0) return { ok: false, error: 'pause needs a duration: <N>m, <N>h, tomorrow or forever' };
  if (rest.length > 1) return { ok: false, error: `pause takes one duration (got: ${quoteArgs(rest)})` };
  const arg = rest[0]!.toLowerCase();
  if (arg === 'tomorrow' || arg === 'forever') return { ok: true, command: { type: 'pause', until: arg } };
  const m = PAUSE_RE.exec(arg);
  if (!m) return { ok: false, error: `${quote(rest[0]!, QUOTED_CHARS)} is not a duration: use <N>m, <N>h, tomorrow or forever` };
  const n = Number(m[1]);
  const minutes = m[2] === 'h' ? n * 60 : n;
  if (n < 1 || minutes > MAX_PAUSE_MINUTES) {
    return { ok: false, error: `pause must be from 1 minute to 24 hours (got ${quote(rest[0]!, QUOTED_CHARS)})` };
  }
  return { ok: true, command: { type: 'pause', minutes } };
}

/** The whole message a bad invocation prints on stderr. */
export function usageError(error: string): string {
  return `limber: ${error}\n\n${USAGE}`;
}

/**
 * The user's own arguments from an Electron argv: drops the executable (and, when running from
 * source as `electron main.cjs …`, the script path) and every `--switch`, which Chromium,
 * Electron or the OS may add (e.g. `--no-sandbox`, `--allow-file-access-from-files`).
 * `--help` is kept: it is ours.
 */
export function userArgs(argv: readonly string[], defaultApp: boolean): string[] {
  let rest = argv.slice(1);
  if (defaultApp) {
    // `electron [switches] <app path> [args]`: the first non-switch is the app
    const app = rest.findIndex((a) => !a.startsWith('-'));
    rest = app < 0 ? [] : rest.slice(app + 1);
  }
  return rest.filter((a) => a === '--help' || !(a.startsWith('--') || isProcessSerialNumber(a)));
}

/**
 * Checks a command that arrived from another process (single-instance `additionalData`): it is
 * re-validated by serialising it back to arguments and parsing those.
 */
export function commandFromData(data: unknown): CliCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const args = (data as { args?: unknown }).args;
  if (!Array.isArray(args) || !args.every((a): a is string => typeof a === 'string') || args.length > 4) return null;
  const parsed = parseCli(args);
  return parsed.ok ? parsed.command : null;
}

/** What the second instance hands to the first (`app.requestSingleInstanceLock(data)`). */
export function commandData(args: readonly string[]): { args: string[] } {
  return { args: [...args] };
}

/** One line the second instance prints on success. */
export function describeCommand(c: CliCommand): string {
  switch (c.type) {
    case 'pause':
      return 'minutes' in c ? `Pausing breaks for ${c.minutes} min.` : c.until === 'tomorrow' ? 'Pausing breaks until tomorrow.' : 'Pausing breaks until you resume.';
    case 'resume':
      return 'Resuming breaks.';
    case 'stretch-now':
      return 'Starting a stretch.';
    case 'settings':
      return 'Opening settings.';
    case 'history':
      return 'Opening history.';
    case 'none':
      return 'Limber is already running (look for it in the tray).';
    case 'help':
      return USAGE;
  }
}
