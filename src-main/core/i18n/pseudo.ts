// The pseudo-locale for plain text (issue 15): the exercise catalog in `en-XA`, made from the
// English at run time the way scripts/i18n/messages.mjs makes the messages at build time —
// letters accented, about 40 % longer, in brackets — so a window in the pseudo-locale shows
// catalog text that is not localized (plain English) and text that is cut off (no closing
// bracket). Pure.
import { catalogSource, type CatalogTranslation } from '../catalog/localize';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçđéƒğĥíĵķļɱñöƥʠŕšţûṽŵẋýžÁƁÇĐÉƑĞĤÍĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ';
const MAP = new Map([...PLAIN].map((ch, i) => [ch, [...ACCENTED][i]!]));

/** One text pseudo-localized: "Turn your head" → "[Ţûŕñ ýöûŕ ĥéáđ ·····]". */
export function pseudoText(text: string): string {
  const accented = [...text].map((ch) => MAP.get(ch) ?? ch).join('');
  const pad = Math.ceil(text.length * 0.4);
  return `[${accented}${pad ? ` ${'·'.repeat(Math.max(0, pad - 1))}` : ''}]`;
}

/** The whole catalog in the pseudo-locale (every text of catalogSource(), pseudo-localized). */
export function pseudoCatalog(): CatalogTranslation {
  const source = catalogSource();
  const exercises: CatalogTranslation['exercises'] = {};
  for (const [id, ex] of Object.entries(source.exercises)) {
    exercises[id] = {
      name: pseudoText(ex.name),
      steps: ex.steps.map(pseudoText),
      cautions: ex.cautions.map(pseudoText),
      breathing: pseudoText(ex.breathing),
      ...(ex.sideSteps
        ? { sideSteps: Object.fromEntries(Object.entries(ex.sideSteps).map(([i, s]) => [i, { right: pseudoText(s.right), left: pseudoText(s.left) }])) }
        : {}),
    };
  }
  const safety: CatalogTranslation['safety'] = {};
  for (const [id, note] of Object.entries(source.safety)) safety[id] = { heading: pseudoText(note.heading), text: pseudoText(note.text) };
  return { exercises, safety };
}
