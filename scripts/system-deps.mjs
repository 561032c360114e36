// The programs `npm test` needs from the system, in one place: Chromium for the UI tests, and the
// real servers the platform tests start for themselves (an X server with a window manager, a
// sound server, a D-Bus bus, a spreadsheet to read our CSV back). On Debian as root, whatever is
// missing is installed in ONE apt-get run before any test starts (test files run in parallel
// and two apt-get runs at once would fight over dpkg's lock). Elsewhere it says what is missing
// and the tests that need it fail with that reason in CI (they skip, saying why, outside CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** program (or, with `file`, a data file) → Debian package that provides it */
export const SYSTEM_PROGRAMS = [
  { bin: 'Xvfb', pkg: 'xvfb', for: 'X11 tests (a virtual screen)' },
  { bin: 'openbox', pkg: 'openbox', for: 'X11 tests (a real window manager)' },
  { bin: 'xdotool', pkg: 'xdotool', for: 'X11 tests (real keyboard and mouse input)' },
  { bin: 'wmctrl', pkg: 'wmctrl', for: 'X11 tests (full-screen windows)' },
  { bin: 'xprop', pkg: 'x11-utils', for: 'X11 tests (window properties)' },
  { bin: 'xterm', pkg: 'xterm', for: 'X11 tests (a window that has the keyboard)' },
  { bin: 'pulseaudio', pkg: 'pulseaudio', for: 'call detection tests (a real sound server)' },
  { bin: 'parecord', pkg: 'pulseaudio-utils', for: 'call detection tests (a real recording client)' },
  { bin: 'dbus-daemon', pkg: 'dbus', for: 'D-Bus tests (a real session bus)' },
  { bin: 'gsettings', pkg: 'libglib2.0-bin', for: "GNOME do-not-disturb test (a real gsettings)" },
  { file: '/usr/share/glib-2.0/schemas/org.gnome.desktop.notifications.gschema.xml', pkg: 'gsettings-desktop-schemas', for: "GNOME do-not-disturb test (GNOME's notification settings)" },
  { bin: 'soffice', pkg: 'libreoffice-calc-nogui', for: 'CSV export test (a real spreadsheet)' },
];

export function which(bin, path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (dir && existsSync(join(dir, bin))) return join(dir, bin);
  }
  return null;
}

export function missingPrograms(list = SYSTEM_PROGRAMS) {
  return list.filter((p) => (p.file ? !existsSync(p.file) : !which(p.bin)));
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Installs the missing programs where that is possible (root on Debian): one `apt-get update` and
 * one `apt-get install`. Returns what is still missing afterwards.
 */
export function ensureSystemPrograms({ log = console.log, extra = [] } = {}) {
  const missing = missingPrograms([...SYSTEM_PROGRAMS, ...extra]);
  if (missing.length === 0) return [];
  const pkgs = [...new Set(missing.map((m) => m.pkg))];
  if (process.platform === 'linux' && isRoot() && existsSync('/etc/debian_version')) {
    log(`installing from Debian: ${pkgs.join(' ')} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (update.status === 0) {
      spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
    }
  }
  const still = missingPrograms(missing);
  for (const m of still) log(`missing ${m.bin ?? m.file} (Debian package ${m.pkg}), needed for ${m.for}`);
  return still;
}
