// `limber pause 30m` and friends (SPEC §7): every command, every bad form, and the second
// instance that validates before forwarding.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from 'electron';
import { commandData, commandFromData, parseCli, usage, usageError, userArgs } from '../../src-main/cli';
const USAGE = usage();
import { claimInstance } from '../../src-main/single-instance';
import { fakeState, resetElectronMock } from '../mocks/electron';

const ok = (args: string[]) => {
  const r = parseCli(args);
  if (!r.ok) throw new Error(r.error);
  return r.command;
};
const err = (args: string[]) => {
  const r = parseCli(args);
  if (r.ok) throw new Error(`accepted ${args.join(' ')}`);
  return r.error;
};

describe('parseCli', () => {
  it('parses every command', () => {
    expect(ok([])).toEqual({ type: 'none' });
    expect(ok(['pause', '30m'])).toEqual({ type: 'pause', minutes: 30 });
    expect(ok(['pause', '1m'])).toEqual({ type: 'pause', minutes: 1 });
    expect(ok(['pause', '1440m'])).toEqual({ type: 'pause', minutes: 1440 });
    expect(ok(['pause', '2h'])).toEqual({ type: 'pause', minutes: 120 });
    expect(ok(['pause', '24h'])).toEqual({ type: 'pause', minutes: 1440 });
    expect(ok(['pause', 'tomorrow'])).toEqual({ type: 'pause', until: 'tomorrow' });
    expect(ok(['pause', 'forever'])).toEqual({ type: 'pause', until: 'forever' });
    expect(ok(['resume'])).toEqual({ type: 'resume' });
    expect(ok(['stretch-now'])).toEqual({ type: 'stretch-now' });
    expect(ok(['settings'])).toEqual({ type: 'settings' });
    expect(ok(['history'])).toEqual({ type: 'history' });
    expect(ok(['help'])).toEqual({ type: 'help' });
    expect(ok(['--help'])).toEqual({ type: 'help' });
  });

  it('is case-insensitive for words', () => {
    expect(ok(['PAUSE', 'Tomorrow'])).toEqual({ type: 'pause', until: 'tomorrow' });
    expect(ok(['Pause', '2H'])).toEqual({ type: 'pause', minutes: 120 });
  });

  it.each([
    [['pause'], /needs a duration/],
    [['pause', '0m'], /from 1 minute to 24 hours/],
    [['pause', '0h'], /from 1 minute to 24 hours/],
    [['pause', '1441m'], /from 1 minute to 24 hours/],
    [['pause', '25h'], /from 1 minute to 24 hours/],
    [['pause', '99999m'], /from 1 minute to 24 hours/],
    [['pause', '30'], /not a duration/],
    [['pause', '30s'], /not a duration/],
    [['pause', '1.5h'], /not a duration/],
    [['pause', '-5m'], /not a duration/],
    [['pause', 'm'], /not a duration/],
    [['pause', '30 m'], /not a duration/],
    [['pause', 'later'], /not a duration/],
    [['pause', '30m', '2h'], /one duration/],
    [['resume', 'now'], /takes no arguments/],
    [['stretch-now', 'please'], /takes no arguments/],
    [['settings', 'x'], /takes no arguments/],
    [['history', '7d'], /takes no arguments/],
    [['stretch'], /unknown command "stretch"/],
    [['snooze'], /unknown command/],
    [[''], /unknown command/],
  ])('refuses %j', (args, message) => {
    expect(err(args)).toMatch(message);
  });

  it('usage names every command', () => {
    for (const c of ['pause <N>m', 'pause <N>h', 'pause tomorrow', 'pause forever', 'resume', 'stretch-now', 'settings', 'history']) {
      expect(USAGE).toContain(c);
    }
  });
});

describe('userArgs', () => {
  it('drops the executable, the script when run from source, and Chromium switches', () => {
    expect(userArgs(['/opt/Limber/limber', 'pause', '30m'], false)).toEqual(['pause', '30m']);
    expect(userArgs(['/x/electron', 'dist/main/main.cjs', 'resume'], true)).toEqual(['resume']);
    expect(userArgs(['/x/electron', '--no-sandbox', '/src/limber', '--no-sandbox', 'pause', '2h'], true)).toEqual(['pause', '2h']);
    expect(userArgs(['/x/electron', '--inspect'], true)).toEqual([]);
    expect(userArgs(['limber', '--no-sandbox', 'pause', '--allow-file-access-from-files', '2h'], false)).toEqual(['pause', '2h']);
    expect(userArgs(['limber', '--help'], false)).toEqual(['--help']);
  });
});

