// Translated UI messages (issue 15): each locale directory has, per namespace, exactly the
// English keys of that namespace; every message compiles with the language's plural rules and
// formats with sample values; and no message is left in English (a few words are the same in
// every language: Limber, OK, CSV, unit symbols).
// While some English is still on a branch (not yet on main), set I18N_EN_SNAPSHOT to a directory
// holding the English <ns>.json files translated from: they are compared against instead.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MessageFormat from '@messageformat/core';
import { parse, type Token } from '@messageformat/parser';
import { samples } from '../support/message-samples';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { checkMessages, localeTags, NAMESPACES, pluralLanguage, PSEUDO, readNamespace, SOURCE } from '../../scripts/i18n/messages.mjs';

type Messages = Record<string, string>;

function english(ns: string): Messages {
  const snapshot = process.env.I18N_EN_SNAPSHOT;
  if (snapshot && existsSync(join(snapshot, `${ns}.json`))) return JSON.parse(readFileSync(join(snapshot, `${ns}.json`), 'utf8')) as Messages;
  return readNamespace(SOURCE, ns) as Messages;
}

const namespaces = NAMESPACES as string[];
const translated = (localeTags() as string[]).filter((tag) => tag !== SOURCE && tag !== PSEUDO);

/** Words that read the same in English and in these languages. */
const SAME_WORDS = new Set(['Limber', 'OK', 'CSV', 'Esc', 'Enter', 'min', 's', 'h', 'Position', 'Positions', 'Routine', 'System', 'Pause', 'Date']);

/** The text of a message with its placeholders, argument names and select/plural keys taken out. */
function words(src: string): string[] {
  const out: string[] = [];
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if (t.type === 'content') out.push(t.value);
      else if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') for (const c of t.cases) walk(c.tokens);
    }
  };
  walk(parse(src));
  return out.join(' ').match(/\p{L}+/gu) ?? [];
}

describe.each(translated)('%s', (tag) => {
  it.each(namespaces)('%s has exactly the English keys', (ns) => {
    const en = english(ns);
    const m = readNamespace(tag, ns) as Messages;
    expect(Object.keys(m).sort(), `${tag}/${ns}`).toEqual(Object.keys(en).sort());
  });

  it('every message compiles with the language’s plural rules and formats with sample values', () => {
    const mf = new MessageFormat(pluralLanguage(tag));
    for (const ns of namespaces) {
      const m = readNamespace(tag, ns) as Messages;
      expect(checkMessages(tag, m), `${tag}/${ns}`).toEqual([]);
      for (const [id, src] of Object.entries(m)) {
        const fn = mf.compile(src);
        for (const values of samples(src)) {
          const out = fn(values);
          expect(out.length, `${tag} ${id}`).toBeGreaterThan(0);
          expect(out, `${tag} ${id}`).not.toMatch(/\{|\}|undefined|NaN/);
        }
      }
    }
  });

  it('no message is left in English', () => {
    const same: string[] = [];
    for (const ns of namespaces) {
      const en = english(ns);
      const m = readNamespace(tag, ns) as Messages;
      for (const [id, src] of Object.entries(m)) if (src === en[id] && !words(src).every((w) => SAME_WORDS.has(w))) same.push(id);
    }
    expect(same).toEqual([]);
  });
});
