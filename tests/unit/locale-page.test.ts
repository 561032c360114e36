// A page's language (src-renderer/shared/i18n.ts, issue 15): setLocale sets <html lang dir> and
// tells the page to redraw; a listed language without messages yet (or whose chunk fails to
// load) shows English with lang="en" dir="ltr"; Arabic is right to left; the pseudo-locale's
// catalog leaves no English letter.
import compiledEn from 'virtual:limber-messages/en/settings';
import compiledPseudo from 'virtual:limber-messages/en-XA/settings';
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogSource, pseudoCatalog } from '../../src-main/core/catalog/localize';
import { LOCALES } from '../../src-main/core/i18n/locales';
import { direction, initI18n, locale, onLocaleChange, setLocale, t } from '../../src-renderer/shared/i18n';

const html = { lang: '', dir: '' };

beforeEach(() => {
  (globalThis as { document?: unknown }).document = { documentElement: html };
  html.lang = '';
  html.dir = '';
});

describe('a page switches language', () => {
  it('sets <html lang dir>, redraws, and falls back to English for a language without messages', async () => {
    const arabic = { 'language.label': () => 'اللغة' };
    initI18n(compiledEn, {
      'en-XA': async () => compiledPseudo,
      ar: async () => arabic,
      nl: () => Promise.reject(new Error('chunk failed')),
    });
    let redraws = 0;
    const off = onLocaleChange(() => redraws++);

    await setLocale('ar');
    expect([html.lang, html.dir, locale(), direction()]).toEqual(['ar', 'rtl', 'ar', 'rtl']);
    expect(t('language.label')).toBe('اللغة');
    expect(t('language.hint')).toBe('The language of Limber’s windows, menus and exercise steps.'); // English per missing message

    await setLocale('en-XA');
    expect([html.lang, html.dir]).toEqual(['en-XA', 'ltr']);
    expect(t('language.label')).toMatch(/^\[Ļáñğûáğé/);

    // Polish is listed; with no messages (no loader) the page is English, and says so
    await setLocale('pl');
    expect([html.lang, html.dir, locale()]).toEqual(['en', 'ltr', 'en']);
    expect(t('language.label')).toBe('Language');

    await setLocale('nl');
    expect([html.lang, locale()]).toEqual(['en', 'en']);
    expect(redraws).toBe(4);
    off();
  });

  it('a slow older switch never wins over a newer one', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    initI18n(compiledEn, {
      de: async () => {
        await slow;
        return { 'language.label': () => 'Sprache' };
      },
      'en-XA': async () => compiledPseudo,
    });
    const first = setLocale('de');
    await setLocale('en-XA');
    release();
    await first;
    expect(locale()).toBe('en-XA');
    expect(html.lang).toBe('en-XA');
  });
});

describe('the pseudo-locale’s catalog', () => {
  const letters = /[A-Za-z]/;
  it('every exercise text and safety note is accented, bracketed and longer — no English letter left', () => {
    const pseudo = pseudoCatalog();
    const source = catalogSource();
    expect(Object.keys(pseudo.exercises)).toEqual(Object.keys(source.exercises));
    for (const [id, ex] of Object.entries(pseudo.exercises)) {
      const texts = [ex.name, ...ex.steps, ...ex.cautions, ex.breathing, ...Object.values(ex.sideSteps ?? {}).flatMap((s) => [s.right, s.left])];
      for (const text of texts) {
        expect(text, id).not.toMatch(letters);
        expect(text.startsWith('[') && text.endsWith(']'), id).toBe(true);
      }
      expect(ex.steps.length).toBe(source.exercises[id]!.steps.length);
    }
    for (const note of Object.values(pseudo.safety)) expect(note.heading + note.text).not.toMatch(letters);
  });

  it('Arabic is the one right-to-left language', () => {
    expect(LOCALES.find((l) => l.tag === 'ar')!.dir).toBe('rtl');
  });
});
