// Compiled locales from scripts/i18n/vite-plugin.mjs.
declare module 'virtual:limber-messages/*' {
  import type { CompiledMessages } from './translate';
  const messages: CompiledMessages;
  export default messages;
}
