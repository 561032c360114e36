// macOS "in a call": CoreAudio and CoreMediaIO say whether a device is "running somewhere" —
// used by any process — for each audio input device and each camera. Called through koffi (the
// optional FFI dependency, loaded at the first check). Semantics from the frameworks' headers:
//   AudioObjectGetPropertyDataSize / AudioObjectGetPropertyData (CoreAudio/AudioHardware.h)
//   CMIOObjectGetPropertyDataSize / CMIOObjectGetPropertyData (CoreMediaIO/CMIOHardwareObject.h)
// with the system object 1, selectors 'dev#' (the devices), 'stm#' (a device's streams, in the
// input scope: does it capture?) and 'gone' (kAudio/kCMIODevicePropertyDeviceIsRunningSomewhere).
// Caveat: "running" is per device, so a headset that both plays and records counts as in use
// while it only plays. Not verified on a Mac here (the project's machines are Linux).
import type { Detector } from './runner';
import { say } from './words';

/** A four-character code as CoreAudio writes it ('dev#' → 0x64657623). */
export const fourcc = (s: string): number => ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;

export const CA = {
  systemObject: 1,
  devices: fourcc('dev#'),
  streams: fourcc('stm#'),
  runningSomewhere: fourcc('gone'),
  scopeGlobal: fourcc('glob'),
  scopeInput: fourcc('inpt'),
  elementMain: 0,
} as const;

/** One framework's property calls: the size of a property, and its bytes. Throw on a non-zero OSStatus. */
export interface PropertyApi {
  size(object: number, selector: number, scope: number): number;
  read(object: number, selector: number, scope: number, size: number): Buffer;
}

function ids(b: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) out.push(b.readUInt32LE(i));
  return out;
}

/** Audio input devices (with capture streams) that some process is using now. */
export function microphonesInUse(api: PropertyApi): number[] {
  const devices = ids(api.read(CA.systemObject, CA.devices, CA.scopeGlobal, api.size(CA.systemObject, CA.devices, CA.scopeGlobal)));
  return devices.filter((d) => {
    if (api.size(d, CA.streams, CA.scopeInput) === 0) return false; // an output-only device
    return api.read(d, CA.runningSomewhere, CA.scopeGlobal, 4).readUInt32LE(0) !== 0;
  });
}

/** Cameras that some process is using now. */
export function camerasInUse(api: PropertyApi): number[] {
  const devices = ids(api.read(CA.systemObject, CA.devices, CA.scopeGlobal, api.size(CA.systemObject, CA.devices, CA.scopeGlobal)));
  return devices.filter((d) => api.read(d, CA.runningSomewhere, CA.scopeGlobal, 4).readUInt32LE(0) !== 0);
}

interface Koffi {
  struct(name: string, def: Record<string, string>): unknown;
  load(path: string): { func(decl: string): (...args: unknown[]) => number };
}

/** The real property calls of CoreAudio ('AudioObject') or CoreMediaIO ('CMIOObject') through koffi. */
export function koffiPropertyApi(koffi: Koffi, framework: 'CoreAudio' | 'CoreMediaIO'): PropertyApi {
  const prefix = framework === 'CoreAudio' ? 'AudioObject' : 'CMIOObject';
  const addr = `Limber${prefix}PropertyAddress`;
  try {
    koffi.struct(addr, { mSelector: 'uint32_t', mScope: 'uint32_t', mElement: 'uint32_t' });
  } catch {
    /* already declared by an earlier load */
  }
  const lib = koffi.load(`/System/Library/Frameworks/${framework}.framework/${framework}`);
  const getSize = lib.func(`int32_t ${prefix}GetPropertyDataSize(uint32_t obj, const ${addr} *address, uint32_t qualifierSize, const void *qualifier, _Out_ uint32_t *size)`);
  const getData = lib.func(`int32_t ${prefix}GetPropertyData(uint32_t obj, const ${addr} *address, uint32_t qualifierSize, const void *qualifier, _Inout_ uint32_t *size, _Out_ void *data)`);
  const address = (selector: number, scope: number) => ({ mSelector: selector, mScope: scope, mElement: CA.elementMain });
  return {
    size(object, selector, scope) {
      const out = [0];
      const status = getSize(object, address(selector, scope), 0, null, out);
      if (status !== 0) throw new Error(`${prefix}GetPropertyDataSize failed (OSStatus ${status})`);
      return out[0]!;
    },
    read(object, selector, scope, size) {
      const buf = Buffer.alloc(size);
      const io = [size];
      const status = getData(object, address(selector, scope), 0, null, io, buf);
      if (status !== 0) throw new Error(`${prefix}GetPropertyData failed (OSStatus ${status})`);
      return buf.subarray(0, io[0]);
    },
  };
}

export function macCallDetector(load: () => Promise<unknown> = () => import('koffi')): Detector {
  let apis: Promise<{ audio: PropertyApi; video: PropertyApi | null }> | null = null;
  const get = () => {
    apis ??= load().then((mod) => {
      const koffi = ((mod as { default?: unknown }).default ?? mod) as Koffi;
      let video: PropertyApi | null = null;
      try {
        video = koffiPropertyApi(koffi, 'CoreMediaIO');
      } catch {
        /* no camera framework: microphone only */
      }
      return { audio: koffiPropertyApi(koffi, 'CoreAudio'), video };
    });
    apis.catch(() => (apis = null));
    return apis;
  };
  return {
    kind: 'call',
    async detect() {
      const { audio, video } = await get();
      if (microphonesInUse(audio).length) return true;
      return video ? camerasInUse(video).length > 0 : false;
    },
    async availability() {
      try {
        const { audio, video } = await get();
        microphonesInUse(audio);
        return {
          available: true,
          detail: video
            ? say('main.detector.macMicCamera', {}, 'microphones in use (CoreAudio) and cameras in use (CoreMediaIO)')
            : say('main.detector.macMic', {}, 'microphones in use (CoreAudio)'),
        };
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        return { available: false, detail: say('main.detector.macUnavailable', { error }, `cannot ask CoreAudio: ${error}`) };
      }
    },
  };
}
