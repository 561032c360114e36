// The history file store: crash-safe appends, real OS-level write failures and recovery.
// Tests run as root, which ignores file permissions, so the permission case runs in a child
// process as an unprivileged uid; ENOTDIR, EISDIR and ENOSPC (/dev/full) fail for root too.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { LimberEvent } from '../../src-main/core/events';
import { noteEnglish, parseLog } from '../../src-main/core/history/index';
import { HistoryLog } from '../../src-main/history-log';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-history-'));
let n = 0;
const freshDir = () => {
  const d = path.join(tmpRoot, `t${n++}`);
  fs.mkdirSync(d);
  return d;
};
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const base = Date.parse('2026-03-02T09:00:00+01:00');
const done = (i: number): LimberEvent => ({
  event: 'completed',
  at: base + i * 60_000,
  breakId: `b${i}`,
  exercises: ['twist'],
  secondsStretched: 60,
});
const ids = (log: HistoryLog) => log.readAll().entries.map((e) => ('breakId' in e ? e.breakId : e.event));

function watch(dir: string, extra: Partial<ConstructorParameters<typeof HistoryLog>[0]> = {}) {
  const problems: string[] = [];
  let recovered = 0;
  const log = new HistoryLog({ dir, onProblem: (m) => problems.push(m), onRecovered: () => recovered++, ...extra });
  return { log, problems, recovered: () => recovered };
}

describe('HistoryLog: appending', () => {
  it('writes one complete line per event, private to the user, and reads them back', () => {
    const dir = freshDir();
    const { log, problems } = watch(dir);
    expect(log.append(done(1))).toBe(true);
    expect(log.append({ event: 'natural-break', at: base + 120_000, cause: 'lock', sittingSeconds: 1200 })).toBe(true);
    const text = fs.readFileSync(log.path, 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.startsWith('{"v":1,"at":"2026-03-02T09:01:00.000+01:00","event":"completed"')).toBe(true);
    expect(fs.statSync(log.path).mode & 0o777).toBe(0o600);
    const r = log.readAll();
    expect(r.entries.map((e) => e.event)).toEqual(['completed', 'natural-break']);
    expect(r).toMatchObject({ pending: 0, dropped: 0, readError: null, torn: false, notes: [] });
    expect(problems).toEqual([]);
  });

  it('creates a missing data folder', () => {
    const dir = path.join(freshDir(), 'a', 'b');
    const { log } = watch(dir);
    expect(log.append(done(1))).toBe(true);
    expect(ids(log)).toEqual(['b1']);
  });

  it('after a crash mid-line, starts the next line on a new line and never rewrites old lines', () => {
    const dir = freshDir();
    const first = watch(dir).log;
    first.append(done(1));
    first.append(done(2));
    const good = fs.readFileSync(first.path, 'utf8');
    fs.appendFileSync(first.path, good.split('\n')[0]!.slice(0, 37)); // the torn line of a power cut
    expect(parseLog(fs.readFileSync(first.path, 'utf8'))).toMatchObject({ torn: true, invalid: 1 });

    const { log } = watch(dir); // the next run
    expect(log.append(done(3))).toBe(true);
    expect(log.append(done(4))).toBe(true);
    const text = fs.readFileSync(log.path, 'utf8');
    expect(text.startsWith(good)).toBe(true); // old lines untouched
    const r = log.readAll();
    expect(r.entries.map((e) => 'breakId' in e && e.breakId)).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(r.torn).toBe(false);
    expect(r.notes.map(noteEnglish)).toEqual(['line 3 skipped: not valid JSON']);
  });

  it('does not throw on an event it cannot serialize; says so instead', () => {
    const { log, problems } = watch(freshDir());
    expect(() => log.append({ event: 'started', at: Number.NaN, breakId: 'x' })).not.toThrow();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/could not record a "started" event/);
    expect(fs.existsSync(log.path)).toBe(false);
  });
});

