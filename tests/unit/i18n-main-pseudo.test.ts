// Everything the main process words for a person, in the pseudo-locale en-XA (accented,
// bracketed English, generated from the English messages): the tray menu and its status line,
// the tooltip, the notifications, the window titles, the dialogs' texts, the CLI's help, errors
// and replies. A string that was not moved into the messages stays plain English and fails here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pseudo from 'virtual:limber-messages/en-XA';
import englishAll from 'virtual:limber-messages/en';
import { createTranslator } from '../../src-main/core/i18n/translate';
import { HISTORY_NOTE_IDS, MAX_LINE_CHARS, noteEnglish, parseLog, unreadableNote, type HistoryNote } from '../../src-main/core/history/index';
import { afterEach, describe, expect, it } from 'vitest';
import { LimberApp, saveFailedText, type AppPorts, type StoredState } from '../../src-main/core/app';
import { channelOf } from '../../src-main/core/bridge';
import { registerIpc } from '../../src-main/ipc';
import comments from 'virtual:limber-message-texts/main.autostart.comment';
import { desktopEntry, desktopEntryEnabled, desktopLocaleKeys } from '../../src-main/autostart';
import { chooseCliLocale, envLanguages, preferredBeforeReady, useCliLocale } from '../../src-main/cli-locale';
import { claimInstance, type InstanceDeps } from '../../src-main/single-instance';
import { setMainLocale } from '../../src-main/i18n';
import { negotiateLocale } from '../../src-main/core/i18n/locales';
import { breakWindowOptions } from '../../src-main/break-window';
import { describeCommand, parseCli, usage, usageError, type CliCommand } from '../../src-main/cli';
import type { Mode, SchedulerStatus } from '../../src-main/core/scheduler';
import { IGNORED, noSnoozesLeft, refusalOf } from '../../src-main/core/scheduler';
import { notNowText, statusLine, statusText } from '../../src-main/core/status-text';
import type { LimberEvent } from '../../src-main/core/events';
import { CATALOG } from '../../src-main/core/catalog';
import { composeRoutine } from '../../src-main/core/composer';
import type { MainText, MainTranslate } from '../../src-main/core/main-text';
import { CSV_COLUMNS, toCsv } from '../../src-main/core/history/index';
import { csvHeaders, exportHistory } from '../../src-main/history-export';
import { createDetectors, type DetectorEnv } from '../../src-main/detectors';
import { setDetectorWords } from '../../src-main/detectors/words';
import { HistoryLog } from '../../src-main/history-log';
import { defaultSettings, listed, SETTINGS_KEYS, validateSettingsPatch, type Position, type UserEquipment } from '../../src-main/core/settings';
import { ENGLISH_TEXT, mainTextOf } from '../../src-main/main-words';
import { sanitize } from '../../src-main/settings-file';
import { SCHEMA_VERSION } from '../../src-main/settings-schema';
import { breakNoticeOptions, headsUpOptions } from '../../src-main/notifications';
import { CAPABILITIES } from '../../src-main/platform';
import { noIdleNote } from '../../src-main/session-lock';
import { trayMenuTemplate, trayStatusLine, type TrayActions } from '../../src-main/tray-menu';
import { pageWindowOptions } from '../../src-main/windows';
import { sittingStatus } from '../fixtures/status';

// dates and times in Japanese: Intl's own words have no Latin letters, so any left are ours
const XA = mainTextOf('en-XA', pseudo, 'ja');
const { t } = XA;

/**
 * Runs of two or more plain ASCII letters: English the pseudo-locale did not reach. `allowed`
 * are words that are literal on purpose (what the user types on the command line, the user's
 * own input quoted back).
 */
function english(text: string, allowed: readonly string[] = []): string[] {
  const words = text.match(/[A-Za-z]{2,}/g) ?? [];
  return words.filter((w) => !allowed.includes(w));
}

