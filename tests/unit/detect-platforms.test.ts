// The BusyPort runner, the platform factory, and the Windows/macOS detectors against recorded
// answers of their APIs (tests/fixtures/detectors/README.md says where those come from).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DETECTOR_KINDS, type DetectorKind } from '../../src-main/core/busy';
import { appsDetector, macProcessLister, matchPrograms, normaliseProgramName, parsePsComm, parseTasklistCsv, windowsProcessLister } from '../../src-main/detectors/apps';
import { chooseDetectors, createDetectors } from '../../src-main/detectors';
import { createBusyPort, unavailable, type Detector } from '../../src-main/detectors/runner';
import { CA, camerasInUse, koffiPropertyApi, macCallDetector, microphonesInUse, type PropertyApi } from '../../src-main/detectors/macos';
import type { Run } from '../../src-main/detectors/spawn';
import { CONSENT_STORE, inUse, koffiQunsReader, parseRegQuery, QUNS, qunsDetector, qunsMeans, windowsCallDetector } from '../../src-main/detectors/windows';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/detectors', name), 'utf8');
const HOLD = { call: true, presenting: true, doNotDisturb: true, apps: [] as string[] };

function fake(kind: DetectorKind, detect: () => Promise<boolean>): Detector & { calls: number } {
  const d = {
    kind,
    calls: 0,
    detect: () => {
      d.calls++;
      return detect();
    },
    availability: async () => ({ available: true, detail: `${kind} works` }),
  };
  return d;
}

describe('the busy port', () => {
  it('answers the first reason in SPEC order, and null when nobody is busy', async () => {
    const port = createBusyPort([fake('apps', async () => true), fake('call', async () => true), fake('doNotDisturb', async () => false)]);
    expect(await port.check({ ...HOLD, apps: ['zoom'] })).toBe('call');
    expect(port.lastCheck).toEqual({ reasons: ['call', 'app'], failed: [] });
    expect(await createBusyPort([fake('call', async () => false)]).check(HOLD)).toBeNull();
  });

  it('asks only the kinds holdWhen turns on (apps only with a program list)', async () => {
    const call = fake('call', async () => true);
    const apps = fake('apps', async () => true);
    const port = createBusyPort([call, apps]);
    expect(await port.check({ ...HOLD, call: false })).toBeNull();
    expect(call.calls).toBe(0);
    expect(apps.calls).toBe(0);
    expect(await port.check({ ...HOLD, call: false, apps: ['keynote'] })).toBe('app');
  });

  it('a detector that throws, rejects or does not answer in time counts as not busy', async () => {
    const logs: string[] = [];
    const port = createBusyPort(
      [
        fake('call', () => {
          throw new Error('boom');
        }),
        fake('presenting', () => Promise.reject(new Error('no display'))),
        fake('doNotDisturb', () => new Promise<boolean>(() => undefined)), // never answers
        fake('apps', async () => false),
      ],
      { timeoutMs: 50, log: (m) => logs.push(m) },
    );
    expect(await port.check({ ...HOLD, apps: ['x'] })).toBeNull();
    expect(port.lastCheck?.failed.sort()).toEqual(['call', 'doNotDisturb', 'presenting']);
    expect(logs[0]).toMatch(/counted as not busy/);
  });

  it('availability lists every kind, with the reason for those that cannot work', async () => {
    const port = createBusyPort([fake('call', async () => false), unavailable('presenting', 'not available on Wayland: …')]);
    const a = await port.availability();
    expect(a.map((x) => x.kind)).toEqual([...DETECTOR_KINDS]);
    expect(a[0]).toEqual({ kind: 'call', available: true, detail: 'call works' });
    expect(a[1]).toEqual({ kind: 'presenting', available: false, detail: 'not available on Wayland: …' });
    expect(a[2]).toEqual({ kind: 'doNotDisturb', available: false, detail: 'not available on this desktop' });
  });
});

