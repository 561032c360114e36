// The history line format: serializeEvent / parseLog / LogParser (SPEC §6). TZ=Europe/Berlin.
import { describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import {
  LogParser,
  parseIsoWithOffset,
  parseLog,
  serializeEvent,
  formatIsoWithOffset,
  localOffsetMinutes,
} from '../../src-main/core/history/index';

const T = (iso: string) => Date.parse(iso);

describe('serializeEvent', () => {
  it('writes v, at, event first, with the local offset of that instant (winter and summer)', () => {
    expect(process.env.TZ).toBe('Europe/Berlin');
    const winter = serializeEvent({ event: 'started', at: T('2026-03-02T08:45:00Z'), breakId: 'b1' });
    expect(winter).toBe('{"v":1,"at":"2026-03-02T09:45:00.000+01:00","event":"started","breakId":"b1"}');
    const summer = serializeEvent({ event: 'skipped', at: T('2026-07-01T07:00:00.123Z'), breakId: 'b2' });
    expect(summer).toBe('{"v":1,"at":"2026-07-01T09:00:00.123+02:00","event":"skipped","breakId":"b2"}');
  });

  it('turns dueAt and until into ISO strings, each with its own offset; until null stays null', () => {
    // A warn just before the spring-forward change, due just after it.
    const warn = JSON.parse(serializeEvent({ event: 'warn', at: T('2026-03-29T00:59:30Z'), dueAt: T('2026-03-29T01:00:30Z') }));
    expect(warn).toEqual({ v: 1, at: '2026-03-29T01:59:30.000+01:00', event: 'warn', dueAt: '2026-03-29T03:00:30.000+02:00' });
    const paused = JSON.parse(serializeEvent({ event: 'paused', at: T('2026-03-02T10:00:00Z'), kind: 'forever', until: null }));
    expect(paused.until).toBeNull();
    const snoozed = JSON.parse(
      serializeEvent({ event: 'snoozed', at: T('2026-03-02T10:00:00Z'), breakId: 'x', until: T('2026-03-02T10:05:00Z'), snoozesUsed: 1 }),
    );
    expect(snoozed.until).toBe('2026-03-02T11:05:00.000+01:00');
  });

  it('takes a fixed offset or a function instead of the process zone', () => {
    const e: LimberEvent = { event: 'resumed', at: T('2026-04-10T23:30:00Z'), by: 'user' };
    expect(serializeEvent(e, -240)).toContain('"at":"2026-04-10T19:30:00.000-04:00"');
    expect(serializeEvent(e, () => 330)).toContain('"at":"2026-04-11T05:00:00.000+05:30"');
    expect(serializeEvent(e, 0)).toContain('"at":"2026-04-10T23:30:00.000+00:00"');
  });

  it('refuses a time stamp that is not a number', () => {
    expect(() => serializeEvent({ event: 'started', at: Number.NaN, breakId: 'b' })).toThrow(RangeError);
  });

  it('keeps each line on one line whatever the strings hold', () => {
    const line = serializeEvent({ event: 'ignored', at: 0, action: 'a\nb', reason: 'c\r\n\u2028d' });
    expect(line).not.toMatch(/[\r\n]/);
    expect(parseLog(`${line}\n`).entries[0]).toMatchObject({ action: 'a\nb', reason: 'c\r\n\u2028d' });
  });

  it('localOffsetMinutes follows Berlin DST', () => {
    expect(localOffsetMinutes(T('2026-03-29T00:59:59Z'))).toBe(60);
    expect(localOffsetMinutes(T('2026-03-29T01:00:00Z'))).toBe(120);
    expect(localOffsetMinutes(T('2026-10-25T00:59:59Z'))).toBe(120);
    expect(localOffsetMinutes(T('2026-10-25T01:00:00Z'))).toBe(60);
  });
});

describe('parseIsoWithOffset', () => {
  it('reads our own format and other zoned ISO forms', () => {
    expect(parseIsoWithOffset('2026-03-02T09:45:00.000+01:00')).toEqual({
      ms: T('2026-03-02T08:45:00Z'),
      date: '2026-03-02',
      time: '09:45:00',
      offsetMinutes: 60,
    });
    expect(parseIsoWithOffset('2026-03-02T09:45Z')?.ms).toBe(T('2026-03-02T09:45:00Z'));
    expect(parseIsoWithOffset('2026-03-02T09:45:07-04:00')).toMatchObject({ time: '09:45:07', offsetMinutes: -240 });
    expect(parseIsoWithOffset('2026-03-02T09:45:00.5+05:45')?.ms).toBe(T('2026-03-02T04:00:00.500Z'));
  });

  it('refuses times without a zone and impossible dates', () => {
    for (const bad of ['2026-03-02T09:45:00', '2026-02-30T09:00:00.000+01:00', '2026-13-01T00:00Z', '2026-03-02 09:45Z', '', 'x']) {
      expect(parseIsoWithOffset(bad), bad).toBeNull();
    }
  });

  it('agrees with formatIsoWithOffset', () => {
    for (const off of [-720, -240, 0, 60, 120, 330, 345, 840]) {
      const ms = T('2026-10-25T00:30:00.250Z');
      expect(parseIsoWithOffset(formatIsoWithOffset(ms, off))?.ms).toBe(ms);
    }
  });
});

const LINES = [
  '{"v":1,"at":"2026-03-02T09:00:00.000+01:00","event":"warn","dueAt":"2026-03-02T09:01:00.000+01:00"}',
  '{"v":1,"at":"2026-03-02T09:01:00.000+01:00","event":"break","breakId":"b1","trigger":"due","snoozesLeft":2,"sittingSeconds":2700,"routine":["twist"]}',
  '{"v":1,"at":"2026-03-02T09:02:00.000+01:00","event":"started","breakId":"b1"}',
  '{"v":1,"at":"2026-03-02T09:04:00.000+01:00","event":"completed","breakId":"b1","exercises":["twist"],"secondsStretched":115}',
];

describe('parseLog', () => {
  it('reads entries with epoch ms and the local date, time and offset they were written in', () => {
    const r = parseLog(LINES.join('\n') + '\n');
    expect(r.notes).toEqual([]);
    expect(r.torn).toBe(false);
    expect(r.entries).toHaveLength(4);
    expect(r.entries[0]).toMatchObject({
      event: 'warn',
      at: T('2026-03-02T08:00:00Z'),
      dueAt: T('2026-03-02T08:01:00Z'),
      line: 1,
      v: 1,
      local: { date: '2026-03-02', time: '09:00:00', offsetMinutes: 60 },
    });
    expect(r.entries[3]).toMatchObject({ event: 'completed', breakId: 'b1', exercises: ['twist'], secondsStretched: 115, line: 4 });
  });

  it('skips a torn last line with a note, never fatal', () => {
    const full = LINES.join('\n') + '\n';
    const torn = full + LINES[1]!.slice(0, 50);
    const r = parseLog(torn);
    expect(r.entries).toHaveLength(4);
    expect(r.torn).toBe(true);
    expect(r.invalid).toBe(1);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/line 5 .*cut off/);
  });

  it('keeps a complete last line that only lacks its newline', () => {
    const r = parseLog(LINES.join('\n'));
    expect(r.entries).toHaveLength(4);
    expect(r.torn).toBe(false);
    expect(r.notes).toEqual([]);
  });

  it('skips an invalid line in the middle with a note naming its line number', () => {
    const text = [LINES[0], '{"v":1,"at":"2026-03-02T09:0', LINES[1], 'garbage', '', LINES[2], LINES[3]].join('\n') + '\n';
    const r = parseLog(text);
    expect(r.entries.map((e) => e.line)).toEqual([1, 3, 6, 7]);
    expect(r.torn).toBe(false);
    expect(r.notes).toEqual(['line 2 skipped: not valid JSON', 'line 4 skipped: not valid JSON']);
  });

  it('explains lines that are JSON but not events', () => {
    const text = [
      '[1,2]',
      '{"at":"2026-03-02T09:00:00.000+01:00","event":"warn","dueAt":"2026-03-02T09:01:00.000+01:00"}',
      '{"v":1,"at":"2026-03-02T09:00:00","event":"skipped","breakId":"b"}',
      '{"v":1,"at":"2026-03-02T09:00:00.000+01:00","event":"teleported"}',
      '{"v":1,"at":"2026-03-02T09:00:00.000+01:00","event":"skipped"}',
      '{"v":1,"at":"2026-03-02T09:00:00.000+01:00","event":"break","breakId":"b","trigger":"whenever","snoozesLeft":1,"sittingSeconds":5}',
    ].join('\n');
    const r = parseLog(text + '\n');
    expect(r.entries).toEqual([]);
    expect(r.invalid).toBe(6);
    expect(r.notes).toEqual([
      'line 1 skipped: not a JSON object',
      'line 2 skipped: no schema version "v"',
      'line 3 skipped: "at" is not an ISO time with offset (2026-03-02T09:00:00)',
      'line 4 skipped: unknown event "teleported"',
      'line 5 skipped: "skipped" without a valid breakId',
      'line 6 skipped: "break" without a valid trigger',
    ]);
  });

  it('keeps lines of a newer schema aside: counted, not interpreted, one note', () => {
    const text = [
      LINES[0],
      '{"v":2,"at":"2026-03-02T09:00:30.000+01:00","event":"hydrate","litres":0.2}',
      LINES[1],
      '{"v":3,"event":"whatever"}',
      LINES[2],
    ].join('\n') + '\n';
    const r = parseLog(text);
    expect(r.entries.map((e) => e.event)).toEqual(['warn', 'break', 'started']);
    expect(r.newer).toEqual({ count: 2, highestVersion: 3, firstLine: 2 });
    expect(r.invalid).toBe(0);
    expect(r.notes).toHaveLength(1);
    expect(r.notes[0]).toMatch(/2 lines were written by a newer version of Limber \(schema v3, first on line 2\)/);
  });

  it('tolerates unknown fields and drops a malformed optional field with a note', () => {
    const text =
      '{"v":1,"at":"2026-03-02T09:04:00.000+01:00","event":"completed","breakId":"b1","mood":"great","exercises":"twist","secondsStretched":60}\n';
    const r = parseLog(text);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]).toMatchObject({ event: 'completed', breakId: 'b1', mood: 'great', secondsStretched: 60 });
    expect(r.entries[0]).not.toHaveProperty('exercises');
    expect(r.notes).toEqual(['line 1: ignored malformed exercises of "completed"']);
  });

  it('tolerates CRLF line ends, a BOM and blank lines', () => {
    const r = parseLog('\ufeff' + LINES.join('\r\n') + '\r\n\r\n\n');
    expect(r.entries).toHaveLength(4);
    expect(r.notes).toEqual([]);
  });

  it('caps the notes for a log full of garbage', () => {
    const r = parseLog('nope\n'.repeat(500));
    expect(r.invalid).toBe(500);
    expect(r.notes).toHaveLength(51);
    expect(r.notes[50]).toBe('… and 450 more skipped lines');
  });

  it('does not choke on a huge line without newlines', () => {
    const p = new LogParser();
    for (let i = 0; i < 100; i++) p.push('x'.repeat(10_000));
    p.push('\n' + LINES[0] + '\n');
    const r = p.finish();
    expect(r.entries).toHaveLength(1);
    expect(r.notes[0]).toMatch(/line 1 skipped: line longer than/);
  });

  it('LogParser gives the same result for the text split at any point', () => {
    const text = LINES.join('\n') + '\nbad\n' + LINES[3]!.slice(0, 30);
    const whole = parseLog(text);
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new LogParser();
      p.push(text.slice(0, cut));
      p.push(text.slice(cut));
      expect(p.finish()).toEqual(whole);
    }
  });

  it('LogParser can stream entries to a callback without keeping them', () => {
    const seen: string[] = [];
    const p = new LogParser((e) => seen.push(e.event), false);
    const r = p.push(LINES.join('\n') + '\n').finish();
    expect(seen).toEqual(['warn', 'break', 'started', 'completed']);
    expect(r.entries).toEqual([]);
    expect(r.lines).toBe(4);
  });
});
