// What the scheduler decides and what ends up in the history log (SPEC §3, §6, §8).
// Times here are wall-clock epoch milliseconds: they are timestamps, never used for durations.

import type { BusyReason } from './busy';

export type Outcome = 'completed' | 'partial' | 'stopped' | 'skipped' | 'natural-break';
export const OUTCOMES: readonly Outcome[] = ['completed', 'partial', 'stopped', 'skipped', 'natural-break'];

/** Why a break window opened. */
export type BreakTrigger = 'due' | 'snooze' | 'manual';
/** What made the user count as away. */
export type AwayCause = 'idle' | 'lock' | 'suspend';

/** What the player reports when a routine ends (passed through into the log). */
export interface RoutineReport {
  /** ids of the exercises the user did (fully or partly), in order */
  exercises?: string[];
  /** seconds actually spent in the routine, pauses excluded */
  secondsStretched?: number;
}

export type LimberEvent =
  | {
      event: 'warn';
      at: number;
      dueAt: number;
      /** set on the heads-up after a break was held for `maxHoldMinutes`: what held it (SPEC §3.12c) */
      heldBy?: BusyReason;
    }
  | {
      event: 'break';
      at: number;
      breakId: string;
      trigger: BreakTrigger;
      snoozesLeft: number;
      sittingSeconds: number;
      /** whole seconds the break waited past due for a pause in input (SPEC §3.5); absent when shown at due */
      waited?: number;
      /** exercise ids composed for this break (added by the app layer) */
      routine?: string[];
    }
  | { event: 'snoozed'; at: number; breakId: string; until: number; snoozesUsed: number }
  | { event: 'started'; at: number; breakId: string }
  | ({ event: 'completed'; at: number; breakId: string } & RoutineReport)
  | ({ event: 'partial'; at: number; breakId: string; fraction: number } & RoutineReport)
  | ({ event: 'stopped'; at: number; breakId: string; exercise: string } & RoutineReport)
  | { event: 'skipped'; at: number; breakId: string }
  | {
      event: 'natural-break';
      at: number;
      cause: AwayCause;
      /** how long the user had been sitting when they got up */
      sittingSeconds: number;
      /** set when the user walked away from a break window that was showing */
      breakId?: string;
    }
  | {
      event: 'paused';
      at: number;
      kind: 'minutes' | 'tomorrow' | 'forever';
      minutes?: number;
      /** wall time the pause ends, or null for "indefinitely" */
      until: number | null;
    }
  | { event: 'resumed'; at: number; by: 'user' | 'timer' }
  /** a due break (or a snoozed break's re-show) held because the user is busy (SPEC §3.12a) */
  | { event: 'held'; at: number; reason: BusyReason }
  | { event: 'ignored'; at: number; action: string; reason: string };

export type LimberEventName = LimberEvent['event'];
export const EVENT_NAMES: readonly LimberEventName[] = [
  'warn',
  'break',
  'snoozed',
  'started',
  'completed',
  'partial',
  'stopped',
  'skipped',
  'natural-break',
  'paused',
  'resumed',
  'held',
  'ignored',
];

/** The events that end a break (one per break). */
export function isOutcomeEvent(e: LimberEvent): boolean {
  return (
    e.event === 'completed' ||
    e.event === 'partial' ||
    e.event === 'stopped' ||
    e.event === 'skipped' ||
    (e.event === 'natural-break' && e.breakId !== undefined)
  );
}
