// `npm run simulate -- TRACE.json` end to end: output lines on stdout, and for a malformed
// trace one clear line on stderr naming the problem, with exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'limber-sim-'));

function simulateCli(trace: unknown, raw = false) {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, raw ? String(trace) : JSON.stringify(trace));
  const res = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/simulate.ts'), '--', file], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Berlin' },
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

const ok = { start: '2026-03-02T09:00:00', end: '10:00', events: [] };
const NEST = '['.repeat(5000) + ']'.repeat(5000);
const deepTrace = (fields: string) => `{"start":"2026-03-02T09:00:00","end":"10:00","events":[{"at":"09:10",${fields}${NEST}}]}`;

describe('simulate CLI', () => {
  it('prints one JSON object a line', () => {
    const r = simulateCli(ok);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { at: '09:44:00', event: 'warn', due: '09:45:00' },
      // typing on without a pause (the simulated user gives input from the start): it waits flexMinutes
      { at: '09:48:00', event: 'break', trigger: 'due', snoozesLeft: 2, waited: 180 },
    ]);
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['no start', { end: '10:00', events: [] }, /"start" is missing/],
    ['bad start', { ...ok, start: '2026-02-30T09:00:00' }, /"start" is not a valid local date-time/],
    ['end before start', { ...ok, end: '08:00' }, /"end" .* must be after "start"/],
    ['unknown action', { ...ok, events: [{ at: '09:10', do: 'jump' }] }, /events\[0\]\.do: unknown action "jump"/],
    ['bad time', { ...ok, events: [{ at: '9h10', do: 'idle' }] }, /events\[0\]\.at is not a valid time/],
    ['out of order', { ...ok, events: [{ at: '09:20', do: 'idle' }, { at: '09:10', do: 'active' }] }, /events\[1\]\.at .* time order/],
    ['partial without fraction', { ...ok, events: [{ at: '09:10', do: 'partial' }] }, /events\[0\]\.fraction/],
    ['pause minutes out of range', { ...ok, events: [{ at: '09:10', do: 'pause', minutes: 2000 }] }, /minutes must be a whole number from 1 to 1440/],
    ['pause until what', { ...ok, events: [{ at: '09:10', do: 'pause', until: 'monday' }] }, /until must be "tomorrow" or "forever"/],
    ['bad settings', { ...ok, settings: { sitMinutes: 5 } }, /sitMinutes must be a whole number from 10 to 180/],
    ['bad settings event', { ...ok, events: [{ at: '09:10', do: 'settings', set: { warnSeconds: -1 } }] }, /events\[0\]\.set: warnSeconds/],
    ['bad clock shift', { ...ok, events: [{ at: '09:10', do: 'clock', shift: 'soon' }] }, /events\[0\]\.shift must be a signed amount/],
    ['unknown field', { ...ok, events: [{ at: '09:10', do: 'idle', for: 5 }] }, /events\[0\] has unknown field "for"/],
    // issue 14 §7/§9: a value nested thousands deep gives a message, never a stack overflow; a huge shift is refused
    ['deeply nested fraction', deepTrace('"do":"partial","fraction":'), /events\[0\]\.fraction must be a number from 0 to 1/],
    ['deeply nested settings value', `{"start":"2026-03-02T09:00:00","end":"10:00","events":[{"at":"09:10","do":"settings","set":{"sitMinutes":${NEST}}}]}`, /events\[0\]\.set: sitMinutes must be/],
    ['huge clock shift', { ...ok, events: [{ at: '09:10', do: 'clock', shift: '+99999999999999h' }] }, /events\[0\]\.shift is too large/],
    ['unknown busy reason', { ...ok, events: [{ at: '09:10', do: 'busy', reason: 'meeting' }] }, /events\[0\]\.reason must be one of call, presenting, dnd, app/],
  ])('%s: one error line naming the problem, exit 2, nothing on stdout', (_name, trace, message) => {
    const r = simulateCli(trace, typeof trace === 'string');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const lines = r.err.trim().split('\n').filter((l) => !l.includes('npm warn'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('a missing file is a clear error too', () => {
    const res = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/simulate.ts'), join(dir, 'nope.json')], { encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/cannot read .*nope\.json: ENOENT/);
  });
});
