// One tab stop for a group of items (chart bars, calendar days): arrow keys move between them
// (the WAI-ARIA "roving tabindex" pattern). Items carry `data-index`; the focused one has
// tabindex 0, the others -1.
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface Roving {
  active: number;
  /** moves the active item (and the focus, when `focus`) */
  select(index: number, focus?: boolean): void;
  tabIndex(index: number): 0 | -1;
  onKeyDown(e: JSX.TargetedKeyboardEvent<HTMLElement>): void;
  containerRef: { current: HTMLElement | null };
}

/**
 * `move(key, active, rtl)` returns the index a key leads to (or null: not ours). Indexes are
 * clamped to 0…count-1. `rtl` says whether the group is laid out right to left (as the page
 * shows it, from its computed direction), so ←/→ can follow what is seen.
 */
export function useRoving(count: number, initial: number, move: (key: string, active: number, rtl: boolean) => number | null): Roving {
  const [active, setActive] = useState(initial);
  const containerRef = useRef<HTMLElement | null>(null);
  const current = Math.max(0, Math.min(count - 1, active));
  const select = (index: number, focus = false): void => {
    const i = Math.max(0, Math.min(count - 1, index));
    setActive(i);
    if (focus) containerRef.current?.querySelector<HTMLElement>(`[data-index="${i}"]`)?.focus();
  };
  return {
    active: current,
    select,
    tabIndex: (i) => (i === current ? 0 : -1),
    onKeyDown(e) {
      const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : move(e.key, current, rtl);
      if (next === null) return;
      e.preventDefault();
      select(next, true);
    },
    containerRef,
  };
}
