// The history log's line format (SPEC §6): one JSON object a line,
//   {"v":1,"at":"2026-03-02T09:45:00.000+01:00","event":"break",…fields}
// `v` is the schema version; `at` and the event's other wall times (`dueAt`, `until`) are ISO
// date-times with the UTC offset of the local zone at that instant, so each line says which
// local day it belongs to even after DST changes or a trip to another time zone.
//
// Reading is forgiving: a torn last line (a crash mid-write), an invalid line anywhere, or a
// line from a newer schema never makes the log unreadable; each is skipped with a note.

import { EVENT_NAMES, type LimberEvent, type LimberEventName } from '../events';
import {
  formatIsoWithOffset,
  parseIsoWithOffset,
  resolveOffset,
  type LocalStamp,
  type OffsetSource,
} from './time';
import type { HistoryNote, LineProblem } from './notes';

export const SCHEMA_VERSION = 1;

/** Event fields holding wall-clock epoch ms in memory and ISO strings with offset on disk. */
export const TIME_FIELDS: readonly string[] = ['at', 'dueAt', 'until'];

/** Lines longer than this are not even handed to JSON.parse (a garbage file must stay cheap). */
export const MAX_LINE_CHARS = 64 * 1024;

/** Notes beyond this many are summed up in one last note. */
const MAX_NOTES = 50;

/** One event read back from the log: the event (times as epoch ms) plus where and when it was written. */
export type HistoryEntry = LimberEvent & {
  /** schema version of the line */
  v: number;
  /** 1-based line number in the file; 0 for events still waiting in memory (not on disk yet) */
  line: number;
  /** the local day, time and UTC offset the line was written in (from its `at`) */
  local: LocalStamp;
  /** true for events not written to disk yet (see HistoryLog) */
  pending?: boolean;
};

/**
 * One log line (without the trailing newline) for an event. The UTC offset of each time field is
 * that of the process time zone at that instant, unless `tzOffsetMinutes` says otherwise (a fixed
 * number of minutes east of UTC, or a function of the instant). Throws RangeError for a time
 * field that is not a finite time stamp.
 */
export function serializeEvent(e: LimberEvent, tzOffsetMinutes?: OffsetSource): string {
  const out: Record<string, unknown> = {
    v: SCHEMA_VERSION,
    at: formatIsoWithOffset(e.at, resolveOffset(e.at, tzOffsetMinutes)),
    event: e.event,
  };
  for (const [key, value] of Object.entries(e)) {
    if (key === 'at' || key === 'event' || key === 'v') continue;
    out[key] =
      typeof value === 'number' && TIME_FIELDS.includes(key)
        ? formatIsoWithOffset(value, resolveOffset(value, tzOffsetMinutes))
        : value;
  }
  return JSON.stringify(out);
}

export interface ParseResult {
  /** the valid lines of the current schema, in file order */
  entries: HistoryEntry[];
  /** notes about what was skipped and why, as message ids and values (capped; see `invalid`) */
  notes: HistoryNote[];
  /** non-blank lines seen */
  lines: number;
  /** lines skipped as unreadable (including a torn last line) */
  invalid: number;
  /** true when the last line was cut off mid-write and skipped */
  torn: boolean;
  /** lines skipped because an earlier line held the very same event (a copied line) */
  duplicates: number;
  /** lines written by a newer Limber (schema `v` > SCHEMA_VERSION): kept on disk, not interpreted */
  newer: { count: number; highestVersion: number; firstLine: number };
}

/** LogParser.state(): the counters and notes of a parser between two lines. */
export interface ParserState {
  lineNo: number;
  afterCR: boolean;
  noteCount: number;
  notes: HistoryNote[];
  lines: number;
  invalid: number;
  torn: boolean;
  duplicates: number;
  newer: ParseResult['newer'];
}

export type LineResult =
  | { kind: 'entry'; entry: HistoryEntry; note?: LineProblem }
  | { kind: 'newer'; v: number }
  | { kind: 'invalid'; reason: LineProblem; badJson: boolean };

