// Hardening for every window and the session (Electron's security checklist): isolated,
// sandboxed renderers with no Node; no navigation, no new windows, no webviews, no permissions;
// a strict Content-Security-Policy header for anything served over http (the dev server). Pages
// served from limber://app get the same policy as a header from app-protocol.ts, and carry it as a
// <meta> tag the build injects (csp.ts).
import type { Session, WebContents, WebPreferences } from 'electron';
import { CSP } from './csp';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    disableBlinkFeatures: 'Auxclick',
  };
}

export { CSP };

/** The dev server needs its HMR websocket and injected styles; nothing else is relaxed. */
export function cspFor(url: string, devServer: string | null): string {
  if (devServer && url.startsWith(devServer)) {
    const ws = devServer.replace(/^http/, 'ws');
    return CSP.replace("connect-src 'none'", `connect-src 'self' ${ws}`).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
  }
  return CSP;
}

/** No navigation away from our page, no new windows, no <webview>. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Every permission request and check is refused; responses get the CSP header. */
export function hardenSession(session: Session, devServer: string | null): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [cspFor(details.url, devServer)],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}
