// Fault suite, scheduler side: clocks that jump, DST changes mid-sit, suspend/resume storms,
// and a long random soak. Each test states what must hold.
import { describe, expect, it } from 'vitest';
import { Scheduler, type Instant } from '../../src-main/core/scheduler';
import { parseTrace, simulate, TraceError, type Trace, type TraceEvent } from '../../src-main/core/simulation';
import { defaultSettings, normalizeSettings } from '../../src-main/core/settings';

// breaks shown at due (flexMinutes 0): these tests are about clocks and suspends, not rule 5
const run = (t: Record<string, unknown>) =>
  simulate(parseTrace({ events: [], ...t, settings: { flexMinutes: 0, ...((t.settings as object | undefined) ?? {}) } }));
const brief = (r: ReturnType<typeof run>) => r.lines.map((l) => `${l.at} ${l.event}`);

describe('wall clock jumps mid-sit (must hold: breaks follow real sitting time only)', () => {
  it('a jump forward of a day does not bring the break', () => {
    const r = run({ start: '2026-03-02T09:00:00', end: '09:50', events: [{ at: '09:10', do: 'clock', shift: '+24h' }] });
    expect(r.lines.map((l) => l.event)).toEqual(['warn', 'break']);
    expect(r.lines[1]!.at).toBe('2026-03-03T09:45:00');
  });
  it('a jump back of two hours does not delay the break', () => {
    const r = run({ start: '2026-03-02T09:00:00', end: '09:50', events: [{ at: '09:10', do: 'clock', shift: '-2h' }] });
    expect(brief(r)).toEqual(['07:44:00 warn', '07:45:00 break']);
  });
  it('a jump back while paused for minutes does not stretch the pause', () => {
    const r = run({
      start: '2026-03-02T09:00:00',
      end: '10:00',
      events: [{ at: '09:00', do: 'pause', minutes: 30 }, { at: '09:10', do: 'clock', shift: '-1h' }],
    });
    expect(brief(r)).toEqual(['09:00:00 paused', '08:30:00 resumed']);
  });
});

describe('DST changes mid-sit (TZ Europe/Berlin; must hold: 45 real minutes are 45 minutes)', () => {
  it('spring forward: 01:30 + 45 min is 03:15 on the wall', () => {
    const r = run({ start: '2026-03-29T01:30:00', end: '04:00' });
    expect(brief(r)).toEqual(['03:14:00 warn', '03:15:00 break']);
  });
  it('fall back: 01:30 + 90 min is 02:00 on the wall, after the warn at 02:59', () => {
    const r = run({ start: '2026-10-25T01:30:00', end: '2026-10-25T03:30:00', settings: { sitMinutes: 90 } });
    expect(brief(r)).toEqual(['02:59:00 warn', '02:00:00 break']);
    expect(r.events[1]!.at - r.events[0]!.at).toBe(60_000);
  });
  it('working hours across the spring change still start at 09:00 local', () => {
    const r = run({
      start: '2026-03-28T16:00:00',
      end: '2026-03-30T09:50:00',
      settings: { workingHours: { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } },
    });
    // Saturday is not a working day: nothing until Monday 09:00
    expect(brief(r)).toEqual(['2026-03-30T09:44:00 warn', '2026-03-30T09:45:00 break']);
  });
});

describe('suspend/resume storms (must hold: no break, no crash, short suspends never count as sitting)', () => {
  it('500 one-minute suspends with a minute awake between push the break back by the suspended time', () => {
    const events: TraceEvent[] = [];
    const start = new Date(2026, 2, 2, 9, 0).getTime();
    for (let i = 0; i < 500; i++) {
      const t = start + 60_000 + i * 2 * 60_000;
      events.push({ at: t, do: 'suspend' }, { at: t + 60_000, do: 'resume' });
    }
    const trace: Trace = { start, end: start + 24 * 3600_000, settings: { ...defaultSettings(), flexMinutes: 0 }, events };
    const r = simulate(trace);
    // sitting only accrues while awake: 1 minute, then 1 awake minute in every 2, so the
    // 45th awake minute ends 1 + 44 × 2 = 89 minutes after the start
    const firstBreak = r.events.find((e) => e.event === 'break')!;
    expect((firstBreak.at - start) / 60_000).toBe(89);
    expect(r.events.some((e) => e.event === 'natural-break')).toBe(false);
  });
  it('resume without suspend, double suspend, unlock without lock are all harmless', () => {
    const r = run({
      start: '2026-03-02T09:00:00',
      end: '09:50',
      events: [
        { at: '09:01', do: 'resume' },
        { at: '09:02', do: 'suspend' },
        { at: '09:02:30', do: 'suspend' },
        { at: '09:03', do: 'resume' },
        { at: '09:04', do: 'unlock' },
        { at: '09:05', do: 'unlock' },
      ],
    });
    expect(brief(r)).toEqual(['09:45:00 warn', '09:46:00 break']);
  });
  it('a suspend whose wall clock goes backwards counts the monotonic span', () => {
    const s = new Scheduler(defaultSettings(), { mono: 0, wall: 1_000_000 });
    s.handle({ type: 'suspend' }, { mono: 10 * 60_000, wall: 1_000_000 + 10 * 60_000 }, 0);
    const d = s.handle({ type: 'resume' }, { mono: 20 * 60_000, wall: 0 }, 0);
    expect(d.effects.filter((e) => e.type === 'log').map((e) => e.type === 'log' && e.event.event)).toEqual(['natural-break']);
  });
});

