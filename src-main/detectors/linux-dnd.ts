// "Do not disturb" on Linux:
// - the notification server's `Inhibited` property (org.freedesktop.Notifications, spec 1.2+;
//   KDE Plasma sets it in its do-not-disturb mode), over the session D-Bus — the connection is
//   opened at the first check and kept;
// - on GNOME, its do-not-disturb switch, which is the setting org.gnome.desktop.notifications
//   show-banners = false. GNOME Shell has no D-Bus property for it, and the desktop portal's
//   Settings interface does not pass this schema on (xdg-desktop-portal-gnome exposes a fixed
//   list: interface, privacy, sound, a11y …), so it is read with `gsettings get`, bounded.
// Either one saying "quiet" is enough.
import { DbusClient } from './dbus';
import { say } from './words';
import type { Detector } from './runner';
import type { Run } from './spawn';

const NOTIFY = { destination: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', iface: 'org.freedesktop.Notifications' };

export class LinuxDnd {
  private client: Promise<DbusClient> | null = null;

  constructor(
    private readonly address: string | null,
    /** runs gsettings; null where GNOME's switch is not asked (not a GNOME session) */
    private readonly run: Run | null = null,
    private readonly timeoutMs = 1000,
  ) {}

  private bus(): Promise<DbusClient> {
    if (!this.address) return Promise.reject(new Error('no session D-Bus (DBUS_SESSION_BUS_ADDRESS is not set)'));
    if (!this.client) {
      const c = DbusClient.connect(this.address, this.timeoutMs);
      this.client = c;
      c.catch(() => {
        if (this.client === c) this.client = null;
      });
    }
    return this.client.then((c) => {
      if (c.isOpen) return c;
      this.client = null;
      return this.bus();
    });
  }

  /** The notification server's Inhibited property; null when the server does not have it. */
  async notificationsInhibited(): Promise<boolean | null> {
    let c: DbusClient;
    try {
      c = await this.bus();
    } catch {
      return null;
    }
    try {
      const v = await c.getProperty(NOTIFY.destination, NOTIFY.path, NOTIFY.iface, 'Inhibited', this.timeoutMs);
      return typeof v === 'boolean' ? v : null;
    } catch {
      return null;
    }
  }

  /** GNOME's banners switch; null when not asked or gsettings cannot answer. */
  async gnomeBannersOff(): Promise<boolean | null> {
    if (!this.run) return null;
    try {
      const out = (await this.run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], this.timeoutMs)).trim();
      return out === 'false' ? true : out === 'true' ? false : null;
    } catch {
      return null;
    }
  }

  async quiet(): Promise<boolean> {
    const [inhibited, bannersOff] = await Promise.all([this.notificationsInhibited(), this.gnomeBannersOff()]);
    return inhibited === true || bannersOff === true;
  }

  async sources(): Promise<string[]> {
    const [inhibited, bannersOff] = await Promise.all([this.notificationsInhibited(), this.gnomeBannersOff()]);
    const out: string[] = [];
    if (inhibited !== null) out.push(say('main.detector.dndInhibited', {}, 'the notification server’s Inhibited property'));
    if (bannersOff !== null) out.push(say('main.detector.dndGnome', {}, 'GNOME’s do-not-disturb switch (show-banners, gsettings)'));
    return out;
  }

  close(): void {
    const c = this.client;
    this.client = null;
    void c?.then((x) => x.close(), () => undefined);
  }
}

export function linuxDndDetector(address: string | null, gnomeRun: Run | null = null): Detector {
  const dnd = new LinuxDnd(address, gnomeRun);
  return {
    kind: 'doNotDisturb',
    detect: () => dnd.quiet(),
    async availability() {
      const sources = await dnd.sources();
      if (sources.length) return { available: true, detail: sources.join('; ') };
      return {
        available: false,
        detail: address
          ? say('main.detector.dndNone', {}, 'neither the notification server (no Inhibited property) nor the desktop (not GNOME) tells the do-not-disturb state here')
          : say('main.detector.dndNoBus', { variable: 'DBUS_SESSION_BUS_ADDRESS' }, 'no session D-Bus (DBUS_SESSION_BUS_ADDRESS is not set), and not a GNOME session'),
      };
    },
    dispose: () => dnd.close(),
  };
}
