// Small hooks shared by the pages.
import { useEffect, useRef, useState } from 'preact/hooks';
import { bridge, type EventName, type LimberEvents, rejectionText } from './bridge';
import { onLocaleChange } from './i18n';

/** Subscribes to a pushed bridge event for the component's lifetime. */
export function useBridgeEvent<E extends EventName>(name: E, listener: (payload: LimberEvents[E]) => void): void {
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => bridge().on(name, (payload) => ref.current(payload)), [name]);
}

/**
 * A value loaded with `load()` at mount and reloaded whenever `event` is pushed (or replaced by
 * the pushed payload when `fromEvent` maps it), and after a change of language (what the app
 * sends may hold catalog texts: exercise names, steps). `undefined` until the first load resolves.
 */
export function useBridgeValue<T, E extends EventName>(
  load: () => Promise<T>,
  event?: E,
  fromEvent?: (payload: LimberEvents[E]) => T,
): { value: T | undefined; error: string | null; reload: () => void } {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);
  const reload = (): void => {
    const mine = ++seq.current;
    loadRef.current().then(
      (v) => {
        if (mine === seq.current) {
          setValue(v);
          setError(null);
        }
      },
      (e: unknown) => {
        if (mine === seq.current) setError(rejectionText(e));
      },
    );
  };
  useEffect(reload, []);
  useEffect(() => onLocaleChange(reload), []);
  useEffect(() => {
    if (!event) return undefined;
    return bridge().on(event, (payload) => {
      if (fromEvent) {
        seq.current++;
        setValue(fromEvent(payload));
      } else reload();
    });
  }, [event]);
  return { value, error, reload };
}

/** Whether a media query matches, live. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const on = (): void => setMatches(mq.matches);
    on();
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return matches;
}

export const useReducedMotion = (): boolean => useMediaQuery('(prefers-reduced-motion: reduce)');

/** `document.visibilityState === 'visible'`, live. */
export function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === 'visible');
  useEffect(() => {
    const on = (): void => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', on);
    return () => document.removeEventListener('visibilitychange', on);
  }, []);
  return visible;
}

/** Sets document.title while mounted. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
