// "Open at login" (SPEC §2 openAtLogin): the OS login item on macOS and Windows; on Linux an XDG
// autostart entry, ~/.config/autostart/limber.desktop (or under $XDG_CONFIG_HOME). When running
// from source (not packaged) nothing is registered: the login item would start a bare Electron.
// The OS state is the user's: it is read at start (`openAtLoginState`) and written only when the
// setting changes, so turning Limber off in Task Manager, Login Items or with
// X-GNOME-Autostart-enabled=false is never undone by the next start (shell.ts adopts it).
import fs from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';
import comments from 'virtual:limber-message-texts/main.autostart.comment';
import { PSEUDO_LOCALE, SOURCE_LOCALE } from './core/i18n/locales';

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

/** A value as the Desktop Entry spec writes it: backslash, newline, tab and carriage return escaped. */
export function escapeValue(text: string): string {
  return text.replace(/[\\\n\t\r]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' })[c]!);
}

/**
 * The locale keys (`Comment[…]`) a language of ours is written under. The spec's keys are POSIX
 * locale names, `lang_COUNTRY`, matched against LC_MESSAGES as lang_COUNTRY, then lang: `de`
 * serves de_DE and de_AT; `pt-BR` is written as pt_BR, and also as plain `pt` while Limber has no
 * other Portuguese (its windows speak pt-BR to any Portuguese user, negotiateLocale); Simplified
 * Chinese has no key of its own, so zh-Hans is written for the countries that use it (zh_CN,
 * zh_SG) — never plain `zh`, which zh_TW would match. English is the key without a locale; the
 * pseudo-locale is for testing and not written.
 */
export function desktopLocaleKeys(tag: string, tags: readonly string[]): string[] {
  if (tag === SOURCE_LOCALE || tag === PSEUDO_LOCALE) return [];
  const [lang, sub] = tag.split('-') as [string, string | undefined];
  if (lang === 'zh') return sub === 'Hant' ? ['zh_TW', 'zh_HK', 'zh_MO'] : ['zh_CN', 'zh_SG'];
  if (!sub) return [lang];
  const keys = [`${lang}_${sub.toUpperCase()}`];
  if (!tags.some((t) => t === lang || (t !== tag && t.split('-')[0] === lang))) keys.push(lang);
  return keys;
}

/**
 * The autostart entry. `texts` is the Comment by locale tag (the `main.autostart.comment` message in
 * every language, made at build time): English as `Comment=`, each other language under its
 * locale keys (desktopLocaleKeys), so the desktop shows it in the language of the session.
 */
export function desktopEntry(exec: string, texts: Readonly<Record<string, string>> = comments): string {
  const tags = Object.keys(texts).sort();
  const localized = tags.flatMap((tag) => desktopLocaleKeys(tag, tags).map((key) => `Comment[${key}]=${escapeValue(texts[tag]!)}`));
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Limber',
    `Comment=${escapeValue(texts[SOURCE_LOCALE] ?? comments[SOURCE_LOCALE]!)}`,
    ...localized,
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
