// A real X session for the Electron end-to-end tests: Xvfb plus a real window manager (openbox,
// from Debian), a "witness" window (xterm running `cat`) that holds the keyboard focus the way
// the user's editor would, and xdotool for real X input (keys and clicks go through the X server
// and the window manager, not the DevTools protocol). Missing tools are installed with apt-get
// when running as root on Debian; otherwise the caller is told which ones are missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOOLS = { Xvfb: 'xvfb', openbox: 'openbox', xdotool: 'xdotool', xterm: 'xterm', wmctrl: 'wmctrl', xwininfo: 'x11-utils', xprop: 'x11-utils' };

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Returns the list of missing tools after trying to install them (root on Debian only). */
export function ensureXTools(log = console.log) {
  let missing = Object.keys(TOOLS).filter((t) => !has(t));
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (missing.length && root && existsSync('/etc/debian_version')) {
    const pkgs = [...new Set(missing.map((t) => TOOLS[t]))];
    log(`installing ${pkgs.join(', ')} from Debian …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
    missing = Object.keys(TOOLS).filter((t) => !has(t));
  }
  return missing;
}

async function waitFor(fn, what, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Starts Xvfb + openbox on a free display. */
export async function startXSession({ width = 1920, height = 1080 } = {}) {
  let n = 90;
  while (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) n++;
  const display = `:${n}`;
  const procs = [];
  const xvfb = spawn('Xvfb', [display, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
  procs.push(xvfb);
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${n}`), 'Xvfb');
  const env = { ...process.env, DISPLAY: display };
  delete env.WAYLAND_DISPLAY;
  const wm = spawn('openbox', ['--sm-disable'], { stdio: 'ignore', env });
  procs.push(wm);
  await waitFor(() => /Name: Openbox/i.test(spawnSync('wmctrl', ['-m'], { env, encoding: 'utf8' }).stdout ?? ''), 'openbox to manage the screen');
  const x = (cmd, args) => spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 15_000 });
  return {
    display,
    env,
    /** runs an X tool on this display; returns trimmed stdout (throws on failure) */
    run(cmd, ...args) {
      const r = x(cmd, args);
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message || r.status}`);
      return (r.stdout ?? '').trim();
    },
    /** a witness window that receives typed text into `file` (an xterm running cat) */
    async startWitness(file, title = 'limber-witness') {
      writeFileSync(file, '');
      const p = spawn('xterm', ['-T', title, '-geometry', '80x10+40+40', '-e', 'sh', '-c', `stty -icanon; exec cat > '${file}'`], { stdio: 'ignore', env });
      procs.push(p);
      const id = await waitFor(() => x('xdotool', ['search', '--name', `^${title}$`]).stdout?.trim().split('\n')[0], 'the witness window');
      x('xdotool', ['windowactivate', '--sync', id]);
      return { id, typed: () => readFileSync(file, 'utf8') };
    },
    activeWindow() {
      return x('xdotool', ['getactivewindow']).stdout?.trim() ?? '';
    },
    async stop() {
      for (const p of procs.reverse()) p.kill('SIGTERM');
      await sleep(200);
    },
  };
}

export { join };
