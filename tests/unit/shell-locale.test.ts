// The main process's language (issue 15): the Electron fake's preferred languages per platform
// (as Electron 45 gives them), the main-process translator with per-message English fallback and
// on-demand loading, and the shell choosing and re-choosing the locale live.
import { beforeEach, describe, expect, it } from 'vitest';
import { fake, fakeState, linuxPreferredLanguages, resetElectronMock, setPlatform } from '../mocks/electron';

const app = fake.app;

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
    expect(app.getPreferredSystemLanguages()[0]).toBe('pl-PL');
    setPlatform('linux-wayland');
    expect(app.getPreferredSystemLanguages()[0]).toBe('pl-PL');
    setPlatform('darwin');
    expect(app.getPreferredSystemLanguages()).toEqual(['fr-CA', 'en-US', 'zh-Hans-FI', 'es-419']);
    setPlatform('win32');
    fakeState.systemLanguages = ['fr-CA', 'en-US', 'zh-Hans-CN', 'fi', 'es-419'];
    expect(app.getPreferredSystemLanguages()).toEqual(['fr-CA', 'en-US', 'zh-Hans-CN', 'fi', 'es-419']);
  });
});
