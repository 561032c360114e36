// The i18n layer (issue 15): every locale has every message of the English source and nothing
// else; every message of every locale (and the generated pseudo-locale) compiles and formats with
// sample values; a lookup falls back to English per message and never shows a key; the language
// is negotiated from the OS preferences; dates, times and week starts come from Intl.
import compiledEn from 'virtual:limber-messages/en';
import compiledPseudo from 'virtual:limber-messages/en-XA';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { samples } from '../support/message-samples';
import { describe, expect, it } from 'vitest';

import { chooseLocale, LOCALES, negotiateLocale, PSEUDO_LOCALE } from '../../src-main/core/i18n/locales';
import { firstDayOfWeek, formatClock, uses12Hour, weekdayNames, weekOrder } from '../../src-main/core/i18n/intl';
import { createTranslator, type CompiledMessages, type MessageId } from '../../src-main/core/i18n/translate';
// @ts-expect-error plain ESM script without type declarations
import { checkMessages, localeTags, pseudoMessage, readLocale } from '../../scripts/i18n/messages.mjs';

const CATALOG_DIR = join(import.meta.dirname, '../../src-main/core/catalog/locales');

type Messages = Record<string, string>;
const en = readLocale('en') as Messages;
const tags = localeTags() as string[];


describe('messages', () => {
  it('English is the source and every locale file has exactly its keys', () => {
    expect(tags).toContain('en');
    expect(tags).toContain(PSEUDO_LOCALE);
    for (const tag of tags) {
      const m = readLocale(tag) as Messages;
      expect(Object.keys(m).sort(), tag).toEqual(Object.keys(en).sort());
    }
  });

  it('the languages offered are exactly those with messages, and each has its exercise catalog', () => {
    const offered = LOCALES.map((l) => l.tag);
    expect([...offered].sort()).toEqual([...tags].sort());
    for (const tag of offered.filter((t) => t !== 'en' && t !== PSEUDO_LOCALE)) {
      expect(existsSync(join(CATALOG_DIR, `${tag}.json`)), `catalog of ${tag}`).toBe(true);
    }
    expect(offered).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'zh-Hans', 'ar', PSEUDO_LOCALE]));
    expect(new Set(offered).size).toBe(offered.length);
  });

  it('each language is named in its own words, Arabic is written right to left, and none but English and the pseudo-locale is marked reviewed yet', () => {
    const by = Object.fromEntries(LOCALES.map((l) => [l.tag, l]));
    expect(by.de!.name).toBe('Deutsch');
    expect(by.ja!.name).toBe('日本語');
    expect(by.ar).toMatchObject({ name: 'العربية', dir: 'rtl' });
    expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.tag)).toEqual(['ar']);
    expect(LOCALES.filter((l) => l.reviewed).map((l) => l.tag)).toEqual(['en', PSEUDO_LOCALE]);
  });

  it('every message of every locale parses with its language’s plural rules', () => {
    for (const tag of tags) expect(checkMessages(tag, readLocale(tag)), tag).toEqual([]);
  });

  it('a message with a broken plural is reported, naming the locale and the id', () => {
    expect(checkMessages('de', { 'x.y': '{n, plural, one {# Pause}' })[0]).toMatch(/^de: x\.y: /);
  });

  it('every compiled message formats with sample values, and English with plurals reads right', () => {
    for (const [tag, compiled] of [
      ['en', compiledEn],
      [PSEUDO_LOCALE, compiledPseudo],
    ] as const) {
      for (const id of Object.keys(en) as MessageId[]) {
        const fn = compiled[id];
        expect(fn, `${tag} ${id}`).toBeTypeOf('function');
        for (const values of samples(en[id]!)) {
          const out = fn!(values);
          expect(out.length, `${tag} ${id}`).toBeGreaterThan(0);
          expect(out, `${tag} ${id}`).not.toMatch(/\{|\}|undefined|NaN/);
        }
      }
    }
    expect(compiledEn['duration.minutes']!({ minutes: 1 })).toBe('1 minute');
    expect(compiledEn['duration.minutes']!({ minutes: 5 })).toBe('5 minutes');
    expect(compiledEn['today.progress']!({ done: 3, goal: 6 })).toBe('Today: 3 of 6');
  });
});