function expectTranslated(text: string | undefined, allowed: readonly string[] = []): void {
  expect(text, 'a text').toBeTypeOf('string');
  expect(english(text!, allowed), text).toEqual([]);
  expect(text, 'bracketed').toMatch(/\[/);
}

const NOW = new Date(2026, 2, 2, 10, 44).getTime();
const at = (h: number, m: number, day = 2) => new Date(2026, 2, day, h, m).getTime();
const noop = () => undefined;
const ACTIONS: TrayActions = { stretchNow: noop, showBreak: noop, pause: noop, resume: noop, setSitMinutes: noop, openHistory: noop, openSettings: noop, quit: noop };

const STATUSES: SchedulerStatus[] = [
  sittingStatus({ sittingMs: 20 * 60_000, nextBreakAt: at(11, 30) }),
  sittingStatus({ sittingMs: 90 * 60_000, nextBreakAt: at(11, 30), snoozed: true }),
  sittingStatus({ sittingMs: 10_000 }),
  sittingStatus({ sittingMs: 50 * 60_000, held: { reason: 'call', since: at(10, 30), until: at(11, 0) } }),
  sittingStatus({ held: { reason: 'presenting', since: at(10, 30), until: at(11, 0) } }),
  sittingStatus({ held: { reason: 'dnd', since: at(10, 30), until: at(11, 0) } }),
  sittingStatus({ held: { reason: 'app', since: at(10, 30), until: at(11, 0) } }),
  sittingStatus({ prompt: { breakId: 'b1', dueAt: at(10, 40), latestAt: at(10, 50) } }),
  sittingStatus({ mode: 'paused', paused: true, pausedUntil: at(11, 30) }),
  sittingStatus({ mode: 'paused', paused: true, pausedUntil: at(9, 0, 3) }),
  sittingStatus({ mode: 'paused', paused: true }),
  sittingStatus({ mode: 'off-hours', workingStartsAt: at(8, 0, 3) }),
  sittingStatus({ mode: 'off-hours' }),
  ...(['away', 'suspended', 'break', 'routine'] as const).map((mode) => sittingStatus({ mode })),
];

/** Every label of a menu template, submenus included. */
function labels(items: readonly Electron.MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [...(i.label !== undefined ? [i.label] : []), ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);
}

describe('the main process in the pseudo-locale: no English left', () => {
  it('the tooltip and the tray’s status line, in every state', () => {
    for (const s of STATUSES) {
      expectTranslated(statusText(s, NOW, XA));
      expectTranslated(statusLine(s, NOW, XA));
      expect(trayStatusLine(s, NOW, XA)).toBe(statusLine(s, NOW, XA));
    }
  });

  it('the tray menu, in every mode, paused or not, with a remind time from the settings', () => {
    for (const mode of ['sitting', 'paused', 'off-hours', 'away', 'break', 'routine', 'suspended'] as Mode[]) {
      for (const [paused, sitMinutes] of [[false, 45], [true, 50]] as const) {
        const menu = trayMenuTemplate({ status: { mode, paused }, today: { done: 3, goal: 6, minutesStretched: 7 }, sitMinutes }, ACTIONS, XA);
        for (const label of labels(menu)) expectTranslated(label);
      }
    }
  });

  it('the heads-up (with buttons, after a hold) and the break notice', () => {
    const caps = CAPABILITIES['win32'];
    for (const [due, held] of [[NOW + 60_000, undefined], [NOW + 300_000, 'call'], [NOW + 1_000, 'app']] as const) {
      const o = headsUpOptions(due, NOW, caps, undefined, held, XA);
      expectTranslated(o.title);
      expectTranslated(o.body);
      for (const a of o.actions ?? []) expectTranslated(a.text);
    }
    const n = breakNoticeOptions(caps, undefined, XA);
    expectTranslated(n.title);
    expectTranslated(n.body);
  });

  it('window titles, the export dialog and the desktop notes', async () => {
    expectTranslated(breakWindowOptions('/p', CAPABILITIES['linux-x11'], t).title);
    expectTranslated(pageWindowOptions('settings', '/p', undefined, t).title);
    expectTranslated(pageWindowOptions('history', '/p', undefined, t).title);
    expectTranslated(noIdleNote([], t));
    expectTranslated(noIdleNote(['logind'], t));
    for (const kind of ['csv', 'raw'] as const) {
      let asked: { title: string; filters: { name: string }[] } | undefined;
      const r = await exportHistory(
        kind,
        {
          showSaveDialog: async (o) => ((asked = o), { canceled: false, filePath: '/9/0' }),
          exportCsv: () => {
            throw new Error('EACCES');
          },
          exportRaw: () => {
            throw new Error('EACCES');
          },
          defaultDir: '/x',
          today: '2026-03-02',
        },
        t,
      );
      expectTranslated(asked!.title);
      for (const f of asked!.filters) expectTranslated(f.name, ['CSV']);
      expect(r.ok).toBe(false);
      expectTranslated((r as { reason: string }).reason, ['EACCES']);
    }
  });

  it('the CLI: help, every error and every reply (the command syntax stays as typed)', () => {
    const syntax = ['limber', 'pause', 'resume', 'stretch', 'now', 'settings', 'history', 'help', 'tomorrow', 'forever'];
    expectTranslated(usage(t), syntax);
    const bad = [['x'], ['pause'], ['pause', 'a', 'b', 'c', 'd', 'e'], ['pause', 'soon'], ['pause', '0m'], ['pause', '25h'], ['resume', 'now']];
    for (const args of bad) {
      const r = parseCli(args, t);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expectTranslated(r.error, [...syntax, 'soon']);
        expectTranslated(usageError(r.error, t), [...syntax, 'soon']);
      }
    }
    const commands: CliCommand[] = [
      { type: 'pause', minutes: 30 },
      { type: 'pause', until: 'tomorrow' },
      { type: 'pause', until: 'forever' },
      { type: 'resume' },
      { type: 'stretch-now' },
      { type: 'settings' },
      { type: 'history' },
      { type: 'none' },
      { type: 'help' },
    ];
    for (const c of commands) expectTranslated(describeCommand(c, t), syntax);
  });
});

