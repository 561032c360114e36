// Human wording of the scheduler's status for the tray tooltip and the tray menu's status line
// (SPEC §7). Pure: the words come from the `main` messages through the MainText the caller hands
// in (the core never loads messages), clock times from Intl for its locale.

import { refusalOf, type IGNORED, type SchedulerStatus } from './scheduler';
import type { MainId } from './i18n/translate';
import { clockText, type MainText, type MainTranslate } from './main-text';

export { clockText } from './main-text';

const pad = (n: number) => String(n).padStart(2, '0');

/** "45 min", "1 h 05 min", "less than a minute" */
export function durationText(t: MainTranslate, ms: number): string {
  const min = Math.floor(Math.max(0, ms) / 60_000);
  if (min < 1) return t('main.duration.lessThanMinute');
  if (min < 60) return t('main.duration.minutes', { minutes: min });
  return t('main.duration.hoursMinutes', { hours: Math.floor(min / 60), minutes: pad(min % 60) });
}

/** The tray tooltip: sitting time and time to the next break, or why there is none. */
export function statusText(s: SchedulerStatus, now: number, { t, locale }: MainText): string {
  const time = (wall: number) => clockText(locale, wall, now);
  switch (s.mode) {
    case 'paused':
      return s.pausedUntil === null ? t('main.status.paused') : t('main.status.pausedUntil', { time: time(s.pausedUntil) });
    case 'off-hours':
      return s.workingStartsAt === null ? t('main.status.offHours') : t('main.status.offHoursBackAt', { time: time(s.workingStartsAt) });
    case 'away':
      return t('main.status.away');
    case 'suspended':
      return t('main.status.suspended');
    case 'break':
      return t('main.status.break');
    case 'routine':
      return t('main.status.routine');
    case 'sitting': {
      const duration = durationText(t, s.sittingMs);
      if (s.held) return t('main.status.held', { reason: s.held.reason, duration });
      if (s.prompt) return t('main.status.waiting', { time: time(s.prompt.latestAt) });
      if (s.nextBreakAt === null) return t('main.status.sitting', { duration });
      const values = { duration, time: time(s.nextBreakAt), remaining: durationText(t, s.nextBreakAt - now) };
      return s.snoozed ? t('main.status.snoozedBreak', values) : t('main.status.nextBreak', values);
    }
  }
}

/**
 * The status as one line with clock times only (no "for 45 min", which would go stale): the
 * tray menu's first, disabled line (Linux trays show no tooltip). A break held while you are
 * busy, or one waiting for a pause in your typing, says more than the due time and replaces it.
 * Worded here beside the tooltip, so a state the core adds is worded in both at once.
 */
export function statusLine(s: SchedulerStatus, now: number, { t, locale }: MainText): string {
  const time = (wall: number) => clockText(locale, wall, now);
  switch (s.mode) {
    case 'paused':
      return s.pausedUntil === null ? t('main.tray.line.paused') : t('main.tray.line.pausedUntil', { time: time(s.pausedUntil) });
    case 'off-hours':
      return s.workingStartsAt === null ? t('main.tray.line.offHours') : t('main.tray.line.offHoursBackAt', { time: time(s.workingStartsAt) });
    case 'away':
      return t('main.tray.line.away');
    case 'suspended':
      return t('main.tray.line.suspended');
    case 'break':
      return t('main.tray.line.break');
    case 'routine':
      return t('main.tray.line.routine');
    case 'sitting':
      if (s.held) return t('main.tray.line.held', { reason: s.held.reason });
      if (s.prompt) return t('main.tray.line.waiting', { time: time(s.prompt.latestAt) });
      if (s.nextBreakAt === null) return t('main.tray.line.sitting');
      return t(s.snoozed ? 'main.tray.line.snoozedBreak' : 'main.tray.line.nextBreak', { time: time(s.nextBreakAt) });
  }
}

const NOT_NOW_IDS: Readonly<Record<keyof typeof IGNORED, MainId>> = {
  suspended: 'main.notNow.suspended',
  breakShowing: 'main.notNow.breakShowing',
  thatBreakShowing: 'main.notNow.thatBreakShowing',
  noBreakWaiting: 'main.notNow.noBreakWaiting',
  noBreakShowing: 'main.notNow.noBreakShowing',
  routineRunning: 'main.notNow.routineRunning',
  routineNotStarted: 'main.notNow.routineNotStarted',
  skipWhileRunning: 'main.notNow.skipWhileRunning',
  snoozeWhileRunning: 'main.notNow.snoozeWhileRunning',
  snoozeByHand: 'main.notNow.snoozeByHand',
  snoozeWhilePaused: 'main.notNow.snoozeWhilePaused',
  finishRoutineFirst: 'main.notNow.finishRoutineFirst',
  badPauseMinutes: 'main.notNow.badPauseMinutes',
  notPaused: 'main.notNow.notPaused',
};

/**
 * "Not now: …" for an action the scheduler refused (from the tray or the command line), from the
 * reason its `ignored` event logs (English, the history's data) — a reason it does not know is
 * quoted as it is.
 */
export function notNowText(t: MainTranslate, reason: string): string {
  const refusal = refusalOf(reason);
  if (!refusal) return t('main.notNow.other', { reason });
  return refusal.code === 'noSnoozesLeft' ? t('main.notNow.noSnoozesLeft', { maxSnoozes: refusal.maxSnoozes }) : t(NOT_NOW_IDS[refusal.code]);
}