describe('the platform factory', () => {
  const base = { ownPids: new Set<number>(), execPath: '/opt/Limber/limber', run: (async () => '') as Run };
  const kinds = (platform: string, env: Record<string, string> = {}) => chooseDetectors({ ...base, platform, env }).map((d) => d.kind);

  it('gives every platform one detector per kind', () => {
    for (const p of ['linux', 'win32', 'darwin']) expect(kinds(p, { DISPLAY: ':0' }).sort()).toEqual([...DETECTOR_KINDS].sort());
    expect(kinds('freebsd')).toEqual([]);
  });

  it('says why presenting cannot work on Wayland, and what macOS lacks', async () => {
    const wayland = await createDetectors({ ...base, platform: 'linux', env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' } }).availability();
    expect(wayland.find((a) => a.kind === 'presenting')).toMatchObject({ available: false, detail: expect.stringMatching(/Wayland/) });
    const mac = await createDetectors({ ...base, platform: 'darwin', env: {}, run: async () => fixture('ps-comm.txt') }).availability();
    expect(mac.filter((a) => a.available).map((a) => a.kind)).toEqual(['apps']); // no CoreAudio on this Linux machine
    expect(mac.find((a) => a.kind === 'call')?.detail).toMatch(/cannot ask CoreAudio/);
  });
});

describe('Windows: microphone and camera from the consent store (recorded reg query output)', () => {
  it('reads start/stop per app and finds the one using the microphone now', () => {
    const entries = parseRegQuery(fixture('reg-microphone-in-use.txt'));
    expect(entries).toHaveLength(2);
    expect(inUse(entries)).toEqual([`${CONSENT_STORE.replace('HKCU', 'HKEY_CURRENT_USER')}\\microphone\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe`]);
    expect(inUse(parseRegQuery(fixture('reg-microphone-idle.txt')))).toEqual([]);
  });

  it('does not count Limber itself', () => {
    const entries = parseRegQuery(fixture('reg-webcam-only-limber.txt'));
    expect(inUse(entries)).toHaveLength(1);
    expect(inUse(entries, 'C:\\Users\\ada\\AppData\\Local\\Programs\\Limber\\Limber.exe')).toEqual([]);
  });

  it('the detector asks reg.exe for both devices', async () => {
    const asked: string[][] = [];
    const answers: Record<string, string> = { microphone: fixture('reg-microphone-idle.txt'), webcam: fixture('reg-webcam-only-limber.txt') };
    const run: Run = async (file, args) => {
      asked.push([file, ...args]);
      return answers[args[1]!.split('\\').pop()!]!;
    };
    expect(await windowsCallDetector(run, 'C:\\Other\\app.exe').detect(HOLD)).toBe(true);
    expect(await windowsCallDetector(run, 'C:\\Users\\ada\\AppData\\Local\\Programs\\Limber\\Limber.exe').detect(HOLD)).toBe(false);
    expect(asked[0]).toEqual(['reg', 'query', `${CONSENT_STORE}\\microphone`, '/s']);
    const broken: Run = async () => {
      throw Object.assign(new Error('spawn reg ENOENT'), { code: 'ENOENT' });
    };
    expect(await windowsCallDetector(broken, '').availability()).toEqual({ available: false, detail: 'cannot read the consent store: reg is not installed' });
  });
});

describe("Windows: the shell's user-notification state", () => {
  it('maps the QUNS values as documented in shellapi.h', () => {
    expect(qunsMeans(QUNS.BUSY)).toBe('presenting');
    expect(qunsMeans(QUNS.RUNNING_D3D_FULL_SCREEN)).toBe('presenting');
    expect(qunsMeans(QUNS.PRESENTATION_MODE)).toBe('presenting');
    expect(qunsMeans(QUNS.QUIET_TIME)).toBe('dnd');
    for (const free of [QUNS.NOT_PRESENT, QUNS.ACCEPTS_NOTIFICATIONS, QUNS.APP]) expect(qunsMeans(free)).toBeNull();
  });

  it('calls SHQueryUserNotificationState through koffi with an out parameter', async () => {
    const declared: string[] = [];
    const koffi = {
      load: (lib: string) => ({
        func: (decl: string) => {
          declared.push(`${lib}: ${decl}`);
          return (out: number[]) => {
            out[0] = QUNS.PRESENTATION_MODE;
            return 0;
          };
        },
      }),
    };
    const read = koffiQunsReader(async () => ({ default: koffi }));
    expect(await qunsDetector('presenting', read).detect(HOLD)).toBe(true);
    expect(await qunsDetector('doNotDisturb', read).detect(HOLD)).toBe(false);
    expect(declared).toEqual(['shell32.dll: long __stdcall SHQueryUserNotificationState(_Out_ int *pquns)']);
    const failing = koffiQunsReader(async () => {
      throw new Error("Cannot find module 'koffi'");
    });
    expect(await qunsDetector('presenting', failing).availability()).toEqual({ available: false, detail: expect.stringMatching(/koffi/) });
  });
});

describe('apps on Windows and macOS (recorded process lists)', () => {
  it('matches names without case, path or .exe/.app', async () => {
    expect(normaliseProgramName('C:\\Program Files\\Zoom\\bin\\Zoom.exe')).toBe('zoom');
    expect(normaliseProgramName('Keynote.app')).toBe('keynote');
    expect(parseTasklistCsv(fixture('tasklist.csv'))).toContain('POWERPNT.EXE');
    expect(matchPrograms(['powerpnt', 'obs64.exe'], parseTasklistCsv(fixture('tasklist.csv')))).toEqual(['powerpnt']);
    expect(matchPrograms(['Keynote', 'zoom.us'], parsePsComm(fixture('ps-comm.txt')))).toEqual(['Keynote', 'zoom.us']);
  });

  it('asks tasklist / ps, bounded', async () => {
    const calls: Array<[string, readonly string[], number]> = [];
    const run = (text: string): Run => async (f, a, t) => {
      calls.push([f, a, t]);
      return text;
    };
    expect(await appsDetector(windowsProcessLister(run(fixture('tasklist.csv'))), 'tasklist').detect({ ...HOLD, apps: ['Teams'] })).toBe(true);
    expect(await appsDetector(macProcessLister(run(fixture('ps-comm.txt'))), 'ps').detect({ ...HOLD, apps: ['Teams'] })).toBe(false);
    expect(calls.map(([f, a]) => [f, ...a])).toEqual([
      ['tasklist', '/fo', 'csv', '/nh'],
      ['ps', '-axo', 'comm='],
    ]);
    expect(calls.every(([, , t]) => t > 0 && t <= 1500)).toBe(true);
  });
});

describe('real-server tests in CI', () => {
  it('a server that cannot be started fails the test in CI and is a printed skip elsewhere', async () => {
    const { need } = await import('../support/real-servers');
    const before = process.env.CI;
    const skipped: string[] = [];
    const ctx = { skip: (note?: string) => void skipped.push(note ?? '') };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      process.env.CI = 'true';
      expect(() => need({ ok: false, reason: 'pulseaudio is not installed' }, ctx)).toThrow('cannot start the test server: pulseaudio is not installed');
      expect(skipped).toEqual([]);
      delete process.env.CI;
      expect(() => need({ ok: false, reason: 'no Xvfb' }, ctx)).toThrow();
      expect(skipped).toEqual(['no Xvfb']);
      expect(need({ ok: true, value: 42 }, ctx)).toBe(42);
      expect(warn).toHaveBeenCalledWith('[skipped] no Xvfb'); // outside CI the reason is printed
    } finally {
      warn.mockRestore();
      if (before === undefined) delete process.env.CI;
      else process.env.CI = before;
    }
  });
});

describe('macOS: CoreAudio / CoreMediaIO "running somewhere" (documented semantics, not recorded on a Mac)', () => {
  // A device table as the HAL describes it: the system object lists device ids ('dev#'); a
  // device's input-scope streams ('stm#') say whether it captures; 'gone' is a UInt32 flag.
  function hal(devices: Record<number, { inputStreams: number; running: boolean }>): PropertyApi & { calls: string[] } {
    const calls: string[] = [];
    const u32s = (xs: number[]) => {
      const b = Buffer.alloc(xs.length * 4);
      xs.forEach((x, i) => b.writeUInt32LE(x, i * 4));
      return b;
    };
    const key = (o: number, sel: number, scope: number) => `${o}:${sel.toString(16)}:${scope.toString(16)}`;
    return {
      calls,
      size(o, sel, scope) {
        calls.push(`size ${key(o, sel, scope)}`);
        if (o === CA.systemObject && sel === CA.devices) return Object.keys(devices).length * 4;
        if (sel === CA.streams && scope === CA.scopeInput) return devices[o]!.inputStreams * 4;
        throw new Error('unknown property');
      },
      read(o, sel, scope, size) {
        calls.push(`read ${key(o, sel, scope)} ${size}`);
        if (o === CA.systemObject && sel === CA.devices) return u32s(Object.keys(devices).map(Number));
        if (sel === CA.runningSomewhere) return u32s([devices[o]!.running ? 1 : 0]);
        throw new Error('unknown property');
      },
    };
  }

  it('four-character codes as the headers spell them', () => {
    expect(CA.devices).toBe(0x64657623);
    expect(CA.runningSomewhere).toBe(0x676f6e65);
    expect(CA.scopeInput).toBe(0x696e7074);
    expect(CA.scopeGlobal).toBe(0x676c6f62);
  });

  it('a microphone is in use when an input device is running; a playing output device is not a call', () => {
    const speakersPlaying = hal({ 40: { inputStreams: 0, running: true }, 41: { inputStreams: 1, running: false } });
    expect(microphonesInUse(speakersPlaying)).toEqual([]);
    expect(microphonesInUse(hal({ 40: { inputStreams: 0, running: true }, 41: { inputStreams: 1, running: true } }))).toEqual([41]);
    expect(camerasInUse(hal({ 7: { inputStreams: 0, running: false }, 8: { inputStreams: 0, running: true } }))).toEqual([8]);
  });

  it('declares the framework calls for koffi and passes the address struct and the size in/out', () => {
    const decls: string[] = [];
    const structs: string[] = [];
    const koffi = {
      struct: (name: string) => void structs.push(name),
      load: (path: string) => ({
        func: (decl: string) => {
          decls.push(`${path.split('/').pop()}: ${decl}`);
          return (...args: unknown[]) => {
            const [obj, address] = args as [number, { mSelector: number; mScope: number; mElement: number }];
            expect(obj).toBe(1);
            expect(address).toEqual({ mSelector: CA.devices, mScope: CA.scopeGlobal, mElement: 0 });
            if (decl.includes('DataSize')) (args[4] as number[])[0] = 8;
            else {
              (args[5] as Buffer).writeUInt32LE(73, 0);
              (args[5] as Buffer).writeUInt32LE(74, 4);
            }
            return 0;
          };
        },
      }),
    };
    const api = koffiPropertyApi(koffi, 'CoreAudio');
    expect([...api.read(1, CA.devices, CA.scopeGlobal, api.size(1, CA.devices, CA.scopeGlobal))]).toEqual([73, 0, 0, 0, 74, 0, 0, 0]);
    expect(structs).toEqual(['LimberAudioObjectPropertyAddress']);
    expect(decls[0]).toMatch(/^CoreAudio: int32_t AudioObjectGetPropertyDataSize\(uint32_t obj, const LimberAudioObjectPropertyAddress \*address/);
    expect(decls[1]).toMatch(/AudioObjectGetPropertyData\(.*_Inout_ uint32_t \*size, _Out_ void \*data\)$/);
  });

  it('where the frameworks cannot be loaded it says so, and a check is not busy', async () => {
    const d = macCallDetector(async () => {
      throw new Error("Cannot find module 'koffi'");
    });
    expect(await d.availability()).toEqual({ available: false, detail: "cannot ask CoreAudio: Cannot find module 'koffi'" });
    await expect(d.detect(HOLD)).rejects.toThrow(); // the port counts this as "not busy"
  });
});
