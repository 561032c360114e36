// The history log on disk (SPEC §6): an append-only file of one JSON line per event in the
// data folder. Node `fs` only, no electron (the shell passes the folder in).
//
// Crash safety: each event is written as one whole line ("…}\n") by a single write on a file
// opened for appending, then fsync'ed, so a crash or power cut can only tear the line being
// written. Before the first write of a session (and after any failed write) the last byte of
// the file is checked: if it is not a newline, a newline is written first, so a torn tail is
// closed off as one bad line (skipped by the reader) and never glues onto a good one. Old lines
// are never rewritten.
//
// When the file cannot be written (permissions, read-only or full disk, a folder in the way …)
// append() does not throw: the event waits in an in-memory queue, onProblem is called once for
// the episode, and every later append() or retry() tries to write the queue, in order, first.
// The queue holds at most `maxQueue` events (10,000 by default, months of use); past that the
// OLDEST unsaved events are dropped — recent days matter most for today's count and the streak —
// `dropped` counts them and onProblem says so once. Nothing is lost below the bound.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { LimberEvent } from './core/events';
import {
  LogParser,
  parseLine,
  serializeEvent,
  StatsAccumulator,
  breakRows,
  rowsToCsv,
  type CsvOptions,
  type HistoryEntry,
  type HistoryNote,
  type HistoryStats,
  type OffsetSource,
  type ParseResult,
  type StatsOptions,
  IO_REASONS,
  unreadableNote,
} from './core/history/index';
import { sayer, type MainTranslate, type Say } from './core/main-text';
import { HistorySummary, type SummaryFaultPoint } from './history-summary';

export const HISTORY_FILE_NAME = 'history.jsonl';
export const DEFAULT_MAX_QUEUE = 10_000;

export interface HistoryLogOptions {
  /** the data folder (e.g. app.getPath('userData')); created if missing */
  dir: string;
  fileName?: string;
  /** called once when writing starts failing (and once more if unsaved events have to be dropped) */
  onProblem?: (message: string) => void;
  /**
   * The main process's translator of the moment, for the problems a person reads (onProblem,
   * readError); without it they are in English (plain `tsx` runs, where no compiled messages
   * load). The notes about the log's lines are data (HistoryNote), worded where they are shown.
   */
  words?: () => MainTranslate;
  /** called when writing works again after a problem and the queue is on disk */
  onRecovered?: () => void;
  /** bound of the in-memory queue of unsaved events */
  maxQueue?: number;
  /** zone for the offsets written on each line; default the process TZ (tests only) */
  tzOffsetMinutes?: OffsetSource;
  /**
   * Keep a summary beside the log (history-summary.ts) for stats(), statsNotes and readSince(),
   * so they do not read the whole log. `fault` is for crash tests only.
   */
  summary?: boolean | { fault?: (point: SummaryFaultPoint) => void };
}

export interface HistoryReadResult extends ParseResult {
  path: string;
  /** events appended but not on disk yet (included at the end of `entries`, marked `pending`) */
  pending: number;
  /** unsaved events dropped because the queue was full */
  dropped: number;
  /** why the file could not be read (it is then treated as empty), or null */
  readError: string | null;
}

const READ_CHUNK = 1 << 20;

function describeError(say: Say, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code) return say('main.history.ioError', { code }, `${IO_REASONS[code] ?? 'error'} (${code})`);
  return err instanceof Error ? err.message : String(err);
}

function writeAll(fd: number, buf: Buffer): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

export class HistoryLog {
  readonly path: string;
  readonly dir: string;
  /** unsaved events dropped because the queue was full (since this object was made) */
  dropped = 0;
  private readonly maxQueue: number;
  private readonly onProblem: (message: string) => void;
  private readonly onRecovered: () => void;
  private readonly tz: OffsetSource | undefined;
  /** serialized lines not on disk yet, oldest first, from index `head` */
  private queue: string[] = [];
  private head = 0;
  private failing = false;
  private droppedReported = false;
  /** whether the file's tail is known to end in a newline (or the file is empty) */
  private tailOk = false;
  private dirSynced = false;
  private acc: StatsAccumulator | null = null;
  private accNotes: HistoryNote[] = [];
  /** the summary beside the log, when enabled (then `acc` is not used) */
  readonly summary: HistorySummary | null;

  private readonly words: (() => MainTranslate) | undefined;

  /** Words a problem or note in the language of the moment. */
  private say: Say = (id, values, english) => sayer(this.words?.())(id, values, english);

  constructor(opts: HistoryLogOptions) {
    this.dir = opts.dir;
    this.path = path.join(opts.dir, opts.fileName ?? HISTORY_FILE_NAME);
    this.maxQueue = Math.max(1, opts.maxQueue ?? DEFAULT_MAX_QUEUE);
    this.onProblem = opts.onProblem ?? (() => {});
    this.onRecovered = opts.onRecovered ?? (() => {});
    this.tz = opts.tzOffsetMinutes;
    const fault = typeof opts.summary === 'object' ? opts.summary.fault : undefined;
    this.words = opts.words;
    this.summary = opts.summary ? new HistorySummary({ logPath: this.path, ...(fault ? { fault } : {}) }) : null;
  }