// ------------------------------------------------------------------ settings validation

/** Invalid patches: one for every message the settings model has. */
const BAD_PATCHES: unknown[] = [
  'not an object',
  { sitMiutes: 45 },
  { sitMinutes: 5 },
  { maxSnoozes: 99 },
  { dailyGoal: 0 },
  { warnSeconds: 'x' },
  { sound: 'yes' },
  { positions: [] },
  { excludedExercises: 'all' },
  { excludedExercises: ['', 5, 'no-such-exercise', 'nor-this', 'nor-that', 'nor-those'] },
  { equipment: ['sofa'] },
  { workingHours: 'always' },
  { workingHours: { enabled: 'on', days: [7], start: '25:00', end: 'noon', extra: 1 } },
  { workingHours: { enabled: true, days: [], start: '17:00', end: '09:00' } },
  { holdWhen: 'never' },
  { holdWhen: { call: 1, presenting: true, doNotDisturb: true, apps: 'zoom', more: 1 } },
  { holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: [''] } },
  { sitMinutes: undefined },
];
const KNOWN = new Set(['neck-tilt']);

describe('settings validation in a person’s language', () => {
  it('without a translator the problems are the English messages, word for word (the settings page reads them)', () => {
    for (const patch of BAD_PATCHES) {
      const plain = validateSettingsPatch(patch, { knownExercises: KNOWN });
      const worded = validateSettingsPatch(patch, { knownExercises: KNOWN, t: ENGLISH_TEXT.t });
      expect(plain.ok, JSON.stringify(patch)).toBe(false);
      expect(worded).toEqual(plain);
    }
    expect(listed(['a', 'b', 'c', 'd', 'e'], 3, ENGLISH_TEXT.t)).toBe(listed(['a', 'b', 'c', 'd', 'e']));
  });

  it('in the pseudo-locale, only setting names, field names, allowed values and the user’s own input stay as they are', () => {
    // what a message names literally: the settings file's keys and values, and what was typed
    const literal = [
      ...SETTINGS_KEYS,
      ...['enabled', 'days', 'start', 'end', 'call', 'presenting', 'doNotDisturb', 'apps', 'workingHours', 'holdWhen'],
      ...['seated', 'standing', 'floor', 'chair', 'desk', 'mat', 'ball', 'HH', 'MM', 'excludedExercises'],
      ...['not', 'an', 'object', 'sitMiutes', 'no', 'such', 'exercise', 'nor', 'this', 'that', 'those', 'sofa', 'always', 'on', 'extra', 'noon', 'never', 'zoom', 'more', 'yes', 'all'],
    ];
    for (const patch of BAD_PATCHES) {
      const r = validateSettingsPatch(patch, { knownExercises: KNOWN, t });
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expectTranslated(e, literal);
    }
  });

  it('the settings file’s own problems (sanitize)', () => {
    const { problems } = sanitize(
      { schemaVersion: SCHEMA_VERSION, settings: { sitMinutes: 999, excludedExercises: [3, 'gone'] }, firstRunDone: 'no', exclusionNotes: 5, stray: 1 },
      KNOWN,
      t,
    );
    expect(problems.length).toBeGreaterThan(3);
    for (const p of problems) expectTranslated(p, [...SETTINGS_KEYS, 'firstRunDone', 'exclusionNotes', 'gone', 'stray']);
    expect(sanitize({ settings: 'x' }, KNOWN, t).problems.map((p) => english(p, ['settings'])).flat()).toEqual([]);
  });
});

