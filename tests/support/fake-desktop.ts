// Desktop services on a private D-Bus, written with the same D-Bus library as the app: a
// notification server with an `Inhibited` property, a logind-like session with LockedHint, and
// the two screensaver interfaces (GNOME's and KDE's).
// Each flips its state on request and emits the signal the real service emits.
import * as dbusNative from '@homebridge/dbus-native';
import { openBusStream } from '../../src-main/detectors/dbus';

interface RawBus {
  exportInterface(impl: object, path: string, desc: object): void;
  setMethodCallHandler(path: string, iface: string, member: string, handler: [() => unknown, string]): void;
  requestName(name: string, flags: number, cb: (err: unknown, code: number) => void): void;
  sendSignal(path: string, iface: string, name: string, signature: string, args: unknown[]): void;
  connection: { end(): void };
}

function connect(address: string): RawBus {
  return (dbusNative as unknown as { createClient(o: object): RawBus }).createClient({ stream: openBusStream(address) });
}

async function own(bus: RawBus, name: string): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    bus.requestName(name, 4 /* do not queue */, (err, code) => (err ? reject(new Error(String(err))) : code === 1 ? resolve() : reject(new Error(`could not own ${name} (${code})`)))),
  );
}

const PROPS = 'org.freedesktop.DBus.Properties';

export class FakeNotifications {
  private readonly impl = { Inhibited: false, GetServerInformation: () => ['fake', 'limber-tests', '1', '1.2'] };
  private constructor(private readonly bus: RawBus) {}

  static async start(address: string, opts: { inhibitedProperty: boolean } = { inhibitedProperty: true }): Promise<FakeNotifications> {
    const bus = connect(address);
    const f = new FakeNotifications(bus);
    if (opts.inhibitedProperty) {
      bus.exportInterface(f.impl, '/org/freedesktop/Notifications', {
        name: 'org.freedesktop.Notifications',
        methods: { GetServerInformation: ['', 'ssss'] },
        signals: {},
        properties: { Inhibited: 'b' },
      });
    } else {
      // an older server: the methods, and no properties at all (Properties.Get answers an error)
      bus.setMethodCallHandler('/org/freedesktop/Notifications', 'org.freedesktop.Notifications', 'GetServerInformation', [f.impl.GetServerInformation, 'ssss']);
    }
    await own(bus, 'org.freedesktop.Notifications');
    return f;
  }

  setInhibited(v: boolean): void {
    this.impl.Inhibited = v;
    this.bus.sendSignal('/org/freedesktop/Notifications', PROPS, 'PropertiesChanged', 'sa{sv}as', ['org.freedesktop.Notifications', [['Inhibited', ['b', v]]], []]);
  }

  stop(): void {
    this.bus.connection.end();
  }
}

export const SESSION_PATH = '/org/freedesktop/login1/session/_32';

export class FakeLogind {
  private readonly session = { LockedHint: false, Id: '2' };
  private constructor(private readonly bus: RawBus) {}

  static async start(address: string): Promise<FakeLogind> {
    const bus = connect(address);
    const f = new FakeLogind(bus);
    bus.exportInterface({ GetSession: (id: string) => (id === '2' ? SESSION_PATH : Promise.reject(new Error('No session'))) }, '/org/freedesktop/login1', {
      name: 'org.freedesktop.login1.Manager',
      methods: { GetSession: ['s', 'o'] },
      signals: {},
      properties: {},
    });
    bus.exportInterface(f.session, SESSION_PATH, { name: 'org.freedesktop.login1.Session', methods: {}, signals: {}, properties: { LockedHint: 'b', Id: 's' } });
    // the caller's own session, as logind resolves the alias (no signals are sent on it)
    bus.exportInterface(f.session, '/org/freedesktop/login1/session/auto', { name: 'org.freedesktop.login1.Session', methods: {}, signals: {}, properties: { LockedHint: 'b', Id: 's' } });
    await own(bus, 'org.freedesktop.login1');
    return f;
  }

  setLocked(v: boolean): void {
    this.session.LockedHint = v;
    this.bus.sendSignal(SESSION_PATH, PROPS, 'PropertiesChanged', 'sa{sv}as', ['org.freedesktop.login1.Session', [['LockedHint', ['b', v]]], []]);
  }

  stop(): void {
    this.bus.connection.end();
  }
}

export class FakeScreenSaver {
  private active = false;
  private constructor(
    private readonly bus: RawBus,
    private readonly name: string,
    private readonly path: string,
  ) {}

  /** name: org.gnome.ScreenSaver (GNOME) or org.freedesktop.ScreenSaver (KDE) */
  static async start(address: string, name: string, path: string): Promise<FakeScreenSaver> {
    const bus = connect(address);
    const f = new FakeScreenSaver(bus, name, path);
    bus.exportInterface({ GetActive: () => f.active }, path, { name, methods: { GetActive: ['', 'b'] }, signals: { ActiveChanged: ['b'] }, properties: {} });
    await own(bus, name);
    return f;
  }

  setActive(v: boolean): void {
    this.active = v;
    this.bus.sendSignal(this.path, this.name, 'ActiveChanged', 'b', [v]);
  }

  stop(): void {
    this.bus.connection.end();
  }
}
