// Exercise illustrations (SPEC §4): one per catalog entry, well-formed standalone SVG that the
// app's CSP allows (no inline style, no script), accessible, small, themable, and a start and
// an end pose that really differ, with limbs that keep their length while animating; the rig's
// groups and motion draw exactly the skeleton's poses; limbs turn the short way round; the left
// side is the mirror image (a figure lying seen from above flips about its spine); thumbnails
// tell the exercises apart; far limbs keep 3:1 contrast; a middle pose (knee rolls' knee hug) is
// drawn as the rig says, is its own mirror image, and is a hug.
import { describe, expect, it } from 'vitest';
import { CATALOG, getExercise } from '../../src-main/core/catalog';
import { readFileSync } from 'node:fs';
import {
  FAR_OPACITY,
  ILLUSTRATED_IDS,
  getIllustrationSpec,
  hasMiddlePose,
  illustrationSvg,
  isSymmetric,
  mirrorAxis,
  mirrorPoint,
  poseAt,
  rigMotion,
  type Figure,
  type JointParams,
  type Pt,
} from '../../src-main/core/illustrations';
import { FLOOR, SEG, interpolatePose, solve } from '../../src-main/core/illustrations/skeleton';
import { MAT_TOP_MID_Y } from '../../src-main/core/illustrations/render';

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
const POSES = ['start', 'end', 'pair'] as const;
/** the poses of a drawing with a middle pose (knee rolls' knee hug) */
const MIDDLE_POSES = ['middle', 'middle-pair'] as const;
/** pose fractions along the way to the middle pose, for a drawing that has one */
const towardsMiddle = (id: string): number[] => (hasMiddlePose(id) ? [-0.25, -0.5, -0.75, -1] : []);

// ── the rig, composed by hand: the world position of every bone end and the head ─────────────
type M = [number, number, number, number, number, number]; // a b c d e f (SVG matrix)
const mul = (m: M, n: M): M => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: M, x: number, y: number): Pt => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
function parseTransform(v: string): M {
  let m: M = [1, 0, 0, 1, 0, 0];
  for (const [, fn, args] of v.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const a = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    const r = ((a[0] ?? 0) * Math.PI) / 180;
    const n: M =
      fn === 'translate'
        ? [1, 0, 0, 1, a[0]!, a[1] ?? 0]
        : fn === 'rotate'
          ? [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]
          : fn === 'scale'
            ? [a[0]!, 0, 0, a[1] ?? a[0]!, 0, 0]
            : fn === 'matrix'
              ? (a as M)
              : (() => {
                  throw new Error(`transform ${fn}`);
                })();
    m = mul(m, n);
  }
  return m;
}
const paramsMatrix = (p: JointParams): M => parseTransform(`translate(${p[0]} ${p[1]}) rotate(${p[2]}) scale(${p[3]} ${p[4]})`);

/** Bone ends (world) and the head centre of a rig markup, its `data-j` joints placed at fraction `t` of their motion. */
function composed(svg: string, t: number, joints: readonly { a: JointParams; b: JointParams; c?: JointParams }[] = []): { ends: Pt[]; head: Pt } {
  const ends: Pt[] = [];
  let head: Pt = [NaN, NaN];
  const visit = (el: XmlElement, m: M, hidden: boolean): void => {
    let here = m;
    const j = el.attrs['data-j'];
    if (j !== undefined) {
      const { a, b, c } = joints[Number(j)]!;
      // below 0: towards the middle pose (the start pose when there is none)
      const to = t < 0 ? (c ?? a) : b;
      here = mul(m, paramsMatrix(a.map((v, i) => v + (to[i]! - v) * Math.abs(t)) as unknown as JointParams));
    } else if (el.attrs.transform) here = mul(m, parseTransform(el.attrs.transform));
    if (el.name === 'path' && /^M0 0V-[\d.]+$/.test(el.attrs.d ?? '')) {
      const len = Number(el.attrs.d!.slice(6));
      ends.push(apply(here, 0, 0), apply(here, 0, -len));
    }
    if (el.name === 'circle' && el.attrs.fill === 'currentColor') head = apply(here, Number(el.attrs.cx ?? 0), Number(el.attrs.cy ?? 0));
    for (const c of el.children) visit(c, here, hidden);
  };
  visit(parseXml(svg), [1, 0, 0, 1, 0, 0], false);
  return { ends, head };
}

const near = (ps: readonly Pt[], q: Pt, tol = 0.05): boolean => ps.some((p) => Math.hypot(p[0] - q[0], p[1] - q[1]) < tol);
const limbPoints = (f: Figure): Pt[] => [f.neck, f.pelvis, ...f.armA, ...f.armB, ...f.legA, ...f.legB];

