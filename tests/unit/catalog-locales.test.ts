// The exercise catalog's translations (src-main/core/catalog/locales/<tag>.json, issue 15): each has
// exactly the English source's exercises and safety notes, the same number of steps and cautions,
// side steps on the same indices written out for both sides, no empty or left-over English text,
// the language's own quotation marks and spacing, and localizeExercise() / localizeSafety() really
// return the translation (the per-field English fallback never kicks in).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG, SAFETY_NOTES, SIDES, fillSide } from '../../src-main/core/catalog';
import {
  catalogSource,
  localizeExercise,
  localizeSafety,
  type CatalogTranslation,
} from '../../src-main/core/catalog/localize';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src-main/core/catalog/locales');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const source = catalogSource();

/**
 * Values that may read exactly as the English (compared case-insensitively), as `<tag>:<path>`:
 * only short names that the language really uses unchanged.
 */
const SAME_AS_ENGLISH = new Set<string>([
  'de:exercises.superman.name',
  'fr:exercises.superman.name',
  'es:exercises.superman.name',
  'it:exercises.superman.name',
  'it:exercises.bird-dog.name',
  'nl:exercises.superman.name',
  'nl:exercises.bird-dog.name',
  'pl:exercises.superman.name',
  'pl:exercises.bird-dog.name',
]);

/** Words that only English text has: a sentence left untranslated shows one of them. */
const ENGLISH_WORDS = /\b(the|your|you|with|and|towards|keep|breathe|hold)\b/i;

/** Every text of a translation with its path (exercises.<id>.steps.2, safety.<id>.text, …). */
function texts(tr: CatalogTranslation): [string, string][] {
  const out: [string, string][] = [];
  for (const [id, ex] of Object.entries(tr.exercises)) {
    out.push([`exercises.${id}.name`, ex.name], [`exercises.${id}.breathing`, ex.breathing]);
    ex.steps.forEach((s, i) => out.push([`exercises.${id}.steps.${i}`, s]));
    ex.cautions.forEach((s, i) => out.push([`exercises.${id}.cautions.${i}`, s]));
    for (const [i, both] of Object.entries(ex.sideSteps ?? {})) {
      out.push([`exercises.${id}.sideSteps.${i}.right`, both.right], [`exercises.${id}.sideSteps.${i}.left`, both.left]);
    }
  }
  for (const [id, n] of Object.entries(tr.safety)) out.push([`safety.${id}.heading`, n.heading], [`safety.${id}.text`, n.text]);
  return out;
}

const englishAt = new Map(texts(source));

/** Typography each language expects (and the straight quotes none of them uses in running text). */
const TYPOGRAPHY: Record<string, (text: string) => string | null> = {
  fr: (t) =>
    /[^\u00a0\u202f][;:!?»]|«[^\u00a0\u202f]/.test(t.replace(/\d:\d/g, ''))
      ? 'French needs a no-break space before ; : ! ? » and after «'
      : null,
  de: (t) => (/[«»]/.test(t) ? 'German quotes are „…“' : null),
  // kana or kanji, with full-width 。、（）：；？！ instead of ASCII
  ja: (t) => (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(t) ? 'not in Japanese script' : /[.,;:()?!]/.test(t) ? 'ASCII punctuation in Japanese' : null),
  // Han characters, no kana, full-width punctuation
  'zh-Hans': (t) =>
    !/[\u4e00-\u9fff]/.test(t) ? 'not in Chinese script' : /[.,;:()?!\u3040-\u30ff]/.test(t) ? 'ASCII punctuation or kana in Chinese' : null,
  // Arabic letters, with the Arabic comma, semicolon and question mark
  ar: (t) => (!/[\u0621-\u064a]/.test(t) ? 'not in Arabic script' : /[,;?]/.test(t) ? 'ASCII , ; ? in Arabic' : null),
};

