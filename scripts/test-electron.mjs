// `npm run test:electron` (after `npm run build`): drives the real built app with Playwright's
// Electron support. A temp data folder; the hidden break window must exist at start; "stretch-now"
// is sent from a second instance (the CLI path); the routine is clicked through in the break
// window; the history file must then hold break → started → completed.
// Without an installed Electron binary (this is checked WITHOUT triggering electron's download)
// it says why it skipped and exits 0. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findElectron, ROOT } from './electron-binary.mjs';

const found = findElectron();
if (!found.path) {
  console.log(`test:electron: skipped — no Electron binary: ${found.missing}.`);
  console.log('  (It is downloaded from GitHub on first use; set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron to run this suite.)');
  process.exit(0);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  if (!process.env.LIMBER_UNDER_XVFB && spawnSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' }).status === 0) {
    const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, LIMBER_UNDER_XVFB: '1' } });
    process.exit(r.status ?? 1);
  }
  console.log('test:electron: skipped — no display (set DISPLAY, or install xvfb-run).');
  process.exit(0);
}
for (const f of ['dist/main/main.cjs', 'dist/main/preload.cjs', 'dist/renderer/break.html']) {
  if (!existsSync(join(ROOT, f))) {
    console.error(`test:electron: ${f} is missing — run \`npm run build\` first.`);
    process.exit(1);
  }
}

const { _electron: electron } = await import('playwright-core');

const userData = mkdtempSync(join(tmpdir(), 'limber-e2e-'));
// a returning user (no first-run window), a short routine, no sound, nothing registered at login
writeFileSync(
  join(userData, 'settings.json'),
  JSON.stringify({ schemaVersion: 1, settings: { routineMinutes: 1, sound: false, openAtLogin: false }, firstRunDone: true, exclusionNotes: {} }),
);
const rootSwitches = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
const appArgs = [ROOT, ...rootSwitches, `--limber-user-data=${userData}`];

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok' : 'not ok'} - ${what}`);
  if (!ok) failures++;
  return ok;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(fn, what, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}
const historyEvents = () => {
  const file = join(userData, 'history.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).event);
};
const windowStates = (app) =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), visible: w.isVisible(), focused: w.isFocused() })));

let app;
try {
  app = await electron.launch({ executablePath: found.path, args: appArgs, timeout: 60_000 });
  const breakPage = await waitFor(() => app.windows().find((p) => p.url().endsWith('/break.html')), 'the break window');
  check(true, 'the break window exists at start');
  const atStart = await windowStates(app);
  check(atStart.length === 1 && !atStart[0].visible, `it is hidden at start (${JSON.stringify(atStart)})`);

  const second = spawnSync(found.path, [...appArgs, 'stretch-now'], { encoding: 'utf8', timeout: 60_000 });
  check(second.status === 0, `a second instance forwards "stretch-now" and exits 0 (exit ${second.status}; ${second.stdout.trim()})`);
  const bad = spawnSync(found.path, [...appArgs, 'pause', 'soon'], { encoding: 'utf8', timeout: 60_000 });
  check(bad.status === 2 && /Usage: limber/.test(bad.stderr), 'a second instance with bad arguments prints usage and exits 2');

  await waitFor(async () => (await windowStates(app)).some((w) => w.visible), 'the break window to show');
  const shown = (await windowStates(app)).find((w) => w.visible);
  check(!shown.focused, 'the break window appeared without taking focus');

  await breakPage.getByRole('button', { name: /^Start/ }).click();
  const close = breakPage.getByRole('button', { name: /^Close/ });
  for (let i = 0; i < 40 && !(await close.isVisible()); i++) {
    const next = breakPage.getByRole('button', { name: /^(Next|Finish)/ });
    if (await next.isVisible()) await next.click();
    else await sleep(250);
  }
  check(await close.isVisible(), 'the routine was clicked through to its end view');
  await close.click();
  await waitFor(async () => !(await windowStates(app)).some((w) => w.visible), 'the break window to hide');
  check(true, 'Close hides the break window');

  const events = await waitFor(() => {
    const e = historyEvents();
    return e.includes('completed') ? e : null;
  }, 'the completed line in the history', 10_000).catch(() => historyEvents());
  const order = ['break', 'started', 'completed'].map((e) => events.indexOf(e));
  check(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1])), `the history has break, started, completed (${events.join(', ')})`);
} catch (err) {
  check(false, `the suite ran to the end: ${err.message}`);
} finally {
  await app?.close().catch(() => {});
  rmSync(userData, { recursive: true, force: true });
}
console.log(failures ? `test:electron: ${failures} check(s) failed` : 'test:electron: all checks passed');
process.exit(failures ? 1 : 0);