describe('the pseudo-locale', () => {
  it('accents the text, keeps placeholders and plural keys, brackets it and makes it about 40 % longer', () => {
    expect(pseudoMessage('Today: {done} of {goal}')).toBe('[Ţöđáý: {done} öƒ {goal} ····]');
    const plural = pseudoMessage('{n, plural, one {# minute} other {# minutes}}');
    expect(plural).toMatch(/^\[\{n, plural, one \{# ɱíñûţé\} other \{# ɱíñûţéš\}\} ·+\]$/);
    expect(pseudoMessage("It''s {name}’s")).toBe("[Íţ''š {name}’š ··]"); // the quoted apostrophe stays quoted
  });

  it('leaves no plain English letters outside the values put in', () => {
    for (const id of Object.keys(en) as MessageId[]) {
      for (const values of samples(en[id]!)) {
        const out = compiledPseudo[id]!(values);
        const withoutValues = Object.values(values).reduce<string>((s, v) => s.split(String(v)).join(''), out);
        expect(withoutValues, id).not.toMatch(/[A-Za-z]/);
        expect(out.startsWith('[') && out.endsWith(']'), id).toBe(true);
      }
    }
  });
});

describe('the translator', () => {
  const source: CompiledMessages = { 'language.label': () => 'Language', 'today.progress': (v) => `Today: ${v?.done} of ${v?.goal}` };

  it('uses the locale’s message, and English for one it lacks — never the key', () => {
    const de = createTranslator('de', { 'language.label': () => 'Sprache' }, source);
    expect(de.t('language.label')).toBe('Sprache');
    expect(de.t('today.progress', { done: 1, goal: 6 })).toBe('Today: 1 of 6');
    expect(de.missing()).toEqual(['today.progress']);
  });

  it('falls back to English when a translated message throws while formatting', () => {
    const broken = createTranslator('xx', { 'language.label': () => { throw new Error('bad plural'); } }, source);
    expect(broken.t('language.label')).toBe('Language');
  });
});

describe('choosing the language', () => {
  const available = ['en', 'de', 'fr', 'pt-BR', 'zh-Hans', 'ar', PSEUDO_LOCALE];
  it.each([
    [['de-AT', 'en'], 'de'],
    [['fr-CA'], 'fr'],
    [['pt-PT'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-Hans-SG'], 'zh-Hans'],
    [['zh-TW', 'fr'], 'fr'],
    [['sv-SE', 'ar-EG'], 'ar'],
    [['sv-SE'], 'en'],
    [[], 'en'],
    [[PSEUDO_LOCALE], 'en'],
  ])('%j → %s', (preferred, want) => {
    expect(negotiateLocale(preferred, available)).toBe(want);
  });

  it('a choice in Settings wins over the OS; "system" and unknown choices follow the OS', () => {
    expect(chooseLocale(PSEUDO_LOCALE, ['en-US'])).toBe(PSEUDO_LOCALE);
    expect(chooseLocale('system', ['en-GB'])).toBe('en');
    expect(chooseLocale('xx', ['en-GB'])).toBe('en');
  });
});

describe('Intl', () => {
  const at1505 = Date.UTC(2026, 2, 2, 15, 5);
  it('clock times in the locale’s own style', () => {
    expect(formatClock('de', at1505, { timeZone: 'UTC' })).toBe('15:05');
    expect(formatClock('en-US', at1505, { timeZone: 'UTC' })).toMatch(/^3:05\s?PM$/);
    expect(uses12Hour('en-US')).toBe(true);
    expect(uses12Hour('de')).toBe(false);
    expect(uses12Hour('ja')).toBe(false);
  });

  it('the week starts where the locale starts it', () => {
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('de')).toBe(1);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
    expect(weekOrder('de')).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayNames('de')[0]).toBe('Sonntag');
    expect(weekdayNames('en', 'short')[1]).toBe('Mon');
  });
});
