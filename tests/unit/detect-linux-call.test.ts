// The Linux call detector against real things: a real PulseAudio server with a null source and
// real recording clients (parec), and real processes holding a file open for the /proc scan.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appsDetector, linuxProcessLister, matchPrograms } from '../../src-main/detectors/apps';
import { activeRecordings, linuxCallDetector, pulseRecording, videoHolders } from '../../src-main/detectors/linux-call';
import { boundedRunner } from '../../src-main/detectors/spawn';
import { need, Procs, startPulse, until, type Pulse, type Started } from '../support/real-servers';

const HOLD = { call: true, presenting: true, doNotDisturb: true, apps: [] as string[] };

describe('call: recording streams of a real PulseAudio server', { timeout: 60_000 }, () => {
  const procs = new Procs();
  let pulse: Started<Pulse>;
  beforeAll(async () => {
    pulse = await startPulse(procs);
  }, 180_000);
  afterAll(() => procs.stopAll());

  it('is busy while a client records the microphone, and free once it stops', async (ctx) => {
    const p = need(pulse, ctx);
    const run = boundedRunner(p.env);
    const detector = linuxCallDetector({ run, ownPids: new Set([process.pid]), video: { devDir: '/nonexistent-dev' } });
    const recording = () => pulseRecording({ run, ownPids: new Set() }).then((s) => s.length);

    expect(await recording()).toBe(0);
    expect(await detector.detect(HOLD)).toBe(false);

    const rec = procs.start('parec', ['--device', p.mic, '--raw'], p.env);
    expect(await until(async () => (await recording()) === 1)).toBe(true);
    expect(await detector.detect(HOLD)).toBe(true);

    await procs.stop(rec);
    expect(await until(async () => (await recording()) === 0)).toBe(true);
    expect(await detector.detect(HOLD)).toBe(false);
  });

  it('does not count a client reading the monitor of an output (a screen recorder)', async (ctx) => {
    const p = need(pulse, ctx);
    const run = boundedRunner(p.env);
    const all = async () => JSON.parse(await run('pactl', ['-f', 'json', 'list', 'source-outputs'], 2000)).length as number;
    const rec = procs.start('parec', ['--device', p.monitor, '--raw'], p.env);
    expect(await until(async () => (await all()) === 1)).toBe(true); // the stream exists …
    expect(await pulseRecording({ run, ownPids: new Set() })).toEqual([]); // … and is not a call
    await procs.stop(rec);
  });

  it('leaves out its own process (by the stream pid)', async (ctx) => {
    const p = need(pulse, ctx);
    const run = boundedRunner(p.env);
    const rec = procs.start('parec', ['--device', p.mic, '--raw'], p.env);
    expect(await until(async () => (await pulseRecording({ run, ownPids: new Set() })).length === 1)).toBe(true);
    expect(await pulseRecording({ run, ownPids: new Set([rec.pid!]) })).toEqual([]);
    await procs.stop(rec);
  });

  it('reports the microphone as available with the sound server, and says why not without one', async (ctx) => {
    const p = need(pulse, ctx);
    const ok = await linuxCallDetector({ run: boundedRunner(p.env), ownPids: new Set() }).availability();
    expect(ok.detail).toMatch(/microphone: recording streams/);
    const gone = await linuxCallDetector({ run: boundedRunner({ ...p.env, PULSE_SERVER: 'unix:/nonexistent/native' }), ownPids: new Set() }).availability();
    expect(gone.detail).toMatch(/microphone: not available/);
  });
});

describe('call: the parts of a pactl answer that matter', () => {
  it('skips corked streams, monitors, pavucontrol meters and its own pid', () => {
    const sources = [
      { index: 0, name: 'speakers.monitor', monitor_source: 'speakers', properties: { 'device.class': 'monitor' } },
      { index: 1, name: 'mic', monitor_source: 'n/a', properties: { 'device.class': 'abstract' } },
    ];
    const base = { source: 1, corked: false, properties: { 'application.process.id': '10' } };
    expect(activeRecordings([base], sources, new Set())).toHaveLength(1);
    expect(activeRecordings([{ ...base, corked: true }], sources, new Set())).toHaveLength(0);
    expect(activeRecordings([{ ...base, source: 0 }], sources, new Set())).toHaveLength(0);
    expect(activeRecordings([base], sources, new Set([10]))).toHaveLength(0);
    expect(activeRecordings([{ ...base, properties: { 'media.name': 'Peak detect' } }], sources, new Set())).toHaveLength(0);
  });
});

