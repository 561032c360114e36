// The running routine's page must not re-lay itself every frame (issue 13 point 11): what moves
// on it moves by transform or opacity (the compositor's), never by a transition or keyframe
// animation of a layout property. The progress bars change once a second; a 0.4 s width
// transition on them re-laid the page for 0.4 s of every second (14 layouts a second measured).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LAYOUT = /\b(width|height|top|left|right|bottom|margin[\w-]*|padding[\w-]*|inset|font-size|flex[\w-]*|grid[\w-]*|all)\b/;
const read = (rel: string): string => readFileSync(new URL(`../../src-renderer/${rel}`, import.meta.url), 'utf8');
const sheets = ['shared/theme.css', ...readdirSync(new URL('../../src-renderer/break/', import.meta.url)).filter((f) => f.endsWith('.css')).map((f) => `break/${f}`)];

describe('the break page’s stylesheets', () => {
  it.each(sheets)('%s: no transitions or keyframes of layout properties', (sheet) => {
    const css = read(sheet).replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(/transition(?:-property)?\s*:\s*([^;}]*)/g)) {
      expect(m[1]!, `${sheet}: transition: ${m[1]}`).not.toMatch(LAYOUT);
    }
    for (const m of css.matchAll(/@keyframes\s+[\w-]+\s*\{([\s\S]*?)\}\s*\}/g)) {
      const props = [...m[1]!.matchAll(/([\w-]+)\s*:/g)].map((p) => p[1]!);
      for (const p of props) expect(['transform', 'opacity'], `${sheet}: @keyframes animates ${p}`).toContain(p);
    }
  });
});
