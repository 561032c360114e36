// The tray's status line is the core's statusLine (worded beside the tooltip, in the `main`
// messages), so a state the core adds shows up in the tray without a change in the shell: here
// statusLine is replaced by one that words a state the shell does not know.
import { describe, expect, it, vi } from 'vitest';
import type { SchedulerStatus } from '../../src-main/core/scheduler';
import { sittingStatus } from '../fixtures/status';

vi.mock('../../src-main/core/status-text', async (orig) => ({
  ...(await orig<typeof import('../../src-main/core/status-text')>()),
  statusLine: (s: SchedulerStatus) => (s.mode === 'sitting' ? 'Held while you are in a call (at most until 11:45)' : 'Waiting for a pause in your typing'),
}));

const { trayStatusLine } = await import('../../src-main/tray-menu');
const base = sittingStatus({ sittingMs: 50 * 60_000, nextBreakAt: new Date(2026, 2, 2, 11, 30).getTime() });
const NOW = new Date(2026, 2, 2, 11, 28).getTime();

describe('tray status line and the core’s wording', () => {
  it('shows the core’s line for the sitting state', () => {
    expect(trayStatusLine(base, NOW)).toBe('Held while you are in a call (at most until 11:45)');
  });
  it('takes a state it does not know from the core', () => {
    expect(trayStatusLine({ ...base, mode: 'break' }, NOW)).toBe('Waiting for a pause in your typing');
  });
});
