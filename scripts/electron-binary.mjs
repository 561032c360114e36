// Finds the Electron executable WITHOUT triggering electron's download-on-require (its index.js
// fetches the binary from GitHub when it is missing). Used by start.mjs and test-electron.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The electron package folder (LIMBER_ELECTRON_DIR lets the script tests use a stand-in). */
export function electronPackageDir(env = process.env) {
  return env.LIMBER_ELECTRON_DIR ? resolve(env.LIMBER_ELECTRON_DIR) : join(ROOT, 'node_modules', 'electron');
}

function platformPath(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * { path } of an installed executable, or { missing: why } — never downloads.
 * Same rules as electron's index.js: ELECTRON_OVERRIDE_DIST_PATH, else dist/<path.txt>.
 */
export function findElectron(env = process.env) {
  const pkg = electronPackageDir(env);
  const pathTxt = join(pkg, 'path.txt');
  const rel = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || platformPath());
    return existsSync(p) ? { path: p } : { missing: `ELECTRON_OVERRIDE_DIST_PATH is set but ${p} does not exist` };
  }
  if (!existsSync(join(pkg, 'package.json'))) return { missing: `the electron package is not installed (${pkg})` };
  if (!rel) return { missing: `the Electron binary has not been downloaded (${pathTxt} is missing)` };
  const p = join(pkg, 'dist', rel);
  return existsSync(p) ? { path: p } : { missing: `the Electron binary has not been downloaded (${p} is missing)` };
}

/**
 * The way the Electron suites end when they cannot run: they say why, and a skip is not a pass in
 * CI (CI=true → exit 1), where nothing may pretend to have been tested.
 */
export function skipper(name) {
  return (why) => {
    console.log(`${name}: SKIPPED — ${why}`);
    if (process.env.CI === 'true') {
      console.log(`${name}: CI=true, and a skipped run is not a passed one.`);
      process.exit(1);
    }
    process.exit(0);
  };
}
