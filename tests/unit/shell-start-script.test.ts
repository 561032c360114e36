// `npm start` without an Electron binary: one clear message (why, and how to get it), exit 1.
// The electron package is replaced by stand-ins, so nothing is downloaded.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/start.mjs');
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-start-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(env: Record<string, string>, args: string[] = []) {
  const clean = { ...process.env };
  delete clean.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...clean, ...env }, timeout: 60_000 });
}

/** An electron package whose require() fails the way it does offline (download error). */
function offlineElectron(): string {
  const pkg = path.join(tmp, 'electron');
  fs.mkdirSync(pkg);
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
  fs.writeFileSync(
    path.join(pkg, 'index.js'),
    `console.log('Downloading Electron binary...');
     console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13');
     throw new Error('Electron failed to install correctly. Please delete node_modules/electron and run "npx install-electron --no" manually.');`,
  );
  return pkg;
}

describe('scripts/start.mjs', () => {
  it('without a binary and without network: one clear message, exit 1, no stack trace', () => {
    const r = run({ LIMBER_ELECTRON_DIR: offlineElectron() });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^limber: cannot start — the Electron binary could not be fetched\./);
    expect(r.stderr).toContain('(TypeError: fetch failed)');
    expect(r.stderr).toContain('no network access to the Electron download host');
    expect(r.stderr).toContain('machine with internet access');
    expect(r.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
    expect(r.stderr.match(/cannot start/g)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('Downloading');
  });

  it('a missing electron package is explained the same way', () => {
    const r = run({ LIMBER_ELECTRON_DIR: path.join(tmp, 'nowhere') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not be fetched/);
  });

  it.skipIf(process.platform === 'win32')('with ELECTRON_OVERRIDE_DIST_PATH it runs that binary on the app folder and passes arguments and the exit code', () => {
    const dist = path.join(tmp, 'dist-electron');
    fs.mkdirSync(dist);
    const out = path.join(tmp, 'args.txt');
    fs.writeFileSync(path.join(dist, 'electron'), `#!/bin/sh\necho "$@" > ${JSON.stringify(out)}\nexit 7\n`, { mode: 0o755 });
    const app = path.join(tmp, 'app');
    fs.mkdirSync(path.join(app, 'dist', 'main'), { recursive: true });
    fs.writeFileSync(path.join(app, 'dist', 'main', 'main.cjs'), '');
    const r = run({ LIMBER_ELECTRON_DIR: offlineElectron(), ELECTRON_OVERRIDE_DIST_PATH: dist, LIMBER_APP_ROOT: app }, ['--', 'pause', '30m']);
    expect(r.status).toBe(7);
    const args = fs.readFileSync(out, 'utf8').trim().split(' ').filter((a) => a !== '--no-sandbox');
    expect(args).toEqual([app, 'pause', '30m']);
  });

  it('an unbuilt app is told to build first', () => {
    const dist = path.join(tmp, 'd');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, process.platform === 'win32' ? 'electron.exe' : 'electron'), '', { mode: 0o755 });
    const r = run({ LIMBER_ELECTRON_DIR: offlineElectron(), ELECTRON_OVERRIDE_DIST_PATH: dist, LIMBER_APP_ROOT: path.join(tmp, 'empty') });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/run `npm run build` first/);
  });
});

describe('the Chromium sandbox on Linux (scripts/lib/sandbox.mjs)', async () => {
  const { sandboxPlan, probeSandbox } = await import('../../scripts/lib/sandbox.mjs');
  const helper = (uid: number, mode: number) => ({ path: '/src/node_modules/electron/dist/chrome-sandbox', file: true, uid, mode });
  const ubuntu2404 = { platform: 'linux', uid: 1000, helper: helper(1000, 0o755), userns: false, apparmorRestricts: true };

  it('Ubuntu 24.04, non-root, helper not set up: stops with the two real fixes instead of aborting in Chromium', () => {
    const plan = sandboxPlan(ubuntu2404, {});
    expect(plan.switches).toBeUndefined();
    expect(plan.problem).toMatch(/AppArmor \(Ubuntu 24\.04 and later\)/);
    expect(plan.problem).toContain('sudo chown root:root /src/node_modules/electron/dist/chrome-sandbox && sudo chmod 4755');
    expect(plan.problem).toContain('LIMBER_NO_SANDBOX=1 npm start');
  });

  it('keeps the sandbox whenever it can work: user namespaces, or a root-owned 4755 helper', () => {
    expect(sandboxPlan({ ...ubuntu2404, userns: true }, {})).toEqual({ switches: [] });
    expect(sandboxPlan({ ...ubuntu2404, helper: helper(0, 0o4755) }, {})).toEqual({ switches: [] });
    expect(sandboxPlan({ ...ubuntu2404, helper: helper(0, 0o755) }, {}).problem).toBeDefined();
    expect(sandboxPlan({ platform: 'darwin', uid: 501 }, {})).toEqual({ switches: [] });
    expect(sandboxPlan({ platform: 'win32', uid: -1 }, {})).toEqual({ switches: [] });
  });

  it('turns it off only when asked (LIMBER_NO_SANDBOX=1) or as root, and says so', () => {
    expect(sandboxPlan(ubuntu2404, { LIMBER_NO_SANDBOX: '1' })).toMatchObject({ switches: ['--no-sandbox'], note: expect.stringMatching(/WITHOUT/) });
    expect(sandboxPlan({ ...ubuntu2404, uid: 0 }, {})).toMatchObject({ switches: ['--no-sandbox'] });
    expect(sandboxPlan({ ...ubuntu2404, userns: true }, { LIMBER_NO_SANDBOX: '1' })).toEqual({ switches: [] });
  });

  it('probes this machine without throwing', () => {
    const facts = probeSandbox(path.resolve('node_modules/electron'));
    expect(facts.platform).toBe(process.platform);
  });
});

describe('the Electron suites without a binary', () => {
  it.each(['scripts/test-electron.mjs', 'scripts/test-packaged.mjs'])('%s says why it skipped, and does not pass in CI', (file) => {
    const pkg = path.join(tmp, 'electron');
    fs.mkdirSync(pkg);
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
    const env: NodeJS.ProcessEnv = { ...process.env, LIMBER_ELECTRON_DIR: pkg };
    delete env.ELECTRON_OVERRIDE_DIST_PATH;
    const r = spawnSync(process.execPath, [path.resolve(file)], { encoding: 'utf8', env: { ...env, CI: '' }, timeout: 60_000 });
    expect(r.stdout).toMatch(/SKIPPED — no Electron binary: the Electron binary has not been downloaded/);
    expect(r.status).toBe(0);
    const ci = spawnSync(process.execPath, [path.resolve(file)], { encoding: 'utf8', env: { ...env, CI: 'true' }, timeout: 60_000 });
    expect(ci.stdout).toMatch(/a skipped run is not a passed one/);
    expect(ci.status).toBe(1);
  });
});
