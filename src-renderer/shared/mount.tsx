// Starts a page: renders it into #app, or the "can't reach the app" screen when there is no
// bridge. Every page's main.tsx is `mountPage(() => <Page />)` plus its CSS import.
import { render, type JSX } from 'preact';
import { findBridge } from './bridge';
import { BridgeMissing } from './components';
import './theme.css';

export function mountPage(page: () => JSX.Element, rootId = 'app'): void {
  const root = document.getElementById(rootId) ?? document.body;
  render(findBridge() ? page() : <BridgeMissing />, root);
}
