// The end view's words (pure, unit-tested): what was done, in words that match it, whether it
// counts toward the daily goal, when the next break comes, and how long the view stays.
import type { SchedulerStatus } from '../../src-main/core/scheduler';
import type { IconName } from '../shared/components';
import { t } from '../shared/i18n';
import type { EndKind } from './BreakApp';
import type { RunReport } from './routine-run';
import { clockAt, duration } from './words';

/** The core's rule (src-main/core/goal.ts; pages bundle no core code — a unit test keeps them equal). */
export const PARTIAL_COUNTS_FROM = 0.5;
/** The end view closes itself after this long (unless held, see above). */
export const AUTO_CLOSE_SECONDS = 25;
/** … after "Stop — this hurts" longer, while the offer to exclude the exercise is unanswered. */
export const AUTO_CLOSE_STOP_SECONDS = 60;

export interface EndWords {
  title: string;
  lead: string;
  icon: IconName;
  /** whether this break counts toward the daily goal */
  counts: boolean;
}

/** What the end view says about what was done, in the page's language. Pure (unit-tested). */
export function endWords(ending: { kind: EndKind; report: Pick<RunReport, 'fraction' | 'secondsStretched'>; stoppedName?: string }): EndWords {
  const { kind, report } = ending;
  const time = duration(report.secondsStretched);
  if (kind === 'stop') {
    return { title: t('break.end.stopTitle'), lead: t('break.end.stopLead', { name: ending.stoppedName ?? '' }), icon: 'hand', counts: false };
  }
  if (kind === 'complete') {
    return { title: t('break.end.completeTitle'), lead: t('break.end.completeLead', { time }), icon: 'check', counts: true };
  }
  const percent = Math.round(report.fraction * 100);
  if (report.fraction < 0.01) {
    return { title: t('break.end.noneTitle'), lead: t('break.end.noneLead'), icon: 'leaf', counts: false };
  }
  if (report.fraction >= PARTIAL_COUNTS_FROM) {
    return { title: t('break.end.mostTitle'), lead: t('break.end.mostLead', { percent, time }), icon: 'check', counts: true };
  }
  return { title: t('break.end.shortTitle'), lead: t('break.end.shortLead', { percent, time }), icon: 'leaf', counts: false };
}

/** When the next break comes, from the scheduler's status after this one. */
export function nextBreakWords(s: SchedulerStatus | null): string | null {
  if (!s) return null;
  switch (s.mode) {
    case 'sitting':
      return s.nextBreakAt === null ? null : t('break.end.nextBreak', { time: clockAt(s.nextBreakAt) });
    case 'paused':
      return s.pausedUntil === null ? t('break.end.paused') : t('break.end.pausedUntil', { time: clockAt(s.pausedUntil) });
    case 'off-hours':
      return t('break.end.offHours');
    case 'away':
      return t('break.end.away');
    default:
      return null;
  }
}
