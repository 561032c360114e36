// `npm run test:packaged` (after `npm run build`): a packaged smoke test. electron-builder --dir
// packs the app for this platform (pages inside app.asar, the fuses from electron-builder.yml —
// grantFileProtocolExtraPrivileges off), the packaged executable is started (under Xvfb + openbox
// on Linux), a second instance sends "stretch-now", and the break page must come from
// limber://app/break.html, have its stylesheet and content, and render non-blank (a screenshot
// with more than a handful of colours). The app is reached over Chromium's remote-debugging port:
// Playwright's Electron launcher needs --inspect, which the enableNodeCliInspectArguments fuse
// (rightly) disables in the packaged app.
// Without an Electron binary it says why it skipped (exit 1 when CI=true). Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { electronPackageDir, findElectron, ROOT } from './electron-binary.mjs';
import { decodePng, distinctColours } from './lib/png.mjs';
import { probeSandbox, sandboxPlan } from './lib/sandbox.mjs';
import { ensureXTools, startXSession } from './lib/xsession.mjs';

const skip = (why) => {
  console.log(`test:packaged: SKIPPED — ${why}`);
  if (process.env.CI === 'true') {
    console.log('test:packaged: CI=true, and a skipped run is not a passed one.');
    process.exit(1);
  }
  process.exit(0);
};

const found = findElectron();
if (!found.path) skip(`no Electron binary: ${found.missing}. (electron-builder packs the binary from node_modules/electron/dist, or ELECTRON_OVERRIDE_DIST_PATH, so nothing is downloaded.)`);
if (!existsSync(join(ROOT, 'dist/renderer/break.html'))) {
  console.error('test:packaged: dist/ is missing — run `npm run build` first.');
  process.exit(1);
}
const electronDist = process.platform === 'darwin' ? dirname(dirname(dirname(dirname(found.path)))) : dirname(found.path);
const version = JSON.parse((await import('node:fs')).readFileSync(join(electronPackageDir(), 'package.json'), 'utf8')).version;

const out = mkdtempSync(join(tmpdir(), 'limber-packaged-'));
const userData = mkdtempSync(join(tmpdir(), 'limber-packaged-data-'));
writeFileSync(join(userData, 'settings.json'), JSON.stringify({ schemaVersion: 1, settings: { sound: false, openAtLogin: false }, firstRunDone: true, exclusionNotes: {} }));
const target = { linux: '--linux', win32: '--win', darwin: '--mac' }[process.platform];
console.log(`test:packaged: electron-builder --dir ${target} (Electron ${version} from ${electronDist})`);
const pack = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules/electron-builder/cli.js'), '--dir', target, `-c.electronDist=${electronDist}`, `-c.electronVersion=${version}`, `-c.directories.output=${out}`],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 15 * 60_000 },
);
if (pack.status !== 0) {
  console.error(`test:packaged: electron-builder failed (exit ${pack.status})`);
  process.exit(1);
}
const unpacked = readdirSync(out).find((d) => /-unpacked$|^mac/.test(d));
const exe = {
  linux: () => join(out, unpacked, 'limber'),
  win32: () => join(out, unpacked, 'Limber.exe'),
  darwin: () => join(out, unpacked, 'Limber.app/Contents/MacOS/Limber'),
}[process.platform]();
if (!existsSync(exe)) {
  console.error(`test:packaged: no packaged executable at ${exe}`);
  process.exit(1);
}

let xs = null;
if (process.platform === 'linux') {
  const missing = ensureXTools((m) => console.log(`test:packaged: ${m}`));
  if (missing.length) skip(`X tools missing: ${missing.join(', ')}`);
  xs = await startXSession();
}
const env = { ...process.env, ...(xs ? xs.env : {}) };
// the packaged app has its own chrome-sandbox next to the executable
const sandbox = sandboxPlan(probeSandbox(dirname(exe), { helperPath: join(dirname(exe), 'chrome-sandbox') }), process.env);
const switches = sandbox.problem ? ['--no-sandbox'] : sandbox.switches;
if (sandbox.problem) console.log('test:packaged: the sandbox cannot start here; this smoke run uses --no-sandbox');
const args = [...switches, `--limber-user-data=${userData}`];

let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok' : 'not ok'} - ${what}`);
  if (!ok) failures++;
  return ok;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let child;
let browser;
try {
  child = spawn(exe, [...args, '--remote-debugging-port=0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const ws = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint in 60 s; output: ${text.slice(-2000)}`)), 60_000);
    const onData = (d) => {
      text += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`the packaged app exited (${code}); output: ${text.slice(-2000)}`)));
  });
  check(true, 'the packaged app starts');
  const { chromium } = await import('playwright-core');
  browser = await chromium.connectOverCDP(ws);
  const second = spawnSync(exe, [...args, 'stretch-now'], { env, encoding: 'utf8', timeout: 60_000 });
  check(second.status === 0, `a second instance forwards "stretch-now" (exit ${second.status})`);
  let page = null;
  for (let i = 0; i < 150 && !page; i++) {
    page = browser.contexts().flatMap((c) => c.pages()).find((p) => p.url() === 'limber://app/break.html') ?? null;
    if (!page) await sleep(200);
  }
  if (!check(page !== null, 'the break page is loaded from limber://app/break.html (inside app.asar)')) throw new Error('no break page');
  await page.waitForLoadState('load');
  const facts = await page.evaluate(() => ({
    text: document.body.innerText.trim().length,
    sheets: document.styleSheets.length,
    scripts: [...document.scripts].length,
    height: document.body.getBoundingClientRect().height,
  }));
  check(facts.sheets > 0 && facts.scripts > 0, `its stylesheet and script loaded (${facts.sheets} sheet(s), ${facts.scripts} script(s))`);
  check(facts.text > 20 && facts.height > 100, `it has laid-out content (${facts.text} characters, ${Math.round(facts.height)} px)`);
  await sleep(500);
  const png = await page.screenshot();
  const colours = distinctColours(decodePng(png));
  check(colours > 8, `the rendered break page is not blank (${colours}${colours >= 64 ? '+' : ''} colours)`);
} catch (err) {
  check(false, `the smoke test ran to the end: ${err.message}`);
} finally {
  await browser?.close().catch(() => {});
  child?.kill();
  await sleep(300);
  await xs?.stop();
  rmSync(userData, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
console.log(failures ? `test:packaged: ${failures} check(s) failed` : 'test:packaged: all checks passed');
process.exit(failures ? 1 : 0);