  /** Events waiting in memory because the file could not be written. */
  get pending(): number {
    return this.queue.length - this.head;
  }

  /** False while writing fails (between onProblem and onRecovered). */
  get healthy(): boolean {
    return !this.failing;
  }

  /**
   * Records an event. Never throws. Returns true when it (and everything queued before it) is
   * on disk, false when it is waiting in memory (or could not be serialized at all).
   * Queued events live only in this process: call retry() at quit while `healthy` is false.
   */
  append(e: LimberEvent): boolean {
    let line: string;
    try {
      line = serializeEvent(e, this.tz);
    } catch (err) {
      // A bug upstream (e.g. a NaN time stamp): say so rather than crash the app or write junk.
      const [event, error] = [String(e?.event), describeError(this.say, err)];
      this.onProblem(this.say('main.history.cannotRecord', { event, error }, `Limber could not record a "${event}" event in its history: ${error}`));
      return false;
    }
    if (this.pending >= this.maxQueue) this.dropOldest();
    this.queue.push(line);
    if (this.acc) {
      const r = parseLine(line);
      if (r.kind === 'entry') this.acc.add(r.entry);
    }
    const onDisk = this.flush();
    if (onDisk) this.updateSummary();
    return onDisk;
  }

  /** The line is on disk: bring the summary up to date when it is due (never throws: it is a cache). */
  private updateSummary(): void {
    try {
      this.summary?.afterAppend();
    } catch {
      this.summary?.invalidate();
    }
  }

  /** At quit: write the summary if it is behind the log. */
  flushSummary(): void {
    try {
      this.summary?.flush();
    } catch {
      // a cache: rebuilt from the log next time
    }
  }

  /**
   * The entries at or after `since` (epoch ms), plus those not on disk yet. With the summary it
   * reads only the end of the log (e.g. today's lines at start-up); without, the whole log.
   */
  readSince(since: number): { entries: HistoryEntry[]; notes: HistoryNote[] } {
    if (!this.summary) {
      const r = this.readAll();
      return { entries: r.entries.filter((e) => e.at >= since), notes: r.notes };
    }
    const { entries, notes } = this.summary.readSince(since);
    for (const line of this.queuedLines()) {
      const r = parseLine(line);
      if (r.kind === 'entry' && r.entry.at >= since) {
        r.entry.pending = true;
        entries.push(r.entry);
      }
    }
    return { entries, notes };
  }

  /** Tries to write the queued events now (call it now and then while `healthy` is false, and at quit). */
  retry(): boolean {
    return this.flush();
  }

