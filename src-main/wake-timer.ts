// The shell's only timer: it wakes the core exactly when the core asked (`Decision.wakeAt`, on the
// monotonic clock). Nothing else is polled. No wakeAt (e.g. paused indefinitely) → no timer.

export interface TimerApi {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node/Chromium timers overflow above 2^31-1 ms (~24.8 days); longer waits are re-armed. */
export const MAX_DELAY_MS = 2_147_483_647;

export class WakeTimer {
  private handle: unknown = null;
  private target: number | null = null;

  constructor(
    private readonly monoNow: () => number,
    private readonly onWake: () => void,
    private readonly timers: TimerApi = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
  ) {}

  /** Replaces any pending timer with one for `wakeAt` (monotonic ms), or none for null. */
  arm(wakeAt: number | null): void {
    this.cancel();
    this.target = wakeAt;
    if (wakeAt === null || !Number.isFinite(wakeAt)) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, Math.ceil(wakeAt - this.monoNow())));
    this.handle = this.timers.setTimeout(() => this.fire(), delay);
  }

  cancel(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
    this.target = null;
  }

  /** monotonic ms the pending timer is for, or null */
  get pending(): number | null {
    return this.target;
  }

  private fire(): void {
    this.handle = null;
    const target = this.target;
    // a capped long wait fired early: wait the rest, do not disturb the core
    if (target !== null && target - this.monoNow() > 1) {
      this.arm(target);
      return;
    }
    this.target = null;
    this.onWake();
  }
}
