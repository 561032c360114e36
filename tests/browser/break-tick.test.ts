// The player's once-a-second update touches only what changes (issue 13 point 11: a running
// routine should cost about what a page that counts down once a second costs): no animation
// frame or extra timer per tick, the figure moved without flushing style, a ticking number laid
// out inside its own fixed-size box, and the decorative drawing left out of the mouse's hit test
// (Chromium re-tests the element under a resting pointer after every layout); a tick that does
// not change the segment re-renders only the components whose shape changed (tick.ts), not the
// player's whole tree, and the values that are only a text or a number (the time left, the count,
// the current bar) are written into their nodes without any render; each ticking text is laid
// out on its own (a box Chromium can lay out alone: not a flex or grid item, with size and
// layout containment); and the current bar moves with no style, layout or geometry change at all
// (only its gradient's stops), yet shows its value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentBarFill } from './bar-fill';
import { host, settle, startAtExercise, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const CONFIG = { seed: 7, settings: { positions: ['seated' as const], flexMinutes: 0 } };

describe('the once-a-second update', () => {
  it('asks for one timeout a tick and no animation frame, never flushes style for the figure, and lays a ticking number out in its own box', async () => {
    // real time (no fake clock): count what the page asks for
    const page = await h.open('break', {
      config: CONFIG,
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const w = window as unknown as { __n: { timers: number; frames: number; getAnimations: number } };
          w.__n = { timers: 0, frames: 0, getAnimations: 0 };
          const st = window.setTimeout.bind(window);
          const raf = window.requestAnimationFrame.bind(window);
          const ga = Element.prototype.getAnimations;
          window.setTimeout = ((fn: TimerHandler, ms?: number, ...a: unknown[]) => (w.__n.timers++, st(fn, ms, ...a))) as typeof setTimeout;
          window.requestAnimationFrame = (cb: FrameRequestCallback) => (w.__n.frames++, raf(cb));
          Element.prototype.getAnimations = function (this: Element, o?: GetAnimationsOptions) {
            w.__n.getAnimations++;
            return ga.call(this, o);
          };
        }),
    });
    const counts = () => page.evaluate(() => ({ ...(window as unknown as { __n: { timers: number; frames: number; getAnimations: number } }).__n }));
    await host(page).advanceMinutes(46);
    await page.locator('main.pre').waitFor();
    await page.getByRole('button', { name: /^Start/ }).click();
    await page.locator('.player').waitFor();
    await page.waitForTimeout(500); // the first draw's effects (focus, announcements) settle
    const a = await counts();
    const before = await page.locator('.time-left').textContent();
    await page.waitForTimeout(4000);
    const b = await counts();
    expect(await page.locator('.time-left').textContent()).not.toBe(before); // it did tick
    // one timeout per display change (about one a second), no after-paint frame and timeout
    // for each (a draw with a pending useEffect schedules both in Preact)
    expect(b.timers - a.timers).toBeGreaterThanOrEqual(3);
    expect(b.timers - a.timers).toBeLessThanOrEqual(6);
    expect(b.frames - a.frames).toBe(0);
    // the figure's pose is written without getAnimations() (which flushes style) when nothing animates
    expect(b.getAnimations - a.getAnimations).toBe(0);

    // what a tick writes to the page: only what changed — no text node rewritten with the text it
    // had, no progress bar but the current one touched
    const writes = await page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const out: string[] = [];
          const mo = new MutationObserver((ms) => {
            for (const m of ms) {
              const el = m.target instanceof Element ? m.target : m.target.parentElement;
              const where = `${el?.tagName.toLowerCase()}.${el?.classList[0] ?? ''}${el?.classList.contains('is-current') ? '.is-current' : ''}`;
              if (m.type === 'characterData') out.push(m.oldValue === m.target.nodeValue ? `unchanged text in ${where}` : `text in ${where}`);
              else out.push(`${m.type} ${m.attributeName ?? ''} of ${where}`);
            }
          });
          mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true, characterDataOldValue: true });
          setTimeout(() => {
            mo.disconnect();
            done(out);
          }, 2500);
        }),
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter((w) => w.startsWith('unchanged'))).toEqual([]);
    expect(writes.filter((w) => w.includes('progress') && !w.includes('is-current'))).toEqual([]);

    // a tick in which what the player itself shows stays the same (data-view: exercise,
    // get-ready, set — written only when the player redraws; a new rep, the next step or the
    // other side is a tick) re-renders only the small components that show a ticking value (the
    // step card, the counter, the figure): every other element keeps the Preact vnode it had (a
    // redraw of the player creates new vnodes for its whole tree, even where the DOM is left as it
    // was). The time left is not even re-rendered: its text is written into its node. Outside
    // those parts, a tick writes nothing.
    const ticks = await page.evaluate(
      () =>
        new Promise<{ quiet: number; redrawn: string[]; writes: string[]; timeLeftRendered: number; timeLeftChanged: number; stepShown: number; stepTextWrites: number }>((done) => {
          type VNode = { type: unknown; __e?: Node | null; __k?: (VNode | null)[] | null };
          const LEAVES = '.time-left, .cue, .is-current, .player-figure, .step, [aria-live]';
          const snapshot = (): Map<Element, VNode> => {
            const m = new Map<Element, VNode>();
            const walk = (v: VNode | null | undefined): void => {
              if (!v) return;
              if (typeof v.type === 'string' && v.__e instanceof Element) m.set(v.__e, v);
              for (const c of v.__k ?? []) walk(c);
            };
            walk((document.getElementById('app') as unknown as { __k: VNode }).__k);
            return m;
          };
          const describe = (el: Element): string => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
          const player = document.querySelector('.player')!;
          let prev = { seg: player.getAttribute('data-view'), vnodes: snapshot() };
          let pending: MutationRecord[] = [];
          const out = { quiet: 0, redrawn: [] as string[], writes: [] as string[], timeLeftRendered: 0, timeLeftChanged: 0, stepShown: 0, stepTextWrites: 0 };
          let timeLeft = document.querySelector('.time-left')!.textContent;
          const mo = new MutationObserver((ms) => pending.push(...ms));
          mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          // after each tick has rendered (Preact renders in a microtask after the timer)
          const tl = new MutationObserver(() =>
            queueMicrotask(() => {
              const now = { seg: player.getAttribute('data-view'), vnodes: snapshot() };
              const muts = pending.concat(mo.takeRecords());
              pending = [];
              if (now.seg === prev.seg) {
                out.quiet++;
                for (const [el, v] of now.vnodes) {
                  if (prev.vnodes.get(el) === v) continue;
                  if (el.closest(LEAVES)) {
                    if (el.closest('.time-left')) out.timeLeftRendered++;
                  } else out.redrawn.push(describe(el));
                }
                const text = document.querySelector('.time-left')!.textContent;
                if (text !== timeLeft) out.timeLeftChanged++;
                timeLeft = text;
                for (const m of muts) {
                  const el = m.target instanceof Element ? m.target : m.target.parentElement!;
                  // the next step or the other side: only which text is shown changes, no text is written
                  if (el.closest('.step-stack')) {
                    if (m.type === 'attributes' && m.attributeName === 'class') out.stepShown++;
                    else if (m.type !== 'attributes') out.stepTextWrites++;
                  }
                  // (and the live region: a new step or side is announced)
                  if (!el.closest('.time-left, .cue, .is-current, .step, .player-figure, [aria-live]')) out.writes.push(`${m.type} ${m.attributeName ?? ''} of ${describe(el)}`);
                }
              }
              prev = now;
            }),
          );
          tl.observe(document.querySelector('.time-left')!, { subtree: true, characterData: true, childList: true });
          setTimeout(() => {
            mo.disconnect();
            tl.disconnect();
            done(out);
          }, 4500);
        }),
    );
    expect(ticks.quiet).toBeGreaterThanOrEqual(2);
    expect(ticks.timeLeftChanged).toBeGreaterThanOrEqual(2);
    expect(ticks.timeLeftRendered).toBe(0);
    expect(ticks.stepShown).toBeGreaterThan(0);
    expect(ticks.stepTextWrites).toBe(0);
    expect(ticks.redrawn).toEqual([]);
    expect(ticks.writes).toEqual([]);

    // the counting number: a box of its digits' width, with size and layout containment
    const big = page.locator('.cue-big');
    expect(await big.getAttribute('class')).toMatch(/\bis-number\b/);
    const box = await big.evaluate((el) => ({
      contain: getComputedStyle(el).contain,
      width: (el as HTMLElement).style.width,
      digits: el.textContent!.length,
    }));
    expect(box.contain).toMatch(/size/);
    expect(box.contain).toMatch(/layout/);
    expect(box.width).toBe(`${Math.max(1.2, box.digits)}ch`);

    // each ticking text or bar is a box Chromium lays out on its own (a relayout boundary): out
    // of the flex or grid flow it sits in (absolutely placed over a slot of its size), with size
    // and layout containment — a flex or grid item is never laid out alone, whatever its
    // containment. And the box is as big as what it shows: nothing sticks out of it.
    const boundaries = await page.evaluate(() =>
      ['.time-left > .ticker-text', '.cue-big.is-number > .ticker-text'].map((sel) => {
        const el = document.querySelector(sel) as HTMLElement;
        const cs = getComputedStyle(el);
        return { sel, position: cs.position, contain: cs.contain, fits: el.scrollWidth <= Math.ceil(el.getBoundingClientRect().width) + 1 };
      }),
    );
    for (const b of boundaries) {
      expect(b, b.sel).toMatchObject({ position: 'absolute', fits: true });
      expect(b.contain, b.sel).toMatch(/size|strict/);
      expect(b.contain, b.sel).toMatch(/layout|strict/);
    }
    // every bar has a value (the later exercises' at 0): a bar without one is indeterminate, which
    // says "busy" to assistive tech instead of "not started"
    expect(await page.evaluate(() => [...document.querySelectorAll('progress')].filter((p) => p.position < 0).length)).toBe(0);
    // the time left's box takes its width from the text's shape (digits as zeros), so it fits
    // any time with as many digits, and changes only when the number of digits does
    const shape = await page.locator('.time-left').evaluate((el) => ({ shape: (el as HTMLElement).dataset.shape, text: el.textContent }));
    expect(shape.shape).toBe(shape.text!.replace(/\d/g, '0'));

    // the drawing takes no input: the hit test stops at its frame
    const hit = await page.evaluate(() => {
      const fig = document.querySelector('.player-figure')!;
      const r = fig.querySelector('svg')!.getBoundingClientRect();
      const el = document.elementFromPoint(r.x + r.width / 2, r.y + r.height * 0.4);
      return el === fig ? 'figure' : (el?.tagName ?? 'none');
    });
    expect(hit).toBe('figure');
    expect(h.diagnostics(page).errors).toEqual([]);
    await page.context().close();
  });
  it('moves the current bar by its gradient’s stops alone (no style, layout or shape change), in 5 % steps, and the bar shows its value', async () => {
    const page = await h.open('break', { config: CONFIG, clock: true });
    await host(page).advanceMinutes(46);
    await page.locator('main.pre').waitFor();
    await startAtExercise(page, 0);
    const bar = page.locator('.routine-progress .is-current');
    expect(await bar.evaluate((el) => ({ role: el.getAttribute('role'), min: el.getAttribute('aria-valuemin'), max: el.getAttribute('aria-valuemax'), label: el.getAttribute('aria-label') }))).toMatchObject({
      role: 'progressbar',
      min: '0',
      max: '100',
      label: expect.stringMatching(/\S/),
    });
    // every write to the bar over 20 ticks: a style, a size, a class or a shape would show here
    await page.evaluate(() => {
      const w = window as unknown as { __barWrites: string[] };
      w.__barWrites = [];
      new MutationObserver((ms) => {
        for (const m of ms) w.__barWrites.push(`${m.type} ${m.attributeName ?? ''} of ${(m.target as Element).tagName?.toLowerCase() ?? '#text'}`);
      }).observe(document.querySelector('.routine-progress .is-current')!, { subtree: true, attributes: true, childList: true, characterData: true });
    });
    const box0 = await bar.boundingBox();
    const v0 = Number(await bar.getAttribute('aria-valuenow'));
    for (let k = 0; k < 20; k++) await page.clock.runFor(1000);
    await settle(page);
    const all = await page.evaluate(() => (window as unknown as { __barWrites: string[] }).__barWrites);
    expect([...new Set(all)].sort()).toEqual(['attributes aria-valuenow of span', 'attributes offset of stop']);
    // in steps of 5 %: one write of each stop per step, not one a second
    const v1 = Number(await bar.getAttribute('aria-valuenow'));
    expect(v1).toBeGreaterThan(v0);
    expect(v1 % 5).toBe(0);
    expect(all.filter((w) => w.includes('offset')).length).toBe(2 * ((v1 - v0) / 5));
    expect(await bar.boundingBox()).toEqual(box0);
    // on screen: filled from the bar's start to its value
    const fill = await currentBarFill(page);
    expect(fill).not.toBeNull();
    expect(fill!.value).toBeGreaterThan(0.1);
    expect(fill!.from).toBeLessThan(0.05);
    expect(Math.abs(fill!.to - fill!.value)).toBeLessThan(0.06);
    await h.closePage(page);
  });
});