const EVENT_SET: ReadonlySet<string> = new Set(EVENT_NAMES);
const TRIGGERS: ReadonlySet<string> = new Set(['due', 'snooze', 'manual']);
const CAUSES: ReadonlySet<string> = new Set(['idle', 'lock', 'suspend']);
const PAUSE_KINDS: ReadonlySet<string> = new Set(['minutes', 'tomorrow', 'forever']);
const RESUMED_BY: ReadonlySet<string> = new Set(['user', 'timer']);
const BUSY_REASONS: ReadonlySet<string> = new Set(['call', 'presenting', 'dnd', 'app']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);

/** A time field as epoch ms: an ISO string with zone (as written) or, leniently, a number. */
function timeField(v: unknown): number | null {
  if (isNum(v)) return v;
  if (typeof v !== 'string') return null;
  const p = parseIsoWithOffset(v);
  return p ? p.ms : null;
}

// Field checks, written without per-line closures: the log may hold hundreds of thousands of lines.
type Fields = Record<string, unknown>;

function need(e: Fields, key: string, ok: (x: unknown) => boolean, missing: string[]): void {
  if (!ok(e[key])) missing.push(key);
}

function optional(e: Fields, key: string, ok: (x: unknown) => boolean, dropped: string[]): void {
  if (e[key] !== undefined && !ok(e[key])) {
    delete e[key];
    dropped.push(key);
  }
}

function needTime(e: Fields, key: string, nullable: boolean, missing: string[]): void {
  const raw = e[key];
  if (nullable && raw === null) return;
  const ms = timeField(raw);
  if (ms === null) missing.push(key);
  else e[key] = ms;
}

const isNonNeg = (x: unknown): boolean => isNum(x) && x >= 0;
const isTrigger = (x: unknown): boolean => typeof x === 'string' && TRIGGERS.has(x);
const isCause = (x: unknown): boolean => typeof x === 'string' && CAUSES.has(x);
const isPauseKind = (x: unknown): boolean => typeof x === 'string' && PAUSE_KINDS.has(x);
const isResumedBy = (x: unknown): boolean => typeof x === 'string' && RESUMED_BY.has(x);
const isText = (x: unknown): boolean => typeof x === 'string';
const isBusyReason = (x: unknown): boolean => typeof x === 'string' && BUSY_REASONS.has(x);

function routineReport(e: Fields, dropped: string[]): void {
  optional(e, 'exercises', isStrList, dropped);
  optional(e, 'secondsStretched', isNonNeg, dropped);
}

/**
 * Checks one parsed line against the v1 vocabulary. Required fields must be present and of the
 * right type (else the line is invalid); unknown fields are kept and ignored; an optional field
 * of the wrong type is dropped with a note so the rest of the line still counts.
 */
