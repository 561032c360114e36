// The main process's locale (issue 15): chosen from the language setting and the OS's preferred
// languages (Electron's app.getPreferredSystemLanguages(), read at each choice) at start and
// again whenever the settings change, without a restart. A new locale is loaded first — the main
// process's messages (src-main/i18n.ts) and the catalog translation — and then applied: the app's
// catalog texts switch (LimberApp.setLocale) and the app's `locale` event tells the shell, which
// tells every page. The core's LocaleFollower does the choosing; this module wires it up.
import type { LimberApp } from './core/app';
import { LocaleFollower } from './core/i18n/locale-follower';
import { loadCatalogTranslation } from './catalog-locales';
import { setMainLocale } from './i18n';

export interface MainLocaleDeps {
  limber: LimberApp;
  /** app.getPreferredSystemLanguages (after `ready`) */
  preferredSystemLanguages(): string[];
  log?(message: string): void;
}

export interface MainLocale {
  /** the active locale's tag */
  readonly active: string;
  /** resolves once the latest choice is applied */
  settled(): Promise<void>;
  dispose(): void;
}

export function followMainLocale(deps: MainLocaleDeps): MainLocale {
  const preferred = (): string[] => {
    try {
      const list = deps.preferredSystemLanguages();
      return Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const follower = new LocaleFollower({
    language: () => deps.limber.settings.language,
    preferred,
    load: async (tag) => {
      const [, catalog] = await Promise.all([setMainLocale(tag), loadCatalogTranslation(tag)]);
      return catalog;
    },
    apply: (tag, catalog) => {
      deps.limber.setLocale(tag, catalog);
      deps.log?.(`language: ${tag}`);
    },
    ...(deps.log ? { log: deps.log } : {}),
  });
  const off = deps.limber.on('settings', () => void follower.update());
  void follower.update();
  return {
    get active() {
      return follower.active;
    },
    settled: () => follower.settled(),
    dispose: off,
  };
}
