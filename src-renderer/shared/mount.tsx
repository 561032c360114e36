// Starts a page: renders it into #app, or the "can't reach the app" screen when there is no
// bridge. Every page's main.tsx is `initI18n(…)`, `mountPage(() => <Page />)` and its CSS import.
//
// The page's language comes over the bridge: the first render waits for `getLocale()` and that
// locale's messages, so no page shows English for a moment first; a `locale` event (the language
// setting changed, in any window) switches the page and redraws it at once, without a reload.
import { render, type JSX } from 'preact';
import { knownLocale, SOURCE_LOCALE } from '../../src-main/core/i18n/locales';
import { findBridge } from './bridge';
import { BridgeMissing } from './components';
import { onLocaleChange, setLocale } from './i18n';
import './theme.css';

export function mountPage(page: () => JSX.Element, rootId = 'app'): void {
  const root = document.getElementById(rootId) ?? document.body;
  const bridge = findBridge();
  const draw = () => render(bridge ? page() : <BridgeMissing />, root);
  // every locale change (the first one included) redraws the page in that locale
  onLocaleChange(draw);
  if (!bridge) {
    void setLocale(SOURCE_LOCALE);
    return;
  }
  bridge.on('locale', (tag) => void setLocale(knownLocale(tag)));
  bridge.getLocale().then(
    (tag) => setLocale(knownLocale(tag)),
    // an answer that never comes must not leave the page blank: English
    () => setLocale(SOURCE_LOCALE),
  );
}