describe('HistoryLog: the file cannot be written (root-proof failures)', () => {
  it('EISDIR: a folder in place of the file — queued in order, one message, flushed on recovery', () => {
    const dir = freshDir();
    const { log, problems, recovered } = watch(dir);
    expect(log.append(done(1))).toBe(true);
    fs.renameSync(log.path, `${log.path}.bak`);
    fs.mkdirSync(log.path);
    expect(log.append(done(2))).toBe(false);
    expect(log.append(done(3))).toBe(false);
    expect(log.retry()).toBe(false);
    expect(log.append(done(4))).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/can’t save its history to .*history\.jsonl: a folder is in the way of the file \(EISDIR\)/);
    expect(log.healthy).toBe(false);
    expect(log.pending).toBe(3);
    // The UI still sees everything, the unsaved events marked as pending.
    fs.rmdirSync(log.path);
    fs.renameSync(`${log.path}.bak`, log.path);
    const r = log.readAll();
    expect(r.entries.map((e) => [('breakId' in e && e.breakId) || '', e.pending ?? false])).toEqual([
      ['b1', false],
      ['b2', true],
      ['b3', true],
      ['b4', true],
    ]);
    expect(r.pending).toBe(3);
    // Writing works again: the next append writes the queue first, in order.
    expect(log.append(done(5))).toBe(true);
    expect(log.pending).toBe(0);
    expect(log.healthy).toBe(true);
    expect(recovered()).toBe(1);
    expect(ids(log)).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(parseLog(fs.readFileSync(log.path, 'utf8')).notes).toEqual([]);
    // A new episode gets a new (single) message.
    fs.renameSync(log.path, `${log.path}.bak`);
    fs.mkdirSync(log.path);
    log.append(done(6));
    log.append(done(7));
    expect(problems).toHaveLength(2);
  });

  it('ENOTDIR: a file in place of the data folder; retry() flushes once it is gone', () => {
    const parent = freshDir();
    const dir = path.join(parent, 'data');
    fs.writeFileSync(dir, 'not a folder');
    const { log, problems, recovered } = watch(dir);
    expect(log.append(done(1))).toBe(false);
    expect(log.append(done(2))).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/ENOTDIR/);
    expect(log.readAll()).toMatchObject({ pending: 2, readError: expect.stringMatching(/ENOTDIR/) });
    fs.unlinkSync(dir);
    expect(log.retry()).toBe(true);
    expect(recovered()).toBe(1);
    expect(ids(log)).toEqual(['b1', 'b2']);
  });

  it.skipIf(!fs.existsSync('/dev/full'))('ENOSPC: a full disk (/dev/full), then space again', () => {
    const dir = freshDir();
    const { log, problems } = watch(dir);
    fs.symlinkSync('/dev/full', log.path);
    expect(log.append(done(1))).toBe(false);
    expect(log.append(done(2))).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/the disk is full \(ENOSPC\)/);
    fs.unlinkSync(log.path);
    expect(log.append(done(3))).toBe(true);
    expect(ids(log)).toEqual(['b1', 'b2', 'b3']);
  });

  it('bounds the queue: past maxQueue the oldest unsaved events go, counted and reported once', () => {
    const dir = freshDir();
    const { log, problems } = watch(dir, { maxQueue: 5 });
    fs.mkdirSync(log.path);
    for (let i = 1; i <= 8; i++) log.append(done(i));
    expect(log.pending).toBe(5);
    expect(log.dropped).toBe(3);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/more than 5 events are waiting, so the oldest unsaved ones are being dropped/);
    fs.rmdirSync(log.path);
    expect(log.retry()).toBe(true);
    expect(ids(log)).toEqual(['b4', 'b5', 'b6', 'b7', 'b8']);
    expect(log.readAll().dropped).toBe(3);
  });
});

/** The permission scenario, run by an unprivileged user (or by us, when we are not root). */
const PERMISSION_SCRIPT = (historyLogUrl: string) => `
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HistoryLog } from ${JSON.stringify(historyLogUrl)};
const dir = process.argv[2];
const problems = [];
let recovered = 0;
const at = Date.parse('2026-03-02T09:00:00+01:00');
const ev = (i) => ({ event: 'completed', at: at + i * 60000, breakId: 'b' + i, secondsStretched: 60 });
const out = { uid: process.getuid(), steps: [] };
const step = (name, value) => out.steps.push([name, value]);
const log = new HistoryLog({ dir, onProblem: (m) => problems.push(m), onRecovered: () => recovered++ });
step('append 1', log.append(ev(1)));
fs.chmodSync(log.path, 0o444);                       // the file becomes read-only
step('append 2', log.append(ev(2)));
step('append 3', log.append(ev(3)));
step('retry', log.retry());
fs.chmodSync(log.path, 0o000);                       // not even readable
const unreadable = log.readAll();
step('unreadable', { readError: unreadable.readError, events: unreadable.entries.map((e) => e.breakId + (e.pending ? '*' : '')) });
fs.chmodSync(log.path, 0o644);                       // fixed
step('append 4', log.append(ev(4)));
step('pending', log.pending);
// A read-only folder without the file: it cannot even be created.
const dir2 = path.join(dir, 'ro');
fs.mkdirSync(dir2, { mode: 0o555 });
const log2 = new HistoryLog({ dir: dir2, onProblem: (m) => problems.push(m) });
step('create in read-only folder', log2.append(ev(9)));
fs.chmodSync(dir2, 0o755);
step('create after chmod', log2.retry());
out.problems = problems;
out.recovered = recovered;
out.events = log.readAll().entries.map((e) => e.breakId);
out.events2 = log2.readAll().entries.map((e) => e.breakId);
console.log(JSON.stringify(out));
`;

