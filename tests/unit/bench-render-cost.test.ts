// The rendering-cost bench's reference page (scripts/bench/render-cost.ts): the break page's own
// shell — same CSP and stylesheets — with one script that counts down once a second, so the
// comparison with the running routine is about what each page does, not what it loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTDOWN_JS, COUNTDOWN_SCRIPT, countdownShell, threadCpuMsBetween, threadCpuNs } from '../../scripts/bench/render-cost';

const BREAK_HTML = readFileSync(new URL('../../src-renderer/break.html', import.meta.url), 'utf8');

describe('the countdown page', () => {
  it('keeps the break page’s head (CSP, stylesheets) and runs only the countdown script', () => {
    const page = countdownShell(BREAK_HTML);
    const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(BREAK_HTML)?.[0];
    if (csp) expect(page).toContain(csp);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([`<script type="module" src="./${COUNTDOWN_SCRIPT}">`]);
    expect(page).toContain('<div id="app">');
  });

  it('stops while the bench measures the routine (no timer left), and starts again showing its own clock, once a second', () => {
    let now = 0;
    const timers = new Map<number, { at: number; fn: () => void }>();
    let id = 0;
    const el = { className: '', style: {} as Record<string, string>, textContent: '' };
    const win: { benchPause?: (on: boolean) => void } = {};
    const run = (ms: number) => {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    };
    new Function('document', 'window', 'performance', 'setTimeout', 'clearTimeout', COUNTDOWN_JS)(
      { createElement: () => el, getElementById: () => ({ append: () => undefined }) },
      win,
      { now: () => now },
      (fn: () => void, ms: number) => (timers.set(++id, { at: now + ms, fn }), id),
      (k: number) => void timers.delete(k),
    );
    expect(el.textContent).toBe('3600');
    run(2500);
    expect(el.textContent).toBe('3598');
    win.benchPause!(true);
    expect(timers.size).toBe(0);
    run(10_000);
    expect(el.textContent).toBe('3598');
    win.benchPause!(false);
    expect(el.textContent).toBe('3588');
    expect(timers.size).toBe(1);
    run(1000);
    expect(el.textContent).toBe('3587');
  });

  it('updates once a second, aligned to the second, with no animation', () => {
    expect(COUNTDOWN_JS).toMatch(/setTimeout\(tick, \(\(end - performance\.now\(\)\) % 1000\)/);
    expect(COUNTDOWN_JS).not.toMatch(/requestAnimationFrame|setInterval|animate\(|transition/);
  });
});

describe('CPU time by thread (the bench reads it where Linux has /proc)', () => {
  it('adds up each thread’s time between two readings: a thread begun meanwhile from 0, in ms', () => {
    const a = new Map([
      [1, 5_000_000],
      [2, 1_000_000],
    ]);
    const b = new Map([
      [1, 7_500_000],
      [3, 250_000],
    ]);
    // thread 2 ended meanwhile (its last part is not known), thread 3 began
    expect(threadCpuMsBetween(a, b)).toBeCloseTo(2.75, 9);
    // a reused thread id whose count went down is a new thread: it counts from 0
    expect(threadCpuMsBetween(new Map([[4, 9_000_000]]), new Map([[4, 2_000_000]]))).toBeCloseTo(2, 9);
  });

  it.skipIf(process.platform !== 'linux')('reads this process’s threads, in ns, and sees it work (Linux only: elsewhere the bench uses Chromium’s own ticks)', () => {
    const a = threadCpuNs(process.pid)!;
    expect(a.get(process.pid)).toBeGreaterThan(0);
    const end = performance.now() + 30;
    while (performance.now() < end);
    const b = threadCpuNs(process.pid)!;
    expect(threadCpuMsBetween(a, b)).toBeGreaterThanOrEqual(20);
    expect(threadCpuNs(2 ** 30)).toBeNull();
  });
});
