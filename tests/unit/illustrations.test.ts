// Exercise illustrations (SPEC §4): one per catalog entry, well-formed standalone SVG that the
// app's CSP allows (no inline style, no script), accessible, small, themable, and a start and
// an end pose that really differ, with limbs that keep their length while animating.
import { describe, expect, it } from 'vitest';
import { CATALOG, getExercise } from '../../src-main/core/catalog';
import {
  CYCLE_SECONDS,
  ILLUSTRATED_IDS,
  illustrationSvg,
  poseAt,
  type Figure,
  type Pt,
} from '../../src-main/core/illustrations';
import { FLOOR, SEG } from '../../src-main/core/illustrations/skeleton';

// ── a small strict XML well-formedness checker ────────────────────────────────────────────────
// Enough XML 1.0 for standalone SVG: elements, attributes (quoted, unique), character and the
// five predefined entity references, comments; exactly one root element.
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
function checkText(text: string, where: string): string {
  if (text.includes('<')) throw new Error(`raw < in ${where}`);
  return text.replace(/&([^;]*);|&/g, (m, ent: string | undefined) => {
    if (ent === undefined) throw new Error(`bare & in ${where}`);
    if (/^#\d+$/.test(ent) || /^#x[0-9a-fA-F]+$/.test(ent)) return '?';
    const known: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (!(ent in known)) throw new Error(`unknown entity &${ent}; in ${where}`);
    return known[ent] as string;
  });
}

function parseXml(src: string): XmlElement {
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const text = src.slice(i, lt < 0 ? src.length : lt);
    if (text.length) {
      const top = stack[stack.length - 1];
      if (!top) {
        if (text.trim()) throw new Error('text outside the root element');
      } else top.text += checkText(text, `<${top.name}> text`);
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
    } else if (src.startsWith('</', i)) {
      const m = NAME.exec(src.slice(i + 2));
      if (!m) throw new Error(`bad end tag at ${i}`);
      const close = src.indexOf('>', i);
      if (src.slice(i + 2 + m[0].length, close).trim()) throw new Error(`junk in end tag ${m[0]}`);
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new Error(`</${m[0]}> does not close <${open?.name ?? 'nothing'}>`);
      i = close + 1;
    } else {
      const m = NAME.exec(src.slice(i + 1));
      if (!m) throw new Error(`bad start tag at ${i}`);
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
      i += 1 + m[0].length;
      for (;;) {
        const ws = /^\s*/.exec(src.slice(i))![0];
        i += ws.length;
        if (src.startsWith('/>', i) || src[i] === '>') break;
        if (!ws) throw new Error(`missing space before an attribute of <${el.name}>`);
        const a = /^([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(i));
        if (!a) throw new Error(`bad attribute in <${el.name}> at ${i}: ${src.slice(i, i + 20)}`);
        const attr = a[1] as string;
        if (attr in el.attrs) throw new Error(`duplicate attribute ${attr} in <${el.name}>`);
        el.attrs[attr] = checkText(a[3] ?? a[4] ?? '', `${el.name}@${attr}`);
        i += a[0].length;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) throw new Error('more than one root element');
      else root = el;
      if (src.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(el);
      }
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

describe('the XML checker itself', () => {
  it('accepts well-formed markup and refuses broken markup', () => {
    expect(parseXml('<a x="1"><b/>t &amp; u</a>').children).toHaveLength(1);
    for (const bad of ['<a><b></a></b>', '<a x=1/>', '<a x="1" x="2"/>', '<a>&nbsp;</a>', '<a/><b/>', '<a>', '<a>x & y</a>', 'x<a/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

// ── the illustrations ─────────────────────────────────────────────────────────────────────────
const POSES = ['start', 'end', 'animated'] as const;

describe('illustrations', () => {
  it('exist for exactly the catalog exercises', () => {
    expect([...ILLUSTRATED_IDS].sort()).toEqual(CATALOG.map((ex) => ex.id).sort());
    expect(illustrationSvg('no-such-exercise')).toBeUndefined();
    expect(poseAt('no-such-exercise', 0)).toBeUndefined();
  });

  describe.each(CATALOG.map((ex) => ex.id))('%s', (id) => {
    it.each(POSES)('%s pose is small, well-formed, accessible SVG the CSP allows', (pose) => {
      const svg = illustrationSvg(id, { pose })!;
      expect(svg.length).toBeLessThan(3 * 1024);
      const doc = parseXml(svg);
      expect(doc.name).toBe('svg');
      expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(doc.attrs.viewBox).toBe('0 0 100 100');
      expect(doc.attrs.role).toBe('img');
      const name = getExercise(id)!.name;
      expect(doc.attrs['aria-label']).toBe(name);
      expect(doc.children[0]?.name).toBe('title');
      expect(doc.children[0]?.text).toBe(name);

      const elements = [...walk(doc)];
      const allowed = new Set(['svg', 'title', 'g', 'path', 'polyline', 'circle', 'rect', 'animate']);
      for (const el of elements) {
        expect(allowed.has(el.name), `<${el.name}>`).toBe(true);
        expect(el.attrs.style, 'no inline style').toBeUndefined();
        for (const attr of Object.keys(el.attrs)) expect(attr.startsWith('on'), attr).toBe(false);
        for (const v of Object.values(el.attrs)) {
          expect(v).not.toMatch(/url\(|javascript:|var\(/);
        }
        // colours: the figure follows the page (currentColor); props a fixed neutral grey
        for (const c of ['stroke', 'fill']) {
          const v = el.attrs[c];
          if (v !== undefined) expect(['none', 'currentColor', '#9aa1ab']).toContain(v);
        }
      }
      expect(svg).toContain('stroke="currentColor"');
      const animations = elements.filter((el) => el.name === 'animate');
      if (pose === 'animated') {
        expect(animations.length).toBeGreaterThan(0);
        for (const a of animations) {
          expect(a.attrs.repeatCount).toBe('indefinite');
          expect(a.attrs.dur).toBe(`${CYCLE_SECONDS}s`);
          const values = a.attrs.values!.split(';');
          const times = a.attrs.keyTimes!.split(';').map(Number);
          expect(values.length).toBe(times.length);
          expect(times[0]).toBe(0);
          expect(times[times.length - 1]).toBe(1);
          // a loop: it ends where it starts
          expect(values[values.length - 1]).toBe(values[0]);
        }
      } else {
        expect(animations).toHaveLength(0);
      }
    });

    it('has an end pose that differs clearly from the start pose', () => {
      const a = poseAt(id, 0)!;
      const b = poseAt(id, 1)!;
      const joints = (f: Figure): Pt[] => [f.head, f.neck, f.back, f.pelvis, ...f.armA, ...f.armB, ...f.legA, ...f.legB];
      const moved = joints(a).map((p, i) => Math.hypot(p[0] - joints(b)[i]![0], p[1] - joints(b)[i]![1]));
      expect(Math.max(...moved)).toBeGreaterThan(3);
      expect(illustrationSvg(id, { pose: 'start' })).not.toBe(illustrationSvg(id, { pose: 'end' }));
    });

    it('keeps limb lengths and stays inside the picture while it moves', () => {
      for (let k = 0; k <= 10; k++) {
        const f = poseAt(id, k / 10)!;
        const len = (p: Pt, q: Pt): number => Math.hypot(p[0] - q[0], p[1] - q[1]);
        for (const arm of [f.armA, f.armB]) {
          expect(len(arm[0], arm[1])).toBeCloseTo(SEG.upperArm, 6);
          expect(len(arm[1], arm[2])).toBeCloseTo(SEG.forearm, 6);
        }
        expect(len(f.pelvis, f.neck)).toBeCloseTo(SEG.torso, 6);
        for (const p of [f.head, f.neck, f.pelvis, ...f.armA, ...f.armB, ...f.legA, ...f.legB]) {
          expect(p[0]).toBeGreaterThanOrEqual(0);
          expect(p[0]).toBeLessThanOrEqual(100);
          expect(p[1]).toBeGreaterThanOrEqual(0);
          // nothing sinks through the floor (its line is drawn at FLOOR + 2)
          expect(p[1]).toBeLessThanOrEqual(FLOOR + 1.6);
        }
        expect(f.head[1] + f.headR).toBeLessThanOrEqual(FLOOR + 1.6);
      }
    });
  });

  it('draws the props each exercise needs', () => {
    for (const ex of CATALOG) {
      const svg = illustrationSvg(ex.id, { pose: 'start' })!;
      const figure = poseAt(ex.id, 0)!;
      const kinds = figure.props.map((p) => p.kind);
      if (ex.equipment === 'ball') expect(kinds, ex.id).toContain('ball');
      if (ex.equipment === 'chair') expect(kinds, ex.id).toContain('chair');
      if (ex.equipment === 'desk') expect(kinds, ex.id).toContain('desk');
      if (ex.equipment === 'mat') expect(kinds, ex.id).toContain('mat');
      expect(kinds.includes('floor') || kinds.includes('mat'), `${ex.id} has a floor`).toBe(true);
      expect(svg).toMatch(/<(path|rect|circle)/);
    }
  });

  it('takes a size and escapes the label', () => {
    const svg = illustrationSvg('cat-cow', { size: 96, label: 'Cat & "cow" <1>' })!;
    const doc = parseXml(svg);
    expect(doc.attrs.width).toBe('96');
    expect(doc.attrs.height).toBe('96');
    expect(doc.attrs['aria-label']).toBe('Cat & "cow" <1>');
  });

  it('is deterministic: the same call gives the same markup', () => {
    for (const ex of CATALOG) expect(illustrationSvg(ex.id, { pose: 'animated' })).toBe(illustrationSvg(ex.id, { pose: 'animated' }));
  });
});
