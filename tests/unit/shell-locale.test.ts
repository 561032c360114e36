// The main process's language (issue 15): the Electron fake's preferred languages per platform
// (as Electron 45 gives them), the main-process translator with per-message English fallback and
// on-demand loading, and the shell choosing and re-choosing the locale live.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogTranslation } from '../../src-main/catalog-locales';
import { LimberApp, type StoredState } from '../../src-main/core/app';
import { channelOf, eventChannelOf, type ExerciseView } from '../../src-main/core/bridge';
import { getExercise, SAFETY_NOTES } from '../../src-main/core/catalog';
import { catalogSource, type CatalogTranslation } from '../../src-main/core/catalog/localize';
import { LocaleFollower } from '../../src-main/core/i18n/locale-follower';
import { knownLocale } from '../../src-main/core/i18n/locales';
import { defaultSettings, type Settings } from '../../src-main/core/settings';
import { mainDirection, mainLocale, onMainLocaleChange, setMainLoadersForTest, setMainLocale, t } from '../../src-main/i18n';
import { ENGLISH_TEXT } from '../../src-main/main-words';
import { pageUrl } from '../../src-main/pages';
import { startShell, type Shell } from '../../src-main/shell';
import { fake, FakeBrowserWindow, fakeState, ipcEventFrom, linuxPreferredLanguages, resetElectronMock, setPlatform } from '../mocks/electron';

const electronApp = fake.app;

beforeEach(() => resetElectronMock());

