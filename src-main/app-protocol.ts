// Limber's pages are served from a privileged custom scheme, limber://app/<file>, not file://
// (Electron security checklist item 18). In a packaged app the renderer build sits inside
// app.asar; Electron's patched `fs` reads it there, so the handler below works the same from a
// source checkout and from the asar, and the `grantFileProtocolExtraPrivileges` fuse can stay off.
// Only files under the renderer build folder are served; anything else is 404 (outside it, or
// missing) or 405 (not GET/HEAD). Every response carries the page CSP and nosniff.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { CSP } from './csp';

export const SCHEME = 'limber';
export const HOST = 'app';
export const ORIGIN = `${SCHEME}://${HOST}`;

/** Registered before `ready` (main.ts): a standard, secure origin, so 'self' in the CSP means it. */
export const PRIVILEGED_SCHEME: CustomScheme = {
  scheme: SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
  '.webm': 'audio/webm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a limber:// URL names inside `rootDir`, or null when it is not ours: another scheme or
 * host, an encoded slash/backslash/NUL, or a path that leaves the folder.
 */
export function fileForUrl(rootDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${SCHEME}:` || u.host !== HOST) return null;
  if (/%(?:2f|5c|00)/i.test(u.pathname) || u.pathname.includes('\\')) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

const HEADERS = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

/** The protocol.handle handler for `rootDir`. */
export function pageHandler(rootDir: string, read: ReadFile = (f) => fs.readFile(f)): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: HEADERS });
    const file = fileForUrl(rootDir, request.url);
    if (!file) return new Response(null, { status: 404, headers: HEADERS });
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return new Response(null, { status: 404, headers: HEADERS });
    }
    const headers = { ...HEADERS, 'Content-Type': mimeType(file) };
    return new Response(request.method === 'HEAD' ? null : (body as BodyInit), { status: 200, headers });
  };
}