describe('“Not now”: an action the scheduler refused', () => {
  const reasons = [...Object.values(IGNORED), noSnoozesLeft(2)];
  it('reads in English as it did: the logged reason in a sentence', () => {
    for (const reason of reasons) expect(notNowText(ENGLISH_TEXT.t, reason)).toBe(`Not now: ${reason}.`);
    expect(notNowText(ENGLISH_TEXT.t, 'something new')).toBe('Not now: something new.');
  });
  it('every reason the scheduler gives is translated', () => {
    for (const reason of reasons) expectTranslated(notNowText(t, reason), ['maxSnoozes']);
  });
  it('every reason is a refusal as data (its key, and the number of snoozes), so a page can word it', () => {
    for (const key of Object.keys(IGNORED) as (keyof typeof IGNORED)[]) expect(refusalOf(IGNORED[key])).toEqual({ code: key });
    expect(refusalOf(noSnoozesLeft(12))).toEqual({ code: 'noSnoozesLeft', maxSnoozes: 12 });
    expect(refusalOf('something new')).toBeNull();
  });
});

// ------------------------------------------------------------------ the history file's problems

describe('the history file’s problems', () => {
  /** A log whose folder is a file (ENOTDIR), with a queue of 1: every problem it words, and its notes. */
  function problemsOf(words?: () => MainTranslate): string[] {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-i18n-'));
    const dir = path.join(parent, 'data');
    fs.writeFileSync(dir, 'not a folder');
    const problems: string[] = [];
    const log = new HistoryLog({ dir, maxQueue: 1, onProblem: (m) => problems.push(m), summary: true, ...(words ? { words } : {}) });
    const e = (n: number): LimberEvent => ({ event: 'skipped', at: Date.UTC(2026, 2, 2, 9, n), breakId: `b${n}` });
    log.append(e(1));
    log.append(e(2));
    log.append({ event: 'skipped', at: Number.NaN, breakId: 'b3' });
    const r = log.readAll();
    fs.rmSync(parent, { recursive: true, force: true });
    // the folder's name is random: written the same in every run
    return [...problems, r.readError ?? ''].map((m) => m.split(parent).join('/0'));
  }

  it('in English as before, with or without the translator', () => {
    const plain = problemsOf();
    expect(plain.length).toBeGreaterThanOrEqual(4);
    expect(problemsOf(() => ENGLISH_TEXT.t)).toEqual(plain);
  });

  it('in the pseudo-locale (paths, codes and event names stay as they are)', () => {
    // (an event that cannot be written is a bug upstream: its error quotes the code's own check)
    for (const p of problemsOf(() => t)) expectTranslated(p, ['data', 'history', 'jsonl', 'ENOTDIR', 'skipped', 'not', 'time', 'stamp', 'NaN']);
  });
});

// ------------------------------------------------------------------ the history log's notes (shown by the history window)

