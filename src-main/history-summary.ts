// A small summary kept beside the history log (history.summary.json next to history.jsonl), so
// that neither start-up nor the history window has to read years of log lines again: the
// statistics' running state (per-day counts, the breaks still open, per-exercise totals — the
// streak is computed from the per-day counts), the log parser's line count and notes, and where
// the summarised part of the log ends.
//
// The log stays the only record; the summary is a cache of it and is always checked against it:
// it names the byte length of the log it covers and hashes of that part's first and last 4 KB.
// If the log is shorter, or either hash differs (the file was replaced, edited or restored), or the
// summary is missing, unreadable, or from another version of this code, it is rebuilt from the
// whole log. Otherwise only the lines after that length (normally today's) are read and added.
//
// Crash safety: the log line is written and fsync'ed first; the summary is written later to a
// temporary file, fsync'ed and renamed over the old one. Dying at any point leaves either the
// old summary (covering a shorter log: the lines after it are read at the next start) or the
// new one — never a summary that counts a line twice or misses one
// (tests/fault/history-summary-crash.test.ts kills a real process between the two writes).
//
// When it is written: when it was rebuilt, when the unsummarised tail has grown past 32 KB, with
// the first event of each new local day, and at quit (flush()). So start-up reads the summary plus
// at most about a day of lines.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import {
  LogParser,
  parseLine,
  SCHEMA_VERSION,
  StatsAccumulator,
  type AccumulatorSnapshot,
  type HistoryEntry,
  type HistoryNote,
  type HistoryStats,
  type ParserState,
  type StatsOptions,
  unreadableNote,
  isHistoryNote,
} from './core/history/index';

/**
 * Bump when the statistics or the parser count differently: older summaries are then rebuilt.
 * 5: the parser's notes are message ids and values (HistoryNote), no longer English text.
 */
export const SUMMARY_REVISION = 5;
/**
 * Revision 4 differs from 5 only in how notes are written (English text): one without notes —
 * every clean log's — is used as it is, one with notes is rebuilt.
 */
const NOTES_AS_TEXT_REVISION = 4;
const FORMAT = 'limber-history-summary';
const HASH_BYTES = 4096;
const READ_CHUNK = 1 << 20;
/** write the summary again once this many log bytes are not in it */
const REWRITE_AFTER_BYTES = 32 * 1024;
/** ended breaks last shown this many days before the newest line are not kept in the summary */
const KEEP_ENDED_DAYS = 7;
const MAX_CHECKPOINTS = 6;

/** Where a test can stop the process (a crash) on the way to a summary write. */
export type SummaryFaultPoint = 'before-summary-write' | 'summary-temp-written';

export interface HistorySummaryOptions {
  /** the log file */
  logPath: string;
  /** default: the log's path with `.summary.json` instead of `.jsonl` */
  summaryPath?: string;
  /** tests only: called at each fault point (a crash test kills the process there) */
  fault?: (point: SummaryFaultPoint) => void;
}

/** A point in the log: every line before `offset` has a time stamp ≤ maxAtBefore. */
interface Checkpoint {
  offset: number;
  maxAtBefore: number;
  date: string;
}

interface SummaryFile {
  format: typeof FORMAT;
  revision: number;
  logSchema: number;
  log: { size: number; head: string; tail: string };
  parser: ParserState;
  acc: AccumulatorSnapshot;
  /** ended breaks shown before this local date are not in `acc` */
  prunedBefore: string;
  checkpoints: Checkpoint[];
  lastDate: string;
  maxAt: number;
  latest: string[];
}

/** How the summary was opened the last time (for the benchmark and tests). */
export interface SummaryOpenInfo {
  source: 'summary' | 'rebuilt';
  /** why it was rebuilt (missing, stale …), or null */
  reason: string | null;
  /** log bytes read: the tail after the summary, or the whole log */
  bytesRead: number;
}

class NeedRebuild extends Error {}
/** The log has a quarter of a megabyte without a line feed (e.g. CR line ends): it cannot be read incrementally. */
class NoLineFeeds extends Error {}