describe('forwarded data is checked again', () => {
  it('round-trips good commands', () => {
    expect(commandFromData(commandData(['pause', '30m']))).toEqual({ type: 'pause', minutes: 30 });
  });
  it.each([null, 'pause 30m', { args: 'pause' }, { args: ['pause', 5] }, { args: ['pause', '0m'] }, { args: ['a', 'b', 'c', 'd', 'e'] }])(
    'refuses %j',
    (data) => expect(commandFromData(data)).toBeNull(),
  );
});

describe('claimInstance', () => {
  beforeEach(() => resetElectronMock());
  const run = (argv: string[]) => {
    const out = vi.fn();
    const errOut = vi.fn();
    const onCommand = vi.fn();
    const claim = claimInstance({ app: electron.app, argv, defaultApp: false, out, err: errOut }, onCommand);
    return { claim, out, errOut, onCommand };
  };

  it('a bad second launch prints usage on stderr, exits 2, and never asks for the lock', () => {
    fakeState.singleInstanceLock = false;
    const spy = vi.spyOn(electron.app, 'requestSingleInstanceLock');
    const r = run(['limber', 'pause', 'soon']);
    expect(r.claim).toEqual({ primary: false, exitCode: 2 });
    expect(fakeState.exitCodes).toEqual([2]);
    expect(r.errOut.mock.calls[0]![0]).toMatch(/^limber: "soon" is not a duration[\s\S]*Usage: limber/);
    expect(spy).not.toHaveBeenCalled();
    expect(r.out).not.toHaveBeenCalled();
  });

  it('a good second launch hands its arguments over and exits 0', () => {
    fakeState.singleInstanceLock = false;
    const r = run(['limber', 'pause', '2h']);
    expect(r.claim).toEqual({ primary: false, exitCode: 0 });
    expect(fakeState.singleInstanceData).toEqual({ args: ['pause', '2h'] });
    expect(fakeState.exitCodes).toEqual([0]);
    expect(r.out.mock.calls[0]![0]).toMatch(/Pausing breaks for 120 min/);
  });

  it('help prints usage on stdout without touching the running app', () => {
    const r = run(['limber', 'help']);
    expect(r.claim).toEqual({ primary: false, exitCode: 0 });
    expect(r.out.mock.calls[0]![0]).toBe(USAGE);
    expect(fakeState.singleInstanceData).toBeUndefined();
  });

  it('the first instance runs its own command and receives later ones, checked again', () => {
    const r = run(['limber', 'stretch-now']);
    expect(r.claim).toEqual({ primary: true, initial: { type: 'stretch-now' } });
    electron.app.emit('second-instance', {}, ['limber', 'pause', '30m'], '/', { args: ['pause', '30m'] });
    electron.app.emit('second-instance', {}, ['limber', 'resume'], '/', undefined); // older launcher: argv only
    electron.app.emit('second-instance', {}, ['limber', 'pause', '0m'], '/', { args: ['pause', '0m'] }); // forged
    electron.app.emit('second-instance', {}, ['limber'], '/', { args: [] });
    expect(r.onCommand.mock.calls.map((c) => c[0])).toEqual([{ type: 'pause', minutes: 30 }, { type: 'resume' }, { type: 'none' }]);
  });
});

describe('hostile and stray arguments (issue 14 §9)', () => {
  const long = 'x'.repeat(1_000_000);

  it.each([
    [[long]],
    [['pause', long]],
    [['pause', '30m', long]],
    [['resume', long, long, long, long, long]],
    [[`${'é'.repeat(20)}😀${'\u0007'.repeat(100)}`]],
  ])('never echoes an argument of any length: the message stays short (%#)', (args) => {
    const r = parseCli(args);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.length).toBeLessThan(200);
      expect(usageError(r.error).length).toBeLessThan(USAGE.length + 220);
      expect(r.error).not.toMatch(/[\u0000-\u001f]/); // control characters are escaped
      expect(r.error).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no half surrogate pair
    }
  });

  it('a short argument is still quoted whole', () => {
    expect(parseCli(['pasue'])).toEqual({ ok: false, error: 'unknown command "pasue"' });
    expect(parseCli(['pause', 'later'])).toEqual({ ok: false, error: '"later" is not a duration: use <N>m, <N>h, tomorrow or forever' });
  });

  it('the macOS process serial number argument (-psn_…) is ignored, not an unknown command', () => {
    expect(parseCli(['-psn_0_1234567'])).toEqual({ ok: true, command: { type: 'none' } });
    expect(parseCli(['-psn_0_1234567', 'pause', '30m'])).toEqual({ ok: true, command: { type: 'pause', minutes: 30 } });
    expect(userArgs(['/Applications/Limber.app/Contents/MacOS/Limber', '-psn_0_1234567'], false)).toEqual([]);
    expect(userArgs(['electron', '-psn_0_99', '.', 'history'], true)).toEqual(['history']);
    expect(parseCli(['-psn_'])).toMatchObject({ ok: false }); // not one: only the real form is ignored
  });
});
