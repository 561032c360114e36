// The end view's words (pure, unit-tested): what was done, in words that match it, whether it
// counts toward the daily goal, when the next break comes, and how long the view stays.
import type { SchedulerStatus } from '../../src-main/core/scheduler';
import type { IconName } from '../shared/components';
import { formatDuration } from '../shared/format';
import type { EndKind } from './BreakApp';
import type { RunReport } from './routine-run';

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

/** What the end view says about what was done. Pure (unit-tested). */
export function endWords(ending: { kind: EndKind; report: Pick<RunReport, 'fraction' | 'secondsStretched'>; stoppedName?: string }): EndWords {
  const { kind, report } = ending;
  const time = formatDuration(report.secondsStretched);
  if (kind === 'stop') {
    return {
      title: 'Stopped — good call',
      lead: `You stopped at “${ending.stoppedName ?? ''}”. Never push through pain. If it keeps hurting, talk to a doctor or physiotherapist.`,
      icon: 'hand',
      counts: false,
    };
  }
  if (kind === 'complete') {
    return { title: 'Well done', lead: `You did the whole routine: ${time} of stretching. It counts toward today’s goal.`, icon: 'check', counts: true };
  }
  const pct = Math.round(report.fraction * 100);
  if (report.fraction < 0.01) {
    return {
      title: 'No stretch this time',
      lead: 'Nothing of the routine was done, so this break does not count toward today’s goal. That’s fine — there is always the next one.',
      icon: 'leaf',
      counts: false,
    };
  }
  if (report.fraction >= PARTIAL_COUNTS_FROM) {
    return {
      title: 'Good — most of it done',
      lead: `You did ${pct} % of the routine (${time}). That counts toward today’s goal.`,
      icon: 'check',
      counts: true,
    };
  }
  return {
    title: 'A short stretch',
    lead: `You did ${pct} % of the routine (${time}). A break counts toward the daily goal once at least half of it is done.`,
    icon: 'leaf',
    counts: false,
  };
}

const timeOf = (wall: number): string => new Date(wall).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** When the next break comes, from the scheduler's status after this one. */
export function nextBreakWords(s: SchedulerStatus | null): string | null {
  if (!s) return null;
  switch (s.mode) {
    case 'sitting':
      return s.nextBreakAt === null ? null : `Next break around ${timeOf(s.nextBreakAt)}.`;
    case 'paused':
      return s.pausedUntil === null ? 'Breaks are paused.' : `Breaks are paused until ${timeOf(s.pausedUntil)}.`;
    case 'off-hours':
      return 'No more breaks until your working hours start again.';
    case 'away':
      return 'The sitting clock starts again when you are back.';
    default:
      return null;
  }
}