interface Live {
  acc: StatsAccumulator;
  parser: LogParser;
  /** bytes of the log consumed (always just after a newline) */
  offset: number;
  /** text after the last newline (a torn line, or one being written) */
  tail: string;
  checkpoints: Checkpoint[];
  lastDate: string;
  maxAt: number;
  /** the lines (trimmed, without a BOM) whose time stamp is maxAt */
  latest: string[];
  /** restored from a summary: maxAt and latest of the summarised part, which tail lines are checked against */
  resumedFrom: { maxAt: number; latest: ReadonlySet<string> } | null;
  prunedBefore: string;
  /** log length the summary file on disk covers (null: none written by us yet) */
  written: number | null;
  writtenDate: string;
  /** why the log could not be read (an errno error, or its text), or null */
  readError: NodeJS.ErrnoException | string | null;
}

const sha = (buf: Buffer): string => createHash('sha256').update(buf).digest('base64');

function readRange(fd: number, start: number, length: number): Buffer {
  const buf = Buffer.alloc(Math.max(0, length));
  let got = 0;
  while (got < buf.length) {
    const n = fs.readSync(fd, buf, got, buf.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return got === buf.length ? buf : buf.subarray(0, got);
}

function fingerprint(fd: number, size: number): { head: string; tail: string } {
  const headLen = Math.min(HASH_BYTES, size);
  const tailStart = Math.max(0, size - HASH_BYTES);
  return { head: sha(readRange(fd, 0, headLen)), tail: sha(readRange(fd, tailStart, size - tailStart)) };
}

/** The local date `days` days before `date` (YYYY-MM-DD). */
function daysBefore(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) ? new Date(t - days * 86_400_000).toISOString().slice(0, 10) : '';
}

export class HistorySummary {
  readonly logPath: string;
  readonly summaryPath: string;
  lastOpen: SummaryOpenInfo | null = null;
  private readonly fault: (point: SummaryFaultPoint) => void;
  private live: Live | null = null;
  /** byte offset of the line being fed (for checkpoints) */
  private lineOffset = 0;
  private guardPruned = false;
  private dirSynced = false;

  constructor(o: HistorySummaryOptions) {
    this.logPath = o.logPath;
    this.summaryPath = o.summaryPath ?? o.logPath.replace(/(\.jsonl)?$/, '.summary.json');
    this.fault = o.fault ?? (() => {});
  }

  // ------------------------------------------------------------------ reading

  /** Loads the summary (or rebuilds it) and reads the log up to its end. */
  private ensure(): Live {
    if (this.live) {
      this.catchUp(this.live);
      return this.live;
    }
    let live: Live | null = null;
    let reason: string | null = null;
    let bytesRead = 0;
    try {
      const loaded = this.load();
      if (typeof loaded === 'string') reason = loaded;
      else {
        live = loaded;
        bytesRead = this.catchUp(live);
      }
    } catch (err) {
      reason = err instanceof NeedRebuild ? err.message : `the summary could not be used (${(err as Error).message})`;
      live = null;
    }
    if (!live) {
      live = this.fresh();
      bytesRead = this.catchUp(live);
      this.live = live;
      this.lastOpen = { source: 'rebuilt', reason, bytesRead };
      if (live.readError === null && live.offset > 0) this.tryWrite(live);
    } else {
      this.live = live;
      this.lastOpen = { source: 'summary', reason: null, bytesRead };
      if (live.offset - (live.written ?? 0) > REWRITE_AFTER_BYTES) this.tryWrite(live);
    }
    return live;
  }

  private fresh(): Live {
    const acc = new StatsAccumulator();
    return {
      acc,
      parser: new LogParser((e) => this.onEntry(e), false),
      offset: 0,
      tail: '',
      checkpoints: [],
      lastDate: '',
      maxAt: -Infinity,
      latest: [],
      resumedFrom: null,
      prunedBefore: '',
      written: null,
      writtenDate: '',
      readError: null,
    };
  }

  /** The summary file checked against the log, or why it cannot be used. */
  private load(): Live | string {
    const s = this.peeked ?? this.readChecked();
    this.peeked = null;
    if (typeof s === 'string') return s;
    const acc = StatsAccumulator.restore(s.acc);
    const live: Live = {
      acc,
      parser: LogParser.resume(s.parser, (e) => this.onEntry(e), false),
      offset: s.log.size,
      tail: '',
      checkpoints: s.checkpoints,
      lastDate: s.lastDate,
      maxAt: s.maxAt ?? -Infinity,
      latest: [...s.latest],
      resumedFrom: { maxAt: s.maxAt ?? -Infinity, latest: new Set(s.latest) },
      prunedBefore: s.prunedBefore,
      written: s.log.size,
      writtenDate: s.lastDate,
      readError: null,
    };
    return live;
  }

  /** The summary file, parsed and checked against the log (not yet turned into counts). */
  private peeked: SummaryFile | null = null;

  private readChecked(): SummaryFile | string {
    let text: string;
    try {
      text = fs.readFileSync(this.summaryPath, 'utf8');
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no summary yet' : `the summary could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    }
    const s = JSON.parse(text) as SummaryFile;
    if (s.format !== FORMAT || s.logSchema !== SCHEMA_VERSION) return 'the summary is from another version';
    if (s.revision !== SUMMARY_REVISION) {
      // notes written as English text by the revision before: usable only when there are none
      const textNotes = s.revision === NOTES_AS_TEXT_REVISION && (s.parser?.notes?.length !== 0 || s.parser?.noteCount !== 0);
      if (s.revision !== NOTES_AS_TEXT_REVISION || textNotes) return 'the summary is from another version';
    }
    if (!Array.isArray(s.parser?.notes) || !s.parser.notes.every(isHistoryNote)) return 'the summary’s notes are not as this version writes them';
    let fd: number;
    try {
      fd = fs.openSync(this.logPath, 'r');
    } catch {
      return 'the log is missing';
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size < s.log.size) return 'the log is shorter than the summary says';
      const fp = fingerprint(fd, s.log.size);
      if (fp.head !== s.log.head || fp.tail !== s.log.tail) return 'the log changed';
    } finally {
      fs.closeSync(fd);
    }
    return s;
  }

  private onEntry(e: HistoryEntry): void {
    const live = this.current!;
    const id = (e as { breakId?: unknown }).breakId;
    // a line about a break the summary no longer holds: only a full re-read counts it right
    if (this.guardPruned && typeof id === 'string' && e.local.date < live.prunedBefore && !live.acc.knowsBreak(id)) {
      throw new NeedRebuild(`a line repeats an old break (${id})`);
    }
    live.acc.add(e);
    if (e.local.date !== live.lastDate) {
      live.checkpoints.push({ offset: this.lineOffset, maxAtBefore: live.maxAt, date: e.local.date });
      if (live.checkpoints.length > MAX_CHECKPOINTS) live.checkpoints.shift();
      live.lastDate = e.local.date;
    }
    if (e.at > live.maxAt) {
      live.maxAt = e.at;
      live.latest = [this.lineKey];
    } else if (e.at === live.maxAt) live.latest.push(this.lineKey);
  }

  /** the line being fed, trimmed and without a BOM (what a copy of it would equal) */
  private lineKey = '';

  /**
   * A line after the summary that is older than its newest line, or repeats one of the lines at
   * that moment, may be a copy of a summarised line (two logs joined, a line written twice): the
   * parser's view of such copies needs the whole log, so it is read again.
   */
  private checkResumed(live: Live, key: string): void {
    const from = live.resumedFrom;
    if (!from || key === '') return;
    const r = parseLine(key);
    if (r.kind !== 'entry') return;
    if (r.entry.at < from.maxAt) throw new NeedRebuild('a line after the summary is older than it');
    if (r.entry.at === from.maxAt && from.latest.has(key)) throw new NeedRebuild('a line after the summary repeats one in it');
  }

  private current: Live | null = null;

  /** Reads the complete lines after live.offset into the parser. Returns the bytes read. */
  private catchUp(live: Live): number {
    let fd: number;
    try {
      fd = fs.openSync(this.logPath, 'r');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      live.readError = code === 'ENOENT' ? null : code ? (err as NodeJS.ErrnoException) : String(err);
      return 0;
    }
    this.current = live;
    this.guardPruned = live.prunedBefore !== '';
    let read = 0;
    try {
      const size = fs.fstatSync(fd).size;
      if (size < live.offset) throw new NeedRebuild('the log got shorter');
      let pos = live.offset;
      let carry: Buffer | null = null;
      while (pos < size) {
        const chunk = readRange(fd, pos, Math.min(READ_CHUNK, size - pos));
        if (chunk.length === 0) break;
        read += chunk.length;
        const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
        const base: number = pos - (carry ? carry.length : 0);
        pos += chunk.length;
        let start = 0;
        for (;;) {
          const nl = buf.indexOf(0x0a, start);
          if (nl < 0) break;
          this.lineOffset = base + start;
          const text = buf.toString('utf8', start, nl + 1);
          this.lineKey = text.replace(/\uFEFF/g, '').trim();
          this.checkResumed(live, this.lineKey);
          live.parser.push(text);
          start = nl + 1;
        }
        live.offset = base + start;
        carry = start < buf.length ? buf.subarray(start) : null;
        // no line feed for this long: not a log this reader can follow line by line
        if (carry && carry.length > 4 * 64 * 1024) throw new NoLineFeeds('no line feeds');
      }
      live.tail = carry ? carry.toString('utf8') : '';
      live.readError = null;
    } catch (err) {
      if (err instanceof NeedRebuild || err instanceof NoLineFeeds) throw err;
      live.readError = (err as NodeJS.ErrnoException).code ? (err as NodeJS.ErrnoException) : String(err);
    } finally {
      fs.closeSync(fd);
      this.current = null;
      this.guardPruned = false;
    }
    return read;
  }

  /** Parses the torn/unfinished text after the last newline and the given queued lines. */
  private extras(live: Live, queued: readonly string[]): HistoryEntry[] {
    const out: HistoryEntry[] = [];
    if (live.tail.trim() !== '') {
      // through a copy of the parser: the text after the last line feed may still hold lines
      // (CR line ends) and is the torn tail at the end
      LogParser.resume(live.parser.state(), (e) => out.push(e), false).push(live.tail).finish();
    }
    for (const line of queued) {
      const r = parseLine(line);
      if (r.kind === 'entry') out.push(r.entry);
    }
    return out;
  }

  private ensureOrRebuild(): Live {
    try {
      return this.ensure();
    } catch (err) {
      if (!(err instanceof NeedRebuild)) throw err;
      this.live = null;
      const live = this.fresh();
      this.live = live;
      const bytesRead = this.catchUp(live);
      this.lastOpen = { source: 'rebuilt', reason: err.message, bytesRead };
      if (live.readError === null) this.tryWrite(live);
      return live;
    }
  }

  /** The live state, or null for a log that must be read whole each time (see NoLineFeeds). */
  private usable(): Live | null {
    try {
      return this.ensureOrRebuild();
    } catch (err) {
      if (!(err instanceof NoLineFeeds)) throw err;
      this.live = null;
      return null;
    }
  }

  /** The whole log through a fresh parser: what a summary stands for, without one. */
  private wholeLog(): { acc: StatsAccumulator; notes: HistoryNote[] } {
    const acc = new StatsAccumulator();
    const parser = new LogParser((e) => acc.add(e), false);
    let readError: unknown = null;
    try {
      const fd = fs.openSync(this.logPath, 'r');
      try {
        const decoder = new StringDecoder('utf8');
        const size = fs.fstatSync(fd).size;
        for (let pos = 0; pos < size; ) {
          const chunk = readRange(fd, pos, Math.min(READ_CHUNK, size - pos));
          if (chunk.length === 0) break;
          pos += chunk.length;
          parser.push(decoder.write(chunk));
        }
        parser.push(decoder.end());
      } finally {
        fs.closeSync(fd);
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') readError = err;
    }
    const notes = parser.finish().notes;
    if (readError) notes.unshift(unreadableNote(readError));
    this.lastOpen = { source: 'rebuilt', reason: 'the log has no line feeds to follow', bytesRead: 0 };
    return { acc, notes };
  }

  /** Statistics over the log plus `queued` (lines not on disk yet). */
  stats(opts: StatsOptions, queued: readonly string[] = []): HistoryStats {
    const live = this.usable();
    if (!live) {
      const { acc } = this.wholeLog();
      for (const line of queued) {
        const r = parseLine(line);
        if (r.kind === 'entry') acc.add(r.entry);
      }
      return acc.result(opts);
    }
    const extra = this.extras(live, queued);
    if (extra.length === 0) return live.acc.result(opts);
    const copy = StatsAccumulator.restore(live.acc.snapshot());
    for (const e of extra) copy.add(e);
    return copy.result(opts);
  }

  /** What reading the log noticed (as LogParser.finish() gives for the whole file). */
  notes(): HistoryNote[] {
    const live = this.usable();
    if (!live) return this.wholeLog().notes;
    const p = LogParser.resume(live.parser.state(), undefined, false);
    if (live.tail.length) p.push(live.tail);
    const notes = p.finish().notes;
    if (live.readError) notes.unshift(unreadableNote(live.readError));
    return notes;
  }

  /**
   * The log's entries whose lines come after the last point before which every line is older than
   * `since` (epoch ms): at least every entry at or after `since`, read from there only.
   */
  readSince(since: number): { entries: HistoryEntry[]; notes: HistoryNote[]; fromOffset: number } {
    // Start-up needs only the checkpoints: the counts are restored later, when they are asked for.
    let checkpoints: Checkpoint[];
    let peeked = false;
    if (this.live) checkpoints = this.usable()?.checkpoints ?? [];
    else {
      let f: SummaryFile | string;
      try {
        f = this.peeked ?? this.readChecked();
      } catch (err) {
        f = `the summary could not be used (${(err as Error).message})`;
      }
      if (typeof f === 'string') checkpoints = this.usable()?.checkpoints ?? [];
      else {
        this.peeked = f;
        checkpoints = f.checkpoints;
        peeked = true;
      }
    }
    let from = 0;
    for (const c of checkpoints) if (c.maxAtBefore < since && c.offset > from) from = c.offset;
    const parser = new LogParser();
    let fd: number;
    try {
      fd = fs.openSync(this.logPath, 'r');
    } catch {
      return { entries: [], notes: [], fromOffset: from };
    }
    let readError: unknown = null;
    try {
      const size = fs.fstatSync(fd).size;
      const decoder = new StringDecoder('utf8');
      for (let pos = from; pos < size; ) {
        const chunk = readRange(fd, pos, Math.min(READ_CHUNK, size - pos));
        if (chunk.length === 0) break;
        pos += chunk.length;
        parser.push(decoder.write(chunk));
      }
      parser.push(decoder.end());
      if (peeked) this.lastOpen = { source: 'summary', reason: null, bytesRead: Math.max(0, size - from) };
    } catch (err) {
      // as readAll(): a log that cannot be read counts as empty, with a note
      readError = err;
    } finally {
      fs.closeSync(fd);
    }
    const r = parser.finish();
    const notes = readError ? [unreadableNote(readError)] : [];
    return { entries: r.entries.filter((e) => e.at >= since), notes, fromOffset: from };
  }

  // ------------------------------------------------------------------ writing

  /** After a line was appended and fsync'ed: writes the summary when it is due. */
  afterAppend(): void {
    const live = this.usable();
    if (!live || live.readError) return;
    const due = live.written === null || live.offset - live.written > REWRITE_AFTER_BYTES || live.lastDate !== live.writtenDate;
    if (!due) return;
    this.fault('before-summary-write');
    this.tryWrite(live);
  }

  /** Writes the summary now if it is behind the log (at quit). */
  flush(): void {
    if (!this.live) return;
    const live = this.usable();
    if (live && !live.readError && live.written !== live.offset) this.tryWrite(live);
  }

  /** Forgets what is in memory: the next call reads the summary (and the log after it) again. */
  invalidate(): void {
    this.live = null;
    this.peeked = null;
  }

  private tryWrite(live: Live): void {
    try {
      this.write(live);
    } catch {
      // the summary is only a cache: the log is read again next time
    }
  }

  private write(live: Live): void {
    let fd = fs.openSync(this.logPath, 'r');
    let fp: { head: string; tail: string };
    try {
      fp = fingerprint(fd, live.offset);
    } finally {
      fs.closeSync(fd);
    }
    const prunedBefore = live.lastDate ? daysBefore(live.lastDate, KEEP_ENDED_DAYS) : '';
    const s: SummaryFile = {
      format: FORMAT,
      revision: SUMMARY_REVISION,
      logSchema: SCHEMA_VERSION,
      log: { size: live.offset, ...fp },
      parser: live.parser.state(),
      acc: live.acc.snapshot(prunedBefore),
      prunedBefore: prunedBefore > live.prunedBefore ? prunedBefore : live.prunedBefore,
      checkpoints: live.checkpoints,
      lastDate: live.lastDate,
      maxAt: Number.isFinite(live.maxAt) ? live.maxAt : -1,
      latest: live.latest,
    };
    const tmp = `${this.summaryPath}.tmp`;
    fd = fs.openSync(tmp, 'w', 0o600);
    try {
      const buf = Buffer.from(JSON.stringify(s));
      let off = 0;
      while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    this.fault('summary-temp-written');
    fs.renameSync(tmp, this.summaryPath);
    if (!this.dirSynced) {
      this.dirSynced = true;
      try {
        const dfd = fs.openSync(path.dirname(this.summaryPath), 'r');
        try {
          fs.fsyncSync(dfd);
        } finally {
          fs.closeSync(dfd);
        }
      } catch {
        // Windows cannot open directories
      }
    }
    live.written = live.offset;
    live.writtenDate = live.lastDate;
  }
}
