// The player's once-a-second update without redrawing the player. The player draws its whole
// tree only when the segment changes (a step, a rep, a hold, a side, the next exercise) or on
// an action; between those, a tick re-reads the routine's position into a Tick and tells the
// few small components that show a ticking value (the time left, the counter and its label, the
// current progress bar, the figure while it moves). Each of them re-renders itself alone, and
// only when what it shows changed: Preact redraws those components and nothing else.
import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import type { Position, RoutineRun } from './routine-run';

export class Tick {
  pos!: Position;
  /** ms of planned time left in the routine */
  left = 0;
  private readonly subs = new Set<() => void>();

  constructor(private readonly run: RoutineRun) {
    this.read();
  }

  /** Reads the run's position now (the player's draw and each tick). */
  read(): void {
    this.pos = this.run.position();
    this.left = this.run.remainingMs();
  }

  subscribe(f: () => void): () => void {
    this.subs.add(f);
    return () => this.subs.delete(f);
  }

  /** Tells the ticking components (each re-renders only if what it shows changed). */
  notify(): void {
    for (const f of this.subs) f();
  }
}

/**
 * What a ticking component shows, as `key(tick)` (compared with ===): the component re-renders
 * on a tick only when it changed. A layout effect with a fixed dependency, so a draw queues no
 * after-paint effect (in Preact that costs an animation frame and a timeout).
 */
export function useTicked<T>(tick: Tick, key: (tk: Tick) => T): T {
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const value = key(tick);
  const last = useRef(value);
  last.current = value;
  const keyRef = useRef(key);
  keyRef.current = key;
  useLayoutEffect(
    () =>
      tick.subscribe(() => {
        if (keyRef.current(tick) !== last.current) bump(0);
      }),
    [tick],
  );
  return value;
}
