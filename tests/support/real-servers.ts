// Real servers for the detector tests: PulseAudio, Xvfb + openbox, a D-Bus session bus. `npm test`
// installs their Debian packages before any test starts (scripts/system-deps.mjs); a test run
// directly installs what is still missing itself (as root on Debian, waiting for dpkg's lock).
// Each server is started with its own temporary directory; `stop()` ends exactly the processes
// it started. A server that cannot be had is a failure in CI (CI=true) and a printed skip
// elsewhere — never a silent pass.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Started<T> = { ok: true; value: T } | { ok: false; reason: string };

export function which(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure each program exists, installing its Debian package (program → package) if not. */
export function ensurePrograms(programs: Record<string, string>): string | null {
  const missing = Object.entries(programs).filter(([p]) => !which(p));
  if (!missing.length) return null;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    return `missing ${missing.map(([p]) => p).join(', ')} (install the Debian packages ${[...new Set(missing.map(([, k]) => k))].join(' ')})`;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const pkgs = [...new Set(missing.map(([, k]) => k))];
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  let r = spawnSync('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  if (r.status !== 0) {
    spawnSync('apt-get', [...lock, 'update', '-qq'], { stdio: 'inherit', env });
    r = spawnSync('apt-get', [...lock, 'install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  }
  const still = missing.filter(([p]) => !which(p));
  return still.length ? `could not install ${pkgs.join(' ')} (apt-get exit ${r.status})` : null;
}

/** In CI a missing server fails the test with the reason; elsewhere the test is skipped, saying why. */
export function need<T>(s: Started<T> | undefined, ctx: { skip: (note?: string) => void }): T {
  if (s?.ok) return s.value;
  const reason = s ? s.reason : 'the server was not started';
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`cannot start the test server: ${reason}`);
  console.warn(`[skipped] ${reason}`);
  ctx.skip(reason);
  throw new Error('unreachable');
}

/** Polls `probe` until it returns true, at most `tries` times `everyMs` apart (20 s by default: a loaded CI machine is slow). */
export async function until(probe: () => boolean | Promise<boolean>, tries = 400, everyMs = 50): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    try {
      if (await probe()) return true;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

export class Procs {
  readonly list: ChildProcess[] = [];
  readonly dirs: string[] = [];

  private readonly errors = new Map<ChildProcess, string>();

  start(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout?.resume();
    p.stderr?.on('data', (b: Buffer) => this.errors.set(p, ((this.errors.get(p) ?? '') + b.toString()).slice(-2000)));
    this.list.push(p);
    return p;
  }

  /** What a started process said on stderr and how it ended, for failure messages. */
  describe(p: ChildProcess): string {
    const end = p.exitCode !== null ? `exited ${p.exitCode}` : p.signalCode ? `killed ${p.signalCode}` : 'running';
    return `${p.spawnfile} (${end}) ${this.errors.get(p) ?? ''}`.trim();
  }

  tempDir(prefix: string): string {
    const d = mkdtempSync(join(tmpdir(), prefix));
    this.dirs.push(d);
    return d;
  }

  async stop(p: ChildProcess): Promise<void> {
    if (p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    const late = setTimeout(() => p.kill('SIGKILL'), 2000);
    await gone;
    clearTimeout(late);
  }

  async stopAll(): Promise<void> {
    for (const p of [...this.list].reverse()) await this.stop(p);
    for (const d of this.dirs) rmSync(d, { recursive: true, force: true });
  }
}

const canConnect = (path: string) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

export interface Pulse {
  env: NodeJS.ProcessEnv;
  /** a null source: a microphone nobody is speaking into */
  mic: string;
  /** the monitor of a null sink (what a screen recorder would read) */
  monitor: string;
}

/** A private PulseAudio server with a null source and a null sink. */
export async function startPulse(procs: Procs): Promise<Started<Pulse>> {
  const missing = ensurePrograms({ pulseaudio: 'pulseaudio', pactl: 'pulseaudio-utils', parec: 'pulseaudio-utils' });
  if (missing) return { ok: false, reason: missing };
  const dir = procs.tempDir('limber-pulse-');
  const socket = join(dir, 'native');
  const env = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir, PULSE_SERVER: `unix:${socket}`, DBUS_SESSION_BUS_ADDRESS: 'disabled:' };
  const p = procs.start(
    'pulseaudio',
    [
      '--daemonize=no',
      '-n',
      '--system=false',
      '--exit-idle-time=-1',
      '--use-pid-file=no',
      '--disable-shm=yes',
      '--log-target=stderr',
      `--load=module-native-protocol-unix socket=${socket} auth-anonymous=1`,
      '--load=module-null-source source_name=mic',
      '--load=module-null-sink sink_name=speakers',
    ],
    env,
  );
  let stderr = '';
  p.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const up = await until(() => canConnect(socket));
  if (!up) return { ok: false, reason: `pulseaudio did not start: ${stderr.split('\n').filter((l) => l.startsWith('E:')).join(' ') || stderr.slice(-400)}` };
  return { ok: true, value: { env, mic: 'mic', monitor: 'speakers.monitor' } };
}

export interface XServer {
  display: string;
  env: NodeJS.ProcessEnv;
}

/** Xvfb on a free display with openbox managing it. */
export async function startX(procs: Procs): Promise<Started<XServer>> {
  const missing = ensurePrograms({ Xvfb: 'xvfb', openbox: 'openbox', wmctrl: 'wmctrl', xmessage: 'x11-utils', xdpyinfo: 'x11-utils' });
  if (missing) return { ok: false, reason: missing };
  // Xvfb picks a free display itself and writes its number to fd 3 once it accepts clients, so
  // test files starting X servers at the same time cannot collide
  const x = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  procs.list.push(x);
  let stderr = '';
  x.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  let announced = '';
  (x.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => (announced += b.toString()));
  const up = await until(() => x.exitCode === null && /\d+\n/.test(announced), 300, 100);
  if (!up) return { ok: false, reason: `Xvfb did not start: ${stderr.slice(-300)}` };
  const display = `:${announced.trim()}`;
  const env = { ...process.env, DISPLAY: display };
  let obOut = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const ob = procs.start('openbox', ['--sm-disable'], env);
    ob.stderr?.on('data', (b: Buffer) => (obOut += b.toString()));
    ob.stdout?.on('data', (b: Buffer) => (obOut += b.toString()));
    // the window manager is up when it has announced itself on the root window (slow on a busy machine)
    let wm = false;
    for (let i = 0; i < 300 && ob.exitCode === null && !wm; i++) {
      wm = spawnSync('wmctrl', ['-m'], { env, stdio: 'ignore' }).status === 0;
      if (!wm) await new Promise((r) => setTimeout(r, 100));
    }
    if (wm) return { ok: true, value: { display, env } };
    obOut += ` [attempt ${attempt}: ${ob.exitCode !== null ? `exit ${ob.exitCode}` : 'no answer within 30 s'}]`;
  }
  return { ok: false, reason: `openbox did not start: ${obOut.slice(-400)}` };
}

export interface Bus {
  address: string;
}

/** A private D-Bus session bus. */
export async function startBus(procs: Procs): Promise<Started<Bus>> {
  const missing = ensurePrograms({ 'dbus-daemon': 'dbus-daemon' });
  if (missing) return { ok: false, reason: missing };
  const dir = procs.tempDir('limber-dbus-');
  const socket = join(dir, 'bus');
  procs.start('dbus-daemon', ['--session', '--nofork', '--nopidfile', `--address=unix:path=${socket}`]);
  if (!(await until(() => canConnect(socket)))) return { ok: false, reason: 'dbus-daemon did not start' };
  return { ok: true, value: { address: `unix:path=${socket}` } };
}

export interface GSettings {
  env: NodeJS.ProcessEnv;
  set(schema: string, key: string, value: string): void;
}

/**
 * GNOME's gsettings with its own store: the keyfile backend in a temporary config directory
 * (GNOME itself uses dconf; the gsettings tool reads either the same way).
 */
export function startGSettings(procs: Procs): Started<GSettings> {
  const missing = ensurePrograms({ gsettings: 'libglib2.0-bin' });
  if (missing) return { ok: false, reason: missing };
  if (!existsSync('/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml')) {
    const r = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=300', 'install', '-y', '-qq', '--no-install-recommends', 'gsettings-desktop-schemas'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) return { ok: false, reason: 'the org.gnome.desktop.notifications schema is missing (Debian package gsettings-desktop-schemas)' };
  }
  const dir = procs.tempDir('limber-gsettings-');
  const env = { ...process.env, XDG_CONFIG_HOME: dir, GSETTINGS_BACKEND: 'keyfile' };
  return {
    ok: true,
    value: {
      env,
      set(schema, key, value) {
        const r = spawnSync('gsettings', ['set', schema, key, value], { env, encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`gsettings set failed: ${r.stderr}`);
      },
    },
  };
}
