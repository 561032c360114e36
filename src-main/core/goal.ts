// What counts toward the daily goal (SPEC §2 `dailyGoal`): a completed break, and a partial one
// with at least half of the routine done (its `fraction`, time spent over planned time, §3.6).
// One rule for the tray's "Today: 3 of 6", the break window's end view and the history stats.

/** A partial break counts toward the daily goal from this fraction of the routine on. */
export const PARTIAL_COUNTS_FROM = 0.5;

/** Whether an outcome line counts as one break done toward the daily goal. */
export function countsTowardGoal(e: { event: string; fraction?: number }): boolean {
  if (e.event === 'completed') return true;
  return e.event === 'partial' && typeof e.fraction === 'number' && e.fraction >= PARTIAL_COUNTS_FROM;
}
