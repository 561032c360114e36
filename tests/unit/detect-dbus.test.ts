// Do-not-disturb and the Linux lock state against a real D-Bus daemon with desktop services
// (written with the same library) whose state flips.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbusClient, openBusStream, sessionBusAddress } from '../../src-main/detectors/dbus';
import { LinuxDnd, linuxDndDetector } from '../../src-main/detectors/linux-dnd';
import { LockState, watchLinuxLock, type LockInput } from '../../src-main/session-lock';
import { boundedRunner } from '../../src-main/detectors/spawn';
import { FakeLogind, FakeNotifications, FakeScreenSaver, SESSION_PATH } from '../support/fake-desktop';
import { need, Procs, startBus, startGSettings, until, type Bus, type GSettings, type Started } from '../support/real-servers';

const HOLD = { call: true, presenting: true, doNotDisturb: true, apps: [] as string[] };

describe('D-Bus: a real session bus', { timeout: 60_000 }, () => {
  const procs = new Procs();
  let bus: Started<Bus>;
  let gsettings: Started<GSettings>;
  beforeAll(async () => {
    bus = await startBus(procs);
    gsettings = startGSettings(procs);
  }, 180_000);
  afterAll(() => procs.stopAll());

  it('do-not-disturb follows the notification server\'s Inhibited property', async (ctx) => {
    const { address } = need(bus, ctx);
    const detector = linuxDndDetector(address);
    expect(await detector.availability()).toMatchObject({ available: false });
    const server = await FakeNotifications.start(address);
    try {
      expect(await detector.detect(HOLD)).toBe(false);
      server.setInhibited(true);
      expect(await detector.detect(HOLD)).toBe(true);
      server.setInhibited(false);
      expect(await detector.detect(HOLD)).toBe(false);
      expect(await detector.availability()).toEqual({ available: true, detail: 'the notification server’s Inhibited property' });
    } finally {
      server.stop();
      detector.dispose?.();
    }
  });

  it('a notification server without the property (before spec 1.2) is not "quiet"', async (ctx) => {
    const { address } = need(bus, ctx);
    const server = await FakeNotifications.start(address, { inhibitedProperty: false });
    const dnd = new LinuxDnd(address);
    try {
      expect(await dnd.notificationsInhibited()).toBeNull();
      expect(await dnd.quiet()).toBe(false);
    } finally {
      dnd.close();
      server.stop();
    }
  });

  it("GNOME's do-not-disturb switch (show-banners = false), read with a real gsettings", async (ctx) => {
    const { address } = need(bus, ctx);
    const g = need(gsettings, ctx);
    const detector = linuxDndDetector(address, boundedRunner(g.env));
    try {
      expect(await detector.detect(HOLD)).toBe(false);
      g.set('org.gnome.desktop.notifications', 'show-banners', 'false');
      expect(await detector.detect(HOLD)).toBe(true);
      g.set('org.gnome.desktop.notifications', 'show-banners', 'true');
      expect(await detector.detect(HOLD)).toBe(false);
      expect((await detector.availability()).detail).toBe('GNOME’s do-not-disturb switch (show-banners, gsettings)');
      // not a GNOME session: gsettings is not asked, and nothing answers
      expect(await linuxDndDetector(address, null).availability()).toMatchObject({ available: false });
    } finally {
      detector.dispose?.();
    }
  });

  it('without a session bus address the detector says so', async () => {
    expect(await linuxDndDetector(null).availability()).toEqual({ available: false, detail: expect.stringMatching(/no session D-Bus/) });
    expect(await linuxDndDetector(null).detect(HOLD)).toBe(false);
    expect(sessionBusAddress({})).toBeNull();
    expect(sessionBusAddress({ XDG_RUNTIME_DIR: '/run/user/1000' })).toBe('unix:path=/run/user/1000/bus');
  });

  it('lock: logind LockedHint changes become lock/unlock inputs', async (ctx) => {
    const { address } = need(bus, ctx);
    const logind = await FakeLogind.start(address);
    const inputs: LockInput[] = [];
    const watch = watchLinuxLock({ env: { XDG_SESSION_ID: '2' }, systemBus: address, sessionBus: null, onInput: (i) => inputs.push(i) });
    try {
      expect(await watch.ready).toEqual([`logind LockedHint (${SESSION_PATH})`]);
      expect(inputs).toEqual([]);
      logind.setLocked(true);
      expect(await until(() => inputs.length === 1)).toBe(true);
      logind.setLocked(false);
      expect(await until(() => inputs.length === 2)).toBe(true);
      expect(inputs).toEqual([{ type: 'lock' }, { type: 'unlock' }]);
    } finally {
      watch.dispose();
      logind.stop();
    }
  });

  it('lock: without XDG_SESSION_ID the "auto" session is resolved to its real path, where the signals come', async (ctx) => {
    const { address } = need(bus, ctx);
    const logind = await FakeLogind.start(address);
    const inputs: LockInput[] = [];
    const watch = watchLinuxLock({ env: {}, systemBus: address, sessionBus: null, onInput: (i) => inputs.push(i) });
    try {
      expect(await watch.ready).toEqual([`logind LockedHint (${SESSION_PATH})`]);
      logind.setLocked(true);
      expect(await until(() => inputs.length === 1)).toBe(true);
    } finally {
      watch.dispose();
      logind.stop();
    }
  });

  it('lock: a session already locked when Limber starts is reported at once', async (ctx) => {
    const { address } = need(bus, ctx);
    const logind = await FakeLogind.start(address);
    logind.setLocked(true);
    const inputs: LockInput[] = [];
    const watch = watchLinuxLock({ env: { XDG_SESSION_ID: '2' }, systemBus: address, sessionBus: null, onInput: (i) => inputs.push(i) });
    try {
      await watch.ready;
      expect(inputs).toEqual([{ type: 'lock' }]);
    } finally {
      watch.dispose();
      logind.stop();
    }
  });

  it('lock: GNOME and KDE screensaver ActiveChanged signals, combined with logind into one lock', async (ctx) => {
    const { address } = need(bus, ctx);
    const gnome = await FakeScreenSaver.start(address, 'org.gnome.ScreenSaver', '/org/gnome/ScreenSaver');
    const kde = await FakeScreenSaver.start(address, 'org.freedesktop.ScreenSaver', '/ScreenSaver');
    const logind = await FakeLogind.start(address);
    const inputs: LockInput[] = [];
    const watch = watchLinuxLock({ env: { XDG_SESSION_ID: '2' }, systemBus: address, sessionBus: address, onInput: (i) => inputs.push(i) });
    try {
      const used = await watch.ready;
      expect(used).toHaveLength(2);
      expect(used[1]).toMatch(/org.gnome.ScreenSaver/);
      gnome.setActive(true);
      logind.setLocked(true); // the same lock seen twice: still one input
      expect(await until(() => watch.state.isLocked)).toBe(true);
      expect(await until(() => watch.state.vote('logind') === true)).toBe(true);
      gnome.setActive(false);
      expect(await until(() => watch.state.vote('org.gnome.ScreenSaver') === false)).toBe(true);
      expect(inputs).toEqual([{ type: 'lock' }]); // logind still says locked
      logind.setLocked(false);
      expect(await until(() => inputs.length === 2)).toBe(true);
      kde.setActive(true);
      expect(await until(() => inputs.length === 3)).toBe(true);
      kde.setActive(false);
      expect(await until(() => inputs.length === 4)).toBe(true);
      expect(inputs).toEqual([{ type: 'lock' }, { type: 'unlock' }, { type: 'lock' }, { type: 'unlock' }]);
    } finally {
      watch.dispose();
      gnome.stop();
      kde.stop();
      logind.stop();
    }
  });

  it('lock: with no lock service at all, nothing is reported and nothing throws', async (ctx) => {
    const { address } = need(bus, ctx);
    const logs: string[] = [];
    const watch = watchLinuxLock({ env: {}, systemBus: address, sessionBus: address, onInput: () => expect.unreachable(), log: (m) => logs.push(m) });
    // logind is absent: its LockedHint read fails and is logged; the screensaver part listens on
    expect(await watch.ready).toEqual([]);
    expect(logs.join('\n')).toMatch(/logind not available/);
    expect(logs.join('\n')).toMatch(/screensaver not available \(no screensaver service answers/);
    watch.dispose();
  });

  it('lock: a screensaver service that starts after Limber is still heard', async (ctx) => {
    const { address } = need(bus, ctx);
    const inputs: LockInput[] = [];
    const watch = watchLinuxLock({ env: {}, systemBus: 'unix:path=/nonexistent/system', sessionBus: address, onInput: (i) => inputs.push(i) });
    expect(await watch.ready).toEqual([]);
    const gnome = await FakeScreenSaver.start(address, 'org.gnome.ScreenSaver', '/org/gnome/ScreenSaver');
    try {
      gnome.setActive(true);
      expect(await until(() => inputs.length === 1)).toBe(true);
      expect(inputs).toEqual([{ type: 'lock' }]);
    } finally {
      watch.dispose();
      gnome.stop();
    }
  });

  it('the client connects through the bus address forms it meets', async (ctx) => {
    const { address } = need(bus, ctx);
    const c = await DbusClient.connect(address);
    expect(await c.hasOwner('org.freedesktop.DBus')).toBe(true);
    c.close();
    expect(() => openBusStream('nonsense')).toThrow(/no usable D-Bus address/);
  });
});

describe('lock: the idle-state poll and the vote', () => {
  it('powerMonitor saying "locked" at a wake is a lock; "active" later is the unlock', () => {
    let answer: 'active' | 'idle' | 'locked' | 'unknown' = 'active';
    const inputs: LockInput[] = [];
    const watch = watchLinuxLock({
      env: {},
      systemBus: 'unix:path=/nonexistent/bus',
      sessionBus: null,
      onInput: (i) => inputs.push(i),
      power: { getSystemIdleState: () => answer },
    });
    watch.poll();
    answer = 'locked';
    watch.poll();
    answer = 'unknown'; // no vote: still locked
    watch.poll();
    answer = 'idle';
    watch.poll();
    expect(inputs).toEqual([{ type: 'lock' }, { type: 'unlock' }]);
    watch.dispose();
  });

  it('the session is locked while any source says so', () => {
    const inputs: LockInput[] = [];
    const s = new LockState((i) => inputs.push(i));
    s.report('a', true);
    s.report('b', true);
    s.report('a', false);
    expect(inputs).toEqual([{ type: 'lock' }]);
    s.report('b', false);
    expect(inputs).toEqual([{ type: 'lock' }, { type: 'unlock' }]);
  });
});
