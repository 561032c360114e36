// Static Electron security scan (Doyensec's electronegativity) over src-main, in `npm test`. Every
// finding is either fixed or answered in security/electronegativity-exceptions.json with a reason;
// an unlisted finding or a stale exception fails. A probe file with known-bad settings is scanned
// along with the sources, so a scanner that silently stopped finding things fails too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Finding {
  check: string;
  file: string;
  location: string;
  sample: string;
}
interface Exceptions {
  excludedChecks: Record<string, string>;
  exceptions: { check: string; file: string; sample: string; reason: string }[];
}

const ROOT = process.cwd();
const PROBE = '__probe__.ts';
const exceptions = JSON.parse(fs.readFileSync(path.join(ROOT, 'security/electronegativity-exceptions.json'), 'utf8')) as Exceptions;

/** RFC 4180-ish: quoted fields with "" escapes, commas, no newlines inside fields in this output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cell += '"'), i++;
        else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') cells.push(cell.trim()), (cell = '');
      else cell += c;
    }
    cells.push(cell.trim());
    rows.push(cells);
  }
  return rows;
}

let findings: Finding[] = [];
let tmp = '';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-eneg-'));
  const input = path.join(tmp, 'src-main');
  fs.cpSync(path.join(ROOT, 'src-main'), input, { recursive: true });
  fs.writeFileSync(
    path.join(input, PROBE),
    "import { BrowserWindow } from 'electron';\nexport const bad = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
  );
  const out = path.join(tmp, 'report.csv');
  const cli = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const r = spawnSync(process.execPath, [cli, '-i', input, '-r', '-v', 'false', '-e', '45.4.1', '-x', Object.keys(exceptions.excludedChecks).join(','), '-o', out], {
    encoding: 'utf8',
    timeout: 180_000,
    env: { ...process.env, LANG: 'en' },
  });
  if (!fs.existsSync(out)) throw new Error(`electronegativity wrote no report (exit ${r.status}): ${r.stderr || r.stdout}`);
  const [header, ...rows] = parseCsv(fs.readFileSync(out, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  findings = rows.map((c) => ({ check: c[col('issue')]!, file: c[col('filename')]!, location: c[col('location')]!, sample: c[col('sample')]! }));
}, 200_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const answered = (f: Finding) => exceptions.exceptions.some((e) => e.check === f.check && e.file === f.file && f.sample.includes(e.sample));

describe('electronegativity over src-main', () => {
  it('still finds what it should (the probe with nodeIntegration on, contextIsolation off)', () => {
    const probe = findings.filter((f) => f.file === PROBE).map((f) => f.check);
    expect(probe).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']));
  });

  it('every finding in src-main is answered in security/electronegativity-exceptions.json', () => {
    const open = findings.filter((f) => f.file !== PROBE && f.file !== 'N/A' && !answered(f));
    expect(open, `unanswered findings:\n${open.map((f) => `${f.check} ${f.file}:${f.location} ${f.sample}`).join('\n')}`).toEqual([]);
  });

  it('global checks find nothing (navigation limits and the permission handler are in place)', () => {
    expect(findings.filter((f) => f.file === 'N/A').map((f) => f.check)).toEqual([]);
  });

  it('every exception still matches a finding and gives a reason', () => {
    for (const e of exceptions.exceptions) {
      expect(e.reason.length, e.check).toBeGreaterThan(40);
      expect(findings.some((f) => f.check === e.check && f.file === e.file && f.sample.includes(e.sample)), `stale exception ${e.check} ${e.file}`).toBe(true);
    }
  });
});
