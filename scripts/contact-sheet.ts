// Renders every exercise illustration (start and end pose side by side, with its name) into
// one HTML page and screenshots it with Debian Chromium: docs/contact-sheet.png.
// Chromium also parses each SVG with its XML parser, and the script fails if one does not parse.
//
//   npx tsx scripts/contact-sheet.ts [--out docs/contact-sheet.png] [--only id,id] [--dark]
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium';
import { CATALOG } from '../src-main/core/catalog';
import { hasMiddlePose, illustrationSvg } from '../src-main/core/illustrations';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(root, opt('--out') ?? 'docs/contact-sheet.png');
const only = opt('--only')?.split(',');
const dark = args.includes('--dark');
const columns = Number(opt('--columns') ?? 4);
const size = Number(opt('--size') ?? 150);

const exercises = CATALOG.filter((ex) => !only || only.includes(ex.id));
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const cells = exercises
  .map((ex) => {
    const start = illustrationSvg(ex.id, { pose: 'start', size }) ?? '<b>missing</b>';
    const end = illustrationSvg(ex.id, { pose: 'end', size }) ?? '<b>missing</b>';
    // a drawing with a middle pose (the position between the sides) shows it under the pair
    const middle = hasMiddlePose(ex.id)
      ? `<div class="pair middle"><span>between the sides:</span>${illustrationSvg(ex.id, { pose: 'middle', size })}</div>`
      : '';
    return `<figure><div class="pair">${start}<span>→</span>${end}</div>${middle}<figcaption><b>${esc(ex.name)}</b><small>${ex.id} · ${ex.position} · ${ex.focus}</small></figcaption></figure>`;
  })
  .join('\n');

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; font: 13px/1.3 system-ui, sans-serif; background: ${dark ? '#1d2026' : '#fff'}; color: ${dark ? '#e8eaed' : '#1d2733'}; }
  h1 { font-size: 18px; margin: 0 0 16px; }
  main { display: grid; grid-template-columns: repeat(${columns}, max-content); gap: 14px 22px; }
  figure { margin: 0; padding: 8px; border: 1px solid ${dark ? '#3a3f48' : '#e3e6ea'}; border-radius: 8px; }
  .pair { display: flex; align-items: center; gap: 4px; }
  .pair span { color: #8c939d; }
  .pair.middle { justify-content: center; }
  figcaption { display: flex; flex-direction: column; margin-top: 4px; }
  small { color: #8c939d; }
</style></head><body><h1>Limber — exercise illustrations (${exercises.length}; start → end, and the middle position between the sides where there is one)</h1><main>
${cells}
</main></body></html>`;

const browser = await launchChromium();
try {
  // wide enough for every column: two drawings, the arrow and the padding per cell
  const width = 48 + columns * (2 * size + 62);
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  // parse every SVG (every pose the drawing has) with the browser's XML parser
  const sources = exercises.flatMap((ex) =>
    (hasMiddlePose(ex.id) ? (['start', 'end', 'pair', 'middle', 'middle-pair'] as const) : (['start', 'end', 'pair'] as const)).map((pose) => ({
      id: `${ex.id}/${pose}`,
      svg: illustrationSvg(ex.id, { pose }) ?? '',
    })),
  );
  const bad = await page.evaluate((list) => {
    const failures: string[] = [];
    for (const { id, svg } of list) {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      if (doc.getElementsByTagName('parsererror').length || doc.documentElement.nodeName !== 'svg') failures.push(id);
    }
    return failures;
  }, sources);
  if (bad.length) throw new Error(`SVG that does not parse: ${bad.join(', ')}`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out} (${exercises.length} exercises, ${sources.length} SVGs parsed)`);
} finally {
  await browser.close();
}
