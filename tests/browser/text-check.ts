// Checks of a rendered page's text for the language tests (issue 15), run on the page itself:
//
// - `untranslated(page)`: every visible text and every aria-label / title / placeholder / alt that
//   reads as plain English. Run in the pseudo-locale en-XA, where every letter of a translated
//   text is accented (scripts/i18n/messages.mjs), so two plain ASCII letters in a row are a string
//   that never went through the messages.
// - `cutOff(page)`: every text whose last character is not on screen — outside the window or
//   outside an ancestor that clips (overflow hidden/clip, text-overflow) — and every pair of texts
//   that overlap. A text in a list that scrolls vertically counts as on screen when it can be
//   scrolled to and the list itself is on screen; while a modal dialog is open, only its texts
//   count (the page behind it is inert and covered). The pseudo-locale's texts are 40 % longer and end in "]", so a label that does not
//   fit at the window's minimum size shows here, not only on a screenshot.
import type { Page } from 'playwright-core';

export interface TextProblem {
  /** a CSS-ish path to the element, for the failure message */
  where: string;
  text: string;
}

/** Words that are the same in the pseudo-locale on purpose: brand, units, key names, data. */
export const PSEUDO_ALLOWED = ['Limber', 'CSV', 'JSON', 'Esc', 'Enter', 'Tab', 'Ctrl', 'Shift', 'Alt', 'Space', 'Cmd'];

export async function untranslated(page: Page, allowed: readonly string[] = PSEUDO_ALLOWED): Promise<TextProblem[]> {
  return page.evaluate((allowedWords) => {
    const problems: { where: string; text: string }[] = [];
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.classList.length ? `.${[...e.classList].join('.')}` : ''));
      }
      return parts.join(' > ');
    };
    // plain English: two or more unaccented ASCII letters, outside allowed words and the user's data
    const english = (text: string): string | null => {
      let rest = text;
      for (const w of allowedWords) rest = rest.split(w).join(' ');
      const m = /[A-Za-z]{2,}/.exec(rest);
      return m ? m[0] : null;
    };
    const hidden = (el: Element): boolean => {
      if (el.closest('[aria-hidden="true"], [hidden], [data-i18n-skip], svg, script, style, template')) return true;
      const s = getComputedStyle(el);
      return s.display === 'none' || s.visibility === 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || hidden(el)) continue;
      const word = english(text);
      if (word) problems.push({ where: path(el), text: `${text} (“${word}”)` });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
      if (el.closest('[data-i18n-skip], svg')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const v = el.getAttribute(attr);
        const word = v ? english(v) : null;
        if (word) problems.push({ where: `${path(el)} @${attr}`, text: `${v} (“${word}”)` });
      }
    }
    if (document.title && english(document.title)) problems.push({ where: 'document.title', text: document.title });
    return problems;
  }, [...allowed]);
}

export async function cutOff(page: Page): Promise<TextProblem[]> {
  return page.evaluate(() => {
    const problems: { where: string; text: string }[] = [];
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.classList.length ? `.${[...e.classList].join('.')}` : ''));
      }
      return parts.join(' > ');
    };
    const visuallyHidden = (el: Element): boolean => {
      // the content of a closed <details> is not rendered (its box is gone, but not its style)
      if (el.closest('details:not([open]) > :not(summary)')) return true;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return true;
        const r = e.getBoundingClientRect();
        // the screen-reader-only pattern: a 1 px box that clips
        if (r.width <= 1 && r.height <= 1 && (s.overflow === 'hidden' || s.clip !== 'auto' || s.clipPath !== 'none')) return true;
      }
      return false;
    };
    // (an element with display: contents has no box of its own, so it clips nothing whatever its overflow)
    const clips = (s: CSSStyleDeclaration): boolean =>
      s.display !== 'contents' && (['hidden', 'clip', 'scroll', 'auto'].includes(s.overflowX) || ['hidden', 'clip', 'scroll', 'auto'].includes(s.overflowY));
    const W = document.documentElement.clientWidth;
    const H = Math.max(document.documentElement.clientHeight, document.documentElement.scrollHeight);
    const boxes: { el: Element; rect: DOMRect; text: string }[] = [];
    const modal = document.querySelector('dialog:modal');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const raw = n.textContent ?? '';
      const text = raw.trim();
      if (!el || !text || el.closest('svg, [aria-hidden="true"] svg, script, style, template, [data-i18n-skip]') || visuallyHidden(el)) continue;
      // an open modal dialog covers the page (inert, behind its backdrop): only the dialog is read
      if (modal && !modal.contains(el)) continue;
      // the last visible character of the text
      const end = raw.trimEnd().length;
      const range = document.createRange();
      range.setStart(n, end - 1);
      range.setEnd(n, end);
      const last = range.getBoundingClientRect();
      if (last.width === 0 && last.height === 0) continue;
      const whole = document.createRange();
      whole.selectNodeContents(n);
      // for the overlap check, only the part of each line a person can see: clipped to every
      // ancestor that clips or scrolls (text scrolled out of a list does not overlap the buttons below it)
      const clipOf = (): { left: number; top: number; right: number; bottom: number } => {
        const c = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };
        for (let a: Element | null = el; a; a = a.parentElement) {
          if (!clips(getComputedStyle(a))) continue;
          const b = a.getBoundingClientRect();
          c.left = Math.max(c.left, b.left);
          c.top = Math.max(c.top, b.top);
          c.right = Math.min(c.right, b.right);
          c.bottom = Math.min(c.bottom, b.bottom);
        }
        return c;
      };
      const clip = clipOf();
      for (const r of whole.getClientRects()) {
        const v = new DOMRect(Math.max(r.left, clip.left), Math.max(r.top, clip.top), 0, 0);
        v.width = Math.min(r.right, clip.right) - v.x;
        v.height = Math.min(r.bottom, clip.bottom) - v.y;
        if (v.width > 0 && v.height > 0) boxes.push({ el, rect: v, text });
      }
      // a scrolling list is fine vertically: a text in it can be scrolled to, unless it is above
      // where the list starts (the top of a centred column that overflows); from there on the
      // list's box stands for the text — the list itself must be on screen, not clipped by what
      // is around it (a list that runs out of the window hides the end of its text)
      let top = last.top;
      let bottom = last.bottom;
      let cut = last.right > W + 1 || last.left < -1;
      // an ancestor that clips or scrolls sideways
      for (let a: Element | null = el; a && !cut; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.display === 'contents' || (!clips(s) && s.textOverflow !== 'ellipsis')) continue;
        const box = a.getBoundingClientRect();
        const scrollsY = ['auto', 'scroll'].includes(s.overflowY);
        if (last.right > box.right + 1 || last.left < box.left - 1) cut = true;
        if (s.textOverflow === 'ellipsis' && a.scrollWidth > a.clientWidth + 1) cut = true;
        if (!scrollsY) {
          if (bottom > box.bottom + 1 || top < box.top - 1) cut = true;
        } else {
          // a text above where the list starts cannot be scrolled to
          if (top < box.top - a.scrollTop - 1) cut = true;
          top = box.top;
          bottom = box.bottom;
        }
      }
      if (bottom > H + 1) cut = true;
      if (cut) problems.push({ where: path(el), text });
    }
    // two texts of different elements drawn over each other
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 2 && h > 2) problems.push({ where: `${path(a.el)} ✕ ${path(b.el)}`, text: `${a.text} ✕ ${b.text}` });
      }
    }
    return problems;
  });
}
