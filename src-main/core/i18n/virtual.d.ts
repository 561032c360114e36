// Compiled locales from scripts/i18n/vite-plugin.mjs.
declare module 'virtual:limber-messages/*' {
  import type { CompiledMessages } from './translate';
  const messages: CompiledMessages;
  export default messages;
}

declare module 'virtual:limber-messages-loaders/*' {
  import type { CompiledMessages } from './translate';
  /** every locale's compiled messages for one namespace, loaded on demand */
  const loaders: Record<string, () => Promise<CompiledMessages>>;
  export default loaders;
}

declare module 'virtual:limber-message-texts/*' {
  /** one message (no placeholders) as text, by locale tag: every locale that has it, English always */
  const texts: Record<string, string>;
  export default texts;
}

declare module 'virtual:limber-catalog-loaders' {
  import type { CatalogTranslation } from '../catalog/localize';
  /** every catalog translation there is (src-main/core/catalog/locales/<tag>.json), loaded on demand */
  const loaders: Record<string, () => Promise<CatalogTranslation>>;
  export default loaders;
}
