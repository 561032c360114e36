// Build-time message handling (issue 15): reads src-main/core/i18n/locales/<tag>.json, makes the
// pseudo-locale from English, checks every message parses, and compiles a locale to a small ES
// module of plain functions with @messageformat/core — so pages ship no parser and need no eval
// (the CSP forbids it); at run time only @messageformat/runtime's few helpers are loaded.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/compile-module.js';
import { parse } from '@messageformat/parser';

export const LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src-main/core/i18n/locales');
export const SOURCE = 'en';
export const PSEUDO = 'en-XA';

export function readLocale(tag, dir = LOCALES_DIR) {
  if (tag === PSEUDO) return pseudoLocalize(readLocale(SOURCE, dir));
  return JSON.parse(readFileSync(join(dir, `${tag}.json`), 'utf8'));
}

export function localeTags(dir = LOCALES_DIR) {
  return [...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json')), PSEUDO].sort();
}

const ACCENTS = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'đ', e: 'é', f: 'ƒ', g: 'ğ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'ƥ', q: 'ʠ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Đ', E: 'É', F: 'Ƒ', G: 'Ğ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Ƥ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** The text parts of a parsed message, with their offsets in the source string. */
function contentRanges(tokens, out = []) {
  for (const t of tokens) {
    if (t.type === 'content') out.push({ start: t.ctx.offset, end: t.ctx.offset + t.ctx.text.length, length: t.value.length });
    else if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') for (const c of t.cases) contentRanges(c.tokens, out);
    else if (t.type === 'function' && t.param) contentRanges(t.param, out);
  }
  return out;
}

/**
 * One message pseudo-localized: letters accented inside the text parts only (placeholders,
 * plural keys and quoting stay as they are), 40 % longer, in brackets — so a string that was
 * not moved into the messages stands out in English, and one that is cut off shows it.
 */
export function pseudoMessage(src) {
  const ranges = contentRanges(parse(src));
  let out = src;
  let visible = 0;
  for (const r of ranges.sort((a, b) => b.start - a.start)) {
    const accented = out.slice(r.start, r.end).replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch);
    out = out.slice(0, r.start) + accented + out.slice(r.end);
    visible += r.length;
  }
  const pad = Math.ceil(visible * 0.4);
  return `[${out}${pad ? ` ${'·'.repeat(Math.max(0, pad - 1))}` : ''}]`;
}

export function pseudoLocalize(messages) {
  return Object.fromEntries(Object.entries(messages).map(([id, src]) => [id, pseudoMessage(src)]));
}

/** The plural rules' language for a tag (pt-BR → pt, zh-Hans → zh, en-XA → en). */
export function pluralLanguage(tag) {
  return tag.split('-')[0].toLowerCase();
}

/** Every message of a locale parsed with its language's plural categories; one line per problem. */
export function checkMessages(tag, messages) {
  const mf = new MessageFormat(pluralLanguage(tag));
  const problems = [];
  for (const [id, src] of Object.entries(messages)) {
    if (typeof src !== 'string') problems.push(`${tag}: ${id} is not a string`);
    else
      try {
        mf.compile(src);
      } catch (e) {
        problems.push(`${tag}: ${id}: ${e.message}`);
      }
  }
  return problems;
}

/** The ES module source for a locale: `export default { id: (values) => string, … }`. */
export function compileLocale(tag, dir = LOCALES_DIR) {
  const messages = readLocale(tag, dir);
  const problems = checkMessages(tag, messages);
  if (problems.length) throw new Error(`messages of ${tag} do not compile:\n${problems.join('\n')}`);
  const mf = new MessageFormat(pluralLanguage(tag), { currency: 'EUR' });
  return compileModule(mf, messages);
}
