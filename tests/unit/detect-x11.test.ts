// "Presenting" on X11 against a real X server (Xvfb) managed by a real window manager from
// Debian (openbox), with a real client window made full-screen the way a user's F11 does it
// (the EWMH _NET_WM_STATE client message, sent by wmctrl).
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X11Fullscreen, x11PresentingDetector } from '../../src-main/detectors/linux-presenting';
import { need, Procs, startX, until, type Started, type XServer } from '../support/real-servers';

const HOLD = { call: true, presenting: true, doNotDisturb: true, apps: [] as string[] };

describe('presenting: the active window is full-screen (Xvfb + openbox)', () => {
  const procs = new Procs();
  let x: Started<XServer>;
  beforeAll(async () => {
    x = await startX(procs);
  }, 180_000);
  afterAll(() => procs.stopAll());

  const wmctrl = (env: NodeJS.ProcessEnv, ...args: string[]) => spawnSync('wmctrl', args, { env, encoding: 'utf8' });

  it('is presenting while the active window is full-screen, not otherwise', async (ctx) => {
    const { display, env } = need(x, ctx);
    const probe = new X11Fullscreen(display);
    const detector = x11PresentingDetector(display);
    try {
      procs.start('xmessage', ['-name', 'limber-slides', '-title', 'limber-slides', 'Slide 1'], env);
      // wait until openbox manages it and names it the active window
      expect(await until(() => wmctrl(env, '-l').stdout.includes('limber-slides'))).toBe(true);
      wmctrl(env, '-a', 'limber-slides');
      expect(await until(async () => (await probe.activeWindow()) !== null)).toBe(true);
      expect(await detector.detect(HOLD)).toBe(false);

      wmctrl(env, '-r', 'limber-slides', '-b', 'add,fullscreen');
      expect(await until(() => probe.isFullscreen())).toBe(true);
      expect(await detector.detect(HOLD)).toBe(true);

      wmctrl(env, '-r', 'limber-slides', '-b', 'remove,fullscreen');
      expect(await until(async () => !(await probe.isFullscreen()))).toBe(true);
      expect(await detector.detect(HOLD)).toBe(false);

      // another, normal window in front of a full-screen one: not presenting
      wmctrl(env, '-r', 'limber-slides', '-b', 'add,fullscreen');
      expect(await until(() => probe.isFullscreen())).toBe(true);
      procs.start('xmessage', ['-name', 'limber-notes', '-title', 'limber-notes', 'Notes'], env);
      expect(await until(() => wmctrl(env, '-l').stdout.includes('limber-notes'))).toBe(true);
      wmctrl(env, '-a', 'limber-notes');
      expect(await until(async () => !(await probe.isFullscreen()))).toBe(true);
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
