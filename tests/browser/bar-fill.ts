// Where the current exercise's progress bar is filled, read from the pixels Chromium drew (the
// bar is a gradient whose stops a tick moves, so what it shows is only on screen).
import type { Page } from 'playwright-core';
import { decodePng } from '../../scripts/lib/png.mjs';

/**
 * The filled part of the current bar on its middle row, as fractions of the bar's width: the
 * first and last pixel in the fill's colour (null when none is). Its value as ARIA gives it, too.
 */
export async function currentBarFill(page: Page): Promise<{ from: number; to: number; value: number } | null> {
  const bar = page.locator('.routine-progress .is-current');
  const { colour, under, value } = await bar.evaluate((el) => {
    const bg = getComputedStyle(el).backgroundColor;
    return {
      colour: getComputedStyle(el.querySelector('stop.done')!).stopColor,
      // what a see-through fill colour (forced colours' Highlight is) is drawn over
      under: bg === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.body).backgroundColor : bg,
      value: Number(el.getAttribute('aria-valuenow')) / 100,
    };
  });
  const rgba = (c: string) => {
    const [r = 0, g = 0, b = 0, a = 1] = (c.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const f = rgba(colour);
  const u = rgba(under);
  const [r, g, b] = [f.r * f.a + u.r * (1 - f.a), f.g * f.a + u.g * (1 - f.a), f.b * f.a + u.b * (1 - f.a)];
  const img = decodePng(await bar.screenshot());
  const y = Math.floor(img.height / 2);
  let from = -1;
  let to = -1;
  for (let x = 0; x < img.width; x++) {
    const i = (y * img.width + x) * img.channels;
    const d = Math.abs(img.data[i]! - r) + Math.abs(img.data[i + 1]! - g) + Math.abs(img.data[i + 2]! - b);
    if (d > 40) continue;
    if (from < 0) from = x;
    to = x + 1;
  }
  return from < 0 ? null : { from: from / img.width, to: to / img.width, value };
}
