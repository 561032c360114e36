// The one place where the platform and the session choose the detectors (SPEC §3.12). Each
// kind gets the best source its platform really offers, or an honest "not available" with the
// reason, which Settings shows.
//
//              call                         presenting                 doNotDisturb                   apps
//   Linux X11  pactl streams + /dev/video*  _NET_WM_STATE_FULLSCREEN   Notifications.Inhibited,       /proc
//   Wayland    pactl streams + /dev/video*  not available              GNOME show-banners (gsettings) /proc
//   Windows    consent store (reg.exe)      SHQueryUserNotificationState (koffi)                      tasklist
//   macOS      CoreAudio/CoreMediaIO (koffi) not available             not available                  ps
import { isWaylandSession } from '../activity';
import { appsDetector, linuxProcessLister, macProcessLister, windowsProcessLister } from './apps';
import { sessionBusAddress } from './dbus';
import { linuxCallDetector } from './linux-call';
import { linuxDndDetector } from './linux-dnd';
import { macCallDetector } from './macos';
import { x11PresentingDetector } from './linux-presenting';
import { createBusyPort, unavailable, type BusyDetectors, type Detector } from './runner';
import { runBounded, type Run } from './spawn';
import { koffiQunsReader, qunsDetector, windowsCallDetector, type QunsReader } from './windows';
import { say, setDetectorWords } from './words';
import type { MainTranslate } from '../core/main-text';

export type { BusyDetectors, Detector } from './runner';

export interface DetectorEnv {
  platform: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Limber's own processes, never counted as "in a call" */
  ownPids: ReadonlySet<number>;
  execPath: string;
  run?: Run;
  quns?: QunsReader;
  timeoutMs?: number;
  log?: (m: string) => void;
  /** the main process's translator of the moment, for what Settings shows; English without it */
  words?: () => MainTranslate;
}

export function chooseDetectors(o: DetectorEnv): Detector[] {
  const run = o.run ?? runBounded;
  switch (o.platform) {
    case 'linux': {
      // the session, not Electron's ozone platform: under XWayland the X server sees X clients only
      const wayland = isWaylandSession(o.env);
      const display = o.env.DISPLAY;
      return [
        linuxCallDetector({ run, ownPids: o.ownPids }),
        wayland
          ? unavailable('presenting', () =>
              say(
                'main.detector.waylandPresenting',
                {},
                'not available on Wayland: the compositor does not tell other programs which window is in front or whether it is full-screen',
              ),
            )
          : display
            ? x11PresentingDetector(display)
            : unavailable('presenting', () => say('main.detector.noDisplay', { variable: 'DISPLAY' }, 'not available: no X display (DISPLAY is not set)')),
        linuxDndDetector(sessionBusAddress(o.env), /gnome/i.test(o.env.XDG_CURRENT_DESKTOP ?? '') ? run : null),
        appsDetector(linuxProcessLister(), () => programs('/proc')),
      ];
    }
    case 'win32': {
      const quns = o.quns ?? koffiQunsReader();
      return [
        windowsCallDetector(run, o.execPath),
        qunsDetector('presenting', quns),
        qunsDetector('doNotDisturb', quns),
        appsDetector(windowsProcessLister(run), () => programs('tasklist'), 'tasklist'),
      ];
    }
    case 'darwin':
      return [
        macCallDetector(),
        unavailable('presenting', () =>
          say('main.detector.macPresenting', {}, 'not available on macOS yet: reading the window list needs the Screen Recording permission'),
        ),
        unavailable('doNotDisturb', () => say('main.detector.macDnd', {}, 'not available on macOS: Focus has no public interface for other apps')),
        appsDetector(macProcessLister(run), () => programs('ps'), 'ps'),
      ];
    default:
      return [];
  }
}

/** "running programs (/proc)": what the program detector reads. */
const programs = (source: string): string => say('main.detector.programs', { source }, `running programs (${source})`);

/** The BusyPort for this platform and session. */
export function createDetectors(o: DetectorEnv): BusyDetectors {
  if (o.words) setDetectorWords(o.words);
  return createBusyPort(chooseDetectors(o), { timeoutMs: o.timeoutMs, log: o.log });
}
