// The figure's drawing as numbers: each drawn path's transform in the player's figure (or in a
// markup laid out at the figure's size), so a test can say which pose the page shows.
import type { Page } from 'playwright-core';

/** Each drawn path's transform (screen CTM relative to its <svg>), for the figure now and for a markup. */
export async function pathMatrices(page: Page, markup?: string): Promise<number[][]> {
  return page.evaluate((svg) => {
    let root: Element = document.querySelector('.player-figure svg')!;
    let box: HTMLDivElement | null = null;
    if (svg) {
      box = document.createElement('div');
      const r = root.getBoundingClientRect();
      box.setAttribute('aria-hidden', 'true');
      box.innerHTML = svg;
      const s = box.querySelector('svg')!;
      s.setAttribute('width', String(r.width));
      s.setAttribute('height', String(r.height));
      document.body.append(box);
      root = s;
    }
    const out = [...root.querySelectorAll<SVGGraphicsElement>('g[stroke="currentColor"] path')].map((p) => {
      const m = (root as SVGSVGElement).getScreenCTM()!.inverse().multiply(p.getScreenCTM()!);
      return [m.a, m.b, m.c, m.d, m.e, m.f].map((v) => Math.round(v * 100) / 100);
    });
    box?.remove();
    return out;
  }, markup ?? null);
}

/** A path's matrix flipped by the SVG matrix `f` (the drawing's mirror for the left side), rounded as `pathMatrices` rounds. */
export function flipped(m: readonly number[], f: readonly [number, number, number, number, number, number]): number[] {
  const [a, b, c, d, e, g] = m as [number, number, number, number, number, number];
  const r = (v: number): number => Math.round(v * 100) / 100 || 0;
  return [f[0] * a + f[2] * b, f[1] * a + f[3] * b, f[0] * c + f[2] * d, f[1] * c + f[3] * d, f[0] * e + f[2] * g + f[4], f[1] * e + f[3] * g + f[5]].map(r);
}
