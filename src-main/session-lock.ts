// Linux: learning when the session is locked. Electron's `lock-screen`/`unlock-screen` events
// exist only on macOS and Windows (electron.d.ts), so on Linux Limber listens itself:
//   1. logind's session property LockedHint (system bus, PropertiesChanged) — set by GNOME Shell
//      (js/ui/screenShield.js, SetLockedHint) and by KDE's kscreenlocker (logind.cpp, setLocked);
//   2. the screensaver interfaces on the session bus: org.gnome.ScreenSaver (GNOME Shell) and
//      org.freedesktop.ScreenSaver (KDE's kscreenlocker), signal ActiveChanged(b);
//   3. at every wake of the scheduler, powerMonitor.getSystemIdleState(…) === 'locked', which
//      Chromium answers on some desktops only.
// The session counts as locked while any source says so; the core gets one `lock` when that
// starts and one `unlock` when it ends. A source that cannot be reached is left out (logged once).
import type { PowerMonitor } from 'electron';
import { DbusClient, sessionBusAddress, systemBusAddress, variantValue } from './detectors/dbus';
import { mainText, type MainTranslate } from './main-words';

export type LockInput = { type: 'lock' } | { type: 'unlock' };

const LOGIND = 'org.freedesktop.login1';
const SESSION_IFACE = 'org.freedesktop.login1.Session';
const PROPS = 'org.freedesktop.DBus.Properties';
const SCREENSAVERS = [
  { name: 'org.gnome.ScreenSaver', path: '/org/gnome/ScreenSaver' },
  { name: 'org.freedesktop.ScreenSaver', path: '/org/freedesktop/ScreenSaver' },
];

/** Combines the sources' votes into lock/unlock transitions. */
export class LockState {
  private readonly votes = new Map<string, boolean>();
  private locked = false;

  constructor(private readonly onInput: (i: LockInput) => void) {}

  report(source: string, locked: boolean): void {
    this.votes.set(source, locked);
    const now = [...this.votes.values()].some(Boolean);
    if (now === this.locked) return;
    this.locked = now;
    this.onInput({ type: now ? 'lock' : 'unlock' });
  }

  get isLocked(): boolean {
    return this.locked;
  }

  /** What one source last said (undefined: nothing yet). */
  vote(source: string): boolean | undefined {
    return this.votes.get(source);
  }
}

/**
 * The logind session object of this process: $XDG_SESSION_ID, else the user's graphical session,
 * else the session logind assigns the caller ("auto"). Resolved to its real path, because
 * PropertiesChanged is sent on the real path, never on the "auto" alias.
 */
export async function logindSessionPath(bus: DbusClient, env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const manager = { destination: LOGIND, path: '/org/freedesktop/login1', interface: 'org.freedesktop.login1.Manager' };
  const byId = async (id: string): Promise<string | null> => {
    try {
      const [path] = await bus.call({ ...manager, member: 'GetSession', signature: 's', body: [id] });
      return typeof path === 'string' ? path : null;
    } catch {
      return null; // a stale id
    }
  };
  if (env.XDG_SESSION_ID) {
    const path = await byId(env.XDG_SESSION_ID);
    if (path) return path;
  }
  try {
    const display = await bus.getProperty(LOGIND, '/org/freedesktop/login1/user/self', 'org.freedesktop.login1.User', 'Display');
    // (so): [id, object path]
    if (Array.isArray(display) && typeof display[1] === 'string' && display[1] !== '/') return display[1];
  } catch {
    /* no user object */
  }
  const auto = '/org/freedesktop/login1/session/auto';
  try {
    const id = await bus.getProperty(LOGIND, auto, SESSION_IFACE, 'Id');
    if (typeof id === 'string' && id) return (await byId(id)) ?? auto;
  } catch {
    /* not in a session */
  }
  return auto;
}

export interface LockWatchOptions {
  env: Readonly<Record<string, string | undefined>>;
  onInput: (i: LockInput) => void;
  power?: Pick<PowerMonitor, 'getSystemIdleState'>;
  log?: (m: string) => void;
  /** bus addresses (tests point both at one private bus) */
  systemBus?: string;
  sessionBus?: string | null;
  lockedPollMs?: number;
}

export const LOCKED_POLL_MS = 15_000;

export interface LockWatch {
  /** Ready once every source has been tried (tests wait for it). */
  readonly ready: Promise<string[]>;
  /** Samples powerMonitor's idle state: call at every wake. */
  poll(): void;
  readonly state: LockState;
  dispose(): void;
}

