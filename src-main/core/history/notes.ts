// What reading the history log noticed (a skipped line, a torn last line, lines from a newer
// Limber, a file that could not be read), as data: a `history.note.*` message id and its values.
// The history window words each note when it shows it, in the language of that moment
// (src-main/core/i18n/locales/<tag>/history.json), so the notes the history summary caches on
// disk (src-main/history-summary.ts) hold no language. `noteEnglish` gives the same English the
// message does (tests, scripts and plain `tsx` runs, which load no compiled messages); a test
// checks the two agree for every note.

/** The ids a note can have: each is a message of the history page's namespace. */
export type HistoryNoteId =
  | 'history.note.noVersion'
  | 'history.note.noTime'
  | 'history.note.badTime'
  | 'history.note.unknownEvent'
  | 'history.note.noEvent'
  | 'history.note.missing'
  | 'history.note.tooLong'
  | 'history.note.notJson'
  | 'history.note.notObject'
  | 'history.note.malformed'
  | 'history.note.copy'
  | 'history.note.torn'
  | 'history.note.newer'
  | 'history.note.more'
  | 'history.note.unreadable';

export type NoteValues = Record<string, string | number>;

/** One note: plain JSON (it is cached in the summary file and crosses the bridge). */
export interface HistoryNote {
  id: HistoryNoteId;
  values: NoteValues;
}

/** Why a line was skipped, before the parser knows its number. */
export interface LineProblem {
  id: HistoryNoteId;
  values: NoteValues;
}

/** File errors in words, by code (English; the `history.note.unreadable` message and `main.history.ioError` in other languages). */
export const IO_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EISDIR: 'a folder is in the way of the file',
  ENOTDIR: 'a file is in the way of its folder',
  EIO: 'a disk input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
};

/** A code the select of `history.note.unreadable` can take (`none`: no code, the error's message is shown). */
const NO_CODE = 'none';

/** The note for a log that could not be read: its error code, or (no code) the error's own message. */
export function unreadableNote(err: unknown): HistoryNote {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && code) return { id: 'history.note.unreadable', values: { code, message: '' } };
  const message = err instanceof Error ? err.message : String(err);
  return { id: 'history.note.unreadable', values: { code: NO_CODE, message } };
}

const s = (v: string | number | undefined): string => String(v ?? '');

/** A note in English, as the English message words it. */
export function noteEnglish(note: HistoryNote): string {
  const v = note.values;
  const line = s(v.line);
  switch (note.id) {
    case 'history.note.noVersion':
      return `line ${line} skipped: no schema version "v"`;
    case 'history.note.noTime':
      return `line ${line} skipped: no "at" time stamp`;
    case 'history.note.badTime':
      return `line ${line} skipped: "at" is not an ISO time with offset (${s(v.text)})`;
    case 'history.note.unknownEvent':
      return `line ${line} skipped: unknown event ${s(v.name)}`;
    case 'history.note.noEvent':
      return `line ${line} skipped: unknown event none`;
    case 'history.note.missing':
      return `line ${line} skipped: "${s(v.event)}" without a valid ${s(v.fields)}`;
    case 'history.note.tooLong':
      return `line ${line} skipped: line longer than ${s(v.max)} characters`;
    case 'history.note.notJson':
      return `line ${line} skipped: not valid JSON`;
    case 'history.note.notObject':
      return `line ${line} skipped: not a JSON object`;
    case 'history.note.malformed':
      return `line ${line}: ignored malformed ${s(v.fields)} of "${s(v.event)}"`;
    case 'history.note.copy':
      return `line ${line} skipped: the same event as an earlier line (counted once)`;
    case 'history.note.torn':
      return `line ${line} (the last) was cut off while being written, probably by a crash; skipped`;
    case 'history.note.newer': {
      const count = Number(v.count);
      return (
        `${count} line${count === 1 ? ' was' : 's were'} written by a newer version of Limber ` +
        `(schema v${s(v.version)}, first on line ${s(v.first)}); kept in the file but not shown`
      );
    }
    case 'history.note.more': {
      const count = Number(v.count);
      return `… and ${count} more skipped line${count === 1 ? '' : 's'}`;
    }
    case 'history.note.unreadable': {
      const code = s(v.code);
      const error = code === NO_CODE ? s(v.message) : `${IO_REASONS[code] ?? 'error'} (${code})`;
      return `the history file could not be read: ${error}`;
    }
  }
}

/** Every note id (for tests: each has its message). */
export const HISTORY_NOTE_IDS: readonly HistoryNoteId[] = [
  'history.note.noVersion',
  'history.note.noTime',
  'history.note.badTime',
  'history.note.unknownEvent',
  'history.note.noEvent',
  'history.note.missing',
  'history.note.tooLong',
  'history.note.notJson',
  'history.note.notObject',
  'history.note.malformed',
  'history.note.copy',
  'history.note.torn',
  'history.note.newer',
  'history.note.more',
  'history.note.unreadable',
];

/** Is this a note as this version writes it (a summary file from another version may hold other things)? */
export function isHistoryNote(x: unknown): x is HistoryNote {
  if (typeof x !== 'object' || x === null) return false;
  const n = x as { id?: unknown; values?: unknown };
  return (
    typeof n.id === 'string' &&
    (HISTORY_NOTE_IDS as readonly string[]).includes(n.id) &&
    typeof n.values === 'object' &&
    n.values !== null &&
    Object.values(n.values).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}