it('there are catalog translations to check', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('catalog locale %s', (file) => {
  const tag = file.replace(/\.json$/, '');
  const tr = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as CatalogTranslation;

  it('has exactly the source’s exercises and safety notes', () => {
    expect(Object.keys(tr.exercises).sort()).toEqual(Object.keys(source.exercises).sort());
    expect(Object.keys(tr.safety).sort()).toEqual(Object.keys(source.safety).sort());
    for (const [id, n] of Object.entries(tr.safety)) expect(Object.keys(n).sort(), id).toEqual(['heading', 'text']);
  });

  it('has the same steps, cautions and side steps as the English, in the same places', () => {
    for (const [id, en] of Object.entries(source.exercises)) {
      const own = tr.exercises[id]!;
      expect(Object.keys(own).sort(), id).toEqual(Object.keys(en).sort());
      expect(own.steps, id).toHaveLength(en.steps.length);
      expect(own.cautions, id).toHaveLength(en.cautions.length);
      expect(Object.keys(own.sideSteps ?? {}).sort(), id).toEqual(Object.keys(en.sideSteps ?? {}).sort());
      for (const [i, both] of Object.entries(own.sideSteps ?? {})) {
        expect(Object.keys(both).sort(), `${id} side step ${i}`).toEqual(['left', 'right']);
        // the two sides name different sides
        expect(both.right, `${id} side step ${i}`).not.toBe(both.left);
      }
    }
  });

  it('has no empty or left-over English text, and the language’s typography', () => {
    const all = texts(tr);
    expect(all.length).toBe(englishAt.size);
    for (const [path, value] of all) {
      expect(typeof value, path).toBe('string');
      expect(value.trim(), path).not.toBe('');
      expect(value, path).toBe(value.trim());
      expect(value, `${path}: double space`).not.toMatch(/[ \u00a0\u202f]{2}/);
      const english = englishAt.get(path)!;
      if (!SAME_AS_ENGLISH.has(`${tag}:${path}`)) {
        expect(value.toLowerCase(), `${path} is the English`).not.toBe(english.toLowerCase());
        expect(value, `${path} reads as English`).not.toMatch(ENGLISH_WORDS);
      }
      // straight quotes and apostrophes: each language has its own marks (’ „“ « » 「」 …)
      expect(value, `${path}: straight quote`).not.toMatch(/["']/);
      const wrong = TYPOGRAPHY[tag]?.(value);
      expect(wrong ?? null, `${path}: ${value}`).toBeNull();
    }
  });

  it('localizeExercise returns the translation, never the English, for every exercise and side', () => {
    for (const ex of CATALOG) {
      const own = tr.exercises[ex.id]!;
      const shown = localizeExercise(ex, tr);
      expect(shown.name, ex.id).toBe(own.name);
      expect(shown.steps, ex.id).toEqual(own.steps);
      expect(shown.cautions, ex.id).toEqual(own.cautions);
      expect(shown.breathing, ex.id).toBe(own.breathing);
      for (const side of SIDES) {
        const expected = own.steps.map((step, i) => (ex.sideSteps?.[i] === undefined ? step : own.sideSteps![String(i)]![side]));
        const steps = shown.stepsForSide(side);
        expect(steps, `${ex.id} ${side}`).toEqual(expected);
        steps.forEach((step, i) => {
          const template = ex.sideSteps?.[i];
          expect(step, `${ex.id} ${side} step ${i}`).not.toBe(template === undefined ? ex.steps[i] : fillSide(template, side));
        });
      }
      for (const [i, caution] of shown.cautions.entries()) expect(caution, ex.id).not.toBe(ex.cautions[i]);
      expect(shown.breathing, ex.id).not.toBe(ex.breathing);
    }
  });

  it('localizeSafety returns the translated safety notes', () => {
    for (const note of SAFETY_NOTES) {
      const shown = localizeSafety(note.id, note.heading, note.text, tr);
      expect(shown, note.id).toEqual(tr.safety[note.id]);
      expect(shown.text, note.id).not.toBe(note.text);
      expect(shown.heading.length, note.id).toBeLessThanOrEqual(60);
    }
  });
});
