// The break window's background throttling: on (Chromium's default) while the window waits
// hidden all day — so its page is really "hidden" for the Page Visibility API and Chromium may
// throttle it — and off only while a routine runs, back on when the routine ends or the window
// hides (break-window.ts, break-flow.ts, wired in shell.ts).
import { BrowserWindow, screen } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BreakFlow } from '../../src-main/break-flow';
import { BreakWindow, breakWindowOptions } from '../../src-main/break-window';
import type { ActionResult, BreakAction, BreakView } from '../../src-main/core/bridge';
import { CAPABILITIES } from '../../src-main/platform';
import { FakeBrowserWindow, resetElectronMock, setPlatform, type FakeWebContents } from '../mocks/electron';

beforeEach(() => resetElectronMock());

const contents = () => FakeBrowserWindow.instances.at(-1)!.webContents as unknown as FakeWebContents;

function setUp(result: ActionResult = { ok: true }) {
  setPlatform('win32');
  const bw = new BreakWindow({ create: (o) => new BrowserWindow(o), screen, caps: CAPABILITIES.win32, preload: '/app/preload.cjs', prepare: () => {} });
  const flow = new BreakFlow({
    show: () => bw.show(),
    hide: () => bw.hide(),
    takeHeadsUpSnooze: () => false,
    closeHeadsUp: () => {},
    wallNow: () => 0,
    getBreak: async () => null,
    breakAction: vi.fn(async (_a: BreakAction) => result),
    defer: (fn) => fn(),
    routineRunning: (r) => bw.routineRunning(r),
  });
  flow.onBreak({ breakId: 'b1', trigger: 'due' } as BreakView);
  return { bw, flow };
}

describe('break window background throttling', () => {
  it('is on in the window options (hidden all day, the page is hidden for the visibility API)', () => {
    for (const caps of Object.values(CAPABILITIES)) expect(breakWindowOptions('/p', caps).webPreferences?.backgroundThrottling).toBe(true);
  });

  it('is off from Start until the routine ends, then on again', async () => {
    const { flow } = setUp();
    expect(contents().backgroundThrottling).toBeNull(); // showing the break changes nothing yet
    await flow.breakAction({ type: 'start' });
    expect(contents().backgroundThrottling).toBe(false);
    await flow.breakAction({ type: 'complete', exercises: [], secondsStretched: 60 });
    expect(contents().backgroundThrottling).toBe(true);
  });

  it.each([
    ['stop', { type: 'stop', exercise: 'x', exercises: [], secondsStretched: 5 }],
    ['partial', { type: 'partial', fraction: 0.5, exercises: [], secondsStretched: 30 }],
  ] as const)('is on again after %s', async (_name, action) => {
    const { flow } = setUp();
    await flow.breakAction({ type: 'start' });
    await flow.breakAction(action as unknown as BreakAction);
    expect(contents().backgroundThrottling).toBe(true);
  });

  it('is on again when the window hides mid-routine (the break ended elsewhere)', async () => {
    const { flow } = setUp();
    await flow.breakAction({ type: 'start' });
    expect(contents().backgroundThrottling).toBe(false);
    flow.onBreak(null);
    expect(contents().backgroundThrottling).toBe(true);
  });

  it('stays on when Start is refused, or for snooze and skip', async () => {
    const refused = setUp({ ok: false, reason: 'no', refusal: { code: 'other' } });
    await refused.flow.breakAction({ type: 'start' });
    expect(contents().backgroundThrottling).toBeNull();
    resetElectronMock();
    const { flow } = setUp();
    await flow.breakAction({ type: 'snooze' });
    await flow.breakAction({ type: 'skip' });
    expect(contents().backgroundThrottling).not.toBe(false);
  });
});
