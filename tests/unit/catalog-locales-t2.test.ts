// The catalog translations nl, pl, ja, zh-Hans and ar (issue 15): each file has exactly the
// English source's exercises and safety notes, the same number of steps and cautions in the same
// order, side-naming steps on exactly the English indices (both sides written out), no empty and
// no untranslated text, the language's own script and punctuation, and localizeExercise() /
// localizeSafety() hand out the translation rather than falling back to English anywhere.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, SIDES } from '../../src-main/core/catalog';
import { stepsForSide } from '../../src-main/core/catalog/sides';
import { SAFETY_NOTES } from '../../src-main/core/catalog/safety';
import { catalogSource, localizeExercise, localizeSafety, type CatalogTranslation } from '../../src-main/core/catalog/localize';

const DIR = join(__dirname, '../../src-main/core/catalog/locales');
type Tag = 'nl' | 'pl' | 'ja' | 'zh-Hans' | 'ar';
/** the translations this test covers (each added with its file) */
const TAGS: readonly Tag[] = ['nl', 'pl', 'ja', 'zh-Hans', 'ar'];

/** Texts that may read the same as the English (a name the language borrows as it is). */
const SAME_AS_ENGLISH: Record<Tag, readonly string[]> = {
  nl: ['Superman', 'Bird dog'],
  pl: ['Superman', 'Bird dog'],
  ja: [],
  'zh-Hans': [],
  ar: [],
};

/** What every text of the language must contain (its script), and ASCII punctuation it must not. */
const SCRIPT: Partial<Record<Tag, { has: RegExp; not?: RegExp }>> = {
  // kana or kanji; full-width 。、（）：；？！ instead of ASCII
  ja: { has: /[\u3040-\u30ff\u4e00-\u9fff]/, not: /[.,;:()?!]/ },
  // Han characters, no kana; full-width punctuation
  'zh-Hans': { has: /[\u4e00-\u9fff]/, not: /[.,;:()?!\u3040-\u30ff]/ },
  // Arabic letters; Arabic comma, semicolon and question mark
  ar: { has: /[\u0621-\u064a]/, not: /[,;?]/ },
  // Polish quotation marks „…”, never ASCII double quotes
  pl: { has: /[a-ząćęłńóśźż]/i, not: /"/ },
  nl: { has: /[a-z]/i, not: /"/ },
};

const source = catalogSource();

function load(tag: Tag): CatalogTranslation {
  return JSON.parse(readFileSync(join(DIR, `${tag}.json`), 'utf8')) as CatalogTranslation;
}

/** Every text of a translation with a path for the failure message. */
function texts(t: CatalogTranslation): [string, string][] {
  const out: [string, string][] = [];
  for (const [id, e] of Object.entries(t.exercises)) {
    out.push([`${id}.name`, e.name], [`${id}.breathing`, e.breathing]);
    e.steps.forEach((s, i) => out.push([`${id}.steps.${i}`, s]));
    e.cautions.forEach((s, i) => out.push([`${id}.cautions.${i}`, s]));
    for (const [i, sides] of Object.entries(e.sideSteps ?? {})) {
      out.push([`${id}.sideSteps.${i}.right`, sides.right], [`${id}.sideSteps.${i}.left`, sides.left]);
    }
  }
  for (const [id, s] of Object.entries(t.safety)) out.push([`safety.${id}.heading`, s.heading], [`safety.${id}.text`, s.text]);
  return out;
}

describe.each(TAGS)('catalog translation %s', (tag) => {
  it('exists', () => {
    expect(existsSync(join(DIR, `${tag}.json`))).toBe(true);
  });

  const t = existsSync(join(DIR, `${tag}.json`)) ? load(tag) : { exercises: {}, safety: {} };

  it('has exactly the source’s exercise and safety ids and no other keys', () => {
    expect(Object.keys(t).sort()).toEqual(['exercises', 'safety']);
    expect(Object.keys(t.exercises).sort()).toEqual(Object.keys(source.exercises).sort());
    expect(Object.keys(t.safety).sort()).toEqual(Object.keys(source.safety).sort());
    for (const [id, en] of Object.entries(source.exercises)) {
      expect(Object.keys(t.exercises[id]).sort(), id).toEqual(Object.keys(en).sort());
    }
    for (const id of Object.keys(source.safety)) expect(Object.keys(t.safety[id]).sort(), id).toEqual(['heading', 'text']);
  });

  it('has the same number of steps and cautions, and side steps on the same indices with both sides', () => {
    for (const [id, en] of Object.entries(source.exercises)) {
      const own = t.exercises[id];
      expect(own.steps.length, `${id} steps`).toBe(en.steps.length);
      expect(own.cautions.length, `${id} cautions`).toBe(en.cautions.length);
      expect(Object.keys(own.sideSteps ?? {}).sort(), `${id} sideSteps`).toEqual(Object.keys(en.sideSteps ?? {}).sort());
      for (const [i, sides] of Object.entries(own.sideSteps ?? {})) {
        expect(Object.keys(sides).sort(), `${id} sideSteps ${i}`).toEqual(['left', 'right']);
        expect(sides.right, `${id} sideSteps ${i}: the sides read differently`).not.toBe(sides.left);
      }
    }
  });

  it('has no empty text, no text left in English and no stray whitespace', () => {
    const english = new Map(texts(source));
    for (const [path, text] of texts(t)) {
      expect(typeof text, path).toBe('string');
      expect(text.trim(), path).not.toBe('');
      expect(text, path).toBe(text.trim());
      expect(text, path).not.toMatch(/ {2}|\{side\}|\{other\}/);
      if (!SAME_AS_ENGLISH[tag].includes(text)) expect(text, `${path} is the English`).not.toBe(english.get(path));
    }
  });

  it('is written in the language’s script with its own punctuation', () => {
    const rule = SCRIPT[tag];
    if (!rule) return;
    for (const [path, text] of texts(t)) {
      expect(text, path).toMatch(rule.has);
      if (rule.not) expect(text, path).not.toMatch(rule.not);
    }
  });

  it('localizeExercise() hands out the translation for every exercise and side, never the English', () => {
    for (const ex of CATALOG) {
      const own = t.exercises[ex.id];
      const l = localizeExercise(ex, t);
      expect(l.name, ex.id).toBe(own.name);
      expect(l.steps, ex.id).toEqual(own.steps);
      expect(l.cautions, ex.id).toEqual(own.cautions);
      expect(l.breathing, ex.id).toBe(own.breathing);
      for (const side of SIDES) {
        const read = l.stepsForSide(side);
        const english = stepsForSide(ex, side);
        read.forEach((step, i) => {
          expect(step, `${ex.id} ${side} step ${i}`).toBe(own.sideSteps?.[String(i)]?.[side] ?? own.steps[i]);
          expect(step, `${ex.id} ${side} step ${i}`).not.toBe(english[i]);
        });
      }
      if (!SAME_AS_ENGLISH[tag].includes(l.name)) expect(l.name, ex.id).not.toBe(ex.name);
    }
  });

  it('localizeSafety() hands out the translation for every safety note', () => {
    for (const note of SAFETY_NOTES) {
      const s = localizeSafety(note.id, note.heading, note.text, t);
      expect(s, note.id).toEqual(t.safety[note.id]);
      expect(s.heading, note.id).not.toBe(note.heading);
      expect(s.text, note.id).not.toBe(note.text);
    }
  });
});
