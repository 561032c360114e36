// Which locale is active, kept up to date (issue 15): chosen from the language setting and the
// OS's preferred languages (chooseLocale) at start and again whenever the settings change; a new
// choice is loaded first (the host's messages and the catalog translation) and only then applied,
// so nothing shows half in the old language and half in the new. A newer choice wins over a
// slower older one. Used by the Electron shell (src-main/locale.ts) and the browser test host
// alike. Pure: the host passes in what to read, load and apply.
import type { CatalogTranslation } from '../catalog/localize';
import { chooseLocale, SOURCE_LOCALE, type LanguageChoice } from './locales';

export interface LocaleFollowerDeps {
  /** the language setting now */
  language(): LanguageChoice;
  /** the OS's preferred languages, most preferred first (Electron's getPreferredSystemLanguages) */
  preferred(): readonly string[];
  /**
   * Loads what the locale needs before it is shown (the host's own messages, say) and its catalog
   * translation (undefined: none, English). A rejection counts as "nothing to load": English.
   */
  load(tag: string): Promise<CatalogTranslation | undefined>;
  /** the locale is loaded: make it the active one (the app's catalog, the pages) */
  apply(tag: string, catalog: CatalogTranslation | undefined): void;
  log?(message: string): void;
}

export class LocaleFollower {
  /** the locale applied last (English until the first choice is applied) */
  private applied = SOURCE_LOCALE;
  /** the locale chosen last (being loaded, or applied) */
  private wanted = SOURCE_LOCALE;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly deps: LocaleFollowerDeps) {}

  /** The locale applied now. */
  get active(): string {
    return this.applied;
  }

  /** The locale the setting and the OS ask for now. */
  choose(): string {
    return chooseLocale(this.deps.language(), this.deps.preferred());
  }

  /**
   * Chooses again (at start; after a settings change) and, when the choice differs from the one
   * being applied, loads and applies it. English at start needs no loading and is applied at once.
   * Resolves when the latest choice is applied.
   */
  update(): Promise<void> {
    const tag = this.choose();
    if (tag === this.wanted) return this.pending;
    this.wanted = tag;
    this.pending = this.deps
      .load(tag)
      .catch((err: unknown) => {
        this.deps.log?.(`could not load the ${tag} catalog: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      })
      .then((catalog) => {
        if (this.wanted !== tag) return; // a newer choice came meanwhile: it applies itself
        this.applied = tag;
        this.deps.apply(tag, catalog);
      });
    return this.pending;
  }

  /** Resolves once the latest choice is applied (what a page waits for before its first render). */
  async settled(): Promise<void> {
    let waited: Promise<void>;
    do {
      waited = this.pending;
      await waited;
    } while (waited !== this.pending);
  }
}
