// Compiled messages as virtual modules (scripts/i18n/messages.mjs), used by the renderer build,
// the main-process build and the tests, so every place formats with the same compiled functions:
//   virtual:limber-messages/<tag>          every namespace of a locale (main process, tests)
//   virtual:limber-messages/<tag>/<ns>     `common` + one namespace (a page: break, settings, history)
//   virtual:limber-messages-loaders/<ns>   `{ [tag]: () => import('virtual:limber-messages/<tag>/<ns>') }`
//                                          for every locale but English: a page loads only the active one
//   virtual:limber-messages-loaders/all    the same with every namespace (the main process, src-main/i18n.ts)
//   virtual:limber-message-texts/<id>      `{ [tag]: text }`: one message without placeholders, formatted
//                                          at build time, in every locale that has it — for what the main
//                                          process writes for the OS in all languages at once (the autostart
//                                          entry's Comment[de]=…), without loading every locale's messages
//   virtual:limber-catalog-loaders         `{ [tag]: () => import('…/catalog/locales/<tag>.json') }` for every
//                                          catalog translation there is: the main process loads the active one
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MessageFormat from '@messageformat/core';
import { compileLocale, localeTags, LOCALES_DIR, NAMESPACES, pluralLanguage, PSEUDO, readLocale, SOURCE } from './messages.mjs';

/** The exercise catalog's translations: <tag>.json in the shape of catalogSource() (catalog/localize.ts). */
export const CATALOG_LOCALES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src-main/core/catalog/locales');
const CATALOG = 'virtual:limber-catalog-loaders';
const RESOLVED_CATALOG = '\0limber-catalog-loaders';

const PREFIX = 'virtual:limber-messages/';
const LOADERS = 'virtual:limber-messages-loaders/';
const RESOLVED = '\0limber-messages:';
const RESOLVED_LOADERS = '\0limber-messages-loaders:';
const TEXTS = 'virtual:limber-message-texts/';
const RESOLVED_TEXTS = '\0limber-message-texts:';
/** The loaders' pseudo-namespace for "every namespace" (the main process). */
const ALL = 'all';
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function checkNamespace(ns) {
  if (!NAMESPACES.includes(ns)) throw new Error(`limber-messages: unknown namespace ${JSON.stringify(ns)}`);
}

export function limberMessages() {
  return {
    name: 'limber-messages',
    enforce: 'pre',
    resolveId(id) {
      if (id === CATALOG) return RESOLVED_CATALOG;
      // the last part names the chunk after its locale (messages-de-….js, messages-ja-….js), so a
      // look at what a page loaded tells which languages it fetched
      if (id.startsWith(PREFIX)) return `${RESOLVED}${id.slice(PREFIX.length)}/messages-${id.slice(PREFIX.length).split('/')[0]}`;
      if (id.startsWith(LOADERS)) return RESOLVED_LOADERS + id.slice(LOADERS.length);
      if (id.startsWith(TEXTS)) return RESOLVED_TEXTS + id.slice(TEXTS.length);
      return null;
    },
    load(id) {
      if (id.startsWith(RESOLVED_TEXTS)) {
        const key = id.slice(RESOLVED_TEXTS.length);
        const texts = {};
        for (const tag of localeTags()) {
          const src = readLocale(tag)[key];
          if (typeof src !== 'string') continue;
          for (const ns of NAMESPACES) this.addWatchFile(join(LOCALES_DIR, tag === PSEUDO ? SOURCE : tag, `${ns}.json`));
          // no values: a message with placeholders throws here, at build time
          texts[tag] = new MessageFormat(pluralLanguage(tag)).compile(src)({});
        }
        if (!texts[SOURCE]) throw new Error(`limber-messages: no English message ${JSON.stringify(key)}`);
        return `export default ${JSON.stringify(texts)};\n`;
      }
      if (id === RESOLVED_CATALOG) {
        // a file per language, when it exists: a language without one reads the English catalog
        const files = existsSync(CATALOG_LOCALES_DIR) ? readdirSync(CATALOG_LOCALES_DIR).filter((f) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*\.json$/.test(f)) : [];
        this.addWatchFile(CATALOG_LOCALES_DIR);
        const entries = files.sort().map(
          (f) => `  ${JSON.stringify(f.slice(0, -5))}: () => import(${JSON.stringify(join(CATALOG_LOCALES_DIR, f))}).then((m) => m.default),`,
        );
        return `export default {\n${entries.join('\n')}\n};\n`;
      }
      if (id.startsWith(RESOLVED_LOADERS)) {
        const ns = id.slice(RESOLVED_LOADERS.length);
        if (ns !== ALL) checkNamespace(ns);
        const suffix = ns === ALL ? '' : `/${ns}`;
        // English is in every page already (the fallback), so it is not among the loaders
        const entries = localeTags().filter((tag) => tag !== SOURCE).map(
          (tag) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(`${PREFIX}${tag}${suffix}`)}).then((m) => m.default),`,
        );
        return `export default {\n${entries.join('\n')}\n};\n`;
      }
      if (!id.startsWith(RESOLVED)) return null;
      const [tag, ns, ...rest] = id.slice(RESOLVED.length).split('/').slice(0, -1);
      if (!TAG.test(tag) || rest.length) throw new Error(`limber-messages: bad module ${JSON.stringify(id.slice(RESOLVED.length))}`);
      if (ns !== undefined) checkNamespace(ns);
      const namespaces = ns === undefined ? NAMESPACES : ['common', ns];
      // rebuild when the locale's files (or, for the pseudo-locale, English's) change
      for (const n of namespaces) this.addWatchFile(join(LOCALES_DIR, tag === PSEUDO ? SOURCE : tag, `${n}.json`));
      return compileLocale(tag, LOCALES_DIR, namespaces);
    },
  };
}