export function watchLinuxLock(o: LockWatchOptions): LockWatch {
  const state = new LockState(o.onInput);
  const log = o.log ?? (() => undefined);
  const clients: DbusClient[] = [];
  const stops: Array<() => void> = [];
  let disposed = false;

  async function logind(): Promise<string> {
    const bus = await DbusClient.connect(o.systemBus ?? systemBusAddress(o.env));
    clients.push(bus);
    const path = await logindSessionPath(bus, o.env);
    const read = async () => variantValue(await bus.getProperty(LOGIND, path, SESSION_IFACE, 'LockedHint')) === true;
    stops.push(
      await bus.onSignal({ interface: PROPS, member: 'PropertiesChanged', path }, (body) => {
        const [iface, changed, invalidated] = body as [string, Array<[string, unknown]>, string[]];
        if (iface !== SESSION_IFACE) return;
        const hit = (changed ?? []).find(([k]) => k === 'LockedHint');
        if (hit) state.report('logind', variantValue(hit[1]) === true);
        else if ((invalidated ?? []).includes('LockedHint')) read().then((v) => state.report('logind', v), () => undefined);
      }),
    );
    state.report('logind', await read());
    return `logind LockedHint (${path})`;
  }

  async function screensavers(): Promise<string> {
    const address = o.sessionBus === undefined ? sessionBusAddress(o.env) : o.sessionBus;
    if (!address) throw new Error('no session bus');
    const bus = await DbusClient.connect(address);
    clients.push(bus);
    const found: string[] = [];
    for (const s of SCREENSAVERS) {
      stops.push(await bus.onSignal({ interface: s.name, member: 'ActiveChanged' }, (body) => state.report(s.name, body[0] === true)));
      try {
        const [active] = await bus.call({ destination: s.name, path: s.path, interface: s.name, member: 'GetActive' });
        state.report(s.name, active === true);
        found.push(s.name);
      } catch {
        /* not on this desktop; the signal subscription stays in case it starts later */
      }
    }
    // nothing answers (yet): not counted as a source, but the subscriptions stay in case one starts
    if (!found.length) throw new Error('no screensaver service answers (still listening for ActiveChanged)');
    return `${found.join(', ')} ActiveChanged`;
  }

  const ready = Promise.allSettled([logind(), screensavers()]).then((results) => {
    const names = ['logind', 'screensaver'];
    const used: string[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') used.push(r.value);
      else log(`lock state: ${names[i]} not available (${r.reason instanceof Error ? r.reason.message : String(r.reason)})`);
    });
    if (disposed) for (const c of clients) c.close();
    return used;
  });

  // While only the idle state says "locked", the core stops waking (it waits for the unlock), so
  // this source re-reads it itself every LOCKED_POLL_MS until the session is unlocked.
  let relook: ReturnType<typeof setInterval> | null = null;
  function poll(): void {
    if (!o.power || disposed) return;
    let s: string;
    try {
      s = o.power.getSystemIdleState(1);
    } catch {
      return; // unknown: no vote
    }
    if (s === 'locked') {
      state.report('idle-state', true);
      if (!relook) {
        relook = setInterval(poll, o.lockedPollMs ?? LOCKED_POLL_MS);
        relook.unref?.();
      }
    } else if (s === 'active' || s === 'idle') {
      state.report('idle-state', false);
      if (relook) clearInterval(relook);
      relook = null;
    }
  }

  return {
    ready,
    state,
    poll,
    dispose() {
      disposed = true;
      if (relook) clearInterval(relook);
      for (const s of stops) s();
      for (const c of clients) c.close();
    },
  };
}

/**
 * A watcher only where Electron sends no lock events (the capability table's `lockEvents`:
 * Linux, X11 and Wayland); elsewhere `lock-screen`/`unlock-screen` do it.
 */
export function watchSessionLock(electronLockEvents: boolean, o: LockWatchOptions): LockWatch | null {
  return electronLockEvents ? null : watchLinuxLock(o);
}

/**
 * What to tell a user whose desktop gives no idle time (Wayland without an idle protocol):
 * whether locking the screen helps depends on whether a lock source answered.
 */
export function noIdleNote(lockSources: readonly string[], t: MainTranslate = mainText().t): string {
  return t(lockSources.length ? 'main.notice.noIdleWithLock' : 'main.notice.noIdleNoLock');
}
