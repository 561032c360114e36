// A pause-aware stopwatch on a monotonic time source (performance.now by default). Elapsed time
// is always computed from the source, never accumulated from ticks, so a late or skipped timer
// (a hidden window, a busy machine) never makes the routine drift.

export type TimeSource = () => number;

export class Stopwatch {
  private acc = 0;
  private since: number | null = null;
  private readonly now: TimeSource;

  constructor(now: TimeSource = () => performance.now()) {
    this.now = now;
  }

  get running(): boolean {
    return this.since !== null;
  }

  start(): void {
    if (this.since === null) this.since = this.now();
  }

  pause(): void {
    if (this.since !== null) {
      this.acc += this.now() - this.since;
      this.since = null;
    }
  }

  /** ms counted so far (pauses excluded) */
  elapsed(): number {
    return this.acc + (this.since === null ? 0 : this.now() - this.since);
  }
}
