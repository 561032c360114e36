// The renderer build: one page per window (break, settings, history) into dist/renderer with
// relative URLs (served from limber://app by src-main/app-protocol.ts). Preact JSX is compiled by Vite's own oxc
// transform (no preset plugin). After each build the pages' JS + CSS gzip sizes are printed
// and the build fails if the break page is over its budget (scripts/report-sizes.mjs).
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CSP_META } from './src-main/csp';
// @ts-expect-error plain ESM script without type declarations
import { limberMessages } from './scripts/i18n/vite-plugin.mjs';
// @ts-expect-error plain ESM script without type declarations
import { reportSizes } from './scripts/report-sizes.mjs';

const root = resolve(import.meta.dirname, 'src-renderer');
const outDir = resolve(import.meta.dirname, 'dist/renderer');

/** The pages to build: all by default; `LIMBER_PAGES=break` builds a subset (quick local work). */
const ALL_PAGES = ['break', 'settings', 'history'] as const;
const pages = (process.env.LIMBER_PAGES?.split(',').map((p) => p.trim()) ?? [...ALL_PAGES]).filter((p) =>
  (ALL_PAGES as readonly string[]).includes(p),
);

function sizeReport(): Plugin {
  let failed = false;
  return {
    name: 'limber-size-report',
    apply: 'build',
    buildEnd(error) {
      failed = Boolean(error);
    },
    closeBundle() {
      if (!failed) (reportSizes as (dir: string) => unknown)(outDir);
    },
  };
}

/** Every page gets the one policy from src-main/csp.ts, so pages and the header cannot drift apart. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'limber-csp',
    transformIndexHtml(html) {
      const charset = '<meta charset="utf-8" />';
      if (!html.includes(charset)) throw new Error('limber-csp: a page has no <meta charset="utf-8" /> to put the policy after');
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`);
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(root, `${p}.html`)])),
    },
  },
  plugins: [limberMessages(), contentSecurityPolicy(), sizeReport()],
});