describe('24 simulated hours of random input (must hold: event count and memory stay flat)', () => {
  function soak(hours: number, seed: number) {
    let x = seed;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31), x / 2 ** 31);
    const start = new Date(2026, 2, 2, 0, 0).getTime();
    const events: TraceEvent[] = [];
    const kinds = ['idle', 'active', 'active', 'lock', 'unlock', 'snooze', 'skip', 'start', 'complete', 'stretch-now'] as const;
    for (let t = start + 30_000; t < start + hours * 3600_000; t += Math.floor(rnd() * 20 * 60_000) + 1000) {
      events.push({ at: t, do: kinds[Math.floor(rnd() * kinds.length)]! });
    }
    const r = simulate({ start, end: start + hours * 3600_000, settings: defaultSettings(), events });
    return { r, events };
  }
  it('the scheduler holds no more state after 24 hours than after 1', () => {
    const size = (s: Scheduler) => JSON.stringify(s).length;
    const one = soak(1, 7).r.scheduler;
    const day = soak(24, 7).r.scheduler;
    expect(size(day)).toBeLessThan(size(one) * 1.5 + 200);
  });
  it('heap stays flat across repeated 24-hour replays', () => {
    soak(24, 1); // warm up
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) soak(24, 100 + i);
    globalThis.gc?.();
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  });
  it('wake-ups grow with activity, not with time: a quiet paused day costs nothing', () => {
    const start = new Date(2026, 2, 2, 0, 0).getTime();
    const r = simulate({ start, end: start + 24 * 3600_000, settings: defaultSettings(), events: [{ at: start + 1000, do: 'pause', until: 'forever' }] });
    expect(r.wakeUps).toBe(0);
  });
});

describe('status at any moment (must hold: answers without feeding, never negative)', () => {
  it('status() between events is consistent with the schedule', () => {
    const wall = new Date(2026, 2, 2, 9, 0).getTime();
    const s = new Scheduler(defaultSettings(), { mono: 0, wall });
    const at = (min: number): Instant => ({ mono: min * 60_000, wall: wall + min * 60_000 });
    expect(s.status(at(10))).toMatchObject({ mode: 'sitting', sittingMs: 10 * 60_000, nextBreakAt: wall + 45 * 60_000 });
  });
});

describe('malformed traces with deeply nested values (issue 14 §7, §9: one clear error, never a stack overflow)', () => {
  const NEST = JSON.parse('['.repeat(5000) + ']'.repeat(5000)) as unknown;
  const base = { start: '2026-03-02T09:00:00', end: '10:00' };
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['fraction', { at: '09:10', do: 'partial', fraction: NEST }, /fraction must be a number from 0 to 1 .*\(got \[\[\[/],
    ['minutes', { at: '09:10', do: 'pause', minutes: NEST }, /minutes must be a whole number/],
    ['until', { at: '09:10', do: 'pause', until: NEST }, /until must be "tomorrow" or "forever"/],
    ['shift', { at: '09:10', do: 'clock', shift: NEST }, /shift must be a signed amount/],
    ['do', { at: '09:10', do: NEST }, /unknown action/],
    ['reason', { at: '09:10', do: 'busy', reason: NEST }, /reason must be one of/],
    ['set', { at: '09:10', do: 'settings', set: NEST }, /set: settings must be an object/],
    ['a value in set', { at: '09:10', do: 'settings', set: { positions: NEST } }, /set: positions must be a non-empty list/],
    ['a nested value in set', { at: '09:10', do: 'settings', set: { holdWhen: { call: NEST, presenting: true, doNotDisturb: true, apps: [] } } }, /holdWhen\.call must be true or false/],
  ];
  for (const [name, event, message] of cases) {
    it(`${name}: a TraceError with a short message`, () => {
      let error: unknown;
      try {
        parseTrace({ ...base, events: [event] });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TraceError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message.length).toBeLessThan(300);
    });
  }
  it('a shift too large for a date is refused, and so are shifts that add up to more than ten years', () => {
    expect(() => parseTrace({ ...base, events: [{ at: '09:10', do: 'clock', shift: '+99999999999999h' }] })).toThrow(/shift is too large/);
    expect(() => parseTrace({ ...base, events: [{ at: '09:10', do: 'clock', shift: `+${'9'.repeat(400)}s` }] })).toThrow(/shift is too large/);
    const many = Array.from({ length: 11 }, () => ({ at: '09:10', do: 'clock', shift: '+8000h' }));
    expect(() => parseTrace({ ...base, events: many })).toThrow(/add up to more than ten years/);
    const r = run({ ...base, events: [{ at: '09:10', do: 'clock', shift: '+8784h' }] });
    expect(r.lines.every((l) => !l.at.includes('NaN'))).toBe(true);
  });
  it('settings files with deep values are refused with a message, not a crash', () => {
    const r = normalizeSettings({ sitMinutes: NEST, workingHours: { enabled: NEST, days: NEST, start: NEST, end: NEST } });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expect(e.length).toBeLessThan(300);
  });
});