  private dropOldest(): void {
    this.head++;
    this.dropped++;
    this.acc = null; // the cached stats counted it; rebuild from what is kept
    this.compact();
    if (!this.droppedReported) {
      this.droppedReported = true;
      this.onProblem(
        this.say(
          'main.history.dropping',
          { path: this.path, max: this.maxQueue },
          `Limber still can’t save its history to ${this.path}; more than ${this.maxQueue} events are waiting, so the oldest unsaved ones are being dropped.`,
        ),
      );
    }
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private open(): number {
    try {
      return fs.openSync(this.path, 'a+', 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      fs.mkdirSync(this.dir, { recursive: true });
      return fs.openSync(this.path, 'a+', 0o600);
    }
  }

  private flush(): boolean {
    // Nothing queued and no problem: nothing to do. Nothing queued while failing (the last
    // fsync failed): open and fsync anyway, to find out whether writing works again.
    if (this.pending === 0 && !this.failing) return true;
    let fd: number | null = null;
    try {
      fd = this.open();
      if (!this.tailOk) {
        const size = fs.fstatSync(fd).size;
        if (size > 0) {
          const last = Buffer.alloc(1);
          fs.readSync(fd, last, 0, 1, size - 1);
          if (last[0] !== 0x0a) writeAll(fd, Buffer.from('\n'));
        }
        this.tailOk = true;
      }
      while (this.head < this.queue.length) {
        // One write of the whole line; O_APPEND puts it at the end even if someone else appends.
        this.tailOk = false; // until the line is complete
        writeAll(fd, Buffer.from(`${this.queue[this.head]}\n`));
        this.tailOk = true;
        this.queue[this.head] = '';
        this.head++;
      }
      fs.fsyncSync(fd);
      this.queue = [];
      this.head = 0;
    } catch (err) {
      this.compact();
      // Whatever is at that path when writing works again (a partial line of ours, a restored
      // copy…) gets its tail checked before our next line.
      this.tailOk = false;
      if (!this.failing) {
        this.failing = true;
        const error = describeError(this.say, err);
        this.onProblem(
          this.say(
            'main.history.cannotSave',
            { path: this.path, error },
            `Limber can’t save its history to ${this.path}: ${error}. Your breaks are kept in memory and will be saved as soon as the file can be written again.`,
          ),
        );
      }
      return false;
    } finally {
      if (fd !== null) {
        try {
          fs.closeSync(fd);
        } catch {
          // nothing useful to do: the data was written (or the error above is reported)
        }
      }
    }
    this.syncDirOnce();
    if (this.failing) {
      this.failing = false;
      this.droppedReported = false;
      this.onRecovered();
    }
    return true;
  }

  /** After the file is first written, make its directory entry durable too (POSIX; a no-op where unsupported). */
  private syncDirOnce(): void {
    if (this.dirSynced) return;
    this.dirSynced = true;
    let fd: number | null = null;
    try {
      fd = fs.openSync(this.dir, 'r');
      fs.fsyncSync(fd);
    } catch {
      // Windows cannot open directories; the file's own fsync is what matters there.
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
  }

  private queuedLines(): string[] {
    return this.queue.slice(this.head);
  }

  /** Streams the file through `parser` (missing file = empty log). Returns the read error, if any. */
  private readInto(parser: LogParser): { error: unknown } | null {
    let fd: number;
    try {
      fd = fs.openSync(this.path, 'r');
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : { error: err };
    }
    try {
      const buf = Buffer.allocUnsafe(READ_CHUNK);
      const decoder = new StringDecoder('utf8');
      for (;;) {
        const n = fs.readSync(fd, buf, 0, READ_CHUNK, null);
        if (n === 0) break;
        parser.push(decoder.write(n === READ_CHUNK ? buf : buf.subarray(0, n)));
      }
      parser.push(decoder.end());
      return null;
    } catch (err) {
      return { error: err };
    } finally {
      fs.closeSync(fd);
    }
  }

  /** The whole history: the file (parsed, see parseLog) followed by the events not on disk yet. */
  readAll(): HistoryReadResult {
    const parser = new LogParser();
    const failed = this.readInto(parser);
    const result = parser.finish();
    if (failed) result.notes.unshift(unreadableNote(failed.error));
    const readError = failed ? describeError(this.say, failed.error) : null;
    const queued = this.queuedLines();
    for (const line of queued) {
      const r = parseLine(line);
      if (r.kind === 'entry') {
        r.entry.pending = true;
        result.entries.push(r.entry);
      }
    }
    return { ...result, path: this.path, pending: queued.length, dropped: this.dropped, readError };
  }

  /**
   * Statistics over the file plus the queue. The first call reads the file (streaming, entries
   * are not kept); later appends update the figures without reading it again. reload() forgets them.
   */
  stats(opts: StatsOptions): HistoryStats {
    if (this.summary) return this.summary.stats(opts, this.queuedLines());
    if (!this.acc) {
      const acc = new StatsAccumulator();
      const parser = new LogParser((e: HistoryEntry) => acc.add(e), false);
      const failed = this.readInto(parser);
      this.accNotes = parser.finish().notes;
      if (failed) this.accNotes.unshift(unreadableNote(failed.error));
      for (const line of this.queuedLines()) {
        const r = parseLine(line);
        if (r.kind === 'entry') acc.add(r.entry);
      }
      this.acc = acc;
    }
    return this.acc.result(opts);
  }

  /** Forget the cached statistics (e.g. after the file was changed by something else). */
  reload(): void {
    this.acc = null;
    this.summary?.invalidate();
  }

  /** What reading the file for `stats()` noticed (a torn last line, lines from a newer version …). */
  get statsNotes(): HistoryNote[] {
    if (this.summary) return this.summary.notes();
    return [...this.accNotes];
  }

  /** Writes the CSV export to `dest` (replaced atomically). Throws if it cannot: the user asked for it. */
  exportCsv(dest: string, options: CsvOptions = {}): { rows: number } {
    const rows = breakRows(this.readAll().entries);
    writeFileAtomic(dest, rowsToCsv(rows, options));
    return { rows: rows.length };
  }

  /** Copies the log as it is to `dest`, plus the events not on disk yet. Throws if it cannot. */
  exportRaw(dest: string): void {
    let bytes = Buffer.alloc(0);
    try {
      bytes = fs.readFileSync(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const queued = this.queuedLines();
    if (queued.length) {
      const sep = bytes.length && bytes[bytes.length - 1] !== 0x0a ? '\n' : '';
      bytes = Buffer.concat([bytes, Buffer.from(sep + queued.map((l) => `${l}\n`).join(''))]);
    }
    writeFileAtomic(dest, bytes);
  }
}

function writeFileAtomic(dest: string, text: string | Buffer): void {
  const tmp = `${dest}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, dest);
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // the temp file was never made
    }
    throw err;
  }
}
