// What the OS says about the user, translated for the core (SPEC §3): power and session events
// become scheduler inputs, and the OS idle time is sampled at the moment of every call.
//
// Wayland caveat: some Wayland compositors do not let applications read the idle time, and
// Electron then reports 0 seconds, always. Limber cannot tell that apart from a user who is
// typing, so it sees only screen locks and suspends: it treats the user as continuously present
// while the screen is unlocked. Breaks still come every `sitMinutes`, and one that nobody answers
// stays open until the user is back (rule 7 cannot fire without idle time). Locking the screen
// when you get up makes natural breaks work again. `StuckIdleDetector` notices the symptom so the
// user can be told once.
import type { PowerMonitor } from 'electron';
import type { SchedulerInput } from './core/scheduler';

export type ActivityInput = Extract<SchedulerInput, { type: 'lock' | 'unlock' | 'suspend' | 'resume' }>;

/** powerMonitor event → core input. `shutdown` and macOS' user-did-(resign|become)-active are not used. */
export const POWER_EVENTS: Readonly<Record<string, ActivityInput>> = {
  suspend: { type: 'suspend' },
  resume: { type: 'resume' },
  'lock-screen': { type: 'lock' },
  'unlock-screen': { type: 'unlock' },
};

type PowerSource = Pick<PowerMonitor, 'on' | 'removeListener' | 'getSystemIdleTime'>;

/** OS idle seconds now; anything unusable (negative, NaN, a throw) reads as 0 = present. */
export function sampleIdle(power: Pick<PowerMonitor, 'getSystemIdleTime'>): number {
  try {
    const s = power.getSystemIdleTime();
    return Number.isFinite(s) && s >= 0 ? s : 0;
  } catch {
    return 0;
  }
}

/**
 * Subscribes to the power monitor and calls `onInput` with each translated event. Returns an
 * unsubscribe function. (The idle sample is taken by whoever feeds the core, via `sampleIdle`.)
 */
export function watchActivity(power: PowerSource, onInput: (input: ActivityInput) => void): () => void {
  const listeners = Object.entries(POWER_EVENTS).map(([name, input]) => {
    const listener = () => onInput({ ...input });
    power.on(name as 'suspend', listener);
    return [name, listener] as const;
  });
  return () => {
    for (const [name, listener] of listeners) power.removeListener(name as 'suspend', listener);
  };
}

/**
 * Notices an idle counter that never moves off zero (the Wayland symptom above): only on a
 * Wayland session, after at least `minSamples` samples spanning `minSpanMs` that all read 0.
 * A real user essentially never gives input within the same second at every sample for an hour.
 */
export class StuckIdleDetector {
  private firstZeroAt: number | null = null;
  private zeros = 0;
  private reported = false;

  constructor(
    private readonly wayland: boolean,
    private readonly minSamples = 12,
    private readonly minSpanMs = 60 * 60_000,
  ) {}

  /** Records one sample; true exactly once, when the counter looks stuck. */
  sample(idleSeconds: number, monoMs: number): boolean {
    if (!this.wayland || this.reported) return false;
    if (idleSeconds !== 0) {
      this.firstZeroAt = null;
      this.zeros = 0;
      return false;
    }
    this.firstZeroAt ??= monoMs;
    this.zeros++;
    if (this.zeros >= this.minSamples && monoMs - this.firstZeroAt >= this.minSpanMs) {
      this.reported = true;
      return true;
    }
    return false;
  }
}

/** True on a Wayland session (from the environment Electron was started in). */
export function isWaylandSession(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.XDG_SESSION_TYPE === 'wayland' || (env.WAYLAND_DISPLAY ?? '') !== '';
}
