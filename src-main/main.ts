// Limber's entry point (bundled to dist/main/main.cjs): process lifecycle only. One instance per
// user (a second launch is a remote control, see cli.ts), no window at start and no dock icon;
// everything else is set up by shell.ts once Electron is ready.
import os from 'node:os';
import { app, protocol } from 'electron';
import { PRIVILEGED_SCHEME } from './app-protocol';
import { builtPaths, userDataOverride } from './app-paths';
import type { CliCommand } from './cli';
import { useCliLocale } from './cli-locale';
import { devServerFrom } from './pages';
import { capabilitiesOf, platformKey } from './platform';
import { hardenContents } from './security';
import { startShell, type Shell } from './shell';
import { claimInstance } from './single-instance';

function main(): void {
  // the single-instance lock lives in the data folder, so an override must come first
  const dataDir = userDataOverride(process.argv, process.env);
  if (dataDir) app.setPath('userData', dataDir);

  let shell: Shell | null = null;
  const waiting: CliCommand[] = [];
  const run = (command: CliCommand) => (shell ? shell.run(command) : waiting.push(command));

  const claim = claimInstance(
    {
      app,
      argv: process.argv,
      defaultApp: Boolean(process.defaultApp),
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      // what a second launch prints, in the language the settings or the system ask for
      prepareWords: () =>
        useCliLocale({
          userData: app.getPath('userData'),
          platform: process.platform,
          env: process.env,
          preferredSystemLanguages: () => app.getPreferredSystemLanguages(),
        }),
    },
    run,
  );
  if (!claim.primary) return;

  const caps = capabilitiesOf(platformKey(process.platform, process.env, process.argv));
  // limber://app/ serves the pages (app-protocol.ts); privileges must be given before `ready`
  protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);
  if (caps.appUserModelId) app.setAppUserModelId('org.limber.app');
  // every web contents, including any we did not create, is locked down
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  // a tray app keeps running with no window open
  app.on('window-all-closed', () => {});
  app.on('before-quit', () => {
    shell?.dispose();
    shell = null;
  });

  void app.whenReady().then(() => {
    if (caps.dock) app.dock?.hide();
    shell = startShell({
      userData: app.getPath('userData'),
      paths: builtPaths(__dirname),
      devServer: devServerFrom(process.env, app.isPackaged),
      platform: process.platform,
      env: process.env,
      argv: process.argv,
      packaged: app.isPackaged,
      execPath: process.execPath,
      home: os.homedir(),
    });
    if (claim.initial.type !== 'none') shell.run(claim.initial);
    for (const command of waiting.splice(0)) shell.run(command);
  });
}

main();
