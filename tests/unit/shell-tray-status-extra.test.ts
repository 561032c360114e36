// The tray's status line picks up what the core's statusText adds (a held break, say) without a
// change in the shell: here statusText is replaced by one that words a state the shell does not know.
import { describe, expect, it, vi } from 'vitest';
import type { SchedulerStatus } from '../../src-main/core/scheduler';

vi.mock('../../src-main/core/status-text', async (orig) => ({
  ...(await orig<typeof import('../../src-main/core/status-text')>()),
  statusText: (s: SchedulerStatus) =>
    s.mode === 'sitting'
      ? 'Limber: sitting for 50 min · next break at 11:30 (in 2 min) · held while you are in a call (at most until 11:45)'
      : 'Limber: waiting for a pause in your typing',
}));

const { trayStatusLine } = await import('../../src-main/tray-menu');
const base: SchedulerStatus = {
  mode: 'sitting',
  sittingMs: 50 * 60_000,
  nextBreakAt: new Date(2026, 2, 2, 11, 30).getTime(),
  warnAt: null,
  snoozed: false,
  snoozesLeft: 2,
  paused: false,
  pausedUntil: null,
  workingStartsAt: null,
  breakId: null,
  locked: false,
  prompt: null,
  held: null,
};
const NOW = new Date(2026, 2, 2, 11, 28).getTime();

describe('tray status line and the core’s wording', () => {
  it('shows what the core adds to the sitting state instead of the due time, without running durations', () => {
    expect(trayStatusLine(base, NOW)).toBe('Held while you are in a call (at most until 11:45)');
  });
  it('takes a state it does not know from the core', () => {
    expect(trayStatusLine({ ...base, mode: 'break' }, NOW)).toBe('Waiting for a pause in your typing');
  });
});