function interpret(o: Fields, lineNo: number): LineResult {
  const v = o.v;
  if (!isNum(v) || !Number.isInteger(v) || v < 1) {
    return { kind: 'invalid', reason: { id: 'history.note.noVersion', values: {} }, badJson: false };
  }
  if (v > SCHEMA_VERSION) return { kind: 'newer', v };
  if (typeof o.at !== 'string') return { kind: 'invalid', reason: { id: 'history.note.noTime', values: {} }, badJson: false };
  const stamp = parseIsoWithOffset(o.at);
  if (!stamp) return { kind: 'invalid', reason: { id: 'history.note.badTime', values: { text: o.at.slice(0, 40) } }, badJson: false };
  const name = o.event;
  if (typeof name !== 'string' || !EVENT_SET.has(name)) {
    const shown = JSON.stringify(name)?.slice(0, 40);
    return { kind: 'invalid', reason: shown === undefined ? { id: 'history.note.noEvent', values: {} } : { id: 'history.note.unknownEvent', values: { name: shown } }, badJson: false };
  }
  // JSON.parse gave us a fresh object: reuse it as the entry.
  const e = o;
  e.at = stamp.ms;
  const missing: string[] = [];
  const dropped: string[] = [];
  switch (name as LimberEventName) {
    case 'warn':
      needTime(e, 'dueAt', false, missing);
      optional(e, 'heldBy', isBusyReason, dropped);
      break;
    case 'held':
      need(e, 'reason', isBusyReason, missing);
      break;
    case 'break':
      need(e, 'breakId', isStr, missing);
      need(e, 'trigger', isTrigger, missing);
      need(e, 'snoozesLeft', isNum, missing);
      need(e, 'sittingSeconds', isNonNeg, missing);
      optional(e, 'routine', isStrList, dropped);
      optional(e, 'waited', isNonNeg, dropped);
      break;
    case 'snoozed':
      need(e, 'breakId', isStr, missing);
      needTime(e, 'until', false, missing);
      need(e, 'snoozesUsed', isNum, missing);
      break;
    case 'started':
    case 'skipped':
      need(e, 'breakId', isStr, missing);
      break;
    case 'completed':
      need(e, 'breakId', isStr, missing);
      routineReport(e, dropped);
      break;
    case 'partial':
      need(e, 'breakId', isStr, missing);
      need(e, 'fraction', isNum, missing);
      routineReport(e, dropped);
      break;
    case 'stopped':
      need(e, 'breakId', isStr, missing);
      need(e, 'exercise', isStr, missing);
      routineReport(e, dropped);
      break;
    case 'natural-break':
      need(e, 'cause', isCause, missing);
      need(e, 'sittingSeconds', isNonNeg, missing);
      optional(e, 'breakId', isStr, dropped);
      break;
    case 'paused':
      need(e, 'kind', isPauseKind, missing);
      optional(e, 'minutes', isNum, dropped);
      needTime(e, 'until', true, missing);
      break;
    case 'resumed':
      need(e, 'by', isResumedBy, missing);
      break;
    case 'ignored':
      need(e, 'action', isText, missing);
      need(e, 'reason', isText, missing);
      break;
  }
  if (missing.length) {
    return { kind: 'invalid', reason: { id: 'history.note.missing', values: { event: name, fields: missing.join(', ') } }, badJson: false };
  }
  e.line = lineNo;
  e.local = { date: stamp.date, time: stamp.time, offsetMinutes: stamp.offsetMinutes };
  const entry = e as unknown as HistoryEntry;
  return dropped.length
    ? { kind: 'entry', entry, note: { id: 'history.note.malformed', values: { fields: dropped.join(', '), event: name } } }
    : { kind: 'entry', entry };
}

/** Interprets one line of text (no newline). Exposed for callers that hold single lines. */
export function parseLine(text: string, lineNo = 0): LineResult {
  if (text.length > MAX_LINE_CHARS) return { kind: 'invalid', reason: { id: 'history.note.tooLong', values: { max: MAX_LINE_CHARS } }, badJson: true };
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: { id: 'history.note.notJson', values: {} }, badJson: true };
  }
  if (!isObject(o)) return { kind: 'invalid', reason: { id: 'history.note.notObject', values: {} }, badJson: false };
  return interpret(o, lineNo);
}

/**
 * Incremental reader: feed the log in chunks of any size (split anywhere, even mid-line), then
 * call finish(). Only complete lines are interpreted before finish(); the text after the last
 * newline is the possibly-torn tail.
 */
export class LogParser {
  private rest = '';
  private lineNo = 0;
  private afterCR = false;
  private noteCount = 0;
  // The valid lines read so far, to count a copied line once (see isCopy): where each one's text
  // is (a buffer of `bufs` and an offset: no string kept per line) and its length and time stamp.
  private readonly bufs: string[] = [];
  private seen = { n: 0, buf: new Int32Array(1024), start: new Int32Array(1024), len: new Int32Array(1024), at: new Float64Array(1024) };
  private maxAt = -Infinity;
  /** index of the first line with the time stamp `maxAt` */
  private latestFrom = 0;
  /** time stamp → indexes of lines; built once a line goes back in time */
  private index: Map<number, number[]> | null = null;
  /** the text the line being read was cut from, and where it starts in it */
  private curBuf = '';
  private curStart = 0;
  private readonly result: ParseResult = {
    entries: [],
    notes: [],
    lines: 0,
    invalid: 0,
    torn: false,
    duplicates: 0,
    newer: { count: 0, highestVersion: 0, firstLine: 0 },
  };
  /** Called for each valid entry as soon as its line is complete (e.g. to feed a StatsAccumulator). */
  constructor(private readonly onEntry?: (entry: HistoryEntry) => void, private readonly keepEntries = true) {}

