// A small promise API over @homebridge/dbus-native (a pure-JS D-Bus client): method calls with a
// time limit, property reads, signal subscriptions. One connection per bus, opened lazily by
// whoever needs it and closed by its owner. The library is loaded at the first connection, not
// at start-up (it and its XML parser take tens of milliseconds to load).
import { createConnection } from 'node:net';
import type { Socket } from 'node:net';

export interface DbusMessage {
  path?: string;
  interface?: string;
  member?: string;
  sender?: string;
  signature?: string;
  body?: unknown[];
  type?: number;
}

interface RawBus {
  connection: { on(ev: 'message' | 'error' | 'end' | 'connect', fn: (m: DbusMessage) => void): void; end(): void; removeListener(ev: string, fn: (...a: never[]) => void): void };
  invoke(msg: Record<string, unknown>, cb: (err: { name: string; message: string } | null | undefined, ...values: unknown[]) => void): void;
}

/** Parses a D-Bus address (`unix:path=…`, `unix:abstract=…`, `tcp:host=…,port=…`; several separated by `;`). */
export function openBusStream(address: string): Socket {
  const errors: string[] = [];
  for (const one of address.split(';')) {
    const colon = one.indexOf(':');
    if (colon < 0) continue;
    const family = one.slice(0, colon);
    const params = new Map(
      one
        .slice(colon + 1)
        .split(',')
        .map((kv) => {
          const eq = kv.indexOf('=');
          return [kv.slice(0, eq), decodeURIComponent(kv.slice(eq + 1))] as const;
        }),
    );
    if (family === 'unix' && params.get('path')) return createConnection(params.get('path')!);
    // Node reaches Linux abstract sockets through a leading NUL byte
    if (family === 'unix' && params.get('abstract')) return createConnection(`\0${params.get('abstract')}`);
    if (family === 'tcp' && params.get('port')) return createConnection(Number(params.get('port')), params.get('host') ?? 'localhost');
  }
  throw new Error(`no usable D-Bus address in "${address}"`);
}

/** A variant as dbus-native decodes it: [signature tree, [value]] → value. */
export function variantValue(v: unknown): unknown {
  if (Array.isArray(v) && v.length === 2 && Array.isArray(v[1])) return v[1][0];
  return v;
}

export class DbusClient {
  private readonly bus: RawBus;
  private closed = false;
  private readonly matches: Array<{ rule: string; fn: (m: DbusMessage) => void }> = [];

  private constructor(bus: RawBus) {
    this.bus = bus;
  }

  /** Connects and says Hello; rejects after `timeoutMs`. */
  static async connect(address: string, timeoutMs = 1000): Promise<DbusClient> {
    type Lib = { createClient?(o: { stream: Socket }): RawBus; default?: Lib };
    const mod = (await import('@homebridge/dbus-native')) as unknown as Lib;
    const lib = mod.createClient ? mod : mod.default!;
    const stream = openBusStream(address);
    const raw = lib.createClient!({ stream });
    const client = new DbusClient(raw);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        client.close();
        reject(new Error(`D-Bus at ${address} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      raw.connection.on('error', (err) => {
        clearTimeout(timer);
        client.closed = true;
        reject(err instanceof Error ? err : new Error(String(err)));
      });
      raw.connection.on('end', () => {
        client.closed = true;
      });
      // the first reply proves the handshake and Hello went through
      client
        .call({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'GetId' }, timeoutMs)
        .then(() => {
          clearTimeout(timer);
          resolve();
        }, (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        });
    });
    return client;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** A method call; resolves to the reply's body values. */
  call(
    msg: { destination: string; path: string; interface: string; member: string; signature?: string; body?: unknown[] },
    timeoutMs = 1000,
  ): Promise<unknown[]> {
    if (this.closed) return Promise.reject(new Error('D-Bus connection closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${msg.interface}.${msg.member} did not answer within ${timeoutMs} ms`)), timeoutMs);
      this.bus.invoke({ ...msg }, (err, ...values) => {
        clearTimeout(timer);
        if (err) reject(new Error(`${err.name}: ${err.message}`));
        else resolve(values);
      });
    });
  }

  /** org.freedesktop.DBus.Properties.Get, unwrapped. */
  async getProperty(destination: string, path: string, iface: string, name: string, timeoutMs = 1000): Promise<unknown> {
    const [v] = await this.call(
      { destination, path, interface: 'org.freedesktop.DBus.Properties', member: 'Get', signature: 'ss', body: [iface, name] },
      timeoutMs,
    );
    return variantValue(v);
  }

  async hasOwner(name: string, timeoutMs = 1000): Promise<boolean> {
    const [owned] = await this.call(
      { destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'NameHasOwner', signature: 's', body: [name] },
      timeoutMs,
    );
    return owned === true;
  }

  /**
   * Subscribes to signals matching `match` (interface, member, optional path and sender).
   * Returns an unsubscribe function.
   */
  async onSignal(match: { interface: string; member: string; path?: string; sender?: string }, fn: (body: unknown[], m: DbusMessage) => void): Promise<() => void> {
    const parts = [`type='signal'`, `interface='${match.interface}'`, `member='${match.member}'`];
    if (match.path) parts.push(`path='${match.path}'`);
    if (match.sender) parts.push(`sender='${match.sender}'`);
    const rule = parts.join(',');
    await this.call({ destination: 'org.freedesktop.DBus', path: '/org/freedesktop/DBus', interface: 'org.freedesktop.DBus', member: 'AddMatch', signature: 's', body: [rule] });
    const listener = (m: DbusMessage) => {
      if (m.type !== 4 /* signal */ || m.interface !== match.interface || m.member !== match.member) return;
      if (match.path && m.path !== match.path) return;
      fn(m.body ?? [], m);
    };
    this.bus.connection.on('message', listener);
    const entry = { rule, fn: listener };
    this.matches.push(entry);
    return () => {
      this.bus.connection.removeListener('message', listener as never);
      const i = this.matches.indexOf(entry);
      if (i >= 0) this.matches.splice(i, 1);
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.bus.connection.end();
    } catch {
      /* already gone */
    }
  }
}

/** The session bus address from the environment, or null. */
export function sessionBusAddress(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env.DBUS_SESSION_BUS_ADDRESS) return env.DBUS_SESSION_BUS_ADDRESS;
  if (env.XDG_RUNTIME_DIR) return `unix:path=${env.XDG_RUNTIME_DIR}/bus`;
  return null;
}

export function systemBusAddress(env: Readonly<Record<string, string | undefined>>): string {
  return env.DBUS_SYSTEM_BUS_ADDRESS || 'unix:path=/var/run/dbus/system_bus_socket';
}
