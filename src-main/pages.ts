// Where our pages live and which URLs count as ours. In a build they are files under
// dist/renderer; during renderer development they may come from a Vite dev server named in
// LIMBER_DEV_SERVER (http://localhost only). Pure: paths and env are passed in.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type PageName = 'break' | 'settings' | 'history';
export const PAGES: readonly PageName[] = ['break', 'settings', 'history'];

export interface PageSource {
  /** the folder with break.html, settings.html, history.html */
  rendererDir: string;
  /** a dev server origin such as http://localhost:5173, or null */
  devServer: string | null;
}

/** Only a loopback http origin is accepted as a dev server (never a remote site). */
export function devServerFrom(env: Readonly<Record<string, string | undefined>>, packaged: boolean): string | null {
  const raw = env.LIMBER_DEV_SERVER;
  if (packaged || !raw) return null;
  try {
    const u = new URL(raw);
    const loopback = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
    return u.protocol === 'http:' && loopback ? u.origin : null;
  } catch {
    return null;
  }
}

export function pageFile(src: PageSource, page: PageName): string {
  return path.join(src.rendererDir, `${page}.html`);
}

export function pageUrl(src: PageSource, page: PageName): string {
  return src.devServer ? `${src.devServer}/${page}.html` : pathToFileURL(pageFile(src, page)).href;
}

/**
 * Is `url` one of our pages? file:// URLs must be exactly one of the page files (query and hash
 * allowed); dev-server URLs must be on its origin. Everything else (https, data:, about:blank,
 * other files) is foreign.
 */
export function isOwnPage(src: PageSource, url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') {
    if (u.host !== '') return false;
    const own = PAGES.map((p) => pathToFileURL(pageFile(src, p)).pathname);
    return own.includes(u.pathname);
  }
  return src.devServer !== null && u.origin === src.devServer;
}
