// The browser test host (not shipped): src-renderer/test-host/index.ts → dist/test-host/host.js,
// one IIFE that Playwright injects with `page.addInitScript({ path })` before a page's own
// scripts. It runs the real LimberApp (src-main/core) behind `window.limber`.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
// @ts-expect-error plain ESM script without type declarations
import { limberMessages } from './scripts/i18n/vite-plugin.mjs';

export default defineConfig({
  plugins: [limberMessages()],
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/test-host'),
    emptyOutDir: true,
    target: 'chrome130',
    minify: false,
    sourcemap: 'inline',
    reportCompressedSize: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src-renderer/test-host/index.ts'),
      formats: ['iife'],
      name: 'LimberTestHost',
      fileName: () => 'host.js',
    },
  },
});
