// The exercise catalog in another language. The English text in desk.ts / floor.ts / safety.ts is
// the source; a translation is data beside it (src-main/core/catalog/locales/<tag>.json) in the
// shape `catalogSource()` prints. A side-naming step is written out for each side in full, so a
// language whose words for "right"/"left" change with the noun (rechte Hüfte, rechten Fuß) reads
// correctly. Anything a translation lacks — or gets wrong in shape (another number of steps) —
// falls back to English field by field, so a person always reads a whole sentence. Pure.
import ACCENTS from '../i18n/pseudo-accents.json';
import { CATALOG } from './index';
import { SAFETY_NOTES } from './safety';
import { fillSide } from './sides';
import type { Exercise, Side } from './types';

export interface ExerciseText {
  name: string;
  /** the same number of steps as the English, in the same order (the player times them by index) */
  steps: string[];
  /** by step index, the step as read on each side (only where the English names the side) */
  sideSteps?: Record<string, { right: string; left: string }>;
  cautions: string[];
  breathing: string;
}

export interface SafetyText {
  heading: string;
  text: string;
}

export interface CatalogTranslation {
  exercises: Record<string, ExerciseText>;
  safety: Record<string, SafetyText>;
}

/** The English catalog text in the translation's shape: what a translator starts from. */
export function catalogSource(): CatalogTranslation {
  const exercises: Record<string, ExerciseText> = {};
  for (const ex of CATALOG) {
    const text: ExerciseText = {
      name: ex.name,
      steps: [...ex.steps],
      cautions: [...ex.cautions],
      breathing: ex.breathing,
    };
    if (ex.sideSteps) {
      text.sideSteps = {};
      for (const [i, template] of Object.entries(ex.sideSteps)) {
        text.sideSteps[i] = { right: fillSide(template, 'right'), left: fillSide(template, 'left') };
      }
    }
    exercises[ex.id] = text;
  }
  const safety: Record<string, SafetyText> = {};
  for (const note of SAFETY_NOTES) safety[note.id] = { heading: note.heading, text: note.text };
  return { exercises, safety };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function sameLengthTexts(own: unknown, english: readonly string[]): string[] {
  if (!Array.isArray(own) || own.length !== english.length) return [...english];
  return english.map((en, i) => (isText(own[i]) ? (own[i] as string) : en));
}

/** An exercise's text in a language: the translation where it is whole, else English. */
export interface LocalizedExercise {
  name: string;
  steps: string[];
  cautions: string[];
  breathing: string;
  /** the steps as read on `side` (side-naming steps filled in) */
  stepsForSide(side: Side): string[];
  /** true when some step reads differently on the two sides */
  namesSide: boolean;
}

export function localizeExercise(ex: Exercise, translation?: CatalogTranslation): LocalizedExercise {
  const own = translation?.exercises[ex.id];
  const steps = sameLengthTexts(own?.steps, ex.steps);
  const forSide = (side: Side): string[] =>
    steps.map((step, i) => {
      const template = ex.sideSteps?.[i];
      if (template === undefined) return step;
      const written = own?.sideSteps?.[String(i)]?.[side];
      // a translated side step only counts with its translated plain step (else mixed languages)
      return isText(written) && steps[i] !== ex.steps[i] ? written : fillSide(template, side);
    });
  return {
    name: isText(own?.name) ? own.name : ex.name,
    steps,
    cautions: sameLengthTexts(own?.cautions, ex.cautions),
    breathing: isText(own?.breathing) ? own.breathing : ex.breathing,
    stepsForSide: forSide,
    namesSide: ex.sideSteps !== undefined && Object.keys(ex.sideSteps).length > 0,
  };
}

/** A safety note in a language: the translation where it is whole, else English. */
export function localizeSafety(id: string, heading: string, text: string, translation?: CatalogTranslation): SafetyText {
  const own = translation?.safety[id];
  return isText(own?.heading) && isText(own?.text) ? { heading: own.heading, text: own.text } : { heading, text };
}

/**
 * The catalog in the pseudo-locale (en-XA): every letter accented, 40 % longer, in brackets, as
 * the messages are (scripts/i18n/messages.mjs) — so a window rendered in it shows exercise text
 * that did not go through the translation as plain English.
 */
export function pseudoCatalog(): CatalogTranslation {
  const pseudo = (text: string): string => {
    const accented = text.replace(/[A-Za-z]/g, (ch) => (ACCENTS as Record<string, string>)[ch] ?? ch);
    const pad = Math.ceil(text.length * 0.4);
    return `[${accented}${pad ? ` ${'·'.repeat(Math.max(0, pad - 1))}` : ''}]`;
  };
  const source = catalogSource();
  const exercises: Record<string, ExerciseText> = {};
  for (const [id, ex] of Object.entries(source.exercises)) {
    exercises[id] = {
      name: pseudo(ex.name),
      steps: ex.steps.map(pseudo),
      cautions: ex.cautions.map(pseudo),
      breathing: pseudo(ex.breathing),
      ...(ex.sideSteps
        ? {
            sideSteps: Object.fromEntries(
              Object.entries(ex.sideSteps).map(([i, s]) => [i, { right: pseudo(s.right), left: pseudo(s.left) }]),
            ),
          }
        : {}),
    };
  }
  const safety: Record<string, SafetyText> = {};
  for (const [id, note] of Object.entries(source.safety)) safety[id] = { heading: pseudo(note.heading), text: pseudo(note.text) };
  return { exercises, safety };
}
