// Where our pages live and which URLs count as ours. In a build they are files under
// dist/renderer, served as limber://app/<page>.html (app-protocol.ts; never file://); during
// renderer development they may come from a Vite dev server named in LIMBER_DEV_SERVER
// (http://localhost only). Pure: paths and env are passed in.
import { HOST, ORIGIN, SCHEME } from './app-protocol';

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

export function pageUrl(src: PageSource, page: PageName): string {
  return `${src.devServer ?? ORIGIN}/${page}.html`;
}

/**
 * Is `url` one of our pages? limber:// URLs must be exactly one of the page files (query and hash
 * allowed; the scheme is standard, so the host is already lower-case and the path normalised and
 * compared exactly — no file-system paths, drive letters or case folding are involved); dev-server
 * URLs must be on its origin. Everything else (file:, https, data:, about:blank, other files) is
 * foreign.
 */
export function isOwnPage(src: PageSource, url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${SCHEME}:`) {
    if (u.host !== HOST || u.username || u.password || u.port) return false;
    return PAGES.some((p) => u.pathname === `/${p}.html`);
  }
  return src.devServer !== null && u.origin === src.devServer;
}