describe('the notes about the history log’s lines: data, worded by the history page', () => {
  const line = (o: Record<string, unknown>) => JSON.stringify({ v: 1, at: '2026-03-02T09:45:00.000+01:00', event: 'skipped', breakId: 'b1', ...o });
  /** A log with every kind of line the parser notes (and one with more notes than it keeps, below). */
  const LOG = [
    line({}),
    line({}), // a copy
    JSON.stringify({ at: 'x', event: 'skipped' }),
    JSON.stringify({ v: 1, event: 'skipped' }),
    JSON.stringify({ v: 1, at: 'yesterday', event: 'skipped' }),
    JSON.stringify({ v: 1, at: '2026-03-02T09:45:00.000+01:00', event: 'coffee' }),
    JSON.stringify({ v: 1, at: '2026-03-02T09:45:00.000+01:00' }),
    JSON.stringify({ v: 1, at: '2026-03-02T09:46:00.000+01:00', event: 'snoozed', breakId: 'b1' }),
    JSON.stringify({ v: 1, at: '2026-03-02T09:47:00.000+01:00', event: 'completed', breakId: 'b1', secondsStretched: 'lots' }),
    'x'.repeat(MAX_LINE_CHARS + 1),
    '[1, 2]',
    '{',
    JSON.stringify({ v: 9, at: '2026-03-02T09:45:00.000+01:00', event: 'future' }),
    '{"v":1,"at":"2026-03-02T09:48',
  ].join('\n');
  const notes: HistoryNote[] = [...parseLog(LOG).notes, ...parseLog('{\n'.repeat(52)).notes.slice(-1), unreadableNote(Object.assign(new Error('x'), { code: 'EACCES' })), unreadableNote(Object.assign(new Error('x'), { code: 'ELOOP' })), unreadableNote(new Error('disk on fire'))];
  const english = createTranslator('en', englishAll, englishAll);
  const historyXA = createTranslator('en-XA', pseudo, englishAll);

  it('the parser gives every kind of note, as ids and values (no words: the summary file caches them)', () => {
    expect(new Set(notes.map((n) => n.id))).toEqual(new Set(HISTORY_NOTE_IDS));
    for (const n of notes) for (const v of Object.values(n.values)) expect(typeof v === 'number' || !/\s/.test(v) || v === 'disk on fire' || v.includes(', ')).toBe(true);
  });

  it('in English, the history page’s messages read as the notes did before (noteEnglish)', () => {
    for (const n of notes) expect(english.t(n.id, n.values)).toBe(noteEnglish(n));
    expect(noteEnglish(notes[0]!)).toBe('line 2 skipped: the same event as an earlier line (counted once)');
  });

  it('in the pseudo-locale (what the line held, field and event names, codes stay as they are)', () => {
    const literal = ['JSON', 'yesterday', 'coffee', 'snoozed', 'until', 'snoozesUsed', 'secondsStretched', 'completed', 'EACCES', 'ELOOP', 'disk', 'on', 'fire', 'at'];
    for (const n of notes) expectTranslated(historyXA.t(n.id, n.values), literal);
  });
});

describe('the CSV export’s header', () => {
  it('English labels are the columns as before; in another language the labels change and the order does not', () => {
    expect(csvHeaders(ENGLISH_TEXT.t)).toEqual([...CSV_COLUMNS]);
    const labels = csvHeaders(t);
    expect(labels).toHaveLength(CSV_COLUMNS.length);
    for (const l of labels) expectTranslated(l);
    const csv = toCsv([], { headers: labels, bom: false });
    expect(csv).toBe(`${labels.map((l) => (/[",;]/.test(l) ? `"${l}"` : l)).join(',')}\r\n`);
  });
});

// ------------------------------------------------------------------ detectors (Settings → Don’t interrupt me)

