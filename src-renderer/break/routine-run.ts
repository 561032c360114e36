// One run through a routine: which exercise, how far into it, paused or not, and what to
// report when it ends. Time comes from a pause-aware stopwatch; an exercise whose time is up
// hands its overflow to the next one, so however late the display catches up (a hidden window,
// a slow timer) the position is where the elapsed time says.
import { buildPlan, nextChange, segmentAt, type ExerciseLike, type Plan, type Segment } from './plan';
import { Stopwatch, type TimeSource } from './stopwatch';

export interface RunExercise extends ExerciseLike {
  id: string;
}

export interface Position {
  index: number;
  /** ms into the current exercise */
  t: number;
  plan: Plan;
  seg: Segment;
  /** ms counted in the whole routine (pauses excluded) */
  elapsed: number;
  /** 0..1 through the whole routine (by planned time) */
  progress: number;
}

export interface RunReport {
  /** ids of the exercises done fully or partly (at least a third of their time, or finished) */
  exercises: string[];
  secondsStretched: number;
  /** share of the routine's planned time done, 0..1 (SPEC §3.6: time spent over planned time) */
  fraction: number;
  /**
   * every exercise ran its whole time (a press of Next in its last second counts): the routine
   * is `completed`. Pressing Next through it is not: that is `partial`, with `fraction`.
   */
  complete: boolean;
}

/** Next pressed this close to an exercise's end still counts it as run in full. */
export const FULL_TOLERANCE_MS = 1000;

export class RoutineRun {
  readonly plans: Plan[];
  readonly total: number;
  private readonly sw: Stopwatch;
  private index = 0;
  /** routine-elapsed ms at which the current exercise started */
  private exStart = 0;
  /** ms spent in each exercise */
  private readonly spent: number[];
  private readonly finishedEx: boolean[];
  started = false;

  constructor(
    private readonly items: readonly RunExercise[],
    now?: TimeSource,
  ) {
    if (items.length === 0) throw new Error('a routine needs at least one exercise');
    this.plans = items.map((e) => buildPlan(e));
    this.total = this.plans.reduce((s, p) => s + p.total, 0);
    this.sw = new Stopwatch(now);
    this.spent = items.map(() => 0);
    this.finishedEx = items.map(() => false);
  }

  get running(): boolean {
    return this.sw.running;
  }

  get count(): number {
    return this.items.length;
  }

  start(): void {
    this.started = true;
    this.sw.start();
  }

  pause(): void {
    this.sw.pause();
  }

  resume(): void {
    if (this.started) this.sw.start();
  }

  /** Moves past every exercise whose time is up. True when the whole routine is done. */
  catchUp(): boolean {
    const el = this.sw.elapsed();
    while (this.index < this.items.length && el - this.exStart >= this.plans[this.index]!.total) {
      const plan = this.plans[this.index]!;
      this.spent[this.index] = plan.total;
      this.finishedEx[this.index] = true;
      this.exStart += plan.total;
      this.index++;
    }
    return this.index >= this.items.length;
  }

  get done(): boolean {
    return this.index >= this.items.length;
  }

  /** Skips the rest of the current exercise. True when that was the last one. */
  next(): boolean {
    if (this.done) return true;
    const el = this.sw.elapsed();
    this.spent[this.index] = Math.max(this.spent[this.index]!, el - this.exStart);
    this.exStart = el;
    this.index++;
    return this.done;
  }

  position(): Position {
    const i = Math.min(this.index, this.items.length - 1);
    const plan = this.plans[i]!;
    const el = this.sw.elapsed();
    const t = this.done ? plan.total : Math.max(0, Math.min(el - this.exStart, plan.total));
    const before = this.plans.slice(0, i).reduce((s, p) => s + p.total, 0);
    return { index: i, t, plan, seg: segmentAt(plan, t), elapsed: el, progress: this.total ? Math.min(1, (before + t) / this.total) : 1 };
  }

  /** ms of planned time left in the routine from here (what "time left" shows). */
  remainingMs(): number {
    if (this.done) return 0;
    const p = this.position();
    const before = this.plans.slice(0, p.index).reduce((s, pl) => s + pl.total, 0);
    return Math.max(0, this.total - before - p.t);
  }

  /** ms until the display next changes (0 when something is already due): a countdown's next
   * second, a movement's end, or the next whole second of the routine's time left. */
  msToNextChange(): number {
    if (this.done) return 0;
    const p = this.position();
    const left = this.remainingMs();
    return Math.min(nextChange(p.plan, p.t), left % 1000 || 1000);
  }

  current(): RunExercise {
    return this.items[Math.min(this.index, this.items.length - 1)]!;
  }

  /** What the routine reports when it ends now. */
  report(): RunReport {
    const el = this.sw.elapsed();
    const spent = [...this.spent];
    if (!this.done) spent[this.index] = Math.max(spent[this.index]!, el - this.exStart);
    const exercises: string[] = [];
    let doneMs = 0;
    let complete = true;
    this.items.forEach((ex, i) => {
      const plan = this.plans[i]!;
      const ms = Math.min(spent[i]!, plan.total);
      doneMs += ms;
      if (this.finishedEx[i] || ms >= plan.total / 3) exercises.push(ex.id);
      if (!this.finishedEx[i] && ms < plan.total - FULL_TOLERANCE_MS) complete = false;
    });
    // rounded down to whole percent, so a partial routine never reads as 100 %
    const fraction = this.total ? Math.floor((doneMs / this.total) * 100 + 1e-9) / 100 : 0;
    return { exercises, secondsStretched: Math.round(el / 1000), fraction: complete ? 1 : Math.max(0, Math.min(0.99, fraction)), complete };
  }
}
