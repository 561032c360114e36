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
}

export type Claim = { primary: true; initial: CliCommand } | { primary: false; exitCode: number };

/**
 * Decides whether this process is the Limber. The primary gets the command it was started with
 * (`initial`) and every later one through `onCommand`; anything else has already exited.
 */
export function claimInstance(deps: InstanceDeps, onCommand: (command: CliCommand) => void): Claim {
  const args = userArgs(deps.argv, deps.defaultApp);
  const parsed = parseCli(args);
  if (!parsed.ok) {
    deps.err(usageError(parsed.error));
    deps.app.exit(2);
    return { primary: false, exitCode: 2 };
  }
  if (parsed.command.type === 'help') {
    deps.out(usage());
    deps.app.exit(0);
    return { primary: false, exitCode: 0 };
  }
  if (!deps.app.requestSingleInstanceLock(commandData(args))) {
    deps.out(`${describeCommand(parsed.command)}\n`);
    deps.app.exit(0);
    return { primary: false, exitCode: 0 };
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
