// Rasterises the icon sources (glyph.svg for the tray, app.svg for the app) into the PNGs the
// app and electron-builder use. Run after changing a source: node assets/icons/render.mjs
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and playwright-core.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const glyph = readFileSync(join(here, 'glyph.svg'), 'utf8');
const appSvg = readFileSync(join(here, 'app.svg'), 'utf8');

/** Paused: the figure dimmed, with a pause badge in the lower right corner. */
const pausedGlyph = glyph
  .replace('<circle', '<g opacity="0.45"><circle')
  .replace('</svg>', '</g><rect x="21" y="18" width="3.6" height="12" rx="1.2" fill="currentColor" stroke="none"/><rect x="27.2" y="18" width="3.6" height="12" rx="1.2" fill="currentColor" stroke="none"/></svg>');

const variants = [];
for (const [state, svg] of [['', glyph], ['-paused', pausedGlyph]]) {
  // macOS: template images, black + alpha, 16 pt (@1x and @2x)
  variants.push({ file: `trayTemplate${state}.png`, svg, color: '#000', size: 16 });
  variants.push({ file: `trayTemplate${state}@2x.png`, svg, color: '#000', size: 32 });
  // Windows/Linux: a dark glyph for light panels, a light one for dark panels
  for (const [theme, color] of [['light', '#202124'], ['dark', '#f1f3f4']]) {
    variants.push({ file: `tray${state}-${theme}.png`, svg, color, size: 32 });
    variants.push({ file: `tray${state}-${theme}@2x.png`, svg, color, size: 64 });
  }
}
for (const size of [1024, 512, 256]) variants.push({ file: size === 1024 ? 'icon.png' : `icon-${size}.png`, svg: appSvg, color: null, size });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const v of variants) {
    await page.setViewportSize({ width: v.size, height: v.size });
    const styled = v.color ? v.svg.replace('<svg ', `<svg style="color:${v.color}" `) : v.svg;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        styled.replace('<svg ', `<svg width="${v.size}" height="${v.size}" `) +
        `</body></html>`,
    );
    writeFileSync(join(here, v.file), await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: v.size, height: v.size } }));
    console.log(`${v.file} ${v.size}×${v.size}`);
  }
} finally {
  await browser.close();
}
