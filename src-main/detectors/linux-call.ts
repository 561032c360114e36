// "In a call" on Linux: a microphone being recorded, or a camera held open.
//
// Microphone: the recording streams (source-outputs) of the sound server. PulseAudio and
// PipeWire (through pipewire-pulse) both answer the pulse protocol; `pactl -f json` (pactl ≥ 16)
// lists the streams. A stream counts when it is not corked and records from a real source, not a
// monitor of an output (screen recorders and level meters read monitors), and is not Limber
// itself or pavucontrol's peak meter.
//
// Camera: a process holding a video device open — found by reading the /proc/<pid>/fd symlinks
// that the user may read, bounded in processes and descriptors.
import { readdir, readlink } from 'node:fs/promises';
import { say } from './words';
import type { Detector } from './runner';
import { describeSpawnError, type Run } from './spawn';

export interface PulseStream {
  corked?: boolean;
  source?: number | string;
  properties?: Record<string, string>;
}
export interface PulseSource {
  index: number;
  name?: string;
  monitor_source?: string;
  properties?: Record<string, string>;
}

/** True when a source is a monitor of an output (its audio is what is played, not captured). */
export function isMonitorSource(s: PulseSource): boolean {
  return (
    (typeof s.monitor_source === 'string' && s.monitor_source !== '' && s.monitor_source !== 'n/a') ||
    s.properties?.['device.class'] === 'monitor'
  );
}

/** The recording streams that mean "someone is capturing the microphone". */
export function activeRecordings(streams: readonly PulseStream[], sources: readonly PulseSource[], ownPids: ReadonlySet<number>): PulseStream[] {
  const monitors = new Set(sources.filter(isMonitorSource).map((s) => String(s.index)));
  return streams.filter((st) => {
    if (st.corked) return false;
    if (st.source !== undefined && monitors.has(String(st.source))) return false;
    const p = st.properties ?? {};
    if (ownPids.has(Number(p['application.process.id']))) return false;
    if (p['media.name'] === 'Peak detect' || p['application.id'] === 'org.PulseAudio.pavucontrol') return false;
    return true;
  });
}

export interface PulseOptions {
  run: Run;
  ownPids: ReadonlySet<number>;
  timeoutMs?: number;
}

/** Asks the sound server through pactl; throws when it cannot be asked. */
export async function pulseRecording(o: PulseOptions): Promise<PulseStream[]> {
  const t = o.timeoutMs ?? 1200;
  const [streams, sources] = await Promise.all([
    o.run('pactl', ['-f', 'json', 'list', 'source-outputs'], t),
    o.run('pactl', ['-f', 'json', 'list', 'sources'], t),
  ]);
  return activeRecordings(parseJsonList<PulseStream>(streams), parseJsonList<PulseSource>(sources), o.ownPids);
}

function parseJsonList<T>(text: string): T[] {
  const v: unknown = JSON.parse(text.trim() || '[]');
  if (!Array.isArray(v)) throw new Error('pactl did not print a list');
  return v as T[];
}

export interface VideoScanOptions {
  /** where processes are listed (default /proc) */
  procRoot?: string;
  /** where the devices are (default /dev) */
  devDir?: string;
  /** which file names in devDir are cameras (default video<N>) */
  device?: RegExp;
  /** process ids to leave out (Limber itself) */
  ownPids?: ReadonlySet<number>;
  /** at most this many processes are looked at */
  maxProcesses?: number;
  /** at most this many descriptors per process */
  maxFds?: number;
}

export const VIDEO_DEVICE = /^video\d+$/;

/**
 * Pids of processes holding one of the video devices open. With no video device at all (most
 * desktops without a camera) no process is looked at. Unreadable processes are passed over.
 */
export async function videoHolders(o: VideoScanOptions = {}): Promise<number[]> {
  const devDir = o.devDir ?? '/dev';
  const device = o.device ?? VIDEO_DEVICE;
  let devices: Set<string>;
  try {
    devices = new Set((await readdir(devDir)).filter((n) => device.test(n)).map((n) => `${devDir}/${n}`));
  } catch {
    return [];
  }
  if (!devices.size) return [];
  const root = o.procRoot ?? '/proc';
  const maxFds = o.maxFds ?? 4096;
  const pids = (await readdir(root)).filter((n) => /^\d+$/.test(n)).slice(0, o.maxProcesses ?? 4096);
  const found: number[] = [];
  await Promise.all(
    pids.map(async (pid) => {
      if (o.ownPids?.has(Number(pid))) return;
      let fds: string[];
      try {
        fds = (await readdir(`${root}/${pid}/fd`)).slice(0, maxFds);
      } catch {
        return; // another user's process, or gone
      }
      for (const fd of fds) {
        try {
          if (devices.has(await readlink(`${root}/${pid}/fd/${fd}`))) {
            found.push(Number(pid));
            return;
          }
        } catch {
          /* closed meanwhile */
        }
      }
    }),
  );
  return found.sort((a, b) => a - b);
}

export interface LinuxCallOptions extends PulseOptions {
  video?: VideoScanOptions;
}

export function linuxCallDetector(o: LinuxCallOptions): Detector {
  const video = { ownPids: o.ownPids, ...o.video };
  return {
    kind: 'call',
    async detect() {
      // either answer is enough; one failing source does not hide the other
      const mic = pulseRecording(o).then((s) => s.length > 0);
      const cam = videoHolders(video).then((p) => p.length > 0);
      const [a, b] = await Promise.allSettled([mic, cam]);
      if (a.status === 'fulfilled' && a.value) return true;
      if (b.status === 'fulfilled' && b.value) return true;
      if (a.status === 'rejected' && b.status === 'rejected') throw a.reason;
      return false;
    },
    async availability() {
      let mic: string;
      try {
        await pulseRecording(o);
        mic = say('main.detector.linuxMic', {}, 'microphone: recording streams of PulseAudio/PipeWire (pactl)');
      } catch (e) {
        const why = describeSpawnError(e, 'pactl');
        mic = say('main.detector.linuxMicUnavailable', { why }, `microphone: not available (${why})`);
      }
      // the camera scan needs nothing but /proc, so the detector works even without a sound server
      return { available: true, detail: say('main.detector.linuxCall', { mic }, `${mic}; camera: processes holding /dev/video* open`) };
    },
  };
}
