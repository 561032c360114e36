// electron-builder.yml against the JSON schema shipped with the installed electron-builder, plus
// the things Limber relies on: the targets per platform and LSUIElement (no Dock icon).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const config = parse(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;
const schema = JSON.parse(fs.readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema does catch mistakes (so the check above means something)', () => {
    expect(validate({ ...config, mac: { ...config.mac, extendInfoo: {} } })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false);
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, a dmg on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('is a menu-bar app on macOS (LSUIElement) whose notifications may carry buttons (alert style)', () => {
    expect(config.mac.extendInfo.LSUIElement).toBe(true);
    // Electron docs, structures/notification-action.md: buttons need a signed app with this key
    expect(config.mac.extendInfo.NSUserNotificationAlertStyle).toBe('alert');
  });

  it('keeps file:// plain (pages come from limber://app, app-protocol.ts) and the other fuses hardened', () => {
    expect(config.electronFuses).toMatchObject({
      grantFileProtocolExtraPrivileges: false,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });

  it('Ubuntu ≥ 24.04 sandbox: relies on electron-builder\'s deb AppArmor profile and AppImage probe, never --no-sandbox for everyone', () => {
    // the deb's after-install script installs an AppArmor profile that allows the user namespace
    expect(config.deb.afterInstall).toBeUndefined();
    expect(fs.readFileSync(require.resolve('app-builder-lib/templates/linux/after-install.tpl'), 'utf8')).toMatch(/apparmor/i);
    // the AppImage launcher adds --no-sandbox only where `unshare -Ur true` fails
    expect(fs.readFileSync(require.resolve('app-builder-lib/out/targets/appimage/appImageUtil.js'), 'utf8')).toContain('unshare -Ur true');
    expect(config.linux.executableArgs ?? []).not.toContain('--no-sandbox');
    // set explicitly: electron-builder's legacy AppImage default puts --no-sandbox in the desktop entry
    expect(config.appImage.executableArgs).toEqual([]);
  });

  it('ships the build and package.json, with icons that exist', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json', '!dist/test-host/**', '!**/node_modules/**']));
    for (const icon of [config.icon, config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(fs.existsSync(path.resolve(icon)), icon).toBe(true);
    }
  });

  it('the package.json main is what the build writes', () => {
    expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).main).toBe('dist/main/main.cjs');
  });
});