describe('call: processes holding a camera open (/proc/<pid>/fd scan)', { timeout: 60_000 }, () => {
  // There is no camera here. The scan takes the device directory as a parameter: a real process
  // holding a real file named like a video device open must be found through the same /proc
  // links a camera would use.
  const devDir = mkdtempSync(join(tmpdir(), 'limber-dev-'));
  const device = join(devDir, 'video7');
  writeFileSync(device, '');
  writeFileSync(join(devDir, 'media0'), '');
  afterAll(() => rmSync(devDir, { recursive: true, force: true }));

  it('finds the process while it holds the device, not after it exits', async () => {
    expect(await videoHolders({ devDir })).toEqual([]);
    const holder = spawn('sh', ['-c', `exec 3<"${device}"; exec sleep 60`], { stdio: 'ignore' });
    const other = spawn('sh', ['-c', `exec 3<"${join(devDir, 'media0')}"; exec sleep 60`], { stdio: 'ignore' });
    try {
      expect(await until(async () => (await videoHolders({ devDir })).includes(holder.pid!))).toBe(true);
      expect(await videoHolders({ devDir })).toEqual([holder.pid]); // media0 is not a camera
      expect(await videoHolders({ devDir, ownPids: new Set([holder.pid!]) })).toEqual([]);
      const detector = linuxCallDetector({ run: async () => '[]', ownPids: new Set(), video: { devDir } });
      expect(await detector.detect(HOLD)).toBe(true);
    } finally {
      for (const p of [holder, other]) {
        p.kill('SIGKILL');
        await new Promise((r) => p.once('exit', r));
      }
    }
    expect(await videoHolders({ devDir })).toEqual([]);
  });

  it('without any video device no process is looked at', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'limber-nodev-'));
    // a /proc that would throw if it were read
    expect(await videoHolders({ devDir: empty, procRoot: '/nonexistent-proc' })).toEqual([]);
    expect(await videoHolders({ devDir: '/nonexistent-dev', procRoot: '/nonexistent-proc' })).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
    const { VIDEO_DEVICE } = await import('../../src-main/detectors/linux-call');
    expect(['video0', 'video12', 'vide0', 'media0'].filter((n) => VIDEO_DEVICE.test(n))).toEqual(['video0', 'video12']);
  });
});

describe('apps: a named program running', { timeout: 60_000 }, () => {
  it('is seen while a real process of that name runs, and not after it exits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'limber-apps-'));
    const exe = join(dir, 'limber-test-presenter');
    copyFileSync('/bin/sleep', exe);
    const hold = { ...HOLD, apps: ['Limber-Test-Presenter.exe'] };
    const detector = appsDetector(linuxProcessLister(), 'test');
    expect(await detector.detect(hold)).toBe(false);
    const p = spawn(exe, ['60'], { stdio: 'ignore' });
    try {
      expect(await until(() => detector.detect(hold))).toBe(true);
      // the 15-character comm name is cut, the executable name is not: both are matched
      expect(matchPrograms(['limber-test-presenter'], await linuxProcessLister()())).toEqual(['limber-test-presenter']);
    } finally {
      p.kill('SIGKILL');
      await new Promise((r) => p.once('exit', r));
    }
    expect(await detector.detect(hold)).toBe(false);
    expect(await detector.detect({ ...hold, apps: [] })).toBe(false);

    // a script: the executable is its interpreter, the process name is the script's
    const script = join(dir, 'slides-helper');
    writeFileSync(script, '#!/bin/sh\nsleep 60\n', { mode: 0o755 });
    const s = spawn(script, [], { stdio: 'ignore', detached: true }); // its own group: sh and its sleep
    try {
      expect(await until(() => detector.detect({ ...HOLD, apps: ['slides-helper'] }))).toBe(true);
    } finally {
      const gone = new Promise((r) => s.once('exit', r));
      process.kill(-s.pid!, 'SIGKILL');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
