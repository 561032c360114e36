// Human wording of the scheduler's status for the tray tooltip and menu (SPEC §7). Pure.

import type { BusyReason } from './busy';
import type { SchedulerStatus } from './scheduler';

/** Why a break is held, in the user's words (tray status, the heads-up after a long hold, history). */
export const BUSY_REASON_TEXT: Readonly<Record<BusyReason, string>> = {
  call: 'in a call',
  presenting: 'presenting',
  dnd: 'do not disturb is on',
  app: 'a program on your list is running',
};

const pad = (n: number) => String(n).padStart(2, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "11:30", or "Mon 09:00" when `wall` is not on the same local day as `now`. */
export function clockText(wall: number, now: number): string {
  const d = new Date(wall);
  const n = new Date(now);
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const sameDay = d.getFullYear() === n.getFullYear() && d.getMonth() === n.getMonth() && d.getDate() === n.getDate();
  return sameDay ? hm : `${DAYS[d.getDay()]} ${hm}`;
}

/** "45 min", "1 h 05 min", "less than a minute" */
export function durationText(ms: number): string {
  const min = Math.floor(Math.max(0, ms) / 60_000);
  if (min < 1) return 'less than a minute';
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${pad(min % 60)} min`;
}

/** The tray tooltip: sitting time and time to the next break, or why there is none. */
export function statusText(s: SchedulerStatus, now: number): string {
  switch (s.mode) {
    case 'paused':
      return s.pausedUntil === null ? 'Limber: paused' : `Limber: paused until ${clockText(s.pausedUntil, now)}`;
    case 'off-hours':
      return s.workingStartsAt === null
        ? 'Limber: outside working hours'
        : `Limber: outside working hours, back at ${clockText(s.workingStartsAt, now)}`;
    case 'away':
      return 'Limber: you are away; the sitting clock starts when you are back';
    case 'suspended':
      return 'Limber';
    case 'break':
      return 'Limber: time for a stretch';
    case 'routine':
      return 'Limber: stretching';
    case 'sitting': {
      const sitting = `sitting for ${durationText(s.sittingMs)}`;
      if (s.held) return `Limber: Break held: ${BUSY_REASON_TEXT[s.held.reason]} · ${sitting}`;
      if (s.prompt) return `Limber: Break waits for a pause (at the latest ${clockText(s.prompt.latestAt, now)})`;
      if (s.nextBreakAt === null) return `Limber: ${sitting}`;
      const inMs = s.nextBreakAt - now;
      const next = s.snoozed ? 'snoozed break' : 'next break';
      return `Limber: ${sitting} · ${next} at ${clockText(s.nextBreakAt, now)} (in ${durationText(inMs)})`;
    }
  }
}
