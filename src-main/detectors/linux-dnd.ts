// "Do not disturb" on Linux, over the session D-Bus:
// - the notification server's `Inhibited` property (org.freedesktop.Notifications, spec 1.2+;
//   KDE Plasma sets it in its do-not-disturb mode);
// - GNOME's do-not-disturb switch, which is the setting org.gnome.desktop.notifications
//   show-banners = false, read through the desktop portal's Settings interface (ReadOne, or
//   Read on older portals) so no gsettings process is spawned.
// Either one saying "quiet" is enough. The connection is opened at the first check and kept.
import { DbusClient, variantValue } from './dbus';
import type { Detector } from './runner';

const NOTIFY = { destination: 'org.freedesktop.Notifications', path: '/org/freedesktop/Notifications', iface: 'org.freedesktop.Notifications' };
const PORTAL = { destination: 'org.freedesktop.portal.Desktop', path: '/org/freedesktop/portal/desktop', iface: 'org.freedesktop.portal.Settings' };

export class LinuxDnd {
  private client: Promise<DbusClient> | null = null;

  constructor(
    private readonly address: string,
    private readonly timeoutMs = 1000,
  ) {}

  private bus(): Promise<DbusClient> {
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
    const c = await this.bus();
    try {
      const v = await c.getProperty(NOTIFY.destination, NOTIFY.path, NOTIFY.iface, 'Inhibited', this.timeoutMs);
      return typeof v === 'boolean' ? v : null;
    } catch {
      return null;
    }
  }

  /** GNOME's banners switch through the portal; null when no portal or no such setting. */
  async gnomeBannersOff(): Promise<boolean | null> {
    const c = await this.bus();
    const body = ['org.gnome.desktop.notifications', 'show-banners'];
    for (const member of ['ReadOne', 'Read']) {
      try {
        const [v] = await c.call({ destination: PORTAL.destination, path: PORTAL.path, interface: PORTAL.iface, member, signature: 'ss', body }, this.timeoutMs);
        // Read wraps the value in a second variant
        let value = variantValue(v);
        if (Array.isArray(value)) value = variantValue(value);
        return typeof value === 'boolean' ? !value : null;
      } catch {
        /* try the older method, then give up */
      }
    }
    return null;
  }

  async quiet(): Promise<boolean> {
    const [inhibited, bannersOff] = await Promise.all([this.notificationsInhibited(), this.gnomeBannersOff()]);
    return inhibited === true || bannersOff === true;
  }

  async sources(): Promise<string[]> {
    const [inhibited, bannersOff] = await Promise.all([this.notificationsInhibited(), this.gnomeBannersOff()]);
    const out: string[] = [];
    if (inhibited !== null) out.push("the notification server's Inhibited property");
    if (bannersOff !== null) out.push("GNOME's notification banners setting (desktop portal)");
    return out;
  }

  close(): void {
    const c = this.client;
    this.client = null;
    void c?.then((x) => x.close(), () => undefined);
  }
}

export function linuxDndDetector(address: string | null): Detector {
  if (!address) {
    return {
      kind: 'doNotDisturb',
      detect: async () => false,
      availability: async () => ({ available: false, detail: 'no session D-Bus (DBUS_SESSION_BUS_ADDRESS is not set)' }),
    };
  }
  const dnd = new LinuxDnd(address);
  return {
    kind: 'doNotDisturb',
    detect: () => dnd.quiet(),
    async availability() {
      try {
        const sources = await dnd.sources();
        return sources.length
          ? { available: true, detail: sources.join('; ') }
          : { available: false, detail: 'neither the notification server nor the desktop portal tells the do-not-disturb state on this desktop' };
      } catch (e) {
        return { available: false, detail: `cannot reach the session D-Bus: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
    dispose: () => dnd.close(),
  };
}
