// The "is the user busy?" port (SPEC §3.12). The core asks it only at its decision moments
// (the warn, the due moment, the moment an idle period would become a natural break, and every
// 60 s while a break is held or a busy user is idle); the shell fills it with the platform's
// detectors, the simulator with the trace's `busy`/`free` events. Pure types only.
import type { HoldWhen } from './settings';

/** Why a break is held, as logged in `held` events and shown to the user. */
export type BusyReason = 'call' | 'presenting' | 'dnd' | 'app';
export const BUSY_REASONS: readonly BusyReason[] = ['call', 'presenting', 'dnd', 'app'];

/** The detector kinds a user can turn off, named as in `holdWhen`. */
export type DetectorKind = 'call' | 'presenting' | 'doNotDisturb' | 'apps';
export const DETECTOR_KINDS: readonly DetectorKind[] = ['call', 'presenting', 'doNotDisturb', 'apps'];

export const REASON_OF_KIND: Readonly<Record<DetectorKind, BusyReason>> = {
  call: 'call',
  presenting: 'presenting',
  doNotDisturb: 'dnd',
  apps: 'app',
};

/** Whether a kind of detector can work on this desktop, and if not, why (shown in Settings). */
export interface DetectorAvailability {
  kind: DetectorKind;
  available: boolean;
  /** what it uses when available, or why it cannot work here */
  detail: string;
}

export interface BusyPort {
  /**
   * Asks the detectors that `holdWhen` turns on. Answers the first reason found, or null when
   * the user is free. A detector that fails or does not answer in time counts as "not busy".
   */
  check(holdWhen: Readonly<HoldWhen>): Promise<BusyReason | null>;
  /**
   * Optional: the same answer at once, for ports that know it without waiting (the browser test
   * host's fake detectors). When present, LimberApp uses it and wakes synchronously.
   */
  checkNow?(holdWhen: Readonly<HoldWhen>): BusyReason | null;
  /** What works here, for Settings. */
  availability(): Promise<DetectorAvailability[]>;
}
