// The settings file: schema generated from the core model, migrations, and the "move aside, start
// on defaults, tell once" path for damaged, unreadable and newer files. Real files in a temp dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../../src-main/core/catalog';
import { DEFAULT_SETTINGS, NUMBER_BOUNDS, SETTINGS_KEYS, defaultSettings, normalizeSettings } from '../../src-main/core/settings';
import { SCHEMA_VERSION, settingsSchema, storeSchema } from '../../src-main/settings-schema';
import { MIGRATIONS, migrate, sanitize } from '../../src-main/settings-file';
import { SettingsStore } from '../../src-main/settings-store';

let dir: string;
const file = () => path.join(dir, 'settings.json');
const when = new Date('2026-03-02T08:00:00.000Z');
const open = () => SettingsStore.open({ dir, knownExercises: EXERCISE_IDS, now: () => when });
const onDisk = () => JSON.parse(fs.readFileSync(file(), 'utf8'));
const asideFiles = () => fs.readdirSync(dir).filter((f) => f !== 'settings.json').sort();
const someId = [...EXERCISE_IDS][0]!;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-settings-'));
});
afterEach(() => {
  fs.chmodSync(dir, 0o700);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the schema is generated from the settings model', () => {
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(settingsSchema());

  it('accepts the defaults and describes every key', () => {
    expect(validate(defaultSettings())).toBe(true);
    expect(Object.keys((settingsSchema() as { properties: object }).properties).sort()).toEqual([...SETTINGS_KEYS].sort());
  });

  it('carries the bounds of every number setting', () => {
    for (const [key, b] of Object.entries(NUMBER_BOUNDS)) {
      expect(validate({ ...defaultSettings(), [key]: b.min })).toBe(true);
      expect(validate({ ...defaultSettings(), [key]: b.max })).toBe(true);
      expect(validate({ ...defaultSettings(), [key]: b.max + 1 })).toBe(false);
      expect(validate({ ...defaultSettings(), [key]: b.min - 1 })).toBe(false);
      expect(validate({ ...defaultSettings(), [key]: b.min + 0.5 })).toBe(false);
    }
  });

  it('refuses bad positions, times and unknown keys', () => {
    expect(validate({ ...defaultSettings(), positions: [] })).toBe(false);
    expect(validate({ ...defaultSettings(), positions: ['lying'] })).toBe(false);
    expect(validate({ ...defaultSettings(), workingHours: { ...DEFAULT_SETTINGS.workingHours, start: '9:00' } })).toBe(false);
    expect(validate({ ...defaultSettings(), colour: 'red' })).toBe(false);
  });

  it('versions the file layout', () => {
    expect(storeSchema().schemaVersion).toMatchObject({ maximum: SCHEMA_VERSION });
  });

  // the store checks files with the core's model only (no schema check at run time): the two must
  // agree, in both directions, on every value a file might hold
  it('agrees with the core’s model: the model is never looser, and single values follow the same rule, for random values of every key', () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 700 }),
      fc.double({ min: -5, max: 700, noNaN: true }),
      fc.boolean(),
      fc.constantFrom('09:00', '17:30', '9:00', '', 'seated', 'ball', 'zoom', 'system', 'de', 'pt-BR', 'ko', 'en-XA'),
      fc.array(fc.oneof(fc.constantFrom('seated', 'standing', 'floor', 'chair', 'desk', 'mat', 'ball', someId, 'zoom', ''), fc.integer({ min: 0, max: 7 })), { maxLength: 4 }),
      fc.record({ enabled: fc.boolean(), days: fc.array(fc.integer({ min: -1, max: 7 }), { maxLength: 3 }), start: fc.constantFrom('09:00', '18:00', 'x'), end: fc.constantFrom('17:00', '08:00') }),
      fc.record({ call: fc.boolean(), presenting: fc.boolean(), doNotDisturb: fc.oneof(fc.boolean(), fc.constant(1)), apps: fc.array(fc.constantFrom('zoom', '', 'obs'), { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SETTINGS_KEYS), value, (key, v) => {
        const settings = { ...defaultSettings(), [key]: v };
        const byModel = normalizeSettings(settings, { knownExercises: EXERCISE_IDS }).ok;
        const bySchema = validate(structuredClone(settings));
        // the model is never looser than the schema, so nothing the store keeps breaks the file layout
        if (byModel) expect({ key, v, bySchema }).toEqual({ key, v, bySchema: true });
        // and for single values they are the same rule (the model adds rules across fields, such as
        // start before end, that a JSON schema cannot say)
        if (key in NUMBER_BOUNDS || typeof DEFAULT_SETTINGS[key] === 'boolean' || key === 'positions' || key === 'language') {
          expect({ key, v, bySchema }).toEqual({ key, v, bySchema: byModel });
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('SettingsStore on real files', () => {
  it('starts on defaults without a file, writes a versioned file, and says nothing', () => {
    const s = open();
    expect(s.notice).toBeNull();
    expect(s.load().settings).toEqual(defaultSettings());
    expect(onDisk()).toMatchObject({ schemaVersion: SCHEMA_VERSION, settings: defaultSettings(), firstRunDone: false });
  });

  it('saves and reads back across restarts', () => {
    const s = open();
    const state = s.load();
    state.settings.sitMinutes = 60;
    state.settings.excludedExercises = [someId];
    state.exclusionNotes = { [someId]: { reason: 'stopped', at: 1 } };
    state.firstRunDone = true;
    s.save(state);
    const again = open();
    expect(again.notice).toBeNull();
    expect(again.load()).toEqual(state);
    expect(asideFiles()).toEqual([]);
  });

  it('refuses to save invalid settings and keeps the old ones', () => {
    const s = open();
    const bad = s.load();
    bad.settings.sitMinutes = 5;
    expect(() => s.save(bad)).toThrow(/sitMinutes must be a whole number from 10 to 180/);
    expect(s.load().settings.sitMinutes).toBe(45);
    expect(onDisk().settings.sitMinutes).toBe(45);
  });

  it('a current-version file from before the routine cue settings loads them with their defaults, quietly', () => {
    const { cueHoldEnd: _a, cueSideSwitch: _b, cueNextExercise: _c, speakSteps: _d, ...older } = { ...defaultSettings(), sitMinutes: 30 };
    fs.writeFileSync(file(), JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: older, firstRunDone: true, exclusionNotes: {} }));
    const s = open();
    expect(s.notice).toBeNull();
    expect(s.load().settings).toEqual({ ...defaultSettings(), sitMinutes: 30 });
    expect(asideFiles()).toEqual([]);
    s.save({ ...s.load(), settings: { ...s.load().settings, speakSteps: true } });
    expect(open().load().settings).toMatchObject({ sitMinutes: 30, speakSteps: true, cueHoldEnd: true });
  });

  it('migrates a v0 (flat) file, keeps the original aside, and stays quiet', () => {
    fs.writeFileSync(file(), JSON.stringify({ sitMinutes: 30, sound: false, firstRun: false }));
    const s = open();
    expect(s.notice).toBeNull();
    expect(s.load().settings).toEqual({ ...defaultSettings(), sitMinutes: 30, sound: false });
    expect(s.load().firstRunDone).toBe(true);
    expect(onDisk()).toMatchObject({ schemaVersion: SCHEMA_VERSION, settings: { sitMinutes: 30, sound: false } });
    expect(asideFiles()).toEqual(['settings.json.v0-2026-03-02T08-00-00-000Z']);
    expect(open().notice).toBeNull(); // migrated once
  });

  it('moves a damaged file aside (kept byte for byte), starts on defaults and tells once', () => {
    fs.writeFileSync(file(), '{"settings": {"sitMinutes": 30');
    const s = open();
    expect(s.load().settings).toEqual(defaultSettings());
    expect(s.notice).toMatch(/damaged.*kept as .*settings\.json\.corrupt-2026-03-02T08-00-00-000Z.*default settings/);
    expect(fs.readFileSync(path.join(dir, asideFiles()[0]!), 'utf8')).toBe('{"settings": {"sitMinutes": 30');
    expect(onDisk().settings).toEqual(defaultSettings());
    expect(open().notice).toBeNull(); // told once: the next start is clean
  });

  it('never overwrites an earlier file moved aside', () => {
    fs.writeFileSync(file(), 'garbage 1');
    open();
    fs.writeFileSync(file(), 'garbage 2');
    open();
    const kept = asideFiles();
    expect(kept).toHaveLength(2);
    expect(kept.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).sort()).toEqual(['garbage 1', 'garbage 2']);
  });

  it('treats JSON that is not an object, or has a nonsense version, as damaged', () => {
    fs.writeFileSync(file(), '[1,2]');
    expect(open().notice).toMatch(/did not contain settings/);
    fs.writeFileSync(file(), '{"schemaVersion": "two"}');
    expect(open().notice).toMatch(/invalid version/);
  });

  it('keeps a file from a newer Limber aside untouched and does not clobber it', () => {
    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, settings: { sitMinutes: 50, newThing: 1 } });
    fs.writeFileSync(file(), newer);
    const s = open();
    expect(s.notice).toMatch(new RegExp(`newer version of Limber.*kept unchanged as .*from-v${SCHEMA_VERSION + 1}`));
    expect(s.load().settings).toEqual(defaultSettings());
    expect(fs.readFileSync(path.join(dir, asideFiles()[0]!), 'utf8')).toBe(newer);
  });

  it('keeps the valid values of a file with some invalid ones and names the rest', () => {
    fs.writeFileSync(
      file(),
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: { sitMinutes: 999, snoozeMinutes: 10, positions: ['floor'], excludedExercises: [someId, 'gone-exercise'] }, firstRunDone: true }),
    );
    const s = open();
    expect(s.load().settings).toEqual({ ...defaultSettings(), snoozeMinutes: 10, positions: ['floor'], excludedExercises: [someId] });
    expect(s.load().firstRunDone).toBe(true);
    expect(s.notice).toMatch(/sitMinutes must be a whole number from 10 to 180.*got 999/);
    expect(s.notice).toMatch(/dropped unknown exercise ids "gone-exercise"/);
    expect(asideFiles()).toEqual(['settings.json.invalid-2026-03-02T08-00-00-000Z']);
  });

  it('a file with values nested thousands of levels deep is moved aside like any damaged file (issue 14 §7)', () => {
    const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
    const text =
      `{"schemaVersion":${SCHEMA_VERSION},"settings":{"sitMinutes":${deep(20_000)},"snoozeMinutes":10,` +
      `"excludedExercises":["${someId}",${deep(20_000)}]},"exclusionNotes":${deep(20_000)},"firstRunDone":true}`;
    fs.writeFileSync(file(), text);
    const s = open();
    expect(s.load().settings).toEqual({ ...defaultSettings(), snoozeMinutes: 10, excludedExercises: [someId] });
    expect(s.notice).toMatch(/sitMinutes must be a whole number from 10 to 180 minutes \(got \[\[\[/);
    expect(s.notice).toMatch(/not exercise ids: entry 2 \(\[\[\[/);
    expect(s.notice!.length).toBeLessThan(1000);
    expect(asideFiles()).toEqual(['settings.json.invalid-2026-03-02T08-00-00-000Z']);
    expect(fs.readFileSync(path.join(dir, asideFiles()[0]!), 'utf8')).toBe(text);
    expect(onDisk().settings.snoozeMinutes).toBe(10);
    expect(open().notice).toBeNull();
  });

  it('a nested version number is a damaged file, not a crash', () => {
    fs.writeFileSync(file(), `{"schemaVersion":${'['.repeat(20_000)}${']'.repeat(20_000)},"settings":{}}`);
    const s = open();
    expect(s.notice).toMatch(/invalid version \(schemaVersion is \[\[\[.*kept as .*corrupt-/);
    expect(s.load().settings).toEqual(defaultSettings());
  });

  it('whatever goes wrong while the file is checked, open() does not throw: Limber starts on defaults and says why', () => {
    // here the time stamp for the name of the kept file cannot be made, so even moving it aside fails
    fs.writeFileSync(file(), '{"settings": ');
    const s = SettingsStore.open({ dir, knownExercises: EXERCISE_IDS, now: () => new Date(Number.NaN) });
    expect(s.load().settings).toEqual(defaultSettings());
    expect(s.notice).toMatch(/Limber (could not use its settings file|cannot save settings)/);
    expect(fs.readFileSync(file(), 'utf8')).toBe('{"settings": '); // nothing the user wrote is lost
  });

  it('moves an unreadable settings path aside (here: a directory in the way)', () => {
    fs.mkdirSync(file());
    fs.writeFileSync(path.join(file(), 'inside'), 'kept');
    const s = open();
    expect(s.notice).toMatch(/could not read its settings file \(EISDIR\); it was moved to .*unreadable-/);
    expect(s.load().settings).toEqual(defaultSettings());
    expect(fs.readFileSync(path.join(dir, asideFiles()[0]!, 'inside'), 'utf8')).toBe('kept');
    expect(onDisk().schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('a file naming a language this version does not have: the language follows the system, the file is used as it is (not moved aside, not rewritten)', () => {
    const text = JSON.stringify({ schemaVersion: SCHEMA_VERSION, settings: { ...defaultSettings(), sitMinutes: 30, language: 'ko' }, firstRunDone: true, exclusionNotes: {} });
    fs.writeFileSync(file(), text);
    const s = open();
    expect(s.notice).toBeNull();
    expect(s.load().settings).toEqual({ ...defaultSettings(), sitMinutes: 30, language: 'system' });
    expect(s.load().firstRunDone).toBe(true);
    expect(asideFiles()).toEqual([]);
    expect(fs.readFileSync(file(), 'utf8')).toBe(text);
  });

  it('a v3 file (before the language setting) is migrated to "system" with every value kept', () => {
    fs.writeFileSync(file(), JSON.stringify({ schemaVersion: 3, settings: { sitMinutes: 30, equipment: ['ball'] }, firstRunDone: true, exclusionNotes: {} }));
    const s = open();
    expect(s.notice).toBeNull();
    expect(s.load().settings).toEqual({ ...defaultSettings(), sitMinutes: 30, equipment: ['ball'], language: 'system' });
    expect(onDisk()).toMatchObject({ schemaVersion: SCHEMA_VERSION, settings: { language: 'system', sitMinutes: 30 } });
  });

  it('keeps working in memory when nothing can be written there, and says so', () => {
    const blocker = path.join(dir, 'not-a-dir');
    fs.writeFileSync(blocker, '');
    const s = SettingsStore.open({ dir: path.join(blocker, 'userData'), knownExercises: EXERCISE_IDS });
    expect(s.notice).toMatch(/cannot save settings in .*Changes will last until Limber quits/);
    const state = s.load();
    state.settings.sitMinutes = 50;
    s.save(state);
    expect(s.load().settings.sitMinutes).toBe(50);
  });
});

describe('migrate and sanitize (pure)', () => {
  it('v0 → v1 nests the settings', () => {
    expect(MIGRATIONS[0]!({ sitMinutes: 20, firstRun: true })).toEqual({ schemaVersion: 1, settings: { sitMinutes: 20 }, firstRunDone: false, exclusionNotes: {} });
  });
  it('v1 → v2 adds the right-moment settings with their defaults and keeps the user\'s values', () => {
    const d = defaultSettings();
    const v1 = { schemaVersion: 1, settings: { sitMinutes: 20, sound: false }, firstRunDone: true, exclusionNotes: {} };
    expect(MIGRATIONS[1]!(v1)).toEqual({
      ...v1,
      schemaVersion: 2,
      settings: { sitMinutes: 20, sound: false, pauseSeconds: d.pauseSeconds, flexMinutes: d.flexMinutes, holdWhen: d.holdWhen, maxHoldMinutes: d.maxHoldMinutes },
    });
    expect(v1.settings).toEqual({ sitMinutes: 20, sound: false }); // the input is not changed
  });
  it('v2 → v3 adds equipment with its default (no stability ball) and keeps a value the user already has', () => {
    const v2 = { schemaVersion: 2, settings: { sitMinutes: 20, positions: ['floor'] }, firstRunDone: true, exclusionNotes: {} };
    expect(MIGRATIONS[2]!(v2)).toEqual({ ...v2, schemaVersion: 3, settings: { sitMinutes: 20, positions: ['floor'], equipment: ['chair', 'desk', 'mat'] } });
    expect(v2.settings).toEqual({ sitMinutes: 20, positions: ['floor'] }); // the input is not changed
    const own = { ...v2, settings: { equipment: ['ball'] } };
    expect(MIGRATIONS[2]!(own)).toEqual({ ...own, schemaVersion: 3 });
    // a v1 file goes all the way: every setting the current model has is present
    const v1 = { schemaVersion: 1, settings: { sitMinutes: 20 }, firstRunDone: true, exclusionNotes: {} };
    const migrated = migrate(v1, 1) as { schemaVersion: number; settings: Record<string, unknown> };
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(sanitize(migrated, EXERCISE_IDS).problems).toEqual([]);
    expect(Object.keys(migrated.settings).sort()).toEqual(expect.arrayContaining(['equipment', 'pauseSeconds', 'sitMinutes']));
  });
  it('v3 → v4 adds language as "system" and keeps a value already there', () => {
    const v3 = { schemaVersion: 3, settings: { sitMinutes: 20 }, firstRunDone: true, exclusionNotes: {} };
    expect(MIGRATIONS[3]!(v3)).toEqual({ ...v3, schemaVersion: 4, settings: { sitMinutes: 20, language: 'system' } });
    expect(v3.settings).toEqual({ sitMinutes: 20 });
    const own = { ...v3, settings: { language: 'de' } };
    expect(MIGRATIONS[3]!(own)).toEqual({ ...own, schemaVersion: 4 });
  });
  it('sanitize: a language this version does not have follows the system, quietly; a value that is no tag at all is a problem', () => {
    const r = sanitize({ settings: { language: 'ko', sitMinutes: 30 } }, EXERCISE_IDS);
    expect(r.problems).toEqual([]);
    expect(r.state.settings).toMatchObject({ language: 'system', sitMinutes: 30 });
    expect(sanitize({ settings: { language: 'de' } }, EXERCISE_IDS).state.settings.language).toBe('de');
    const bad = sanitize({ settings: { language: 42 } }, EXERCISE_IDS);
    expect(bad.state.settings.language).toBe('system');
    expect(bad.problems).toEqual([expect.stringMatching(/^language must be "system" or one of/)]);
  });
  it('sanitize drops notes for exercises that are not excluded', () => {
    const r = sanitize({ settings: {}, exclusionNotes: { [someId]: { reason: 'chosen', at: 1 } } }, EXERCISE_IDS);
    expect(r.state.exclusionNotes).toEqual({});
    expect(r.problems).toEqual([]);
  });
});
