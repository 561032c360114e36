// Command-line control of a running Limber (SPEC §7): `limber pause 30m`, `limber resume`, …
// Pure parsing: no electron, no process access. A second launch validates its own arguments
// before forwarding them (see single-instance.ts); the first instance parses them again, since
// nothing that arrives over the single-instance channel is trusted.
//
// Messages quote what the user typed, but never more than a few dozen characters of it (and with
// control characters escaped): an argument can be of any length and hold anything.
import type { MainTranslate } from './core/main-text';
import { quote } from './core/quote';
import { mainText } from './main-words';

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

/** The command column of the help: literal syntax, never translated; the descriptions are messages. */
const USAGE_LINES: readonly (readonly [syntax: string, describe: (t: MainTranslate) => string])[] = [
  ['pause <N>m', (t) => t('main.cli.usage.pauseMinutes', { max: MAX_PAUSE_MINUTES, example: 'pause 30m' })],
  ['pause <N>h', (t) => t('main.cli.usage.pauseHours', { max: MAX_PAUSE_MINUTES / 60, example: 'pause 2h' })],
  ['pause tomorrow', (t) => t('main.cli.usage.pauseTomorrow')],
  ['pause forever', (t) => t('main.cli.usage.pauseForever')],
  ['resume', (t) => t('main.cli.usage.resume')],
  ['stretch-now', (t) => t('main.cli.usage.stretchNow')],
  ['settings', (t) => t('main.cli.usage.settings')],
  ['history', (t) => t('main.cli.usage.history')],
  ['help', (t) => t('main.cli.usage.help')],
];

/** The help text (`limber help`), in the language of `t`. */
export function usage(t: MainTranslate = mainText().t): string {
  const lines = USAGE_LINES.map(([syntax, describe]) => `  ${syntax.padEnd(18)}${describe(t)}`);
  return `${t('main.cli.usage.head')}\n\n${t('main.cli.usage.intro')}\n${lines.join('\n')}\n`;
}

/** The forms a pause takes, literal in every language (they are what the user types). */
const PAUSE_FORMS = { minutes: '<N>m', hours: '<N>h', tomorrow: 'tomorrow', forever: 'forever' } as const;

const PAUSE_RE = /^(\d{1,5})(m|h)$/;

/** Most characters of one argument a message quotes; most arguments it lists. */
const QUOTED_CHARS = 40;
const LISTED_ARGS = 3;

/** The user's arguments, quoted and cut for a message: `"a" "b" … (7 more)`. */
function quoteArgs(t: MainTranslate, args: readonly string[]): string {
  const shown = args.slice(0, LISTED_ARGS).map((a) => quote(a, QUOTED_CHARS)).join(' ');
  return args.length > LISTED_ARGS ? t('main.cli.moreArgs', { shown, more: args.length - LISTED_ARGS }) : shown;
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
export function parseCli(input: readonly string[], t: MainTranslate = mainText().t): CliResult {
  const args = input.filter((a) => !isProcessSerialNumber(a));
  if (args.length === 0) return { ok: true, command: { type: 'none' } };
  const [rawCmd, ...rest] = args;
  const cmd = rawCmd!.toLowerCase();
  const noMore = (command: CliCommand): CliResult =>
    rest.length === 0
      ? { ok: true, command }
      : { ok: false, error: t('main.cli.error.noArguments', { command: cmd, args: quoteArgs(t, rest) }) };
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
      return parsePause(t, rest);
    default:
      return { ok: false, error: t('main.cli.error.unknownCommand', { command: quote(rawCmd!, QUOTED_CHARS) }) };
  }
}

function parsePause(t: MainTranslate, rest: readonly string[]): CliResult {
  if (rest.length === 0) return { ok: false, error: t('main.cli.error.needsDuration', { command: 'pause', ...PAUSE_FORMS }) };
  if (rest.length > 1) return { ok: false, error: t('main.cli.error.oneDuration', { command: 'pause', args: quoteArgs(t, rest) }) };
  const arg = rest[0]!.toLowerCase();
  if (arg === 'tomorrow' || arg === 'forever') return { ok: true, command: { type: 'pause', until: arg } };
  const m = PAUSE_RE.exec(arg);
  if (!m) return { ok: false, error: t('main.cli.error.notDuration', { arg: quote(rest[0]!, QUOTED_CHARS), ...PAUSE_FORMS }) };
  const n = Number(m[1]);
  const minutes = m[2] === 'h' ? n * 60 : n;
  if (n < 1 || minutes > MAX_PAUSE_MINUTES) {
    return { ok: false, error: t('main.cli.error.pauseRange', { command: 'pause', min: 1, maxHours: MAX_PAUSE_MINUTES / 60, arg: quote(rest[0]!, QUOTED_CHARS) }) };
  }
  return { ok: true, command: { type: 'pause', minutes } };
}

/** The whole message a bad invocation prints on stderr. */
export function usageError(error: string, t: MainTranslate = mainText().t): string {
  return `limber: ${error}\n\n${usage(t)}`;
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
export function describeCommand(c: CliCommand, t: MainTranslate = mainText().t): string {
  switch (c.type) {
    case 'pause':
      return 'minutes' in c
        ? t('main.cli.done.pauseMinutes', { minutes: c.minutes })
        : t(c.until === 'tomorrow' ? 'main.cli.done.pauseTomorrow' : 'main.cli.done.pauseForever');
    case 'resume':
      return t('main.cli.done.resume');
    case 'stretch-now':
      return t('main.cli.done.stretchNow');
    case 'settings':
      return t('main.cli.done.settings');
    case 'history':
      return t('main.cli.done.history');
    case 'none':
      return t('main.cli.done.alreadyRunning');
    case 'help':
      return usage(t);
  }
}
