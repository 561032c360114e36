// Headless Chromium for the browser tests, the benchmark and the contact sheet: where to find
// it, the flags this kind of machine needs, and a static server on 127.0.0.1 to load pages from.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** No sandbox (root in containers), no GPU, and none of Chromium's own network traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** CHROMIUM_PATH, a system Chromium, or one Playwright downloaded; null if there is none. */
export function findChromium(): string | null {
  for (const c of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (c && existsSync(c)) return c;
  }
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return null;
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chromium')).sort().reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome']) {
      if (existsSync(join(root, dir, rel))) return join(root, dir, rel);
    }
  }
  return null;
}

/** Launches headless Chromium with CHROMIUM_ARGS (plus `extraArgs`), or says how to get one. */
export async function launchChromium(extraArgs: string[] = [], executablePath = findChromium()): Promise<Browser> {
  if (!executablePath) throw new Error('no Chromium found: set CHROMIUM_PATH, or run `npm test` once (it installs one)');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticServer {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

/** Serves the files under `dir` (and `extra` in-memory HTML pages by path) on 127.0.0.1, a random port. */
export async function serveStatic(dir: string, extra: Record<string, string> = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const headers = (type: string) => ({ 'content-type': type, 'cache-control': 'no-store' });
    const page = extra[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, headers(MIME['.html']!)).end(page);
      return;
    }
    const file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, headers('text/plain')).end('not found');
      return;
    }
    res.writeHead(200, headers(MIME[extname(file)] ?? 'application/octet-stream')).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}
