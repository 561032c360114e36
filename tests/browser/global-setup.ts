// Builds what the browser tests load, once per run: the renderer pages (vite.config.ts →
// dist/renderer) and the test host (vite.testhost.config.ts → dist/test-host/host.js).
// LIMBER_SKIP_BUILD=1 reuses an existing build (fast local iterations).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

export default async function setup(): Promise<void> {
  const have = existsSync(resolve(ROOT, 'dist/renderer/break.html')) && existsSync(resolve(ROOT, 'dist/test-host/host.js'));
  if (process.env.LIMBER_SKIP_BUILD === '1' && have) return;
  await build({ configFile: resolve(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await build({ configFile: resolve(ROOT, 'vite.testhost.config.ts'), logLevel: 'warn' });
}
