// The capability table (src-main/platform.ts) against what Electron itself documents in
// node_modules/electron/electron.d.ts: every row with a d.ts source must match the `@platform` tag
// and the "Not supported on Wayland" note of that member, on all four platforms. An Electron
// upgrade that changes one of them fails here, before it changes what users see.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, capabilitiesOf, isKde, PLATFORM_KEYS, platformKey, SOURCES, type Capability, type PlatformKey } from '../../src-main/platform';
import { readElectronDts } from '../lib/electron-dts';

const dts = readElectronDts(path.join(process.cwd(), 'node_modules/electron/electron.d.ts'));
const OS: Record<PlatformKey, string> = { 'linux-x11': 'linux', 'linux-wayland': 'linux', win32: 'win32', darwin: 'darwin' };

describe('electron.d.ts reader', () => {
  it('reads @platform tags and Wayland notes of members and events', () => {
    expect(dts.get('BrowserWindow.setFocusable')?.platforms).toEqual(['darwin', 'win32']);
    expect(dts.get('PowerMonitor.on:lock-screen')?.platforms).toEqual(['darwin', 'win32']);
    expect(dts.get('BrowserWindow.setAlwaysOnTop')?.notOnWayland).toBe(true);
    expect(dts.get('BrowserWindow.show')?.platforms).toBeNull();
    // JSDoc inside a listener's parameter list is not the member's
    expect(dts.get('Notification.on:action')?.platforms).toBeNull();
  });
});

const documented = (Object.entries(SOURCES) as [Capability, (typeof SOURCES)[Capability]][]).filter(
  (e): e is [Capability, { dts: string; wayland?: boolean }] => 'dts' in e[1],
);

describe.each(documented)('%s', (cap, source) => {
  it(`matches ${source.dts} in electron.d.ts on every platform`, () => {
    const doc = dts.get(source.dts);
    expect(doc, `${source.dts} is gone from electron.d.ts`).toBeDefined();
    for (const key of PLATFORM_KEYS) {
      const onOs = doc!.platforms === null || doc!.platforms.includes(OS[key]);
      const expected = onOs && !(key === 'linux-wayland' && source.wayland && doc!.notOnWayland);
      expect(CAPABILITIES[key][cap], `${cap} on ${key}: electron.d.ts says ${JSON.stringify(doc!.platforms)}${doc!.notOnWayland ? ', not on Wayland' : ''}`).toBe(expected);
    }
  });

  if (source.wayland) {
    it(`${source.dts} still carries its Wayland note`, () => {
      expect(dts.get(source.dts)!.notOnWayland).toBe(true);
    });
  }
});

describe('the table', () => {
  it('has a source for every capability, and every platform has every capability', () => {
    const names = Object.keys(CAPABILITIES['linux-x11']).sort();
    expect(Object.keys(SOURCES).sort()).toEqual(names);
    for (const key of PLATFORM_KEYS) expect(Object.keys(CAPABILITIES[key]).sort()).toEqual(names);
  });

  it('X11 and Wayland differ only where Wayland does not support something', () => {
    const diff = (Object.keys(CAPABILITIES['linux-x11']) as Capability[]).filter((c) => CAPABILITIES['linux-x11'][c] !== CAPABILITIES['linux-wayland'][c]);
    expect(diff.sort()).toEqual(['alwaysOnTop', 'cursorPoint', 'inactiveWindowIsSeen', 'moveTop', 'positioning', 'showInactive']);
    for (const c of diff) expect(CAPABILITIES['linux-wayland'][c]).toBe(false);
  });

  it('notification buttons: macOS and Windows (Electron docs, structures/notification-action.md)', () => {
    expect(PLATFORM_KEYS.filter((k) => CAPABILITIES[k].notificationActions)).toEqual(['win32', 'darwin']);
  });
});

describe('platformKey', () => {
  it('tells X11 from Wayland the way Electron ≥ 38 chooses, and follows --ozone-platform', () => {
    expect(platformKey('darwin', { WAYLAND_DISPLAY: 'x' })).toBe('darwin');
    expect(platformKey('win32', {})).toBe('win32');
    expect(platformKey('linux', { DISPLAY: ':0' })).toBe('linux-x11');
    expect(platformKey('linux', { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' })).toBe('linux-wayland');
    expect(platformKey('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe('linux-wayland');
    expect(platformKey('linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['/x/limber', '--ozone-platform=x11'])).toBe('linux-x11');
    expect(platformKey('linux', {}, ['--ozone-platform=wayland'])).toBe('linux-wayland');
    expect(capabilitiesOf('linux-wayland').alwaysOnTop).toBe(false);
  });

  it('recognises KDE', () => {
    expect(isKde({ XDG_CURRENT_DESKTOP: 'KDE' })).toBe(true);
    expect(isKde({ XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' })).toBe(false);
  });
});
