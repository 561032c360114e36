// The break window's numbers, times and durations in the page's language (issue 15), and
// messages with a styled part. Everything here formats at call time with the active locale
// (`locale()`), so call it while rendering, never at module load.
import type { ComponentChild } from 'preact';
import type { MessageId, MessageValues } from '../../src-main/core/i18n/translate';
import { intlLocale } from '../shared/format';
import { locale, t } from '../shared/i18n';
import type { ActionResult } from '../shared/bridge';
import type { DosageLike, Side } from './plan';

/** The tag to give Intl: the active locale, with the user's own region for a plain language (shared/format.ts). */
export const intlTag = (): string => intlLocale();

/**
 * Intl formatters, made once per locale and kind: the player formats its numbers every second,
 * and making an Intl formatter costs many times what formatting with it does.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, make: (tag: string) => F): F {
  // keyed by the active locale (a read): the Intl tag, which also reads the browser's languages,
  // is worked out only when a formatter is made
  const key = `${kind} ${locale()}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make(intlTag())));
  return f;
}

/** A whole number in the locale's digits (the big cue numbers). */
export function num(n: number): string {
  return formatter('num', (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(n);
}

/** A wall-clock time as the locale writes it: "09:48" (en-GB, de), "9:48 AM" (en-US). */
export function clockAt(wall: number): string {
  return formatter('clock', (tag) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' })).format(wall);
}

/** Time left as minutes:seconds, "1:05" (whole seconds, rounded up), in the locale's digits. */
export function clockLeft(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds - 1e-9));
  const minutes = formatter('minutes', (tag) => new Intl.NumberFormat(tag, { useGrouping: false }));
  const two = formatter('two', (tag) => new Intl.NumberFormat(tag, { minimumIntegerDigits: 2, useGrouping: false }));
  return `${minutes.format(Math.floor(s / 60))}:${two.format(s % 60)}`;
}

/** 45 → "45 s", 90 → "1 min 30 s", 120 → "2 min"; with `approx`: 150 → "2½ min", 40 → "40 s" (to 5 s). */
export function duration(seconds: number, approx = false): string {
  const s = Math.max(0, Math.round(seconds));
  if (approx) {
    if (s < 60) return t('break.time.seconds', { seconds: Math.max(5, Math.round(s / 5) * 5) });
    const halves = Math.round(s / 30);
    const minutes = Math.floor(halves / 2);
    if (halves % 2 === 0) return t('break.time.minutes', { minutes });
    return minutes === 0 ? t('break.time.halfMinute') : t('break.time.minutesHalf', { minutes });
  }
  if (s < 60) return t('break.time.seconds', { seconds: s });
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  return rest ? t('break.time.minutesSeconds', { minutes, seconds: rest }) : t('break.time.minutes', { minutes });
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`);

/**
 * A message with some placeholders drawn as elements (a bold count, say): the translator keeps
 * the whole sentence and its word order; `slots` draws the named placeholders. A slotted
 * placeholder must be a plain `{name}` in the message (not a plural or number argument).
 */
export function rich(id: MessageId, values: MessageValues, slots: Record<string, () => ComponentChild>): ComponentChild[] {
  const marked: MessageValues = { ...values };
  for (const name of Object.keys(slots)) marked[name] = `${OPEN}${name}${CLOSE}`;
  return t(id, marked)
    .split(SLOT)
    .map((part, i) => (i % 2 === 1 ? (slots[part]?.() ?? part) : part))
    .filter((part) => part !== '');
}

/** A short description of the dose: "15 reps each side, alternating", "Hold 15 s, 3 sets". */
export function describeDose(d: DosageLike): string {
  const reps = d.reps ?? 0;
  const common = { sides: d.sides, sets: d.sets };
  if (reps > 0 && d.holdSeconds && d.middleHoldSeconds && d.sides === 'alternate') {
    return t('break.dose.repsHoldMiddle', { reps, hold: d.holdSeconds, middle: d.middleHoldSeconds, sets: d.sets });
  }
  if (reps > 0 && d.holdSeconds) return t('break.dose.repsHold', { reps, hold: d.holdSeconds, ...common });
  if (reps > 0) return t('break.dose.reps', { reps, ...common });
  return t('break.dose.hold', { hold: d.holdSeconds ?? 0, ...common });
}

/** "Right side" / "Left side". */
export const sideName = (side: Side): string => t('break.side', { side });

/** A break action the app refused, as data (bridge.ts ActionResult). */
export type Refused = Extract<ActionResult, { ok: false }>['refusal'];
/** What went wrong with a break action: the app's refusal, or a call that failed on the way. */
export type Trouble = Refused | { code: 'bridge' };

const REFUSED_IDS: Readonly<Record<Refused['code'], MessageId>> = {
  suspended: 'break.refused.suspended',
  thatBreakShowing: 'break.refused.thatBreakShowing',
  noBreakWaiting: 'break.refused.noBreakWaiting',
  noBreakShowing: 'break.refused.noBreakShowing',
  routineRunning: 'break.refused.routineRunning',
  routineNotStarted: 'break.refused.routineNotStarted',
  skipWhileRunning: 'break.refused.skipWhileRunning',
  snoozeWhileRunning: 'break.refused.snoozeWhileRunning',
  snoozeByHand: 'break.refused.snoozeByHand',
  noSnoozesLeft: 'break.refused.noSnoozesLeft',
  snoozeWhilePaused: 'break.refused.snoozeWhilePaused',
  // refusals of what the break window never asks (the tray's Start now, pause, resume)
  breakShowing: 'break.refused.other',
  finishRoutineFirst: 'break.refused.other',
  badPauseMinutes: 'break.refused.other',
  notPaused: 'break.refused.other',
  other: 'break.refused.other',
};

/**
 * What went wrong, in the page's language (worded when drawn, so a language change rewords it). A
 * failed call is the page's own message: the rejection's text is Electron's English frame.
 */
export function troubleText(x: Trouble): string {
  if (x.code === 'bridge') return t('break.error.bridge');
  if (x.code === 'noSnoozesLeft') return t('break.refused.noSnoozesLeft', { maxSnoozes: x.maxSnoozes });
  return t(REFUSED_IDS[x.code] ?? 'break.refused.other');
}
