#!/usr/bin/env node
// `npm test`: unit, property and fault tests (Node), then the UI tests in real Chromium.
// Finds a Chromium, or gets one: Debian's package when running as root on Debian, else
// Playwright's browser download; if neither works it says in one line how to get one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSystemPrograms } from './system-deps.mjs';

const log = (msg) => process.stdout.write(`[test] ${msg}\n`);

function playwrightChromium() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chromium')).sort().reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-win/chrome.exe']) {
      const p = join(root, dir, rel);
      if (existsSync(p)) return p;
    }
  }
  return null;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return playwrightChromium();
}

function getChromium() {
  let found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    log('no Chromium found: installing Debian\'s chromium package (apt-get) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (install && install.status === 0) found = findChromium();
  }
  if (!found) {
    log('no Chromium found: trying Playwright\'s browser download …');
    spawnSync(process.execPath, [join('node_modules', 'playwright-core', 'cli.js'), 'install', 'chromium'], { stdio: 'inherit' });
    found = findChromium();
  }
  return found;
}

function vitest(args, env) {
  const dir = mkdtempSync(join(tmpdir(), 'limber-test-'));
  const out = join(dir, 'report.json');
  const res = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed = r.numPassedTests;
    failed = r.numFailedTests;
    skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  } catch {
    failed += 1; // no report: the run itself failed
  }
  if (res.status !== 0 && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

// the servers the platform tests start (X, sound, D-Bus, a spreadsheet), and Chromium if there is
// none, in one apt-get run where that is possible
const stillMissing = ensureSystemPrograms({
  log,
  extra: findChromium() ? [] : [{ bin: 'chromium', pkg: 'chromium', for: 'the UI tests' }],
});
if (stillMissing.length) log(`tests that need ${stillMissing.map((m) => m.bin ?? m.file).join(', ')} will say so`);
const chromium = getChromium();
if (!chromium) {
  process.stderr.write('[test] No Chromium available: install one (Debian: `sudo apt-get install chromium`; elsewhere: `npx playwright-core install chromium`) or set CHROMIUM_PATH, then run `npm test` again.\n');
  process.exit(1);
}
log(`Chromium: ${chromium} (${execFileSync(chromium, ['--version', '--no-sandbox'], { encoding: 'utf8' }).trim()})`);

log('unit, property and fault tests');
const unit = vitest([], {});
log('UI tests in Chromium');
const ui = vitest(['--config', 'vitest.browser.config.ts'], { CHROMIUM_PATH: chromium });

const passed = unit.passed + ui.passed;
const failed = unit.failed + ui.failed;
const skipped = unit.skipped + ui.skipped;
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(failed ? 1 : 0);
