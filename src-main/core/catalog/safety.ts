// Safety guidance shown on first run and kept one click away in the player (SPEC §4).
// The points come from the seed articles (mostly 004, 003 and 002); the wording is ours.

export interface SafetyNote {
  id: string;
  heading: string;
  text: string;
}

export const SAFETY_NOTES: readonly SafetyNote[] = [
  {
    id: 'no-pain',
    heading: 'Never into pain',
    text: 'A stretch should feel like gentle tension, never pain. If something hurts, stop that exercise straight away — "Stop — this hurts" is always one click away.',
  },
  {
    id: 'not-in-pain',
    heading: 'On a calm day, not a painful one',
    text: 'Do these exercises when your back is not hurting: that is when they build you up. If one makes the pain worse, stop and rest, and take a few days off if you need them.',
  },
  {
    id: 'breathe',
    heading: 'Keep breathing',
    text: 'Breathe slowly and evenly through every movement and every hold. Holding your breath while you strain can leave you dizzy or light-headed.',
  },
  {
    id: 'gentle',
    heading: 'Gentle effort',
    text: 'Work well below your maximum effort. These movements help by being easy and regular, not by being hard.',
  },
  {
    id: 'physician',
    heading: 'Ask a doctor first',
    text: 'Before you start any exercise programme — especially with an injury, a back condition or ongoing pain — check with a doctor or physiotherapist which exercises suit you.',
  },
  {
    id: 'soreness',
    heading: 'A little soreness is normal',
    text: 'Muscles you rarely use may feel slightly sore for a day or two. That fades as you get used to the movements; sharp or lasting pain does not, so stop and get advice.',
  },
  {
    id: 'when-in-doubt',
    heading: 'When in doubt, skip it',
    text: 'If an exercise does not feel right today, leave it out and try again another day — or exclude it in Settings.',
  },
];
