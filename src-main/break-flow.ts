// When the break window shows and hides, given what the app says and what the page does:
// - a new break shows it (unless the heads-up's "Snooze" claimed that break: then it is snoozed
//   without ever appearing);
// - the end of a break hides it, except after the routine (complete / partial / stop): the page
//   then shows its end view and hides the window itself with closeBreak.
import type { ActionResult, BreakAction, BreakView } from './core/bridge';

export interface BreakFlowDeps {
  show(): void;
  hide(): void;
  /** the heads-up asked to snooze the break due now (once) */
  takeHeadsUpSnooze(wallNow: number): boolean;
  closeHeadsUp(): void;
  wallNow(): number;
  getBreak(): Promise<BreakView | null>;
  breakAction(action: BreakAction): Promise<ActionResult>;
  /** runs `fn` after the current event has been handled */
  defer(fn: () => void): void;
  /** a routine started (true) or ended (false): the window's background throttling follows it */
  routineRunning?(running: boolean): void;
}

const ENDS_ROUTINE = new Set<BreakAction['type']>(['complete', 'partial', 'stop']);

export class BreakFlow {
  private endViewPending = false;

  constructor(private readonly deps: BreakFlowDeps) {}

  /** The app's `break` event. */
  onBreak(view: BreakView | null): void {
    if (!view) this.deps.routineRunning?.(false);
    if (!view) {
      if (!this.endViewPending) this.deps.hide();
      return;
    }
    this.endViewPending = false;
    if (view.trigger === 'due' && this.deps.takeHeadsUpSnooze(this.deps.wallNow())) {
      this.deps.defer(() => {
        void this.deps.breakAction({ type: 'snooze' }).then((r) => {
          if (!r.ok) this.deps.show(); // no snoozes left: show it after all
        });
      });
      return;
    }
    this.deps.closeHeadsUp();
    this.deps.show();
  }

  /** The page's breakAction. */
  async breakAction(action: BreakAction): Promise<ActionResult> {
    this.endViewPending = ENDS_ROUTINE.has(action.type);
    try {
      const result = await this.deps.breakAction(action);
      if (!result.ok) this.endViewPending = false;
      else if (action.type === 'start') this.deps.routineRunning?.(true);
      else this.deps.routineRunning?.(false);
      return result;
    } catch (err) {
      this.endViewPending = false;
      throw err;
    }
  }

  /** The page's closeBreak, after its end view. */
  async closeBreak(): Promise<void> {
    this.endViewPending = false;
    if (!(await this.deps.getBreak())) this.deps.hide();
  }
}
