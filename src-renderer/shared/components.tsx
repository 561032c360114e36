// Small shared components: Button (with its keyboard key shown), Kbd, Icon, Progress, and the
// screen shown when a page has no bridge.
import type { ButtonHTMLAttributes, ComponentChildren, JSX, Ref } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from './i18n';

// ------------------------------------------------------------------ icons

const ICONS = {
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M8 5v14M16 5v14',
  next: 'M6 5.5l8 6.5-8 6.5zM18 5v14',
  stop: 'M12 3.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17zM6 6l12 12',
  hand: 'M8 13V6.5a1.5 1.5 0 0 1 3 0V12m0-6.5v-1a1.5 1.5 0 0 1 3 0V12m0-6a1.5 1.5 0 0 1 3 0v7.5A6.5 6.5 0 0 1 10.5 20 6 6 0 0 1 5 16l-1.6-3.4a1.4 1.4 0 0 1 2.4-1.4L8 14',
  check: 'M4.5 12.5l5 5 10-11',
  snooze: 'M12 20a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 8v4.5l3 2',
  skip: 'M5 12h13M13 6l6 6-6 6',
  close: 'M6 6l12 12M18 6L6 18',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1',
  alert: 'M12 3.5L2.5 20h19zM12 10v4.5M12 17.2v.3',
  done: 'M5 12.5h14M5 12.5l4-4M5 12.5l4 4',
  leaf: 'M5 19c0-8 5-13 14-14-1 9-6 14-14 14zM5 19l7-7',
  wind: 'M3 9h11a3 3 0 1 0-3-3M3 15h15a3 3 0 1 1-3 3',
  zoom: 'M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM15.2 15.2L20 20M10.5 7.8v5.4M7.8 10.5h5.4',
  ban: 'M12 3.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17zM6 6l12 12',
} as const;

export type IconName = keyof typeof ICONS;

export function Icon({ name, class: cls }: { name: IconName; class?: string }): JSX.Element {
  return (
    <svg class={`icon ${cls ?? ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} />
    </svg>
  );
}

// ------------------------------------------------------------------ buttons

/** A key as shown on a button or in help text. Hidden from screen readers (aria-keyshortcuts says it). */
export function Kbd({ children }: { children: ComponentChildren }): JSX.Element {
  return (
    <kbd class="kbd" aria-hidden="true">
      {children}
    </kbd>
  );
}

/** Display names for `KeyboardEvent.key` values. */
const KEY_LABEL: Record<string, () => string> = {
  ' ': () => t('key.space'),
  ArrowRight: () => '→',
  ArrowLeft: () => '←',
  Escape: () => t('key.escape'),
  Esc: () => t('key.escape'),
};
/** the standard key names for aria-keyshortcuts, by `KeyboardEvent.key` (never translated) */
const KEY_STANDARD: Record<string, string> = { ' ': 'Space', ArrowRight: 'ArrowRight', ArrowLeft: 'ArrowLeft', Escape: 'Escape', Esc: 'Escape' };

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon'> {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  icon?: IconName;
  /** the keyboard key that does the same (`KeyboardEvent.key` value or a label like "Esc") */
  keyHint?: string;
  /** the key's name as shown on the button, when not the page's own word for it (`key.*` messages) */
  keyLabel?: string;
  /** a ref to the <button> (function components do not pass `ref` through) */
  buttonRef?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
}

export function Button({ variant = 'secondary', icon, keyHint, keyLabel, buttonRef, children, class: cls, type, ...rest }: ButtonProps): JSX.Element {
  const label = keyHint ? (KEY_LABEL[keyHint]?.() ?? keyHint) : undefined;
  // aria-keyshortcuts names the key the standard way (never translated)
  const aria = keyHint ? (KEY_STANDARD[keyHint] ?? (keyHint.length === 1 ? keyHint.toUpperCase() : keyHint)) : undefined;
  return (
    <button ref={buttonRef} type={(type as 'button' | 'submit' | 'reset' | undefined) ?? 'button'} class={`btn btn-${variant} ${cls ?? ''}`} aria-keyshortcuts={aria} {...rest}>
      {icon && <Icon name={icon} />}
      <span class="btn-label">{children}</span>
      {label && <Kbd>{keyLabel ?? label}</Kbd>}
    </button>
  );
}

// ------------------------------------------------------------------ progress

/** A labelled progress bar (native <progress>, styled in theme.css). */
export function Progress({ value, max, label, class: cls }: { value: number; max: number; label: string; class?: string }): JSX.Element {
  const v = Math.max(0, Math.min(value, max));
  const ref = useRef<HTMLProgressElement>(null);
  // set only when it changes: Preact writes a progress bar's value on every render while it is
  // 0 (a browser quirk it works around), which re-lays out the bar once a second in the player
  useLayoutEffect(() => {
    const el = ref.current;
    // (a bar with no value yet is indeterminate, and reads as 0: give it its value too)
    if (el && (el.value !== v || el.position < 0)) el.value = v;
  }, [v, max]);
  return <progress ref={ref} class={`progress ${cls ?? ''}`} max={max} aria-label={label} />;
}

// ------------------------------------------------------------------ the page frame

/** Shown instead of a page when `window.limber` is missing (the page was opened outside Limber). */
export function BridgeMissing(): JSX.Element {
  return (
    <main class="page-error" role="alert">
      <Icon name="alert" class="icon-large" />
      <h1>{t('page.bridgeMissing.title')}</h1>
      <p>{t('page.bridgeMissing.body')}</p>
      <p>{t('page.bridgeMissing.advice')}</p>
    </main>
  );
}

/** Shown when a page fails unexpectedly; a page may pass its own heading and advice. */
export function PageError({ message, title, advice }: { message: string; title?: string; advice?: string }): JSX.Element {
  return (
    <main class="page-error" role="alert">
      <Icon name="alert" class="icon-large" />
      <h1>{title ?? t('page.error.title')}</h1>
      <p>{message}</p>
      <p>{advice ?? t('page.error.advice')}</p>
    </main>
  );
}
