// `npm start` (after `npm run build`): runs Limber from the build with the Electron binary from
// node_modules. Arguments after `--` go to Limber, e.g. `npm start -- pause 30m`.
// If the binary is missing, electron's own installer is tried once (it downloads from GitHub);
// when that fails, ONE clear message says why and how to get the binary, and we exit 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { electronPackageDir, findElectron, ROOT } from './electron-binary.mjs';
import { probeSandbox, sandboxPlan } from './lib/sandbox.mjs';

function fail(message, code = 1) {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Asks the electron package for its binary in a child process, so its download noise is captured. */
function fetchElectron() {
  const pkg = electronPackageDir();
  const r = spawnSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(pkg)}))`], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
    env: process.env,
  });
  if (r.status === 0 && r.stdout && existsSync(r.stdout.trim())) return { path: r.stdout.trim() };
  const text = `${r.stderr ?? ''}\n${r.stdout ?? ''}`;
  const cause =
    text.match(/^\s*(?:Error|TypeError|RequestError|HTTPError)[^\n]*$/m)?.[0].trim() ??
    (r.error ? r.error.message : text.trim().split('\n').filter(Boolean).pop() ?? `exit code ${r.status}`);
  return { missing: cause };
}

let found = findElectron();
if (!found.path) found = fetchElectron();
if (!found.path) {
  fail(
    [
      'limber: cannot start — the Electron binary could not be fetched.',
      `  Why: electron downloads its binary from GitHub on first use, and that failed here (${found.missing}).`,
      '  This usually means the machine has no network access to the Electron download host.',
      '  To get it, either:',
      '    • run `npm start` on a machine with internet access (the binary is then kept in node_modules/electron/dist), or',
      '    • download the electron zip for this platform and version from https://github.com/electron/electron/releases,',
      '      unpack it, and run with ELECTRON_OVERRIDE_DIST_PATH=/path/to/unpacked-folder npm start',
    ].join('\n'),
  );
}

// the app folder to start (its package.json "main" is dist/main/main.cjs); overridable for tests
const appRoot = process.env.LIMBER_APP_ROOT ? resolve(process.env.LIMBER_APP_ROOT) : ROOT;
const main = join(appRoot, 'dist', 'main', 'main.cjs');
if (!existsSync(main)) fail('limber: dist/main/main.cjs is missing — run `npm run build` first (npm start does).');

// the Chromium sandbox: as root it cannot run; on Ubuntu ≥ 24.04 it may need a one-time fix
const sandbox = sandboxPlan(probeSandbox(electronPackageDir()));
if (sandbox.problem) fail(sandbox.problem);
if (sandbox.note) process.stderr.write(`limber: ${sandbox.note}\n`);
const switches = sandbox.switches;
const args = [appRoot, ...switches, ...process.argv.slice(2).filter((a) => a !== '--')];
const child = spawn(found.path, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (err) => fail(`limber: could not run ${found.path}: ${err.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
