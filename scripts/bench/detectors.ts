// The cost of one check of all the busy detectors (SPEC §3.12) on this machine: what the core
// pays at a decision moment. The bench starts what a desktop would have — a PulseAudio server
// with a microphone being recorded, an X display with a window manager and a full-screen window,
// a session bus with a notification server — the same way the tests do, then times
// BusyPort.check() with every kind on (and a program list), cold (first check: connections and
// libraries load) and warm, and each kind alone. Wall time, performance.now().
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DetectorAvailability, DetectorKind } from '../../src-main/core/busy';
import { DETECTOR_KINDS } from '../../src-main/core/busy';
import type { HoldWhen } from '../../src-main/core/settings';
import { createDetectors } from '../../src-main/detectors';
import { videoHolders } from '../../src-main/detectors/linux-call';
import { boundedRunner } from '../../src-main/detectors/spawn';
import { FakeNotifications } from '../../tests/support/fake-desktop';
import { Procs, startBus, startPulse, startX, until } from '../../tests/support/real-servers';
import { spread, type Spread } from './stats';

export interface DetectorFigures {
  runs: number;
  /** what was running for the measurement, or why a part was missing */
  setup: string[];
  coldMs: number;
  warmMs: Spread;
  perKindMs: Record<DetectorKind, Spread>;
  /** Linux: the /proc/<pid>/fd scan alone, as it runs when a video device exists (null elsewhere) */
  cameraScanMs: Spread | null;
  processes: number | null;
  reason: string | null;
  available: DetectorAvailability[];
}

const ALL: HoldWhen = { call: true, presenting: true, doNotDisturb: true, apps: ['limber-bench-no-such-program'] };
const ONLY = (kind: DetectorKind): HoldWhen => ({
  call: kind === 'call',
  presenting: kind === 'presenting',
  doNotDisturb: kind === 'doNotDisturb',
  apps: kind === 'apps' ? ALL.apps : [],
});

export async function measureDetectors(opts: { runs: number; log?: (s: string) => void }): Promise<DetectorFigures> {
  const procs = new Procs();
  const setup: string[] = [];
  const env: Record<string, string | undefined> = { ...process.env };
  let notifications: FakeNotifications | null = null;
  try {
    const pulse = await startPulse(procs);
    if (pulse.ok) {
      env.PULSE_SERVER = pulse.value.env.PULSE_SERVER;
      procs.start('parec', ['--device', pulse.value.mic, '--raw'], pulse.value.env);
      setup.push('PulseAudio with a parec recording the null source');
    } else setup.push(`no sound server (${pulse.reason})`);
    const x = await startX(procs);
    if (x.ok) {
      env.DISPLAY = x.value.display;
      delete env.WAYLAND_DISPLAY;
      env.XDG_SESSION_TYPE = 'x11';
      procs.start('xmessage', ['-name', 'limber-bench', '-title', 'limber-bench', 'bench'], x.value.env);
      await until(() => spawnSync('wmctrl', ['-l'], { env: x.value.env, encoding: 'utf8' }).stdout.includes('limber-bench'));
      spawnSync('wmctrl', ['-r', 'limber-bench', '-b', 'add,fullscreen'], { env: x.value.env });
      spawnSync('wmctrl', ['-a', 'limber-bench'], { env: x.value.env });
      setup.push('Xvfb + openbox with a full-screen window in front');
    } else setup.push(`no X display (${x.reason})`);
    const bus = await startBus(procs);
    if (bus.ok) {
      env.DBUS_SESSION_BUS_ADDRESS = bus.value.address;
      notifications = await FakeNotifications.start(bus.value.address);
      setup.push('a D-Bus session bus with a notification server (Inhibited)');
    } else setup.push(`no session bus (${bus.reason})`);

    const port = createDetectors({ platform: process.platform, env, ownPids: new Set([process.pid]), execPath: process.execPath, run: boundedRunner(env as NodeJS.ProcessEnv) });
    try {
      let t = performance.now();
      await port.check(ALL);
      const coldMs = performance.now() - t;
      const warm: number[] = [];
      let reason = null;
      for (let i = 0; i < opts.runs; i++) {
        t = performance.now();
        reason = await port.check(ALL);
        warm.push(performance.now() - t);
      }
      const perKindMs = {} as Record<DetectorKind, Spread>;
      for (const kind of DETECTOR_KINDS) {
        const xs: number[] = [];
        for (let i = 0; i < opts.runs; i++) {
          t = performance.now();
          await port.check(ONLY(kind));
          xs.push(performance.now() - t);
        }
        perKindMs[kind] = spread(xs);
      }
      // there may be no camera here, and then the call check skips the scan: time the scan on its
      // own against a stand-in device file, so a machine with a camera knows its cost too
      let cameraScanMs: Spread | null = null;
      let processes: number | null = null;
      if (process.platform === 'linux') {
        const devDir = mkdtempSync(join(tmpdir(), 'limber-bench-dev-'));
        writeFileSync(join(devDir, 'video0'), '');
        const xs: number[] = [];
        for (let i = 0; i < opts.runs; i++) {
          t = performance.now();
          await videoHolders({ devDir });
          xs.push(performance.now() - t);
        }
        rmSync(devDir, { recursive: true, force: true });
        cameraScanMs = spread(xs);
        const { readdirSync } = await import('node:fs');
        processes = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).length;
      }
      return { runs: opts.runs, setup, coldMs, warmMs: spread(warm), perKindMs, cameraScanMs, processes, reason, available: await port.availability() };
    } finally {
      port.dispose();
    }
  } finally {
    notifications?.stop();
    await procs.stopAll();
  }
}