describe('illustrations', () => {
  it('exist for exactly the catalog exercises', () => {
    expect([...ILLUSTRATED_IDS].sort()).toEqual(CATALOG.map((ex) => ex.id).sort());
    expect(illustrationSvg('no-such-exercise')).toBeUndefined();
    expect(poseAt('no-such-exercise', 0)).toBeUndefined();
    expect(rigMotion('no-such-exercise')).toBeUndefined();
  });

  describe.each(CATALOG.map((ex) => ex.id))('%s', (id) => {
    it.each(hasMiddlePose(id) ? [...POSES, ...MIDDLE_POSES] : POSES)('%s pose is small, well-formed, accessible SVG the CSP allows', (pose) => {
      const svg = illustrationSvg(id, { pose })!;
      const pair = pose === 'pair' || pose === 'middle-pair';
      expect(svg.length).toBeLessThan(pair ? 6 * 1024 : 4 * 1024);
      const doc = parseXml(svg);
      expect(doc.name).toBe('svg');
      expect(doc.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
      expect(doc.attrs.viewBox).toBe(pair ? '0 0 200 100' : '0 0 100 100');
      expect(doc.attrs.role).toBe('img');
      const name = getExercise(id)!.name;
      expect(doc.attrs['aria-label']).toBe(name);
      expect(doc.children[0]?.name).toBe('title');
      expect(doc.children[0]?.text).toBe(name);

      const elements = [...walk(doc)];
      const allowed = new Set(['svg', 'title', 'g', 'path', 'polyline', 'circle', 'rect']);
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
      // only the start pose carries the marks the renderer animates
      const marks = elements.filter((el) => el.attrs['data-j'] !== undefined).map((el) => Number(el.attrs['data-j']));
      if (pose === 'start') expect(marks).toEqual(rigMotion(id)!.joints.map((_, i) => i));
      else expect(marks).toEqual([]);
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
      const spec = getIllustrationSpec(id)!;
      const fractions = [...Array.from({ length: 11 }, (_, k) => k / 10), ...(spec.middle ? Array.from({ length: 10 }, (_, k) => -(k + 1) / 10) : [])];
      for (const t of fractions) {
        const f = poseAt(id, t)!;
        const len = (p: Pt, q: Pt): number => Math.hypot(p[0] - q[0], p[1] - q[1]);
        const p = t < 0 ? interpolatePose(spec.start, spec.middle!, -t) : interpolatePose(spec.start, spec.end, t);
        for (const [arm, a] of [[f.armA, p.armA], [f.armB, p.armB]] as const) {
          // arms keep their length, or the foreshortening their pose asks for
          expect(len(arm[0], arm[1])).toBeCloseTo(SEG.upperArm * (a[2] ?? 1), 6);
          expect(len(arm[1], arm[2])).toBeCloseTo(SEG.forearm * (a[3] ?? 1), 6);
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

    it('the rig (markup + motion) draws the skeleton’s pose all along the movement', () => {
      const start = illustrationSvg(id, { pose: 'start' })!;
      const motion = rigMotion(id)!;
      for (const t of [0, 0.25, 0.5, 0.75, 1, ...towardsMiddle(id)]) {
        const f = poseAt(id, t)!;
        const { ends, head } = composed(start, t, motion.joints);
        for (const p of limbPoints(f)) expect(near(ends, p), `${id} t=${t}: a bone ends at ${p.map((v) => v.toFixed(1))}`).toBe(true);
        expect(Math.hypot(head[0] - f.head[0], head[1] - f.head[1])).toBeLessThan(0.05);
      }
      // the still end pose is the motion's end (and the still middle pose, the way to the middle's)
      const end = composed(illustrationSvg(id, { pose: 'end' })!, 1);
      for (const p of limbPoints(poseAt(id, 1)!)) expect(near(end.ends, p, 0.06)).toBe(true);
      if (hasMiddlePose(id)) {
        const middle = composed(illustrationSvg(id, { pose: 'middle' })!, -1);
        for (const p of limbPoints(poseAt(id, -1)!)) expect(near(middle.ends, p, 0.06)).toBe(true);
      } else {
        // without a middle pose, pose fraction −1 is the start pose
        expect(poseAt(id, -1)).toEqual(poseAt(id, 0));
        expect(motion.joints.every((j) => j.c === undefined)).toBe(true);
      }
    });

    it('turns every joint the short way round: no segment turns further than its start → end difference', () => {
      const dirs = (f: Figure): Pt[][] => [[f.pelvis, f.neck], [f.neck, f.head], ...[f.armA, f.armB, f.legA, f.legB].flatMap((l) => l.slice(1).map((p, i) => [l[i]!, p]))];
      const angle = ([p, q]: Pt[]): number => (Math.atan2(q![0] - p![0], -(q![1] - p![1])) * 180) / Math.PI;
      const wrap = (d: number): number => ((((d + 180) % 360) + 360) % 360) - 180;
      const first = dirs(poseAt(id, 0)!).map(angle);
      // to the end pose, and to the middle pose if the drawing has one
      for (const to of hasMiddlePose(id) ? [1, -1] : [1]) {
        const last = dirs(poseAt(id, to)!).map(angle);
        const travelled = first.map(() => 0);
        let prev = first;
        for (let k = 1; k <= 200; k++) {
          const now = dirs(poseAt(id, (to * k) / 200)!).map(angle);
          now.forEach((a, i) => (travelled[i]! += Math.abs(wrap(a - prev[i]!))));
          prev = now;
        }
        travelled.forEach((turned, i) => expect(turned, `to ${to}: segment ${i}`).toBeLessThanOrEqual(Math.abs(wrap(last[i]! - first[i]!)) + 0.5));
      }
    });

    it('for the left side, is the mirror image of the right side (unless the drawing is symmetric)', () => {
      const right = illustrationSvg(id, { pose: 'end' })!;
      const left = illustrationSvg(id, { pose: 'end', mirrored: true })!;
      if (isSymmetric(id)) {
        expect(left).toBe(right);
        return;
      }
      const r = composed(right, 1);
      const l = composed(left, 1);
      expect(l.ends.length).toBe(r.ends.length);
      l.ends.forEach((p, i) => {
        const m = mirrorPoint(id, r.ends[i]!);
        expect(p[0]).toBeCloseTo(m[0], 6);
        expect(p[1]).toBeCloseTo(m[1], 6);
      });
      // the renderer flips the drawing with the same transform (rig.ts mirrorDrawing)
      const css = parseTransform(rigMotion(id)!.mirror.replace(/,/g, ' '));
      for (const p of [[0, 0], [30, 70], [100, 100]] as const) {
        const q = apply(css, p[0], p[1]);
        expect(q[0]).toBeCloseTo(mirrorPoint(id, p)[0], 9);
        expect(q[1]).toBeCloseTo(mirrorPoint(id, p)[1], 9);
      }
    });
  });

  it('mirrors the seated figure-4 for the left side: a different drawing, the mirror image', () => {
    expect(isSymmetric('seated-figure-four')).toBe(false);
    for (const pose of POSES) {
      expect(illustrationSvg('seated-figure-four', { pose, mirrored: true })).not.toBe(illustrationSvg('seated-figure-four', { pose }));
    }
    const r = composed(illustrationSvg('seated-figure-four', { pose: 'end' })!, 1);
    const l = composed(illustrationSvg('seated-figure-four', { pose: 'end', mirrored: true })!, 1);
    expect(Math.abs(l.head[0] - (100 - r.head[0]))).toBeLessThan(1e-6);
    expect(Math.abs(l.head[0] - r.head[0])).toBeGreaterThan(10);
    // symmetric front views stay as they are
    expect(isSymmetric('tall-stand')).toBe(true);
  });

  it('a figure lying seen from above flips about its spine for the left side: the head stays, the knees go the other way', () => {
    const top = CATALOG.filter((ex) => mirrorAxis(ex.id) === 'y').map((ex) => ex.id);
    expect(top).toEqual(expect.arrayContaining(['knee-rolls', 'lying-spiral-twist', 'leg-twist']));
    for (const id of top) {
      expect(getIllustrationSpec(id)!.start.view, id).toBe('front');
      if (isSymmetric(id)) continue;
      const r = composed(illustrationSvg(id, { pose: 'end' })!, 1);
      const l = composed(illustrationSvg(id, { pose: 'end', mirrored: true })!, 1);
      // the head at the same end of the mat, the spine (at the start) on the mirror line …
      expect(Math.abs(l.head[0] - r.head[0]), id).toBeLessThan(1e-6);
      const pelvis = poseAt(id, 0)!.pelvis;
      expect(pelvis[1], id).toBeCloseTo(MAT_TOP_MID_Y, 6);
      // … and what moved is on the other side of the spine
      const spineY = MAT_TOP_MID_Y;
      const far = (ends: Pt[]): number => ends.reduce((m, p) => (Math.abs(p[1] - spineY) > Math.abs(m - spineY) ? p[1] : m), spineY);
      expect(Math.sign(far(l.ends) - spineY), id).toBe(-Math.sign(far(r.ends) - spineY));
    }
    // figures in profile and standing or sitting facing the viewer flip about the box's centre line
    expect(mirrorAxis('seated-figure-four')).toBe('x');
    expect(mirrorAxis('tall-stand')).toBe('x');
  });

  it('a middle pose (knee rolls’ knee hug) differs from both other poses, is its own mirror image, and hugs the knees', () => {
    const withMiddle = CATALOG.filter((ex) => hasMiddlePose(ex.id)).map((ex) => ex.id);
    // the seed's middle position of an alternating round is drawn for every exercise that has one
    expect(withMiddle).toEqual(CATALOG.filter((ex) => ex.dosage.middleHoldSeconds).map((ex) => ex.id));
    for (const id of withMiddle) {
      const svg = (pose: 'start' | 'end' | 'middle', mirrored = false): string => illustrationSvg(id, { pose, mirrored, label: 'x' })!;
      expect(svg('middle')).not.toBe(svg('start'));
      expect(svg('middle')).not.toBe(svg('end'));
      // its own mirror image: the figure leaves it for either side without a jump
      const m = composed(svg('middle'), -1).ends.map((p) => mirrorPoint(id, p));
      const plain = composed(svg('middle'), -1).ends;
      for (const p of m) expect(near(plain, p, 0.05), `${id}: the middle pose's mirror image has ${p.map((v) => v.toFixed(1))}`).toBe(true);
      // a hug: the knees drawn in towards the chest (nearer the neck than in the start pose), the hands at the knees
      const start = poseAt(id, 0)!;
      const hug = poseAt(id, -1)!;
      const d = (p: Pt, q: Pt): number => Math.hypot(p[0] - q[0], p[1] - q[1]);
      for (const leg of ['legA', 'legB'] as const) expect(d(hug[leg][1], hug.neck)).toBeLessThan(d(start[leg][1], start.neck) - 8);
      expect(d(hug.armA[2], hug.legA[1])).toBeLessThan(3);
      expect(d(hug.armB[2], hug.legB[1])).toBeLessThan(3);
    }
  });

  it('thumbnails (the key pose) and start → end pairs tell every exercise apart', () => {
    for (const pose of ['end', 'pair'] as const) {
      const seen = new Map<string, string>();
      for (const ex of CATALOG) {
        const body = illustrationSvg(ex.id, { pose, label: 'x' })!;
        expect(seen.get(body), `${ex.id} looks like ${seen.get(body)}`).toBeUndefined();
        seen.set(body, ex.id);
      }
    }
  });

  it('draws the far-side limbs faded, yet at ≥ 3:1 against every page background in both themes', () => {
    const css = readFileSync(new URL('../../src-renderer/shared/theme.css', import.meta.url), 'utf8');
    const dark = css.indexOf('prefers-color-scheme: dark');
    expect(dark).toBeGreaterThan(0);
    const colour = (name: string, from: number): string => new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css.slice(from))![1]!;
    const rgb = (h: string): number[] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const lum = (c: number[]): number =>
      c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const ratio = (a: number[], b: number[]): number => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    expect(illustrationSvg('bird-dog', { pose: 'end' })).toContain(`opacity="${FAR_OPACITY}"`);
    for (const from of [0, dark]) {
      const fig = rgb(colour('figure', from));
      for (const bg of ['bg', 'surface', 'surface-2'].map((n) => rgb(colour(n, from))).concat(from === 0 ? [[255, 255, 255]] : [])) {
        const far = fig.map((v, i) => v * FAR_OPACITY + bg[i]! * (1 - FAR_OPACITY));
        expect(ratio(far, bg)).toBeGreaterThanOrEqual(3);
      }
    }
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
    expect(parseXml(illustrationSvg('cat-cow', { size: 96, pose: 'pair' })!).attrs.width).toBe('192');
  });

  it('is deterministic: the same call gives the same markup', () => {
    for (const ex of CATALOG) expect(illustrationSvg(ex.id, { pose: 'start' })).toBe(illustrationSvg(ex.id, { pose: 'start' }));
  });

  it('interpolates the skeleton the short way round (tall-stand: the arms rise on their own sides)', () => {
    const spec = getIllustrationSpec('tall-stand')!;
    const mid = solve(interpolatePose(spec.start, spec.end, 0.5));
    // arm A (screen right) stays right of the spine, arm B left of it
    expect(mid.armA[2][0]).toBeGreaterThan(mid.neck[0]);
    expect(mid.armB[2][0]).toBeLessThan(mid.neck[0]);
  });
});
