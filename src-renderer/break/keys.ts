// Keyboard shortcuts for the break window. The mounted view registers its keys; one document
// listener dispatches them. Enter and Space on a focused button keep their usual meaning
// (activate that button) unless the view claims them with `force`.
import { useEffect, useRef } from 'preact/hooks';

export type KeyMap = Record<string, (() => void) | undefined>;

const CONTROL = 'button, a[href], input, select, textarea, summary, [role="button"], [contenteditable="true"]';

function keyOf(e: KeyboardEvent): string {
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

/** `force`: keys handled even when a button has focus (e.g. Space = pause in the player). */
export function useKeys(map: KeyMap, force: readonly string[] = []): void {
  const ref = useRef({ map, force });
  ref.current = { map, force };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const key = keyOf(e);
      const { map: m, force: f } = ref.current;
      const fn = m[key];
      if (!fn) return;
      const target = e.target instanceof Element ? e.target : null;
      if ((key === 'Enter' || key === ' ') && target?.closest(CONTROL) && !f.includes(key)) return;
      if (e.repeat) {
        e.preventDefault();
        return;
      }
      e.preventDefault();
      fn();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
