// What the detectors tell a person (Settings → Don't interrupt me: what each uses, or why it is not
// available), in the main process's language. The detectors also run under plain `tsx` (the
// bench), where no compiled messages load: until the shell hands them its translator
// (createDetectors' `words`) they word everything in English, the same text as the messages.
import { sayer, type MainTranslate, type Say } from '../core/main-text';

let words: (() => MainTranslate) | undefined;

/** The translator of the moment for every detector's words (the shell's; none = English). */
export function setDetectorWords(w: (() => MainTranslate) | undefined): void {
  words = w;
}

/** Words one text in the language of the moment. */
export const say: Say = (id, values, english) => sayer(words?.())(id, values, english);