describe('HistoryLog: real file permissions', () => {
  const asRoot = process.getuid?.() === 0;
  const canRun = process.platform !== 'win32';

  it.skipIf(!canRun)(`EACCES on a read-only file and folder, then recovery${asRoot ? ' (as uid 65534)' : ''}`, () => {
    const dir = freshDir();
    const script = path.join(dir, 'scenario.mts');
    fs.writeFileSync(script, PERMISSION_SCRIPT(pathToFileURL(path.join(ROOT, 'src-main/history-log.ts')).href));
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    const uid = 65534;
    if (asRoot) {
      fs.chmodSync(tmpRoot, 0o755);
      fs.chmodSync(dir, 0o755);
      fs.chownSync(data, uid, uid);
    }
    const res = spawnSync(process.execPath, ['--import', 'tsx', script, data], {
      cwd: ROOT, // so that `--import tsx` resolves from the project
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, HOME: dir },
      ...(asRoot ? { uid, gid: uid } : {}),
    });
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout.trim().split('\n').at(-1)!);
    if (asRoot) expect(out.uid).toBe(uid);
    expect(out.steps).toEqual([
      ['append 1', true],
      ['append 2', false],
      ['append 3', false],
      ['retry', false],
      ['unreadable', { readError: 'permission denied (EACCES)', events: ['b2*', 'b3*'] }],
      ['append 4', true],
      ['pending', 0],
      ['create in read-only folder', false],
      ['create after chmod', true],
    ]);
    expect(out.problems).toHaveLength(2); // one per log, once per episode
    expect(out.problems[0]).toMatch(/permission denied \(EACCES\)/);
    expect(out.problems[1]).toMatch(/ro.history\.jsonl: permission denied \(EACCES\)/);
    expect(out.recovered).toBe(1);
    expect(out.events).toEqual(['b1', 'b2', 'b3', 'b4']);
    expect(out.events2).toEqual(['b9']);
    // And the file on disk, read by us: complete lines only, in order.
    const r = parseLog(fs.readFileSync(path.join(data, 'history.jsonl'), 'utf8'));
    expect(r.notes).toEqual([]);
    expect(r.entries.map((e) => 'breakId' in e && e.breakId)).toEqual(['b1', 'b2', 'b3', 'b4']);
  });
});

describe('HistoryLog: exports and cached stats', () => {
  it('exports CSV and the raw log (with unsaved events) to a path the caller gives', () => {
    const dir = freshDir();
    const { log } = watch(dir);
    log.append({ event: 'break', at: base, breakId: 'b1', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700 });
    log.append(done(1));
    fs.renameSync(log.path, `${log.path}.bak`);
    fs.mkdirSync(log.path);
    log.append(done(2)); // waits in memory
    fs.rmdirSync(log.path);
    fs.renameSync(`${log.path}.bak`, log.path);
    const onDisk = fs.readFileSync(log.path, 'utf8');

    const csvPath = path.join(dir, 'export.csv');
    expect(log.exportCsv(csvPath)).toEqual({ rows: 2 });
    const csv = fs.readFileSync(csvPath, 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^\uFEFFDate,Time,Outcome,/);
    expect(csv[1]).toMatch(/^2026-03-02,09:00:00,completed,/);
    expect(csv[2]).toMatch(/^2026-03-02,,completed,/);
    expect(log.exportCsv(csvPath, { separator: ';' })).toEqual({ rows: 2 });
    expect(fs.readFileSync(csvPath, 'utf8').split('\r\n')[1]).toMatch(/^2026-03-02;09:00:00;completed;/);

    const rawPath = path.join(dir, 'export.jsonl');
    log.exportRaw(rawPath);
    const raw = fs.readFileSync(rawPath, 'utf8');
    expect(raw.startsWith(onDisk)).toBe(true);
    expect(parseLog(raw).entries).toHaveLength(3);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    expect(() => log.exportCsv(path.join(dir, 'no', 'such', 'folder.csv'))).toThrow(/ENOENT/);
  });

  it('stats() reads the file once, then follows appends', () => {
    const dir = freshDir();
    const { log } = watch(dir);
    log.append(done(1));
    const now = base + 3600_000;
    expect(log.stats({ dailyGoal: 2, now }).today).toMatchObject({ completed: 1, remaining: 1 });
    log.append(done(2));
    expect(log.stats({ dailyGoal: 2, now }).today).toMatchObject({ completed: 2, goalMet: true });
    // Written behind its back: invisible until reload().
    fs.appendFileSync(log.path, fs.readFileSync(log.path, 'utf8').split('\n')[0]!.replace('"b1"', '"b9"') + '\n');
    expect(log.stats({ dailyGoal: 2, now }).today.completed).toBe(2);
    log.reload();
    expect(log.stats({ dailyGoal: 2, now }).today.completed).toBe(3);
  });
});
