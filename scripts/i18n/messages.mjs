// Build-time message handling (issue 15): reads src-main/core/i18n/locales/<tag>/<namespace>.json, makes the
// pseudo-locale from English, checks every message parses, and compiles a locale to a small ES
// module of plain functions with @messageformat/core — so pages ship no parser and need no eval
// (the CSP forbids it); at run time only @messageformat/runtime's few helpers are loaded.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/compile-module.js';
import { parse } from '@messageformat/parser';

export const LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src-main/core/i18n/locales');
export const SOURCE = 'en';
export const PSEUDO = 'en-XA';

/**
 * The message namespaces: one file each per locale. `common` is loaded by every page and the
 * main process; a page loads `common` + its own (`break`, `settings`, `history`); the main
 * process (tray, notifications, CLI, validation, CSV) loads `common` + `main`. Every id outside
 * `common` starts with its namespace and a dot (`break.snooze`), so ids never clash.
 */
export const NAMESPACES = ['common', 'break', 'settings', 'history', 'main'];

/** One namespace of a locale (`{}` when the locale has no file for it). */
export function readNamespace(tag, ns, dir = LOCALES_DIR) {
  if (tag === PSEUDO) return pseudoLocalize(readNamespace(SOURCE, ns, dir));
  const file = join(dir, tag, `${ns}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** A locale's messages: every namespace, or `common` and the ones named. */
export function readLocale(tag, dir = LOCALES_DIR, namespaces = NAMESPACES) {
  const wanted = namespaces.includes('common') ? namespaces : ['common', ...namespaces];
  return Object.assign({}, ...wanted.map((ns) => readNamespace(tag, ns, dir)));
}

export function localeTags(dir = LOCALES_DIR) {
  const tags = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory());
  return [...tags, PSEUDO].sort();
}

/** The pseudo-locale's letters (shared with the catalog's pseudo text, src-main/core/catalog/localize.ts). */
const ACCENTS = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../src-main/core/i18n/pseudo-accents.json'), 'utf8'));

/** The text parts of a parsed message, with their offsets in the source string. */
function contentRanges(tokens, out = []) {
  for (const t of tokens) {
    if (t.type === 'content') out.push({ start: t.ctx.offset, end: t.ctx.offset + t.ctx.text.length, length: t.value.length });
    else if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') for (const c of t.cases) contentRanges(c.tokens, out);
    else if (t.type === 'function' && t.param) contentRanges(t.param, out);
  }
  return out;
}

/** The length of the longest text a parsed message can show (placeholders count as nothing). */
function longestText(tokens) {
  let n = 0;
  for (const t of tokens) {
    if (t.type === 'content') n += t.value.length;
    else if (t.type === 'plural' || t.type === 'select' || t.type === 'selectordinal') n += Math.max(0, ...t.cases.map((c) => longestText(c.tokens)));
    else if (t.type === 'function' && t.param) n += longestText(t.param);
  }
  return n;
}

/**
 * One message pseudo-localized: letters accented inside the text parts only (placeholders,
 * plural keys and quoting stay as they are), 40 % longer, in brackets — so a string that was
 * not moved into the messages stands out in English, and one that is cut off shows it.
 */
export function pseudoMessage(src) {
  const ranges = contentRanges(parse(src));
  let out = src;
  for (const r of ranges.sort((a, b) => b.start - a.start)) {
    const accented = out.slice(r.start, r.end).replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch);
    out = out.slice(0, r.start) + accented + out.slice(r.end);
  }
  // 40 % of the longest text the message can show (a select's cases are alternatives, not a sum)
  const pad = Math.ceil(longestText(parse(src)) * 0.4);
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
export function compileLocale(tag, dir = LOCALES_DIR, namespaces = NAMESPACES) {
  const messages = readLocale(tag, dir, namespaces);
  const problems = checkMessages(tag, messages);
  if (problems.length) throw new Error(`messages of ${tag} do not compile:\n${problems.join('\n')}`);
  const mf = new MessageFormat(pluralLanguage(tag), { currency: 'EUR' });
  return compileModule(mf, messages);
}
