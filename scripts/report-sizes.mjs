// Prints the gzip size of each renderer page's JavaScript + CSS (what its HTML loads: module
// scripts, modulepreloads and stylesheets) and fails when a page is over its budget.
//   node scripts/report-sizes.mjs [dist/renderer]
// Also used by vite.config.ts right after every renderer build.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** Budgets in bytes (gzip, JS + CSS). The break page is the one that opens on every break. */
export const BUDGETS = { break: 40 * 1024 };

const ASSET_RE = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;

/** @returns {{page: string, files: string[], raw: number, gzip: number, budget: number | null}[]} */
export function measurePages(dir) {
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  return pages.map((html) => {
    const text = readFileSync(join(dir, html), 'utf8');
    const files = new Set();
    // the HTML names the entry chunk, its preloaded imports and its CSS
    for (const m of text.matchAll(ASSET_RE)) files.add(m[1].replace(/^\.\//, ''));
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = readFileSync(join(dir, f));
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    const page = html.replace(/\.html$/, '');
    return { page, files: [...files], raw, gzip, budget: BUDGETS[page] ?? null };
  });
}

/** Prints the table; throws when a page is over budget. */
export function reportSizes(dir, log = console.log) {
  const rows = measurePages(dir);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  log('renderer page sizes (JS + CSS):');
  for (const r of rows) {
    const budget = r.budget ? ` / budget ${kb(r.budget)}` : '';
    log(`  ${r.page.padEnd(10)} ${kb(r.gzip).padStart(9)} gzip  (${kb(r.raw)} raw, ${r.files.length} files)${budget}`);
  }
  const over = rows.filter((r) => r.budget !== null && r.gzip > r.budget);
  if (over.length) {
    throw new Error(
      `renderer size budget exceeded: ${over.map((r) => `${r.page} page is ${kb(r.gzip)} gzip, budget ${kb(r.budget)}`).join('; ')}`,
    );
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer'));
  if (!existsSync(dir)) {
    console.error(`no build in ${dir}: run the renderer build first`);
    process.exit(2);
  }
  try {
    reportSizes(dir);
  } catch (e) {
    console.error(`ERROR: ${e.message}`);
    process.exit(1);
  }
}
