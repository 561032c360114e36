// The history window's dates and durations (src-renderer/history/format.ts) away from a browser:
// calendar days are formatted as written, whatever the time zone, and durations still read right
// where the engine has no Intl.DurationFormat (Node 20), from Intl's unit and list formats.
import { describe, expect, it } from 'vitest';
import { addDays, dayMonth, dayRange, duration, longDay, parseDay, sittingText, stretchedText, totalText } from '../../src-renderer/history/format';

const DF = (Intl as unknown as { DurationFormat?: unknown }).DurationFormat;

describe('history format', () => {
  it('a calendar day is the day written, in the locale’s order (en: month first)', () => {
    expect(parseDay('2026-03-03')).toEqual({ y: 2026, m: 3, d: 3, weekday: 2 });
    expect(longDay('2026-03-03')).toBe(new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 3, 12)));
    expect(dayMonth('2026-01-01')).toBe(new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 12)));
    expect(dayRange('2026-03-03', '2026-03-03')).toBe(dayMonth('2026-03-03'));
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
  });

  it('durations: zero, seconds, minutes, hours and minutes, whole hours from ten', () => {
    const unit = (n: number, u: string) => new Intl.NumberFormat('en', { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
    expect(stretchedText(0)).toBe(unit(0, 'minute'));
    if (DF) return; // the rest checks the fallback; in a browser the page's tests check DurationFormat's text
    expect(stretchedText(45)).toBe(unit(45, 'second'));
    expect(stretchedText(600)).toBe(unit(10, 'minute'));
    expect(sittingText(65 * 60)).toBe(`${unit(1, 'hour')}, ${unit(5, 'minute')}`);
    expect(sittingText(120 * 60)).toBe(unit(2, 'hour'));
    expect(totalText(41 * 3600 + 600)).toBe(unit(41, 'hour'));
    expect(duration({ hours: 3, minutes: 20 })).toBe(`${unit(3, 'hour')}, ${unit(20, 'minute')}`);
  });
});