describe('what the detectors say they use, or why they are not available', () => {
  const enoent = async () => {
    throw Object.assign(new Error('spawn x ENOENT'), { code: 'ENOENT' });
  };
  const platforms: DetectorEnv[] = [
    { platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland' }, ownPids: new Set(), execPath: '', run: enoent },
    { platform: 'linux', env: {}, ownPids: new Set(), execPath: '', run: enoent },
    { platform: 'win32', env: {}, ownPids: new Set(), execPath: '', run: enoent, quns: async () => Promise.reject(new Error('0x80004005')) },
    { platform: 'darwin', env: {}, ownPids: new Set(), execPath: '', run: enoent },
  ];
  async function details(words?: () => MainTranslate): Promise<string[]> {
    const out: string[] = [];
    for (const p of platforms) {
      const port = createDetectors({ ...p, words: words ?? (() => undefined as unknown as MainTranslate) });
      for (const a of await port.availability()) out.push(a.detail);
      port.dispose();
    }
    return out;
  }

  it('in English as before, with or without the translator', async () => {
    const plain = await details();
    expect(await details(() => ENGLISH_TEXT.t)).toEqual(plain);
  });

  it('in the pseudo-locale (program names, variables and the system’s own errors stay as they are)', async () => {
    const literal = ['pactl', 'tasklist', 'reg', 'ps', 'proc', 'dev', 'video', 'DISPLAY', 'DBUS', 'SESSION', 'BUS', 'ADDRESS', 'PulseAudio', 'PipeWire'];
    const system = ['Cannot', 'find', 'module', 'koffi', 'SHQueryUserNotificationState', 'CoreAudio', 'CoreMediaIO', 'Inhibited', 'GNOME', 'gsettings'];
    for (const d of await details(() => t)) {
      // CoreAudio's loader failing here (no macOS): its own error, after ours, is the system's words
      const ours = d.includes('ÇöŕéÁûđíö: ') ? `${d.slice(0, d.indexOf('ÇöŕéÁûđíö: '))}]` : d;
      expectTranslated(ours, [...literal, ...system]);
    }
    setDetectorWords(undefined);
  });
});

// ------------------------------------------------------------------ the routine's problem and notes

describe('why no routine could be made, and the notes on one that was', () => {
  const base = { routineMinutes: 2, positions: ['seated', 'standing'] as Position[], excludedExercises: [] as string[], equipment: ['chair', 'desk', 'mat'] as UserEquipment[] };
  const seated = CATALOG.filter((e) => e.position === 'seated');
  const requests: { settings: typeof base; earlierToday: string[][] }[] = [
    { settings: { ...base, routineMinutes: 0 }, earlierToday: [] },
    { settings: { ...base, positions: [] }, earlierToday: [] },
    { settings: { ...base, positions: ['seated'], equipment: [] }, earlierToday: [] },
    { settings: { ...base, positions: ['seated'], excludedExercises: seated.map((e) => e.id) }, earlierToday: [] },
    { settings: { ...base, positions: ['floor'], equipment: [] }, earlierToday: [] },
    { settings: { ...base, routineMinutes: 15, positions: ['seated'], excludedExercises: seated.slice(3).map((e) => e.id) }, earlierToday: [] },
    { settings: { ...base, routineMinutes: 1 }, earlierToday: [] },
    { settings: { ...base, positions: ['seated'], excludedExercises: seated.slice(2).map((e) => e.id) }, earlierToday: [seated.slice(0, 2).map((e) => e.id)] },
  ];
  const wordsOf = (text?: MainText): string[] =>
    requests.flatMap((r) => {
      const res = composeRoutine({ ...r, random: () => 0.5, ...(text ? { text } : {}) });
      return res.ok ? res.routine.notes : [res.reason];
    });

  it('in English as before, with or without the words', () => {
    const plain = wordsOf();
    expect(plain.length).toBeGreaterThanOrEqual(6);
    expect(wordsOf(ENGLISH_TEXT)).toEqual(plain);
  });

  it('in the pseudo-locale (the setting’s name and exercise names, translated elsewhere, stay as they are)', () => {
    const names = CATALOG.flatMap((e) => e.name.match(/[A-Za-z]{2,}/g) ?? []);
    for (const text of wordsOf(XA)) expectTranslated(text, ['routineMinutes', ...names]);
  });
});

// ------------------------------------------------------------------ the CLI before Electron is ready

describe('the command line before Electron is ready: in the language of the settings or the system', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    await setMainLocale('en');
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  /** A data folder whose settings file asks for `language`. */
  function dataDir(language?: unknown, raw?: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-cli-'));
    dirs.push(dir);
    const settings = language === undefined ? {} : { language };
    fs.writeFileSync(path.join(dir, 'settings.json'), raw ?? JSON.stringify({ schemaVersion: 4, settings }));
    return dir;
  }
  async function run(args: string[], userData: string, lock = true, preferred: () => string[] = () => ['en-US']) {
    const out: string[] = [];
    const err: string[] = [];
    const exits: number[] = [];
    const app = { requestSingleInstanceLock: () => lock, on: () => app, exit: (code?: number) => void exits.push(code ?? 0) } as unknown as InstanceDeps['app'];
    const claim = claimInstance(
      {
        app,
        argv: ['limber', ...args],
        defaultApp: false,
        out: (x) => out.push(x),
        err: (x) => err.push(x),
        prepareWords: () => useCliLocale({ userData, platform: 'linux', env: {}, preferredSystemLanguages: preferred }),
      },
      () => undefined,
    );
    expect(claim.primary).toBe(false);
    expect(exits, 'nothing printed, no exit, before the words are loaded').toEqual([]);
    if (!claim.primary) await claim.done;
    return { out: out.join(''), err: err.join(''), exits };
  }
  const syntax = ['limber', 'pause', 'resume', 'stretch', 'now', 'settings', 'history', 'help', 'tomorrow', 'forever'];

  it('`limber help`, a bad argument and a second launch speak the settings file’s language', async () => {
    const dir = dataDir('en-XA');
    const help = await run(['help'], dir);
    expect(help.exits).toEqual([0]);
    expectTranslated(help.out, syntax);
    const bad = await run(['pause', 'soon'], dir);
    expect(bad.exits).toEqual([2]);
    expectTranslated(bad.err, [...syntax, 'soon']);
    const second = await run(['pause', '30m'], dir, false);
    expect(second.exits).toEqual([0]);
    expectTranslated(second.out, syntax);
  });

  it('English, byte for byte as before, when the settings say nothing and the system wants English', async () => {
    for (const dir of [dataDir(), dataDir('system'), dataDir(undefined, '{"schemaVersion": 4, "settings": '), dataDir('xx-unknown')]) {
      expect((await run(['help'], dir)).out).toBe(usage(ENGLISH_TEXT.t));
      expect((await run(['pause', 'soon'], dir)).err).toBe(usageError(parseCli(['pause', 'soon'], ENGLISH_TEXT.t).ok ? '' : (parseCli(['pause', 'soon'], ENGLISH_TEXT.t) as { error: string }).error, ENGLISH_TEXT.t));
    }
  });

  it('the system’s languages: Electron’s list, else (Linux) the environment as glib reads it', () => {
    const linux = (env: Record<string, string>, preferred: () => string[] = () => []) => preferredBeforeReady({ platform: 'linux', env, preferredSystemLanguages: preferred });
    expect(linux({ LANG: 'de_DE.UTF-8' }, () => ['fr-FR'])).toEqual(['fr-FR']);
    expect(linux({ LANG: 'de_DE.UTF-8' }, () => { throw new Error('not ready'); })).toEqual(['de-DE']);
    expect(linux({ LANGUAGE: 'pt_BR:pt:en', LC_ALL: 'de_DE.UTF-8' })).toEqual(['pt-BR', 'pt', 'en']);
    expect(linux({ LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'fr_FR' })).toEqual(['zh-CN']);
    expect(linux({ LC_MESSAGES: 'sr_RS.UTF-8@latin', LANG: 'fr_FR' })).toEqual(['sr-RS']);
    expect(linux({ LANGUAGE: '', LANG: 'ja_JP.eucJP' })).toEqual(['ja-JP']);
    expect(linux({ LANG: 'C.UTF-8' })).toEqual([]);
    expect(linux({ LC_ALL: 'POSIX' })).toEqual([]);
    expect(envLanguages({})).toEqual([]);
    // elsewhere the OS's list is all there is
    expect(preferredBeforeReady({ platform: 'win32', env: { LANG: 'de_DE' }, preferredSystemLanguages: () => [] })).toEqual([]);
    // the choice: the setting wins over the system; 'system' follows it (only languages Limber has)
    expect(chooseCliLocale({ userData: dataDir('en-XA'), platform: 'linux', env: { LANG: 'de_DE' }, preferredSystemLanguages: () => [] })).toBe('en-XA');
    expect(chooseCliLocale({ userData: dataDir('system'), platform: 'linux', env: { LANG: 'de_DE' }, preferredSystemLanguages: () => [] })).toBe(negotiateLocale(['de-DE']));
  });
});