describe('app.getPreferredSystemLanguages() in the fake, as Electron gives it', () => {
  it('Linux: from LANGUAGE, else LC_ALL, else LC_MESSAGES, else LANG, with GLib’s variants and no "C"', () => {
    expect(linuxPreferredLanguages({ LANG: 'de_DE.UTF-8' })).toEqual(['de-DE', 'de-DE', 'de', 'de']);
    expect(linuxPreferredLanguages({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toEqual(['fr-FR', 'fr-FR', 'fr', 'fr']);
    expect(linuxPreferredLanguages({ LANG: 'de_DE.UTF-8', LC_ALL: 'ja_JP.UTF-8', LC_MESSAGES: 'fr_FR' })[0]).toBe('ja-JP');
    expect(linuxPreferredLanguages({ LANG: 'de_DE.UTF-8', LANGUAGE: 'pt_BR:en' })).toEqual(['pt-BR', 'pt', 'en']);
    expect(linuxPreferredLanguages({ LANG: 'de_DE.UTF-8', LANGUAGE: '' })[0]).toBe('de-DE');
    expect(linuxPreferredLanguages({ LANG: 'C.UTF-8' })).toEqual(['en-US-POSIX']);
    expect(linuxPreferredLanguages({})).toEqual([]);
  });

  it('follows the fake’s platform', () => {
    fakeState.localeEnv = { LANG: 'pl_PL.UTF-8' };
    fakeState.systemLanguages = ['fr-CA', 'en-US', 'zh-Hans-FI', 'es-419'];
    expect(electronApp.getPreferredSystemLanguages()[0]).toBe('pl-PL');
    setPlatform('linux-wayland');
    expect(electronApp.getPreferredSystemLanguages()[0]).toBe('pl-PL');
    setPlatform('darwin');
    expect(electronApp.getPreferredSystemLanguages()).toEqual(['fr-CA', 'en-US', 'zh-Hans-FI', 'es-419']);
    setPlatform('win32');
    fakeState.systemLanguages = ['fr-CA', 'en-US', 'zh-Hans-CN', 'fi', 'es-419'];
    expect(electronApp.getPreferredSystemLanguages()).toEqual(['fr-CA', 'en-US', 'zh-Hans-CN', 'fi', 'es-419']);
  });
});

// ---------------------------------------------------------------- the main process's translator

/** A German catalog translation of one exercise and one safety note (what translators write). */
const ROT = getExercise('seated-rotation')!;
const GERMAN: CatalogTranslation = {
  exercises: {
    // every other exercise: its English text marked, so a test sees which texts were taken
    ...Object.fromEntries(
      Object.entries(catalogSource().exercises).map(([id, ex]) => [
        id,
        { ...ex, name: `DE ${ex.name}`, steps: ex.steps.map((x) => `DE ${x}`), cautions: ex.cautions.map((x) => `DE ${x}`), breathing: `DE ${ex.breathing}`, sideSteps: {} },
      ]),
    ),
    'seated-rotation': {
      name: 'Sitzende Drehung',
      steps: ['Schritt 1', 'Schritt 2', 'Schritt 3', 'Schritt 4', 'Schritt 5'],
      sideSteps: {
        '3': { right: 'Drehe den Oberkörper nach rechts.', left: 'Drehe den Oberkörper nach links.' },
        '4': { right: 'Zurück zur Mitte, dann nach rechts.', left: 'Zurück zur Mitte, dann nach links.' },
      },
      cautions: ['Vorsicht 1', 'Vorsicht 2'],
      breathing: 'Ruhig atmen.',
    },
  },
  safety: { 'no-pain': { heading: 'Niemals in den Schmerz', text: 'Eine Dehnung soll sich wie sanfte Spannung anfühlen.' } },
};

vi.mock('virtual:limber-catalog-loaders', () => ({
  default: {
    de: async () => GERMAN,
    // a translators' file whose top level is not the catalog's shape
    fr: async () => ['not', 'a', 'catalog'],
  },
}));

describe('the main process’s translator (src-main/i18n.ts)', () => {
  afterEach(async () => {
    setMainLoadersForTest(null);
    await setMainLocale('en');
  });

  it('speaks English until told otherwise, and a locale with messages once loaded', async () => {
    expect(mainLocale()).toBe('en');
    expect(t('language.label')).toBe('Language');
    const heard: string[] = [];
    const off = onMainLocaleChange((tag) => heard.push(tag));
    expect(await setMainLocale('en-XA')).toBe('en-XA');
    expect(mainLocale()).toBe('en-XA');
    expect(t('language.label')).toMatch(/^\[Ļáñğûáğé ·+\]$/);
    expect(t('duration.minutes', { minutes: 2 })).toMatch(/^\[2 ɱíñûţéš/);
    expect(heard).toEqual(['en-XA']);
    off();
  });

  it('a language listed without messages yet, or whose messages fail to load, reads English (never an id)', async () => {
    // Arabic is listed; until its files exist it reads English
    const hasArabic = fs.existsSync(path.join(__dirname, '../../src-main/core/i18n/locales/ar'));
    expect(await setMainLocale('ar')).toBe(hasArabic ? 'ar' : 'en');
    if (!hasArabic) expect(t('language.label')).toBe('Language');
    // loaders that lack the tag (no files) or throw:
    setMainLoadersForTest({ nl: () => Promise.reject(new Error('chunk missing')) });
    expect(await setMainLocale('pl')).toBe('en');
    expect(t('language.label')).toBe('Language');
    expect(mainDirection()).toBe('ltr');
    expect(await setMainLocale('nl')).toBe('en');
    expect(t('language.label')).toBe('Language');
  });

  it('a newer choice wins over a slower older one', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    setMainLoadersForTest({
      de: async () => {
        await slow;
        return { 'language.label': () => 'Sprache' };
      },
      'en-XA': async () => ({ 'language.label': () => '[pseudo]' }),
    });
    const first = setMainLocale('de');
    expect(await setMainLocale('en-XA')).toBe('en-XA');
    release();
    expect(await first).toBe('en-XA');
    expect(t('language.label')).toBe('[pseudo]');
    expect(mainLocale()).toBe('en-XA');
  });
});

// ---------------------------------------------------------------- choosing and following

describe('LocaleFollower: the setting, else the OS, loaded before it is applied, live', () => {
  function follower(language: () => string, preferred: () => string[], load = async (_tag: string) => undefined as CatalogTranslation | undefined) {
    const applied: string[] = [];
    const f = new LocaleFollower({ language, preferred, load, apply: (tag) => applied.push(tag) });
    return { f, applied };
  }

  it.each([
    ['system', ['de-DE', 'de-DE', 'de', 'de'], 'de'],
    ['system', ['pt-PT', 'en-US'], 'pt-BR'],
    ['system', ['zh-TW', 'ja-JP'], 'ja'],
    ['system', ['zh-Hans-FI', 'en-US'], 'zh-Hans'],
    ['system', ['sv-SE', 'ar-EG'], 'ar'],
    ['system', ['en-US-POSIX'], 'en'],
    ['system', [], 'en'],
    ['fr', ['de-DE'], 'fr'],
    ['en-XA', ['de-DE'], 'en-XA'],
    ['ko', ['de-DE'], 'de'],
  ])('setting %s, OS %j → %s', async (language, preferred, want) => {
    const { f, applied } = follower(() => language, () => preferred);
    expect(f.choose()).toBe(want);
    await f.update();
    expect(f.active).toBe(want);
    expect(applied).toEqual(want === 'en' ? [] : [want]); // English at start is already applied
  });

  it('follows a change of the setting, and back to the system', async () => {
    let language = 'system';
    const { f, applied } = follower(() => language, () => ['it-IT']);
    await f.update();
    language = 'nl';
    await f.update();
    await f.update(); // unchanged: nothing applied again
    language = 'system';
    await f.update();
    expect(applied).toEqual(['it', 'nl', 'it']);
  });

  it('a catalog that fails to load still switches the language (its texts read English)', async () => {
    const got: [string, unknown][] = [];
    const f = new LocaleFollower({
      language: () => 'de',
      preferred: () => [],
      load: () => Promise.reject(new Error('gone')),
      apply: (tag, catalog) => got.push([tag, catalog]),
      log: () => {},
    });
    await f.update();
    expect(got).toEqual([['de', undefined]]);
  });

  it('a newer choice wins over a slower older one, and settled() waits for the newest', async () => {
    let language = 'de';
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const applied: string[] = [];
    const f = new LocaleFollower({
      language: () => language,
      preferred: () => [],
      load: async (tag) => {
        if (tag === 'de') await slow;
        return undefined;
      },
      apply: (tag) => applied.push(tag),
    });
    void f.update();
    const waiting = f.settled();
    language = 'ja';
    void f.update();
    release();
    await waiting;
    expect(applied).toEqual(['ja']);
    expect(f.active).toBe('ja');
  });

  it('a tag from the bridge is checked: one Limber has, else English', () => {
    expect(knownLocale('ar')).toBe('ar');
    expect(knownLocale('en-XA')).toBe('en-XA');
    for (const bad of ['xx', '', 5, null, undefined, { tag: 'de' }]) expect(knownLocale(bad)).toBe('en');
  });
});

// ---------------------------------------------------------------- the catalog in the active language

describe('the catalog in the active language (LimberApp.setLocale)', () => {
  function makeApp(settings: Partial<Settings> = {}): LimberApp {
    let state: StoredState = { settings: { ...defaultSettings(), flexMinutes: 0, ...settings }, firstRunDone: true, exclusionNotes: {} };
    const wall = new Date(2026, 2, 2, 9, 0).getTime();
    const mono = 0;
    const app = new LimberApp({
      now: () => ({ mono, wall }),
      idleSeconds: () => 0,
      random: () => 0.5,
      settings: { load: () => structuredClone(state), save: (s) => void (state = structuredClone(s)) },
      history: { append: () => {}, read: () => ({ entries: [], notes: [] }), problem: () => null },
      text: () => ENGLISH_TEXT,
    });
    return app;
  }
  const rotation = async (app: LimberApp): Promise<ExerciseView> => (await app.getCatalog()).find((e) => e.id === 'seated-rotation')!;

  it('exercise names, steps, the steps on each side, cautions and breathing in the language; what comes from the English stays', async () => {
    const app = makeApp();
    const english = await rotation(app);
    expect(english.name).toBe(ROT.name);
    const heard: string[] = [];
    app.on('locale', (tag) => heard.push(tag));
    app.setLocale('de', GERMAN);
    expect(heard).toEqual(['de']);
    expect(await app.getLocale()).toBe('de');
    const de = await rotation(app);
    expect(de).toMatchObject({ name: 'Sitzende Drehung', steps: GERMAN.exercises['seated-rotation']!.steps, cautions: ['Vorsicht 1', 'Vorsicht 2'], breathing: 'Ruhig atmen.' });
    expect(de.stepsBySide!.right[3]).toBe('Drehe den Oberkörper nach rechts.');
    expect(de.stepsBySide!.left[4]).toBe('Zurück zur Mitte, dann nach links.');
    expect(de.stepsBySide!.left[0]).toBe('Schritt 1');
    // the rest is the English catalog's, untouched: id, dose, areas, drawings, sources
    const { name: _n, steps: _s, stepsBySide: _b, cautions: _c, breathing: _br, ...restDe } = de;
    const { name: _n2, steps: _s2, stepsBySide: _b2, cautions: _c2, breathing: _br2, ...restEn } = english;
    expect(restDe).toEqual(restEn);
    // an exercise the translation lacks reads English
    const partial: CatalogTranslation = { exercises: { 'seated-rotation': GERMAN.exercises['seated-rotation']! }, safety: {} };
    app.setLocale('de', partial);
    const other = (await app.getCatalog()).find((e) => e.id !== 'seated-rotation')!;
    expect(other.name).toBe(getExercise(other.id)!.name);
    expect((await rotation(app)).name).toBe('Sitzende Drehung');
    // and back
    app.setLocale('en', undefined);
    expect((await rotation(app)).name).toBe(ROT.name);
  });

  it('safety notes in the language, English where a note is not translated', async () => {
    const app = makeApp();
    app.setLocale('de', GERMAN);
    const notes = await app.getSafetyNotes();
    expect(notes[0]).toEqual({ id: 'no-pain', heading: 'Niemals in den Schmerz', text: 'Eine Dehnung soll sich wie sanfte Spannung anfühlen.' });
    expect(notes[1]).toEqual({ ...SAFETY_NOTES[1] });
  });

  it('a translation with another number of steps falls back to the English steps (the player times them by index)', async () => {
    const app = makeApp();
    const broken = structuredClone(GERMAN);
    broken.exercises['seated-rotation']!.steps = ['nur einer'];
    app.setLocale('de', broken);
    const de = await rotation(app);
    expect(de.name).toBe('Sitzende Drehung');
    expect(de.steps).toEqual([...ROT.steps]);
    expect(de.stepsBySide!.right[3]).toBe('Turn your upper body to the right as far as feels easy.');
  });

  it('the break on screen keeps its routine and gets its texts in the new language', async () => {
    const app = makeApp();
    app.input({ type: 'stretch-now' });
    const before = (await app.getBreak())!;
    expect(before).not.toBeNull();
    const translation: CatalogTranslation = { exercises: {}, safety: {} };
    for (const item of before.routine.items) translation.exercises[item.id] = { name: `DE ${item.name}`, steps: item.steps.map((s) => `DE ${s}`), cautions: [...item.cautions], breathing: item.breathing };
    app.setLocale('de', translation);
    const after = (await app.getBreak())!;
    expect(after.breakId).toBe(before.breakId);
    expect(after.routine.items.map((i) => [i.id, i.seconds, i.dosage])).toEqual(before.routine.items.map((i) => [i.id, i.seconds, i.dosage]));
    expect(after.routine.items.map((i) => i.name)).toEqual(before.routine.items.map((i) => `DE ${i.name}`));
    expect(after.routine.totalSeconds).toBe(before.routine.totalSeconds);
  });

  it('loads only the active language’s catalog file; a language without one, or with a file of the wrong shape, reads English', async () => {
    const calls: string[] = [];
    const loaders = {
      de: async () => (calls.push('de'), GERMAN),
      ja: async () => (calls.push('ja'), {}),
    };
    expect(await loadCatalogTranslation('de', loaders)).toEqual(GERMAN);
    expect(calls).toEqual(['de']);
    expect(await loadCatalogTranslation('ar', loaders)).toBeUndefined();
    expect(await loadCatalogTranslation('toString', loaders)).toBeUndefined();
    expect(await loadCatalogTranslation('fr')).toEqual({ exercises: {}, safety: {} });
    const app = makeApp();
    app.setLocale('fr', await loadCatalogTranslation('fr'));
    expect((await rotation(app)).name).toBe(ROT.name);
  });
});

// ---------------------------------------------------------------- the shell, wired

describe('the shell follows the language setting and the OS, live, in every window', () => {
  let dir: string;
  let shell: Shell | null = null;
  const src = () => ({ rendererDir: path.join(dir, 'renderer'), devServer: null });
  // the break window by the page it loads (its title is in the language of the moment)
  const breakWin = () =>
    FakeBrowserWindow.instances.find((w) => !w.destroyed && /break\.html/.test(`${w.loaded?.file ?? ''}${w.loaded?.url ?? ''}`))!;
  const fromBreak = (method: string, arg?: unknown) =>
    fake.ipcMain.invoke(channelOf(method as never), ipcEventFrom(breakWin(), pageUrl(src(), 'break')), ...(arg === undefined ? [] : [arg]));
  const localeEvents = (w: FakeBrowserWindow) => w.webContents.sent.filter((s) => s.channel === eventChannelOf('locale')).map((s) => s.args[0]);

  function start(platform: 'linux' | 'win32' | 'darwin', settings: Partial<Settings> = {}): Shell {
    setPlatform(platform === 'linux' ? 'linux-x11' : platform);
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 4, settings: { flexMinutes: 0, ...settings }, firstRunDone: true, exclusionNotes: {} }));
    const mono = 0;
    shell = startShell({
      userData: dir,
      paths: { rendererDir: path.join(dir, 'renderer'), preload: path.join(dir, 'preload.cjs'), iconsDir: path.join(dir, 'icons') },
      devServer: null,
      platform,
      env: platform === 'linux' ? { DISPLAY: ':0', XDG_CONFIG_HOME: path.join(dir, 'config') } : {},
      packaged: false,
      execPath: '/x/limber',
      home: dir,
      clock: { now: () => ({ mono, wall: new Date(2026, 2, 2, 9, 0).getTime() + mono }), mono: () => mono },
      timers: { setTimeout: () => ({}), clearTimeout: () => {} },
      random: () => 0.5,
      log: () => {},
      busy: { check: async () => null, checkNow: () => null, availability: async () => [], lastCheck: null, dispose: () => {} },
    });
    return shell;
  }

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limber-locale-'));
  });
  afterEach(async () => {
    shell?.dispose();
    shell = null;
    fs.rmSync(dir, { recursive: true, force: true });
    setMainLoadersForTest(null);
    await setMainLocale('en');
  });

  it('Linux, LANG=de_DE.UTF-8, setting "system": German — the catalog in German at once, the main process’s messages English until German has them', async () => {
    fakeState.localeEnv = { LANG: 'de_DE.UTF-8' };
    const s = start('linux');
    expect(await fromBreak('getLocale')).toBe('de');
    const catalog = (await fromBreak('getCatalog')) as ExerciseView[];
    expect(catalog.find((e) => e.id === 'seated-rotation')!.name).toBe('Sitzende Drehung');
    expect(localeEvents(breakWin())).toEqual(['de']);
    expect(s.limber.activeLocale).toBe('de');
  });

  it('Windows and macOS: from the OS’s list (pt-PT finds Brazilian Portuguese; a language Limber lacks is passed over)', async () => {
    fakeState.systemLanguages = ['sv-SE', 'pt-PT', 'en-US'];
    start('win32');
    expect(await fromBreak('getLocale')).toBe('pt-BR');
    shell!.dispose();
    FakeBrowserWindow.instances.length = 0;
    fakeState.systemLanguages = ['zh-Hans-FI', 'en-US'];
    start('darwin');
    expect(await fromBreak('getLocale')).toBe('zh-Hans');
  });

  it('a change of the setting switches at once, without a restart: the main process, every window (the hidden break window too), and back to the system', async () => {
    fakeState.localeEnv = { LANG: 'en_US.UTF-8' };
    const s = start('linux');
    await s.pages.show('settings');
    const settingsWin = FakeBrowserWindow.instances.find((w) => w !== breakWin() && !w.destroyed)!;
    expect(await fromBreak('getLocale')).toBe('en');
    expect(t('language.label')).toBe('Language');
    expect(breakWin().isVisible()).toBe(false);

    await fromBreak('updateSettings', { language: 'en-XA' });
    expect(await fromBreak('getLocale')).toBe('en-XA'); // waits for the switch
    expect(t('language.label')).toMatch(/^\[Ļáñğûáğé/);
    expect(localeEvents(breakWin())).toEqual(['en-XA']);
    expect(localeEvents(settingsWin)).toEqual(['en-XA']);
    expect(breakWin().isVisible()).toBe(false); // told, not shown

    await fromBreak('updateSettings', { language: 'system' });
    expect(await fromBreak('getLocale')).toBe('en');
    expect(t('language.label')).toBe('Language');
    expect(localeEvents(settingsWin)).toEqual(['en-XA', 'en']);
  });

  it('the break window showing a break gets that break again with its texts in the new language', async () => {
    const s = start('linux');
    s.run({ type: 'stretch-now' });
    const view = (await fromBreak('getBreak')) as { breakId: string; routine: { items: ExerciseView[] } };
    expect(view).not.toBeNull();
    breakWin().webContents.sent.length = 0;
    await fromBreak('updateSettings', { language: 'de' });
    await fromBreak('getLocale');
    await Promise.resolve();
    const sent = breakWin().webContents.sent.map((m) => m.channel);
    expect(sent).toContain(eventChannelOf('locale'));
    const again = breakWin().webContents.sent.filter((m) => m.channel === eventChannelOf('break')).at(-1)?.args[0] as typeof view;
    expect(again.breakId).toBe(view.breakId);
    expect(again.routine.items.map((i) => i.id)).toEqual(view.routine.items.map((i) => i.id));
    for (const item of again.routine.items) expect(item.name).toBe(item.id === 'seated-rotation' ? 'Sitzende Drehung' : `DE ${getExercise(item.id)!.name}`);
  });

  it('the bridge refuses an argument to getLocale, and a language Limber does not have', async () => {
    start('linux');
    await expect(fromBreak('getLocale', 'de')).rejects.toThrow(/getLocale refused/);
    expect(await fromBreak('updateSettings', { language: 'ko' })).toMatchObject({ ok: false, errors: [expect.stringMatching(/^language must be/)] });
  });
});
