// One timer, armed at the core's wakeAt; none when there is nothing to wait for.
import { describe, expect, it, vi } from 'vitest';
import { MAX_DELAY_MS, WakeTimer } from '../../src-main/wake-timer';

function fakeTimers() {
  let mono = 1000;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    api: {
      setTimeout: (fn: () => void, ms: number) => {
        const id = next++;
        pending.set(id, { at: mono + ms, fn });
        return id;
      },
      clearTimeout: (h: unknown) => void pending.delete(h as number),
    },
    mono: () => mono,
    pending,
    /** advances the clock, firing due timers in order */
    advance(ms: number) {
      const end = mono + ms;
      for (;;) {
        const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        mono = due[1].at;
        due[1].fn();
      }
      mono = end;
    },
  };
}

describe('WakeTimer', () => {
  it('arms exactly one timer at wakeAt and wakes once', () => {
    const t = fakeTimers();
    const onWake = vi.fn();
    const timer = new WakeTimer(t.mono, onWake, t.api);
    timer.arm(61_000);
    expect(t.pending.size).toBe(1);
    expect([...t.pending.values()][0]!.at).toBe(61_000);
    t.advance(59_999);
    expect(onWake).not.toHaveBeenCalled();
    t.advance(1);
    expect(onWake).toHaveBeenCalledTimes(1);
    expect(t.pending.size).toBe(0);
    expect(timer.pending).toBeNull();
  });

  it('re-arming replaces the pending timer (never two)', () => {
    const t = fakeTimers();
    const onWake = vi.fn();
    const timer = new WakeTimer(t.mono, onWake, t.api);
    timer.arm(50_000);
    timer.arm(20_000);
    timer.arm(30_000);
    expect(t.pending.size).toBe(1);
    expect(timer.pending).toBe(30_000);
    t.advance(100_000);
    expect(onWake).toHaveBeenCalledTimes(1);
  });

  it('arms nothing for null (paused with no end) and cancels what was pending', () => {
    const t = fakeTimers();
    const onWake = vi.fn();
    const timer = new WakeTimer(t.mono, onWake, t.api);
    timer.arm(5000);
    timer.arm(null);
    expect(t.pending.size).toBe(0);
    t.advance(10 ** 9);
    expect(onWake).not.toHaveBeenCalled();
  });

  it('a wakeAt in the past wakes at once', () => {
    const t = fakeTimers();
    const onWake = vi.fn();
    new WakeTimer(t.mono, onWake, t.api).arm(10);
    expect([...t.pending.values()][0]!.at).toBe(1000);
    t.advance(0);
    expect(onWake).toHaveBeenCalledTimes(1);
  });

  it('a wait beyond the timer limit is re-armed without waking the core early', () => {
    const t = fakeTimers();
    const onWake = vi.fn();
    const timer = new WakeTimer(t.mono, onWake, t.api);
    const far = 1000 + MAX_DELAY_MS + 5000;
    timer.arm(far);
    t.advance(MAX_DELAY_MS);
    expect(onWake).not.toHaveBeenCalled();
    expect(t.pending.size).toBe(1);
    t.advance(5000);
    expect(onWake).toHaveBeenCalledTimes(1);
  });

  it('uses the real setTimeout by default', () => {
    vi.useFakeTimers();
    try {
      const onWake = vi.fn();
      let mono = 0;
      const timer = new WakeTimer(() => mono, onWake);
      timer.arm(250);
      expect(vi.getTimerCount()).toBe(1);
      mono = 250;
      vi.advanceTimersByTime(250);
      expect(onWake).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
