// When the break window shows and hides (break-flow.ts).
import { describe, expect, it, vi } from 'vitest';
import { BreakFlow, type BreakFlowDeps } from '../../src-main/break-flow';
import type { ActionResult, BreakView } from '../../src-main/core/bridge';

const view = (trigger: BreakView['trigger'] = 'due') => ({ breakId: 'b1', trigger }) as BreakView;

function flow(over: Partial<BreakFlowDeps> = {}) {
  const deferred: (() => void)[] = [];
  let current: BreakView | null = view();
  const deps = {
    show: vi.fn(),
    hide: vi.fn(),
    takeHeadsUpSnooze: vi.fn(() => false),
    closeHeadsUp: vi.fn(),
    wallNow: () => 1000,
    getBreak: vi.fn(async () => current),
    breakAction: vi.fn(async (): Promise<ActionResult> => ({ ok: true })),
    defer: (fn: () => void) => deferred.push(fn),
    ...over,
  };
  return { f: new BreakFlow(deps), deps, deferred, setCurrent: (v: BreakView | null) => (current = v) };
}

describe('BreakFlow', () => {
  it('a break shows the window and closes the heads-up; its end hides it', () => {
    const { f, deps } = flow();
    f.onBreak(view());
    expect(deps.show).toHaveBeenCalledOnce();
    expect(deps.closeHeadsUp).toHaveBeenCalledOnce();
    f.onBreak(null);
    expect(deps.hide).toHaveBeenCalledOnce();
  });

  it.each(['complete', 'partial', 'stop'] as const)('after %s the end view stays until closeBreak', async (type) => {
    const { f, deps, setCurrent } = flow({
      breakAction: vi.fn(async () => {
        f.onBreak(null); // the app ends the break during the call
        return { ok: true } as ActionResult;
      }),
    });
    const action = type === 'partial' ? { type, fraction: 0.5 } : type === 'stop' ? { type, exercise: 'x' } : { type };
    await f.breakAction(action);
    expect(deps.hide).not.toHaveBeenCalled();
    setCurrent(null);
    await f.closeBreak();
    expect(deps.hide).toHaveBeenCalledOnce();
  });

  it('skip and snooze hide at once', async () => {
    const { f, deps } = flow({
      breakAction: vi.fn(async () => {
        f.onBreak(null);
        return { ok: true } as ActionResult;
      }),
    });
    await f.breakAction({ type: 'skip' });
    expect(deps.hide).toHaveBeenCalledOnce();
  });

  it('a refused routine end does not leave the window stuck open later', async () => {
    const { f, deps } = flow({ breakAction: vi.fn(async () => ({ ok: false, reason: 'no' }) as ActionResult) });
    await f.breakAction({ type: 'complete' });
    f.onBreak(null);
    expect(deps.hide).toHaveBeenCalledOnce();
  });

  it('closeBreak does not hide a newer break', async () => {
    const { f, deps } = flow();
    await f.closeBreak();
    expect(deps.hide).not.toHaveBeenCalled();
  });

  it('a due break claimed by the heads-up "Snooze" is snoozed without showing; shown if it cannot be', async () => {
    const { f, deps, deferred } = flow({ takeHeadsUpSnooze: vi.fn(() => true), breakAction: vi.fn(async () => ({ ok: false, reason: 'none left' }) as ActionResult) });
    f.onBreak(view('due'));
    expect(deps.show).not.toHaveBeenCalled();
    deferred.shift()!();
    await vi.waitFor(() => expect(deps.show).toHaveBeenCalledOnce());
    expect(deps.breakAction).toHaveBeenCalledWith({ type: 'snooze' });
  });

  it('manual and re-shown (snoozed) breaks are never claimed by the heads-up', () => {
    const { f, deps } = flow({ takeHeadsUpSnooze: vi.fn(() => true) });
    f.onBreak(view('manual'));
    f.onBreak(view('snooze'));
    expect(deps.takeHeadsUpSnooze).not.toHaveBeenCalled();
    expect(deps.show).toHaveBeenCalledTimes(2);
  });
});
