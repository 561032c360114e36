// `import messages from 'virtual:limber-messages/<tag>'` → that locale's compiled messages
// (scripts/i18n/messages.mjs). Used by the renderer build, the main-process build and the tests,
// so every place formats with the same compiled functions. A page imports only its locale.
import { join } from 'node:path';
import { compileLocale, LOCALES_DIR, PSEUDO } from './messages.mjs';

const PREFIX = 'virtual:limber-messages/';
const RESOLVED = '\0limber-messages:';

export function limberMessages() {
  return {
    name: 'limber-messages',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const tag = id.slice(RESOLVED.length);
      if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) throw new Error(`limber-messages: bad locale tag ${JSON.stringify(tag)}`);
      // rebuild when the locale's file (or, for the pseudo-locale, English) changes
      this.addWatchFile(join(LOCALES_DIR, `${tag === PSEUDO ? 'en' : tag}.json`));
      return compileLocale(tag);
    },
  };
}
