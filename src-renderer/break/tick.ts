// The player's once-a-second update without redrawing the player. The player draws its whole
// tree only when the segment changes (a step, a rep, a hold, a side, the next exercise) or on
// an action; between those, a tick re-reads the routine's position into a Tick and tells the
// few small components that show a ticking value (the time left, the counter and its label, the
// current progress bar, the figure while it moves). A value that is only a text or a number
// (the time left, the count, the bar's value) is written straight into its node
// (`useTickWrite`): no render at all. A component whose shape changes (the counter becoming a
// countdown, the figure's next pose) re-renders itself alone (`useTicked`), and only when what it
// shows changed.
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

/**
 * A value written straight into the DOM, by `write`, on every tick it changes, and after every
 * render of the component (so a render never leaves an older value in the node: Preact compares
 * with what it rendered last, not with what a tick wrote since). `write` compares with the node
 * itself and writes only a difference. Returns the value for the render.
 */
export function useTickWrite<T>(tick: Tick, key: (tk: Tick) => T, write: (value: T) => void): T {
  const value = key(tick);
  const keyRef = useRef(key);
  keyRef.current = key;
  const writeRef = useRef(write);
  writeRef.current = write;
  useLayoutEffect(() => writeRef.current(value));
  useLayoutEffect(() => tick.subscribe(() => writeRef.current(keyRef.current(tick))), [tick]);
  return value;
}

/** Sets a text node's text, if it differs (a write costs a layout; a read costs nothing). */
export function setText(node: Node | null | undefined, text: string): void {
  if (node && node.nodeValue !== text) node.nodeValue = text;
}
