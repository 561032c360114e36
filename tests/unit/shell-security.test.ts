// webPreferences, navigation, new windows, permissions and the CSP header.
import { session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { CSP, cspFor, hardenContents, hardenSession, secureWebPreferences } from '../../src-main/security';
import { FakeWebContents, fake, resetElectronMock } from '../mocks/electron';

beforeEach(() => resetElectronMock());

describe('security', () => {
  it('web preferences: isolated, sandboxed, no Node, web security on', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('prevents navigation, redirects and webviews; denies new windows', () => {
    const wc = new FakeWebContents();
    hardenContents(wc as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      wc.emit(name, { preventDefault: () => (prevented = true) }, 'https://evil.example/');
      expect(prevented, name).toBe(true);
    }
    expect(wc.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check, and adds the CSP header', () => {
    hardenSession(session.defaultSession, null);
    const s = fake.session.defaultSession;
    let granted: boolean | undefined;
    s.permissionRequestHandler!(null, 'media', (g: boolean) => (granted = g));
    expect(granted).toBe(false);
    expect(s.permissionCheckHandler!(null, 'notifications')).toBe(false);
    let headers: Record<string, string[]> = {};
    s.headersListener!({ url: 'http://localhost:5173/break.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([CSP]);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('the CSP allows only our own scripts; the dev server gets its websocket', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe-eval');
    const dev = cspFor('http://localhost:5173/break.html', 'http://localhost:5173');
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(cspFor('https://elsewhere/', 'http://localhost:5173')).toBe(CSP);
  });
});
