// The two clocks the core needs (SPEC §3): a monotonic one for every duration and the wall clock
// for timestamps, working hours and "until tomorrow". Only this module reads them.
import type { Instant } from './core/scheduler';

export interface Clock {
  now(): Instant;
  /** monotonic milliseconds only (for the wake timer) */
  mono(): number;
}

/** mono: process.hrtime, in ms since this clock was made (never jumps with the wall clock); wall: Date.now(). */
export function systemClock(): Clock {
  const origin = process.hrtime.bigint();
  const mono = () => Number((process.hrtime.bigint() - origin) / 1000n) / 1000;
  return { mono, now: () => ({ mono: mono(), wall: Date.now() }) };
}
