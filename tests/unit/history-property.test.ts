// Properties of the log format: parse(serialize(events)) gives the events back, and cutting the
// file at ANY byte (a crash mid-write) loses at most the line being written.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { formatIsoWithOffset, localOffsetMinutes, parseLog, serializeEvent, type HistoryEntry } from '../../src-main/core/history/index';
import { HistoryLog } from '../../src-main/history-log';

const time = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
const id = fc.string({ minLength: 1, maxLength: 8, unit: 'binary' });
const text = fc.string({ maxLength: 12, unit: 'binary' });
const ids = fc.array(id, { maxLength: 4 });
const nonNeg = fc.double({ min: 0, max: 1e7, noNaN: true }).map((x) => x + 0); // no -0: JSON has none
const num = fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x + 0);
const count = fc.integer({ min: 0, max: 10 });
const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Drops keys whose value is undefined (JSON has no undefined). */
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const eventArb: fc.Arbitrary<LimberEvent> = fc
  .oneof(
    fc.record({ event: fc.constant('warn' as const), at: time, dueAt: time }),
    fc.record({
      event: fc.constant('break' as const),
      at: time,
      breakId: id,
      trigger: fc.constantFrom('due' as const, 'snooze' as const, 'manual' as const),
      snoozesLeft: count,
      sittingSeconds: nonNeg,
      routine: opt(ids),
    }),
    fc.record({ event: fc.constant('snoozed' as const), at: time, breakId: id, until: time, snoozesUsed: count }),
    fc.record({ event: fc.constant('started' as const), at: time, breakId: id }),
    fc.record({ event: fc.constant('completed' as const), at: time, breakId: id, exercises: opt(ids), secondsStretched: opt(nonNeg) }),
    fc.record({
      event: fc.constant('partial' as const),
      at: time,
      breakId: id,
      fraction: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
      exercises: opt(ids),
      secondsStretched: opt(nonNeg),
    }),
    fc.record({ event: fc.constant('stopped' as const), at: time, breakId: id, exercise: id, exercises: opt(ids), secondsStretched: opt(nonNeg) }),
    fc.record({ event: fc.constant('skipped' as const), at: time, breakId: id }),
    fc.record({
      event: fc.constant('natural-break' as const),
      at: time,
      cause: fc.constantFrom('idle' as const, 'lock' as const, 'suspend' as const),
      sittingSeconds: nonNeg,
      breakId: opt(id),
    }),
    fc.record({
      event: fc.constant('paused' as const),
      at: time,
      kind: fc.constantFrom('minutes' as const, 'tomorrow' as const, 'forever' as const),
      minutes: opt(num),
      until: fc.option(time, { nil: null }),
    }),
    fc.record({ event: fc.constant('resumed' as const), at: time, by: fc.constantFrom('user' as const, 'timer' as const) }),
    fc.record({ event: fc.constant('ignored' as const), at: time, action: text, reason: text }),
  )
  .map((e) => clean(e) as LimberEvent);

/** undefined = the process zone (Berlin); else a fixed offset, as on a trip. */
const offsetArb = fc.option(fc.integer({ min: -720, max: 840 }), { nil: undefined });

function strip(e: HistoryEntry): LimberEvent {
  const { v: _v, line: _line, local: _local, pending: _pending, ...rest } = e;
  return rest as LimberEvent;
}

const serialize = (events: LimberEvent[], offset?: number) => events.map((e) => `${serializeEvent(e, offset)}\n`).join('');

describe('history format properties', () => {
  it('parse(serialize(events)) gives back the events, their local day and offset', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 20 }), offsetArb, (events, offset) => {
        const r = parseLog(serialize(events, offset));
        expect(r.notes).toEqual([]);
        expect(r.entries.map(strip)).toEqual(events);
        r.entries.forEach((entry, i) => {
          const off = offset ?? localOffsetMinutes(entry.at);
          expect(entry.local.offsetMinutes).toBe(off);
          expect(entry.local.date).toBe(formatIsoWithOffset(entry.at, off).slice(0, 10));
          expect(entry.line).toBe(i + 1);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('cutting the file at any byte loses at most the last line', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 8 }), offsetArb, fc.nat(), (events, offset, seed) => {
        const bytes = Buffer.from(serialize(events, offset), 'utf8');
        const cut = seed % (bytes.length + 1);
        const prefix = bytes.subarray(0, cut);
        const complete = prefix.filter((b) => b === 0x0a).length; // lines whose newline made it
        const r = parseLog(prefix.toString('utf8'));
        // Only a line cut exactly before its newline survives beyond the complete ones.
        const survivors = r.entries.length;
        expect(survivors === complete || (survivors === complete + 1 && bytes[cut] === 0x0a)).toBe(true);
        expect(r.entries.map(strip)).toEqual(events.slice(0, survivors));
        expect(r.invalid).toBeLessThanOrEqual(1);
        expect(r.torn).toBe(r.invalid === 1);
      }),
      { numRuns: 500 },
    );
  });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-prop-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  let n = 0;

  it('after a cut at any byte, HistoryLog appends cleanly: old complete lines and the new one all read back', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 6 }), eventArb, fc.nat(), (events, next, seed) => {
        const dir = path.join(tmp, `p${n++}`);
        fs.mkdirSync(dir);
        const bytes = Buffer.from(serialize(events), 'utf8');
        const cut = seed % (bytes.length + 1);
        fs.writeFileSync(path.join(dir, 'history.jsonl'), bytes.subarray(0, cut));
        const survivors = parseLog(bytes.subarray(0, cut).toString('utf8')).entries.length;
        const log = new HistoryLog({ dir });
        expect(log.append(next)).toBe(true);
        const r = log.readAll();
        expect(r.entries.map(strip)).toEqual([...events.slice(0, survivors), next]);
        expect(r.torn).toBe(false);
        expect(r.invalid).toBeLessThanOrEqual(1);
        fs.rmSync(dir, { recursive: true });
      }),
      { numRuns: 150 },
    );
  });
});
