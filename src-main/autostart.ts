// "Open at login" (SPEC §2 openAtLogin): the OS login item on macOS and Windows; on Linux an XDG
// autostart entry, ~/.config/autostart/limber.desktop (or under $XDG_CONFIG_HOME). When running
// from source (not packaged) nothing is registered: the login item would start a bare Electron.
// The OS state is the user's: it is read at start (`openAtLoginState`) and written only when the
// setting changes, so turning Limber off in Task Manager, Login Items or with
// X-GNOME-Autostart-enabled=false is never undone by the next start (shell.ts adopts it).
import fs from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';

export interface AutostartDeps {
  /** login items (macOS, Windows) rather than an XDG file (platform.ts) */
  loginItems: boolean;
  packaged: boolean;
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** the executable to start (process.execPath) */
  execPath: string;
}

export const DESKTOP_FILE = 'limber.desktop';

/** Quotes an Exec argument per the Desktop Entry spec. */
export function quoteExec(arg: string): string {
  if (!/[\s"'\\`$;&|<>(){}*?#~]/.test(arg)) return arg;
  return `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function desktopEntry(exec: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Limber',
    'Comment=Notices long sitting periods and guides a short desk stretch',
    `Exec=${quoteExec(exec)}`,
    'Icon=limber',
    'Terminal=false',
    'Categories=Utility;',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function autostartFile(deps: Pick<AutostartDeps, 'env' | 'home'>): string {
  const config = deps.env.XDG_CONFIG_HOME && path.isAbsolute(deps.env.XDG_CONFIG_HOME) ? deps.env.XDG_CONFIG_HOME : path.join(deps.home, '.config');
  return path.join(config, 'autostart', DESKTOP_FILE);
}

export type AutostartResult = { ok: true; how: string } | { ok: false; reason: string };

export function applyOpenAtLogin(enabled: boolean, deps: AutostartDeps): AutostartResult {
  if (!deps.packaged) return { ok: true, how: 'skipped: running from source' };
  try {
    if (deps.loginItems) {
      deps.app.setLoginItemSettings({ openAtLogin: enabled });
      return { ok: true, how: 'login item' };
    }
    const file = autostartFile(deps);
    if (enabled) {
      // an AppImage runs from a temporary mount: start the AppImage file itself
      const exec = deps.env.APPIMAGE || deps.execPath;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, desktopEntry(exec));
    } else {
      fs.rmSync(file, { force: true });
    }
    return { ok: true, how: file };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}

/** Is Limber set to open at login, as the OS sees it? null when it cannot tell (from source). */
export function openAtLoginState(deps: AutostartDeps): boolean | null {
  if (!deps.packaged) return null;
  try {
    if (deps.loginItems) return deps.app.getLoginItemSettings().openAtLogin;
    return desktopEntryEnabled(fs.readFileSync(autostartFile(deps), 'utf8'));
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? false : null;
  }
}

/** An autostart entry starts the app unless it is Hidden or X-GNOME-Autostart-enabled=false. */
export function desktopEntryEnabled(text: string): boolean {
  let inEntry = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inEntry = line === '[Desktop Entry]';
      continue;
    }
    if (!inEntry) continue;
    const m = /^([A-Za-z0-9-]+)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'Hidden' && m[2]!.trim() === 'true') return false;
    if (m[1] === 'X-GNOME-Autostart-enabled' && m[2]!.trim() === 'false') return false;
  }
  return true;
}
