// The rendering-cost bench's reference page (scripts/bench/render-cost.ts): the break page's own
// shell — same CSP and stylesheets — with one script that counts down once a second, so the
// comparison with the running routine is about what each page does, not what it loads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTDOWN_JS, COUNTDOWN_SCRIPT, countdownShell } from '../../scripts/bench/render-cost';

const BREAK_HTML = readFileSync(new URL('../../src-renderer/break.html', import.meta.url), 'utf8');

describe('the countdown page', () => {
  it('keeps the break page’s head (CSP, stylesheets) and runs only the countdown script', () => {
    const page = countdownShell(BREAK_HTML);
    const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/i.exec(BREAK_HTML)?.[0];
    if (csp) expect(page).toContain(csp);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual([`<script type="module" src="./${COUNTDOWN_SCRIPT}">`]);
    expect(page).toContain('<div id="app">');
  });

  it('updates once a second, aligned to the second, with no animation', () => {
    expect(COUNTDOWN_JS).toMatch(/setTimeout\(tick, \(\(end - performance\.now\(\)\) % 1000\)/);
    expect(COUNTDOWN_JS).not.toMatch(/requestAnimationFrame|setInterval|animate\(|transition/);
  });
});
