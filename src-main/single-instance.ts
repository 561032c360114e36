// One Limber per user session. A second launch is a remote control: it validates its own
// arguments first (bad ones: usage on its stderr, exit 2, nothing sent), then hands them to the
// running instance through Electron's single-instance lock and exits.
import type { App } from 'electron';
import { commandData, commandFromData, describeCommand, parseCli, usage, usageError, userArgs, type CliCommand } from './cli';

export interface InstanceDeps {
  app: Pick<App, 'requestSingleInstanceLock' | 'on' | 'exit'>;
  argv: readonly string[];
  /** true when run as `electron main.cjs …` (process.defaultApp) */
  defaultApp: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
  /**
   * Chooses the language of what this process prints and loads it (cli-locale.ts useCliLocale),
   * awaited before anything is printed; the exit follows the printing. Without it the text is in
   * the main process's active locale, printed at once.
   */
  prepareWords?: () => Promise<unknown>;
}

/** `done`: when this process prints and exits after its words are loaded (prepareWords). */
export type Claim = { primary: true; initial: CliCommand } | { primary: false; exitCode: number; done?: Promise<void> };

/**
 * Decides whether this process is the Limber. The primary gets the command it was started with
 * (`initial`) and every later one through `onCommand`; anything else has already exited.
 */
export function claimInstance(deps: InstanceDeps, onCommand: (command: CliCommand) => void): Claim {
  const args = userArgs(deps.argv, deps.defaultApp);
  const parsed = parseCli(args);
  /** Prints (in the words loaded by then: the texts are made in `print`) and exits. */
  const finish = (exitCode: number, print: () => void): Claim => {
    const end = () => {
      print();
      deps.app.exit(exitCode);
    };
    if (!deps.prepareWords) {
      end();
      return { primary: false, exitCode };
    }
    return { primary: false, exitCode, done: deps.prepareWords().then(end, end) };
  };
  if (!parsed.ok) {
    // parsed again once the words are loaded: the error is worded in them
    return finish(2, () => {
      const again = parseCli(args);
      deps.err(usageError(again.ok ? parsed.error : again.error));
    });
  }
  if (parsed.command.type === 'help') return finish(0, () => deps.out(usage()));
  if (!deps.app.requestSingleInstanceLock(commandData(args))) {
    const command = parsed.command;
    return finish(0, () => deps.out(`${describeCommand(command)}\n`));
  }
  deps.app.on('second-instance', (_event, argv, _cwd, data) => {
    // the other process checked these, but nothing from outside is trusted: parse again
    const command = commandFromData(data) ?? fromArgv(argv, deps.defaultApp);
    if (command && command.type !== 'help') onCommand(command);
  });
  return { primary: true, initial: parsed.command };
}

function fromArgv(argv: readonly string[], defaultApp: boolean): CliCommand | null {
  const parsed = parseCli(userArgs(argv, defaultApp));
  return parsed.ok ? parsed.command : null;
}
