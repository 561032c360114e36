// The languages Limber speaks, and how the one to use is chosen (issue 15): the user's choice in
// Settings, else the first of the OS's preferred languages that Limber has (Electron's
// `app.getPreferredSystemLanguages()`, or `navigator.languages` in a page), else English.
// Pure data and functions: the shell and the pages pass the preferences in.

export interface LocaleInfo {
  /** BCP 47 tag, as used for Intl and the file name of its messages */
  tag: string;
  /** the language's own name for itself (shown in the language menu) */
  name: string;
  /** writing direction */
  dir: 'ltr' | 'rtl';
  /** a native speaker has reviewed the texts (movement and safety instructions) */
  reviewed: boolean;
}

/** English is the source; every other locale falls back to it message by message. */
export const SOURCE_LOCALE = 'en';

/** Accented, 40 % longer, bracketed English, generated at build time: shows missed and cut strings. */
export const PSEUDO_LOCALE = 'en-XA';

/**
 * Every language Limber has, in the order the language menu lists them. A language may be listed
 * before its files exist (or with some missing): whatever it lacks is shown in English, message by
 * message and catalog field by field. `reviewed: false` until a native speaker has read its
 * texts — these are movement and safety instructions — and the menu says so.
 */
export const LOCALES: readonly LocaleInfo[] = [
  { tag: 'en', name: 'English', dir: 'ltr', reviewed: true },
  { tag: 'de', name: 'Deutsch', dir: 'ltr', reviewed: false },
  { tag: 'fr', name: 'Français', dir: 'ltr', reviewed: false },
  { tag: 'es', name: 'Español', dir: 'ltr', reviewed: false },
  { tag: 'pt-BR', name: 'Português (Brasil)', dir: 'ltr', reviewed: false },
  { tag: 'it', name: 'Italiano', dir: 'ltr', reviewed: false },
  { tag: 'nl', name: 'Nederlands', dir: 'ltr', reviewed: false },
  { tag: 'pl', name: 'Polski', dir: 'ltr', reviewed: false },
  { tag: 'ja', name: '日本語', dir: 'ltr', reviewed: false },
  { tag: 'zh-Hans', name: '简体中文', dir: 'ltr', reviewed: false },
  { tag: 'ar', name: 'العربية', dir: 'rtl', reviewed: false },
  { tag: PSEUDO_LOCALE, name: '[Ƥšéûđö]', dir: 'ltr', reviewed: true },
];

/** The language setting: 'system' follows the OS, anything else is a tag from LOCALES. */
export type LanguageChoice = 'system' | string;

/** Lower-case language and script/region parts of a tag: "pt-BR" → ["pt", "br"]. */
function parts(tag: string): string[] {
  return tag.toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
}

/** Chinese tags that mean Simplified script (zh-CN, zh-SG, zh-Hans-*); Traditional ones do not match zh-Hans. */
function chineseScript(p: string[]): 'hans' | 'hant' | null {
  if (p[0] !== 'zh') return null;
  if (p.includes('hant') || p.includes('tw') || p.includes('hk') || p.includes('mo')) return 'hant';
  return 'hans';
}

/**
 * The best available locale for a list of preferred tags, in order of preference: an exact match,
 * then a same-language match (pt-PT → pt-BR when only that exists; de-AT → de), else the source.
 * Pseudo-locales are never chosen from the OS preferences.
 */
export function negotiateLocale(preferred: readonly string[], available: readonly string[] = LOCALES.map((l) => l.tag)): string {
  const real = available.filter((a) => a !== PSEUDO_LOCALE);
  for (const want of preferred) {
    if (typeof want !== 'string' || !want) continue;
    const w = parts(want);
    const exact = real.find((a) => parts(a).join('-') === w.join('-'));
    if (exact) return exact;
    const sameLanguage = real.filter((a) => parts(a)[0] === w[0]);
    if (w[0] === 'zh') {
      const script = chineseScript(w);
      const match = sameLanguage.find((a) => chineseScript(parts(a)) === script);
      if (match) return match;
      continue;
    }
    if (sameLanguage.length) return sameLanguage[0]!;
  }
  return SOURCE_LOCALE;
}

/** The locale to use for a language setting and the OS's preferred languages. */
export function chooseLocale(choice: LanguageChoice, preferred: readonly string[]): string {
  if (choice !== 'system' && LOCALES.some((l) => l.tag === choice)) return choice;
  return negotiateLocale(preferred);
}

export function localeInfo(tag: string): LocaleInfo {
  return LOCALES.find((l) => l.tag === tag) ?? LOCALES[0]!;
}

/**
 * A locale tag from elsewhere (the bridge's `getLocale` answer and `locale` event, a test's
 * option), checked before use: a tag Limber has, else English.
 */
export function knownLocale(value: unknown): string {
  return typeof value === 'string' && LOCALES.some((l) => l.tag === value) ? value : SOURCE_LOCALE;
}
