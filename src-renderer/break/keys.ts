// Keyboard shortcuts for the break window. The mounted view registers its keys; one document
// listener dispatches them. Enter and Space on a focused button keep their usual meaning
// (activate that button) unless the view claims them with `force`.
//
// The break window appears WITHOUT keyboard focus (SPEC §3.5: keystrokes keep going to the app
// the user is typing in), so:
// - the key badges on the buttons are shown only while the window has focus (`useWindowFocus`
//   puts `window-focused` on <html>; break.css hides `.kbd` otherwise) — a badge that does
//   nothing when pressed is a false promise;
// - single letters that END a break (S skip, D done for now, H stop) are `guarded` against stray
//   typing: someone typing who clicks into the window, or whose typing lands in it, must not
//   skip a break by accident. A guarded key acts only when the window has had focus for at least
//   FOCUS_SETTLE_MS and the key is not part of a typing burst (no other key in the TYPING_GAP_MS
//   before it). A deliberate shortcut is an isolated key press in a window you are looking at;
//   typing is a run of keys. The buttons themselves are never guarded.
import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';

export type KeyMap = Record<string, (() => void) | undefined>;

/** A guarded key acts only after the window has had focus this long. */
export const FOCUS_SETTLE_MS = 1000;
/** … and only when no other key came this shortly before it (a typing burst). */
export const TYPING_GAP_MS = 500;

const CONTROL = 'button, a[href], input, select, textarea, summary, [role="button"], [contenteditable="true"]';

/**
 * The key as the views name it: single characters lower-cased. The letter shortcuts (S, D, H, N)
 * are fixed Latin letters in every language — the messages name them as a `{key}` placeholder —
 * so on a non-Latin layout (Arabic, Russian, Japanese kana …) the key is the one in the letter's
 * place on a Latin keyboard (`KeyboardEvent.code`), whatever character it types there.
 */
export function keyOf(e: Pick<KeyboardEvent, 'key' | 'code'>): string {
  if (e.key.length !== 1) return e.key;
  const key = e.key.toLowerCase();
  if (/\p{L}/u.test(key) && !/[a-z]/.test(key)) {
    const latin = /^Key([A-Z])$/.exec(e.code ?? '');
    if (latin) return latin[1]!.toLowerCase();
  }
  return key;
}

/** When the window got keyboard focus (performance.now), or null while it has none. */
export class WindowFocus {
  since: number | null;
  lastKeyAt = -Infinity;
  private readonly listeners = new Set<(focused: boolean) => void>();

  constructor(private readonly now: () => number = () => performance.now()) {
    this.since = typeof document !== 'undefined' && document.hasFocus() ? now() : null;
  }

  get focused(): boolean {
    return this.since !== null;
  }

  set(focused: boolean): void {
    if (focused === this.focused) return;
    this.since = focused ? this.now() : null;
    for (const l of this.listeners) l(focused);
  }

  /** Whether a guarded key pressed now is deliberate (judged before the key is recorded). */
  deliberate(): boolean {
    const t = this.now();
    return this.since !== null && t - this.since >= FOCUS_SETTLE_MS && t - this.lastKeyAt >= TYPING_GAP_MS;
  }

  keyDown(): void {
    this.lastKeyAt = this.now();
  }

  subscribe(fn: (focused: boolean) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Follows the window's focus and every key press; returns the cleanup. */
  attach(): () => void {
    const on = (): void => this.set(true);
    const off = (): void => this.set(false);
    // bubble phase: the views' handlers (capture phase) judge a key before it is recorded here
    const key = (): void => this.keyDown();
    window.addEventListener('focus', on);
    window.addEventListener('blur', off);
    document.addEventListener('keydown', key);
    // a key or click inside means the window has focus, even if no focus event came
    const active = (): void => {
      if (!this.focused && document.hasFocus()) this.set(true);
    };
    document.addEventListener('pointerdown', active, true);
    return () => {
      window.removeEventListener('focus', on);
      window.removeEventListener('blur', off);
      document.removeEventListener('keydown', key);
      document.removeEventListener('pointerdown', active, true);
    };
  }
}

export const FocusContext = createContext<WindowFocus | null>(null);

/** Whether the window has keyboard focus (re-renders when it changes). */
export function useWindowFocus(focus: WindowFocus): boolean {
  const [focused, setFocused] = useState(focus.focused);
  useEffect(() => {
    setFocused(focus.focused);
    return focus.subscribe(setFocused);
  }, [focus]);
  return focused;
}

export interface KeyOptions {
  /** keys handled even when a button has focus (e.g. Space = pause in the player) */
  force?: readonly string[];
  /** keys that end the break: acted on only when deliberate (see the top of this file) */
  guarded?: readonly string[];
  /** called when a guarded key was ignored */
  onIgnored?: (key: string) => void;
}

export function useKeys(map: KeyMap, options: KeyOptions = {}): void {
  const focus = useContext(FocusContext);
  const ref = useRef({ map, options, focus });
  ref.current = { map, options, focus };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const { map: m, options: o, focus: f } = ref.current;
      // judged before this key is recorded as the latest one
      const deliberate = f ? f.deliberate() : true;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const key = keyOf(e);
      const fn = m[key];
      if (!fn) return;
      const target = e.target instanceof Element ? e.target : null;
      if ((key === 'Enter' || key === ' ') && target?.closest(CONTROL) && !(o.force ?? []).includes(key)) return;
      e.preventDefault();
      if (e.repeat) return;
      if ((o.guarded ?? []).includes(key) && !deliberate) {
        o.onIgnored?.(key);
        return;
      }
      fn();
    };
    // registered in the capture phase so it runs before WindowFocus records this key
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
}
