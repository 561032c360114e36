// Fault suite, files: the app started over real files that a crash or another version left
// behind. Must hold: the app starts on defaults, tells the user once, keeps the damaged file
// byte for byte, and nothing the user wrote (settings or history) is lost.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LimberApp } from '../../src-main/core/app';
import { ENGLISH_TEXT } from '../../src-main/main-words';
import { EXERCISE_IDS } from '../../src-main/core/catalog';
import { defaultSettings } from '../../src-main/core/settings';
import { HistoryFile } from '../../src-main/history-port';
import { SettingsStore } from '../../src-main/settings-store';
import { noteEnglish } from '../../src-main/core/history/notes';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-fault-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const settingsFile = () => path.join(dir, 'settings.json');
const historyFile = () => path.join(dir, 'history.jsonl');
const kept = () => fs.readdirSync(dir).filter((f) => f.startsWith('settings.json.'));

/** Starts the app on the files in `dir`, the way the shell does, and returns what it said. */
function startApp() {
  const store = SettingsStore.open({ dir, knownExercises: EXERCISE_IDS, now: () => new Date('2026-03-02T08:00:00Z') });
  const problems: string[] = [];
  const history = new HistoryFile(dir, (m) => problems.push(m));
  const log = history.log;
  const clock = { mono: 0, wall: new Date(2026, 2, 2, 9, 0).getTime() };
  const app = new LimberApp({
    now: () => ({ ...clock }),
    idleSeconds: () => 10, // not typing at these moments: a due break shows at once (SPEC §3.5)
    random: () => 0.5,
    settings: store,
    history, // the shell's own port: stats kept up to date as events are appended
    text: () => ENGLISH_TEXT,
  });
  return { app, store, log, problems, clock };
}

describe.each([
  ['empty (a crash while saving)', ''],
  ['cut short', '{"schemaVersion":1,"settings":{"sitMinutes":30'],
  ['not JSON at all', '\u0000\u0000\u0000binary junk'],
  ['from a newer Limber', JSON.stringify({ schemaVersion: 99, settings: { sitMinutes: 50, somethingNew: true } })],
])('a settings file that is %s', (_name, content) => {
  it('starts on defaults, says so once, and keeps the file byte for byte', async () => {
    fs.writeFileSync(settingsFile(), content);
    const first = startApp();
    expect((await first.app.getSettings()).settings).toEqual(defaultSettings());
    expect(first.store.notice).toBeTruthy();
    expect(kept()).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, kept()[0]!), 'utf8')).toBe(content);
    // the next start is quiet and keeps what the user sets from then on
    await first.app.updateSettings({ sitMinutes: 60 });
    const second = startApp();
    expect(second.store.notice).toBeNull();
    expect((await second.app.getSettings()).settings.sitMinutes).toBe(60);
    expect(kept()).toHaveLength(1);
  });
});

describe('the history port keeps its statistics current', () => {
  it('stats after appends equal stats computed from the whole file', async () => {
    const { app, clock, log } = startApp();
    for (let i = 0; i < 3; i++) {
      app.input({ type: 'stretch-now' });
      await app.breakAction({ type: 'start' });
      clock.mono += 60_000;
      clock.wall += 60_000;
      await app.breakAction({ type: 'complete', secondsStretched: 60 });
    }
    const live = (await app.getHistory()).stats;
    const { computeStats } = await import('../../src-main/core/history');
    const fresh = computeStats(log.readAll().entries, { dailyGoal: 6, now: clock.wall });
    expect(live.today.completed).toBe(3);
    expect(live).toEqual(fresh);
  });
});

describe('a history log torn by a crash mid-write', () => {
  it('keeps every whole line, skips the torn tail with a note, and appends cleanly after it', async () => {
    const whole = [
      '{"v":1,"at":"2026-03-02T08:00:00.000+01:00","event":"break","breakId":"b1","trigger":"due","snoozesLeft":2,"sittingSeconds":2700}',
      '{"v":1,"at":"2026-03-02T08:01:00.000+01:00","event":"started","breakId":"b1"}',
      '{"v":1,"at":"2026-03-02T08:03:00.000+01:00","event":"completed","breakId":"b1","secondsStretched":120}',
    ];
    fs.writeFileSync(historyFile(), whole.join('\n') + '\n{"v":1,"at":"2026-03-02T08:40:00.0');
    const { app, clock } = startApp();
    const before = await app.getHistory();
    expect(before.stats.today.completed).toBe(1);
    expect(before.notes.map(noteEnglish).join(' ')).toMatch(/torn|incomplete|cut/i);
    // the app goes on and logs a new break after the torn line
    clock.mono += 45 * 60_000;
    clock.wall += 45 * 60_000;
    app.wake();
    app.wake();
    const lines = fs.readFileSync(historyFile(), 'utf8').split('\n');
    expect(lines.slice(0, 3)).toEqual(whole); // old history is never rewritten
    const after = await app.getHistory();
    expect(after.stats.today.completed).toBe(1);
    expect(after.stats.today.breaksShown).toBe(2);
  });
});

describe('a history log that cannot be written', () => {
  it('keeps events in memory, tells the user once, and writes them when it can again', async () => {
    fs.mkdirSync(historyFile()); // a directory where the file should be: fails even for root
    const { app, problems, log, clock } = startApp();
    await app.breakAction({ type: 'skip' }); // refused: nothing shows
    app.input({ type: 'stretch-now' });
    await app.breakAction({ type: 'skip' });
    app.input({ type: 'stretch-now' });
    await app.breakAction({ type: 'skip' });
    expect(problems).toHaveLength(1);
    expect((await app.getHistory()).stats.today.skipped).toBe(2); // shown from memory
    fs.rmdirSync(historyFile());
    clock.mono += 1000;
    log.retry();
    const onDisk = fs.readFileSync(historyFile(), 'utf8').trim().split('\n').map((l) => JSON.parse(l).event);
    expect(onDisk).toEqual(['break', 'skipped', 'break', 'skipped']);
  });
});
