// Plain-language numbers for the pages.
import { PSEUDO_LOCALE } from '../../src-main/core/i18n/locales';
import { locale } from './i18n';

/** 45 → "45 s", 90 → "1 min 30 s", 120 → "2 min", 150 → "2½ min" when `approx`. */
export function formatDuration(seconds: number, approx = false): string {
  const s = Math.max(0, Math.round(seconds));
  if (approx) {
    if (s < 60) return `${Math.max(5, Math.round(s / 5) * 5)} s`;
    const halves = Math.round(s / 30);
    const whole = Math.floor(halves / 2);
    return halves % 2 ? `${whole === 0 ? '' : whole}½ min` : `${whole} min`;
  }
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  return r ? `${m} min ${r} s` : `${m} min`;
}

/** 1 → "1 minute", 3 → "3 minutes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Local "HH:MM" for an epoch-ms wall time. */
export function clockTime(wall: number): string {
  const d = new Date(wall);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The tag to give `Intl` for dates, times, week starts and numbers: the active locale, but with
 * the user's own region when the browser's languages have one for the same language — English
 * messages for someone whose system says en-GB write 24-hour times and start the week on Monday,
 * the pseudo-locale (en-XA) formats as the system's English does. A locale with a script or region
 * of its own (pt-BR, zh-Hans) is used as it is, so Simplified Chinese never gets Traditional names.
 */
export function intlLocale(active: string = locale(), preferred: readonly string[] = browserLanguages()): string {
  const lang = active.split('-')[0]!.toLowerCase();
  const plain = active === PSEUDO_LOCALE || !active.includes('-');
  if (!plain) return active;
  const match = preferred.find((p) => typeof p === 'string' && p.split(/[-_]/)[0]!.toLowerCase() === lang);
  return match ?? lang;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