  /**
   * Where the parser is, as plain JSON, between two complete lines (nothing buffered): with
   * resume() a reader can carry on from a byte offset later (src-main/history-summary.ts) and
   * number lines and write notes exactly as one pass over the whole file would. The lines kept
   * to recognise copies (isCopy) are not part of it: a resumed parser only knows the lines fed to
   * it, so its reader must itself re-read the whole log when a later line is older than, or the
   * same as, one before the resume point (HistorySummary does).
   */
  state(): ParserState {
    if (this.rest.length) throw new Error('LogParser.state() in the middle of a line');
    const r = this.result;
    return {
      lineNo: this.lineNo,
      afterCR: this.afterCR,
      noteCount: this.noteCount,
      notes: r.notes.map((n) => ({ id: n.id, values: { ...n.values } })),
      lines: r.lines,
      invalid: r.invalid,
      torn: r.torn,
      duplicates: r.duplicates,
      newer: { ...r.newer },
    };
  }

  /** A parser that carries on where state() was taken (entries go to `onEntry` only when not kept). */
  static resume(s: ParserState, onEntry?: (entry: HistoryEntry) => void, keepEntries = true): LogParser {
    const p = new LogParser(onEntry, keepEntries);
    p.lineNo = s.lineNo;
    p.afterCR = s.afterCR;
    p.noteCount = s.noteCount;
    Object.assign(p.result, { notes: s.notes.map((n) => ({ id: n.id, values: { ...n.values } })), lines: s.lines, invalid: s.invalid, torn: s.torn, duplicates: s.duplicates, newer: { ...s.newer } });
    return p;
  }

