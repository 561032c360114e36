// "Presenting" on Linux X11: the active window is full-screen (slides, a shared-screen
// presenter view, a film). Asked over the X11 protocol with a pure-JS client (`x11`): the root
// window's _NET_ACTIVE_WINDOW, then that window's _NET_WM_STATE, looking for
// _NET_WM_STATE_FULLSCREEN (EWMH). The connection is opened at the first check and kept.
// On Wayland no protocol tells an ordinary client which window is in front: not available.
import type { Detector } from './runner';
import { say } from './words';

interface XClientApi {
  InternAtom(onlyIfExists: boolean, name: string, cb: (err: Error | null, atom: number) => void): void;
  GetProperty(del: number, wid: number, prop: number, type: number, offset: number, len: number, cb: (err: Error | null, p: { type: number; format: number; data: Buffer }) => void): void;
  terminate(): void;
  on(ev: 'error' | 'end' | 'close', fn: (e?: Error) => void): void;
}
interface XDisplay {
  client: XClientApi;
  screen: Array<{ root: number }>;
}

const XA_WINDOW = 33;
const XA_ATOM = 4;

async function connect(display: string, timeoutMs: number): Promise<XDisplay> {
  // only the client core: the package's index also pulls in its X server and keysym tables
  const x11 = (await import('x11/lib/xcore')) as { createClient?: unknown; default?: unknown };
  const lib = (x11.createClient ? x11 : x11.default) as { createClient(o: object, cb: (err: Error | null, d: XDisplay) => void): XClientApi };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`X display ${display} did not answer within ${timeoutMs} ms`)), timeoutMs);
    try {
      const client = lib.createClient(
        { display, disableBigRequests: true, shm: false },
        (err, d) => {
          clearTimeout(timer);
          if (err) reject(err);
          else resolve(d);
        },
      );
      client.on('error', () => {
        /* reported through the callbacks; an unhandled 'error' event would throw */
      });
    } catch (e) {
      clearTimeout(timer);
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

function words(data: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= data.length; i += 4) out.push(data.readUInt32LE(i));
  return out;
}

export class X11Fullscreen {
  private conn: Promise<{ d: XDisplay; atoms: Record<'active' | 'state' | 'fullscreen', number> }> | null = null;

  constructor(
    private readonly display: string,
    private readonly timeoutMs = 1000,
  ) {}

  private open() {
    this.conn ??= connect(this.display, this.timeoutMs).then(async (d) => {
      d.client.on('end', () => (this.conn = null));
      d.client.on('close', () => (this.conn = null));
      const atom = (name: string) =>
        new Promise<number>((res, rej) => d.client.InternAtom(false, name, (err, a) => (err ? rej(err) : res(a))));
      const [active, state, fullscreen] = await Promise.all([atom('_NET_ACTIVE_WINDOW'), atom('_NET_WM_STATE'), atom('_NET_WM_STATE_FULLSCREEN')]);
      return { d, atoms: { active, state, fullscreen } };
    });
    this.conn.catch(() => (this.conn = null));
    return this.conn;
  }

  private prop(d: XDisplay, win: number, atom: number, type: number): Promise<number[]> {
    return new Promise((res, rej) =>
      d.client.GetProperty(0, win, atom, type, 0, 64, (err, p) => (err ? rej(err) : res(p.format === 32 ? words(p.data) : []))),
    );
  }

  /** The active window, or null when the window manager names none. */
  async activeWindow(): Promise<number | null> {
    const { d, atoms } = await this.open();
    const [win] = await this.prop(d, d.screen[0]!.root, atoms.active, XA_WINDOW);
    return win ? win : null;
  }

  /** True when the active window is full-screen. Throws when the display cannot be asked. */
  async isFullscreen(): Promise<boolean> {
    const { d, atoms } = await this.open();
    const win = await this.activeWindow();
    if (win === null) return false;
    const states = await this.prop(d, win, atoms.state, XA_ATOM);
    return states.includes(atoms.fullscreen);
  }

  close(): void {
    const c = this.conn;
    this.conn = null;
    void c?.then(({ d }) => d.client.terminate(), () => undefined);
  }
}

export function x11PresentingDetector(display: string): Detector {
  const x = new X11Fullscreen(display);
  return {
    kind: 'presenting',
    detect: () => x.isFullscreen(),
    async availability() {
      try {
        await x.activeWindow();
        return { available: true, detail: say('main.detector.x11Presenting', { display }, `the active window’s full-screen state (X11 display ${display})`) };
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        return { available: false, detail: say('main.detector.x11Unreachable', { display, error }, `cannot reach the X display ${display}: ${error}`) };
      }
    },
    dispose: () => x.close(),
  };
}