// ------------------------------------------------------------------ the autostart entry (Linux)

describe('the autostart entry’s Comment, in every language (Desktop Entry locale keys)', () => {
  it('is a message: the pseudo-locale has it, and every language Limber has is written under its keys', () => {
    expect(comments.en).toBe('Notices long sitting periods and guides a short desk stretch');
    expectTranslated(comments['en-XA']);
    const entry = desktopEntry('/opt/Limber/limber');
    expect(entry).toContain(`\nComment=${comments.en}\n`);
    const tags = Object.keys(comments);
    for (const tag of tags) for (const key of desktopLocaleKeys(tag, tags)) expect(entry).toContain(`\nComment[${key}]=${comments[tag]}\n`);
    // the pseudo-locale is for testing, not for a desktop
    expect(entry).not.toContain(comments['en-XA']);
  });

  it('our tags as POSIX locale names: de, pt_BR (and pt while there is no other Portuguese), zh_CN and zh_SG for Simplified Chinese', () => {
    const texts = { en: 'Stretch', de: 'Dehnen', 'pt-BR': 'Alongar', 'zh-Hans': '伸展', ar: 'تمدد', 'en-XA': '[Šţŕéţçĥ]', ja: 'ストレッチ\nです' };
    const entry = desktopEntry('/opt/Limber/limber', texts);
    const lines = entry.split('\n').filter((l) => l.startsWith('Comment'));
    expect(lines).toEqual(['Comment=Stretch', 'Comment[ar]=تمدد', 'Comment[de]=Dehnen', 'Comment[ja]=ストレッチ\\nです', 'Comment[pt_BR]=Alongar', 'Comment[pt]=Alongar', 'Comment[zh_CN]=伸展', 'Comment[zh_SG]=伸展']);
    // the key without a locale comes first, as the spec requires it to be there
    expect(entry.indexOf('Comment=')).toBeLessThan(entry.indexOf('Comment['));
    expect(desktopLocaleKeys('pt-BR', ['pt-BR', 'pt'])).toEqual(['pt_BR']);
    expect(desktopLocaleKeys('zh-Hant', ['zh-Hant'])).toEqual(['zh_TW', 'zh_HK', 'zh_MO']);
    expect(desktopLocaleKeys('en', ['en'])).toEqual([]);
    expect(desktopEntryEnabled(entry)).toBe(true);
  });
});