  push(chunk: string): this {
    if (chunk.length === 0) return this;
    if (this.afterCR) {
      // the previous chunk ended in CR: a LF right after it belongs to the same line end
      this.afterCR = false;
      if (chunk.charCodeAt(0) === 0x0a) chunk = chunk.slice(1);
    }
    let text = this.rest.length ? this.rest + chunk : chunk;
    // Lines end in LF, CRLF or a lone CR (an old Mac editor, or a file passed through one).
    let from = 0;
    let cr = text.indexOf('\r');
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
      let end: number;
      let next: number;
      if (cr !== -1 && (nl === -1 || cr < nl)) {
        end = cr;
        if (cr + 1 === text.length) {
          next = cr + 1;
          this.afterCR = true;
        } else {
          next = text.charCodeAt(cr + 1) === 0x0a ? cr + 2 : cr + 1;
        }
      } else if (nl !== -1) {
        end = nl;
        next = nl + 1;
      } else {
        break;
      }
      this.curBuf = text;
      this.curStart = from;
      this.line(text.slice(from, end), false);
      from = next;
    }
    text = from === 0 ? text : text.slice(from);
    // A runaway line with no newline: keep only enough to know it is too long.
    this.rest = text.length > MAX_LINE_CHARS + 1 ? text.slice(0, MAX_LINE_CHARS + 1) : text;
    return this;
  }

  finish(): ParseResult {
    if (this.rest.length) {
      const tail = this.rest;
      this.rest = '';
      this.curBuf = tail;
      this.curStart = 0;
      this.line(tail, true);
    }
    const r = this.result;
    if (r.newer.count) {
      r.notes.push({ id: 'history.note.newer', values: { count: r.newer.count, version: r.newer.highestVersion, first: r.newer.firstLine } });
    }
    if (this.noteCount > MAX_NOTES) r.notes.push({ id: 'history.note.more', values: { count: this.noteCount - MAX_NOTES } });
    return r;
  }

  /** A note about the line being read (its number added to the problem's values). */
  private note(problem: LineProblem): void {
    this.noteCount++;
    if (this.noteCount <= MAX_NOTES) this.result.notes.push({ id: problem.id, values: { ...problem.values, line: this.lineNo } });
  }

  private line(raw: string, isTail: boolean): void {
    this.lineNo++;
    // A byte order mark is no part of a line: one starts the file when an editor saved it, and
    // one starts a line wherever two such files were joined (or glues onto the end of a line).
    const text = raw.charCodeAt(0) === 0xfeff ? raw.replace(/^\uFEFF+/, '') : raw;
    this.curStart += raw.length - text.length;
    if (text.trim().length === 0) return;
    this.one(text, isTail, true);
  }

  private one(text: string, isTail: boolean, whole: boolean): void {
    const r = this.result;
    const res = parseLine(text, this.lineNo);
    if (whole && res.kind === 'invalid' && text.indexOf('\uFEFF') !== -1) {
      // not valid as a whole, with a BOM inside: two lines glued together; read each side
      const parts = text.split('\uFEFF').filter((p) => p.trim().length > 0);
      parts.forEach((p, i) => {
        this.curBuf = p;
        this.curStart = 0;
        this.one(p, isTail && i === parts.length - 1, false);
      });
      return;
    }
    r.lines++;
    if (res.kind === 'entry') {
      if (this.isCopy(text, res.entry.at)) {
        r.duplicates++;
        this.note({ id: 'history.note.copy', values: {} });
        return;
      }
      if (this.keepEntries) r.entries.push(res.entry);
      this.onEntry?.(res.entry);
      if (res.note) this.note(res.note);
    } else if (res.kind === 'newer') {
      if (r.newer.count === 0) r.newer.firstLine = this.lineNo;
      r.newer.count++;
      r.newer.highestVersion = Math.max(r.newer.highestVersion, res.v);
    } else {
      r.invalid++;
      if (isTail && res.badJson) {
        r.torn = true;
        this.note({ id: 'history.note.torn', values: {} });
      } else {
        this.note(res.reason);
      }
    }
  }

  /**
   * True when an earlier valid line held the very same event: the same text. Two real events
   * never share their whole line — `at` has millisecond precision — so such a line is a copy (two
   * logs joined, a line written twice) and is counted once.
   *
   * Kept cheap for the usual log, whose lines come in time order: a copy can then only be among
   * the lines with the latest time stamp, so only those are compared. The first line that goes
   * back in time (another log joined after this one, a clock set back) builds an index of all
   * earlier lines by time stamp, used from then on. Lines are compared where they lie in the text
   * read (kept while reading: about the size of the file), so no string is kept per line.
   */
  private isCopy(text: string, at: number): boolean {
    const seen = this.seen;
    const n = seen.n;
    if (this.index === null) {
      if (at > this.maxAt) {
        this.maxAt = at;
        this.latestFrom = n;
      } else if (at === this.maxAt) {
        for (let i = this.latestFrom; i < n; i++) if (this.sameText(i, text)) return true;
      } else {
        this.index = new Map();
        for (let i = 0; i < n; i++) this.indexed(seen.at[i]!, i);
      }
    }
    if (this.index !== null) {
      const same = this.index.get(at);
      if (same) for (const i of same) if (this.sameText(i, text)) return true;
      this.indexed(at, n);
    }
    this.remember(text, at);
    return false;
  }

  private sameText(i: number, text: string): boolean {
    const seen = this.seen;
    return seen.len[i] === text.length && this.bufs[seen.buf[i]!]!.startsWith(text, seen.start[i]);
  }

  private remember(text: string, at: number): void {
    let seen = this.seen;
    if (seen.n === seen.at.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      seen = this.seen = { n: seen.n, buf: grow(seen.buf), start: grow(seen.start), len: grow(seen.len), at: grow(seen.at) };
    }
    if (this.bufs[this.bufs.length - 1] !== this.curBuf) this.bufs.push(this.curBuf);
    const i = seen.n++;
    seen.buf[i] = this.bufs.length - 1;
    seen.start[i] = this.curStart;
    seen.len[i] = text.length;
    seen.at[i] = at;
  }

  private indexed(at: number, i: number): void {
    const list = this.index!.get(at);
    if (list) list.push(i);
    else this.index!.set(at, [i]);
  }
}

/** Reads a whole log text. Never throws for bad content; see ParseResult.notes. */
export function parseLog(text: string): ParseResult {
  return new LogParser().push(text).finish();
}
