// "Presenting" on X11 against a real X server (Xvfb) managed by a real window manager from
// Debian (openbox), with a real client window made full-screen the way a user's F11 does it
// (the EWMH _NET_WM_STATE client message, sent by wmctrl).
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X11Fullscreen, x11PresentingDetector } from '../../src-main/detectors/linux-presenting';
import { need, Procs, startX, until, type Started, type XServer } from '../support/real-servers';

const HOLD = { call: true, presenting: true, doNotDisturb: true, apps: [] as string[] };

describe('presenting: the active window is full-screen (Xvfb + openbox)', { timeout: 120_000 }, () => {
  const procs = new Procs();
  let x: Started<XServer>;
  beforeAll(async () => {
    x = await startX(procs);
  }, 180_000);
  afterAll(() => procs.stopAll());

  const wmctrl = (env: NodeJS.ProcessEnv, ...args: string[]) => spawnSync('wmctrl', args, { env, encoding: 'utf8' });
  /** What the window manager and the windows say, for a failure message. */
  const state = (env: NodeJS.ProcessEnv) =>
    [wmctrl(env, '-l').stdout, spawnSync('xprop', ['-root', '_NET_ACTIVE_WINDOW'], { env, encoding: 'utf8' }).stdout, spawnSync('xprop', ['-name', 'limber-slides', '_NET_WM_STATE'], { env, encoding: 'utf8' }).stdout]
      .join('')
      .trim();
  const step = async (env: NodeJS.ProcessEnv, what: string, probe: () => boolean | Promise<boolean>) => {
    if (!(await until(probe))) throw new Error(`${what} did not happen; X says:\n${state(env)}\nprocesses: ${procs.list.map((p) => procs.describe(p)).join(' | ')}`);
  };

  it('is presenting while the active window is full-screen, not otherwise', async (ctx) => {
    const { display, env } = need(x, ctx);
    const probe = new X11Fullscreen(display);
    const detector = x11PresentingDetector(display);
    try {
      procs.start('xmessage', ['-name', 'limber-slides', '-title', 'limber-slides', 'Slide 1'], env);
      // wait until openbox manages it and names it the active window
      await step(env, 'openbox managing the window', () => wmctrl(env, '-l').stdout.includes('limber-slides'));
      wmctrl(env, '-a', 'limber-slides');
      await step(env, 'an active window', async () => (await probe.activeWindow()) !== null);
      expect(await detector.detect(HOLD)).toBe(false);

      wmctrl(env, '-r', 'limber-slides', '-b', 'add,fullscreen');
      await step(env, 'full screen', () => probe.isFullscreen());
      expect(await detector.detect(HOLD)).toBe(true);

      wmctrl(env, '-r', 'limber-slides', '-b', 'remove,fullscreen');
      await step(env, 'back from full screen', async () => !(await probe.isFullscreen()));
      expect(await detector.detect(HOLD)).toBe(false);

      // another, normal window in front of a full-screen one: not presenting
      wmctrl(env, '-r', 'limber-slides', '-b', 'add,fullscreen');
      await step(env, 'full screen again', () => probe.isFullscreen());
      procs.start('xmessage', ['-name', 'limber-notes', '-title', 'limber-notes', 'Notes'], env);
      await step(env, 'openbox managing the second window', () => wmctrl(env, '-l').stdout.includes('limber-notes'));
      wmctrl(env, '-a', 'limber-notes');
      await step(env, 'the normal window in front', async () => !(await probe.isFullscreen()));
      expect(await detector.detect(HOLD)).toBe(false);

      expect(await detector.availability()).toMatchObject({ available: true });
    } finally {
      probe.close();
      detector.dispose?.();
    }
  });

  it('says it is not available when the display cannot be reached, and a check then fails (= not busy)', async () => {
    const detector = x11PresentingDetector(':4711');
    const a = await detector.availability();
    expect(a.available).toBe(false);
    expect(a.detail).toMatch(/cannot reach the X display :4711/);
    await expect(detector.detect(HOLD)).rejects.toThrow();
    detector.dispose?.();
  });
});