// ------------------------------------------------------------------ refusals a page (or the tray) shows

describe('a failed settings save and a refused bridge call, in the person’s language', () => {
  function appWith(text: MainText, save: (s: StoredState) => void) {
    const stored: StoredState = { settings: defaultSettings(), firstRunDone: true, exclusionNotes: {} };
    const ports: AppPorts = {
      now: () => ({ mono: 0, wall: NOW }),
      idleSeconds: () => 0,
      random: () => 0.5,
      settings: { load: () => structuredClone(stored), save },
      history: { append: () => undefined, read: () => ({ entries: [], notes: [] }), problem: () => null },
      text: () => text,
    };
    return new LimberApp(ports);
  }
  const eacces = () => {
    throw Object.assign(new Error('EACCES: permission denied, open /x/settings.json'), { code: 'EACCES' });
  };

  it('a save that fails is a refusal (not an exception) and changes nothing: English, then the pseudo-locale', async () => {
    const en = appWith(ENGLISH_TEXT, eacces);
    for (const r of [await en.updateSettings({ sitMinutes: 60 }), await en.restoreDefaults(), await en.completeFirstRun({})]) {
      expect(r).toEqual({ ok: false, errors: ['Limber could not save the settings: permission denied (EACCES). Nothing was changed.'] });
    }
    expect(en.settings.sitMinutes).toBe(defaultSettings().sitMinutes);
    const xa = appWith(XA, eacces);
    const r = await xa.updateSettings({ sitMinutes: 60 });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const e of r.errors) expectTranslated(e, ['EACCES']);
    const odd = appWith(XA, () => {
      throw new Error('disk on fire');
    });
    const r2 = await odd.updateSettings({ sitMinutes: 60 });
    if (!r2.ok) expectTranslated(r2.errors[0]!.replace('disk on fire', ''));
    expect(saveFailedText(ENGLISH_TEXT.t, new Error('disk on fire'))).toBe('Limber could not save the settings: disk on fire. Nothing was changed.');
  });

  it('a bridge call the main process refuses rejects with words in the person’s language (the check’s reason as it is)', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    const ipcMain = { handle: (ch: string, fn: never) => void handlers.set(ch, fn), removeHandler: () => undefined, on: () => undefined, removeListener: () => undefined };
    const ours = {};
    const event = { sender: ours, senderFrame: { url: 'limber://app/settings.html' } };
    const register = (words?: () => MainTranslate) =>
      registerIpc({ ipcMain: ipcMain as never, api: {} as never, isOurContents: (wc) => wc === (ours as never), isOwnPage: () => true, onEngage: () => undefined, ...(words ? { words } : {}) });
    register();
    const english = await handlers.get(channelOf('openWindow'))!(event, 'preferences').catch((e: Error) => e.message);
    expect(english).toBe('limber: openWindow refused: openWindow: openWindow takes "settings" or "history"');
    register(() => t);
    const worded = await handlers.get(channelOf('openWindow'))!(event, 'preferences').catch((e: Error) => e.message);
    expect(worded).toMatch(/^\[/);
    expectTranslated(String(worded).replace(/: openWindow: openWindow takes.*$/, ']'), ['openWindow']);
  });
});
