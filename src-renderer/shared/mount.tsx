// Starts a page: renders it into #app, or the "can't reach the app" screen when there is no
// bridge. Every page's main.tsx is `initI18n(…)`, `mountPage(() => <Page />)` and its CSS import.
import { render, type JSX } from 'preact';
import { findBridge } from './bridge';
import { BridgeMissing } from './components';
import { onLocaleChange } from './i18n';
import './theme.css';

export function mountPage(page: () => JSX.Element, rootId = 'app'): void {
  const root = document.getElementById(rootId) ?? document.body;
  const draw = () => render(findBridge() ? page() : <BridgeMissing />, root);
  draw();
  // a language change (Settings, or the OS's) redraws the page in the new locale at once
  onLocaleChange(draw);
}
