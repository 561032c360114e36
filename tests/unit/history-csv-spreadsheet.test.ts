// The CSV export, opened by a real spreadsheet program (issue 14 §12): LibreOffice Calc, headless,
// reads the comma file (number formats with a decimal point) and the semicolon file (decimal
// comma, e.g. German) in one run, with German number parsing, and saves them as flat OpenDocument
// (.fods, plain XML), whose cells are read back here with their types: every column its own cell,
// dates as dates, times as times, durations and percentages as numbers, names as text, and no
// formula anywhere.
//
// LibreOffice is installed by this test where it can be (root on Debian: the
// libreoffice-calc-nogui package). Where it cannot, the test fails in CI (CI=true) with the
// reason, and elsewhere it is skipped with the reason and the way to install it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getExercise } from '../../src-main/core/catalog';
import type { LimberEvent } from '../../src-main/core/events';
import { CSV_COLUMNS, parseLog, serializeEvent, toCsv } from '../../src-main/core/history/index';

const CANDIDATES = [
  process.env.SOFFICE_PATH,
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];
const findSoffice = (): string | null => CANDIDATES.find((c): c is string => !!c && fs.existsSync(c)) ?? null;

/** Finds LibreOffice, installing Debian's package when running as root on Debian; else says why not. */
function getSoffice(): { path: string } | { why: string } {
  const found = findSoffice();
  if (found) return { path: found };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !fs.existsSync('/etc/debian_version')) {
    return { why: 'LibreOffice is not installed (Debian/Ubuntu: apt-get install libreoffice-calc-nogui; elsewhere see libreoffice.org, or set SOFFICE_PATH)' };
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-calc-nogui'], { env, encoding: 'utf8', timeout: 15 * 60_000 });
  let res = install();
  if (res.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env, timeout: 5 * 60_000 });
    res = install();
  }
  const now = findSoffice();
  if (now) return { path: now };
  return { why: `installing libreoffice-calc-nogui failed (apt-get exit ${String(res.status)}): ${(res.stderr || String(res.error ?? '')).trim().slice(-300)}` };
}

const cet = (local: string) => Date.parse(`${local}+01:00`);
const ID_A = 'seated-rotation';
const ID_B = 'forward-bend';
const EVENTS: LimberEvent[] = [
  { event: 'break', at: cet('2026-03-02T09:45:00'), breakId: 'b1', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: [ID_A, ID_B] },
  { event: 'started', at: cet('2026-03-02T09:45:20'), breakId: 'b1' },
  { event: 'completed', at: cet('2026-03-02T09:47:25'), breakId: 'b1', exercises: [ID_A, ID_B], secondsStretched: 120.4 },
  { event: 'break', at: cet('2026-03-02T10:40:00'), breakId: 'b2', trigger: 'due', snoozesLeft: 2, sittingSeconds: 2700, routine: [ID_B, 'übung-ä'] },
  { event: 'snoozed', at: cet('2026-03-02T10:41:00'), breakId: 'b2', until: cet('2026-03-02T10:46:00'), snoozesUsed: 1 },
  { event: 'break', at: cet('2026-03-02T10:46:00'), breakId: 'b2', trigger: 'snooze', snoozesLeft: 1, sittingSeconds: 3060, routine: [ID_B, 'übung-ä'] },
  { event: 'started', at: cet('2026-03-02T10:46:05'), breakId: 'b2' },
  { event: 'partial', at: cet('2026-03-02T10:47:05'), breakId: 'b2', fraction: 0.5, exercises: [ID_B], secondsStretched: 55 },
  { event: 'break', at: cet('2026-03-02T23:59:00'), breakId: 'b3', trigger: 'manual', snoozesLeft: 2, sittingSeconds: 60, routine: ['=1+1'] },
  { event: 'skipped', at: cet('2026-03-03T00:00:30'), breakId: 'b3' },
];
const entries = parseLog(EVENTS.map((e) => `${serializeEvent(e)}\n`).join('')).entries;
const nameA = getExercise(ID_A)!.name;
const nameB = getExercise(ID_B)!.name;

type Cell = { type: string; value: string; text: string };

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The first sheet of a flat ODS file as rows of typed cells (empty trailing cells dropped). */
function readFods(xml: string): Cell[][] {
  const table = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(xml)?.[1] ?? '';
  const rows: Cell[][] = [];
  for (const r of table.matchAll(/<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const cells: Cell[] = [];
    for (const c of (r[1] ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g)) {
      const attrs = c[1] ?? '';
      if (/table:formula=/.test(attrs)) throw new Error(`a cell holds a formula: ${attrs}`);
      const repeat = Number(/table:number-columns-repeated="(\d+)"/.exec(attrs)?.[1] ?? 1);
      const type = /office:value-type="(\w+)"/.exec(attrs)?.[1] ?? '';
      const value = /office:(?:date-value|time-value|value|boolean-value)="([^"]*)"/.exec(attrs)?.[1] ?? '';
      const text = unescape(
        (c[2] ?? '')
          .replace(/<text:s text:c="(\d+)"\/>/g, (_m, n: string) => ' '.repeat(Number(n)))
          .replace(/<text:s\/>/g, ' ')
          .replace(/<\/text:p>\s*<text:p[^>]*>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ).trim();
      for (let i = 0; i < Math.min(repeat, 64); i++) cells.push({ type, value, text });
    }
    while (cells.length && cells[cells.length - 1]!.type === '' && cells[cells.length - 1]!.text === '') cells.pop();
    if (cells.length) rows.push(cells);
  }
  return rows;
}

