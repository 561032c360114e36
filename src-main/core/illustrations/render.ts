// SVG markup for a figure. No inline `style` and no script (the app's CSP forbids both):
// presentation attributes only. The figure is drawn in `currentColor`, so the page sets its
// colour for light and dark themes; props are a neutral grey that reads on either.
import { FLOOR, type Figure, type Pt, type PropSpec } from './skeleton';

export const PROP_GREY = '#9aa1ab';
const STROKE = 4.2;

const n = (v: number): string => String(Math.round(v));
const pt = (p: Pt): string => `${n(p[0])},${n(p[1])}`;
const pts = (ps: readonly Pt[]): string => ps.map(pt).join(' ');

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;',
  );
}

/** The shapes of one figure, as attribute values, so a renderer can print or animate them. */
export interface Shapes {
  spine: string;
  girdles: string;
  girdlesSeen: boolean;
  armA: string;
  armB: string;
  legA: string;
  legB: string;
  headX: string;
  headY: string;
  nose: string | null;
  balls: { cx: string; cy: string; r: string }[];
}

export function shapesOf(f: Figure): Shapes {
  return {
    spine: `M${pt(f.pelvis)}Q${pt(f.back)} ${pt(f.neck)}L${pt(f.chin)}`,
    // shoulder and hip girdles: only seen from the front or with the chest turned to the viewer
    girdles: `M${pt(f.armA[0])}L${pt(f.armB[0])}M${pt(f.legA[0])}L${pt(f.legB[0])}`,
    girdlesSeen: pt(f.armA[0]) !== pt(f.armB[0]) || pt(f.legA[0]) !== pt(f.legB[0]),
    armA: pts(f.armA),
    armB: pts(f.armB),
    legA: pts(f.legA),
    legB: pts(f.legB),
    headX: n(f.head[0]),
    headY: n(f.head[1]),
    nose: f.nose ? pts(f.nose) : null,
    balls: f.props
      .filter((p): p is Extract<PropSpec, { kind: 'ball' }> => p.kind === 'ball')
      .map((b) => ({ cx: n(b.x), cy: n(b.y), r: n(b.r ?? 12) })),
  };
}

/** The long centre line of a mat seen from above (the spine of a figure lying on it, `LIE_TOP`). */
export const MAT_TOP_MID_Y = 59;

/** Static props (everything but balls, which may move and are drawn from `Shapes`). */
export function propsSvg(props: readonly PropSpec[]): string {
  const out: string[] = [];
  for (const p of props) {
    switch (p.kind) {
      case 'floor':
        out.push(`<path d="M4 ${FLOOR + 2}H96" stroke-width="1.5"/>`);
        break;
      case 'mat':
        if (p.top) {
          out.push(`<rect x="6" y="${MAT_TOP_MID_Y - 31}" width="88" height="62" rx="3" fill="${PROP_GREY}" fill-opacity=".18" stroke="none"/>`);
          break;
        }
        out.push(`<rect x="5" y="${FLOOR + 1}" width="90" height="3" rx="1.5" fill="${PROP_GREY}" fill-opacity=".5" stroke="none"/>`);
        break;
      case 'chair': {
        const { x, seat } = p;
        const bottom = FLOOR + 2;
        if (p.view === 'front') {
          // backrest behind the sitter, seat, two front legs
          out.push(
            `<path d="M${n(x - 10)} ${n(seat)}V${n(seat - 30)}H${n(x + 10)}V${n(seat)}M${n(x - 12)} ${n(seat)}H${n(x + 12)}M${n(x - 11)} ${n(seat)}V${bottom}M${n(x + 11)} ${n(seat)}V${bottom}" stroke-width="2"/>`,
          );
        } else {
          // seen from the side, the sitter faces right: backrest on the left
          out.push(
            `<path d="M${n(x - 11)} ${n(seat - 28)}L${n(x - 9)} ${n(seat)}H${n(x + 9)}M${n(x - 8)} ${n(seat)}V${bottom}M${n(x + 8)} ${n(seat)}V${bottom}" stroke-width="2"/>`,
          );
        }
        break;
      }
      case 'desk':
        out.push(
          `<path d="M${n(p.x0)} ${n(p.top)}H${n(p.x1)}M${n(p.x0 + 3)} ${n(p.top)}V${FLOOR + 2}M${n(p.x1 - 3)} ${n(p.top)}V${FLOOR + 2}" stroke-width="2"/>`,
          `<path d="M${n(p.x0)} ${n(p.top)}H${n(p.x1)}" stroke-width="4"/>`,
        );
        break;
      case 'ball':
        break;
    }
  }
  return out.join('');
}

export const FIGURE_ATTRS = `fill="none" stroke="currentColor" stroke-width="${STROKE}" stroke-linecap="round" stroke-linejoin="round"`;
export const PROP_ATTRS = `fill="none" stroke="${PROP_GREY}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"`;