let dir: string;
let soffice: { path: string } | { why: string };
const sheets = new Map<string, Cell[][]>();
let conversion = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-csv-lo-'));
  soffice = getSoffice();
  if (!('path' in soffice)) return;
  fs.writeFileSync(path.join(dir, 'comma.csv'), toCsv(entries, { separator: ',' }));
  fs.writeFileSync(path.join(dir, 'semicolon.csv'), toCsv(entries, { separator: ';' }));
  // CSV import options: separators , and ; · text in " · character set from the byte order mark ·
  // from line 1 · standard cell formats · German (1031) number parsing · quoted fields not forced
  // to text · detect special numbers (dates, times) — what a user in Germany gets in the import dialog.
  const run = spawnSync(
    soffice.path,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--infilter=CSV:44/59,34,,1,,1031,false,true',
      '--convert-to',
      'fods',
      '--outdir',
      path.join(dir, 'out'),
      path.join(dir, 'comma.csv'),
      path.join(dir, 'semicolon.csv'),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  conversion = `${run.stdout}${run.stderr}${run.error ? String(run.error) : ''}`;
  for (const name of ['comma', 'semicolon']) {
    const out = path.join(dir, 'out', `${name}.fods`);
    if (fs.existsSync(out)) sheets.set(name, readFods(fs.readFileSync(out, 'utf8')));
  }
}, 20 * 60_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Fails in CI, and skips with the reason elsewhere, when there is no LibreOffice. */
function needSpreadsheet(ctx: { skip: (note?: string) => void }): void {
  if ('path' in soffice) return;
  if (process.env.CI) throw new Error(`cannot check the CSV in a spreadsheet: ${soffice.why}`);
  process.stderr.write(`history-csv-spreadsheet: skipped — ${soffice.why}\n`);
  ctx.skip(soffice.why);
}

describe('the CSV export in LibreOffice Calc', () => {
  it.for(['comma', 'semicolon'])('the %s file opens as columns, with dates, times, numbers and names in their own typed cells', (name, ctx) => {
    needSpreadsheet(ctx);
    const rows = sheets.get(name);
    expect(rows, `LibreOffice converted ${name}.csv (${conversion.trim()})`).toBeDefined();
    const [header, ...data] = rows!;
    expect(header!.map((c) => c.text)).toEqual([...CSV_COLUMNS]);
    expect(data).toHaveLength(3);
    const col = (row: Cell[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)] ?? { type: '', value: '', text: '' };
    const [done, partly, skipped] = data as [Cell[], Cell[], Cell[]];

    expect(col(done, 'Date')).toMatchObject({ type: 'date', value: '2026-03-02' });
    expect(col(done, 'Time')).toMatchObject({ type: 'time', value: 'PT09H45M00S' });
    expect(col(done, 'Outcome')).toMatchObject({ type: 'string', text: 'completed' });
    expect(col(done, 'Duration (s)')).toMatchObject({ type: 'float', value: '120' });
    expect(col(done, 'Done (%)')).toMatchObject({ type: 'float', value: '100' });
    expect(col(done, 'Exercises done')).toMatchObject({ type: 'string', text: `${nameA}, ${nameB}` });
    expect(col(done, 'Exercises done (ids)')).toMatchObject({ type: 'string', text: `${ID_A}, ${ID_B}` });
    expect(col(done, 'End time')).toMatchObject({ type: 'time', value: 'PT09H47M25S' });
    expect(col(done, 'Break id')).toMatchObject({ type: 'string', text: 'b1' });

    expect(col(partly, 'Time')).toMatchObject({ type: 'time', value: 'PT10H40M00S' });
    expect(col(partly, 'Done (%)')).toMatchObject({ type: 'float', value: '50' });
    expect(col(partly, 'Duration (s)')).toMatchObject({ type: 'float', value: '55' });
    expect(col(partly, 'Routine')).toMatchObject({ type: 'string', text: `${nameB}, übung-ä` });
    expect(col(partly, 'Snoozes')).toMatchObject({ type: 'float', value: '1' });

    // a break shown before midnight and skipped after it: the end has its own date
    expect(col(skipped, 'Date')).toMatchObject({ type: 'date', value: '2026-03-02' });
    expect(col(skipped, 'End date')).toMatchObject({ type: 'date', value: '2026-03-03' });
    expect(col(skipped, 'End time')).toMatchObject({ type: 'time', value: 'PT00H00M30S' });
    expect(col(skipped, 'Duration (s)').type).toBe('');
    expect(col(skipped, 'Routine').type).toBe('string'); // "=1+1" arrives as text, never as a formula
    expect(col(skipped, 'Routine').text).toMatch(/=1\+1$/);
  });

  it('both files give the same sheet', (ctx) => {
    needSpreadsheet(ctx);
    expect(sheets.get('semicolon')).toEqual(sheets.get('comma'));
  });
});
