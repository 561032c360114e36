// What the player says and sounds at each moment of an exercise: the big cue on screen, the
// polite screen-reader announcement, the spoken step (optional) and the soft cue sound. Pure
// (no DOM, no clock): given the segment we are in and the one before, so it is unit-tested.
// Every word comes from the `break` messages in the page's language (call these while rendering
// or in an effect, after the locale is set); the step texts are the exercise's own, already in
// that language.
import { t } from '../shared/i18n';
import { getReadyLeft, secondsLeft, stepTextFor, type Plan, type Segment, type SidedSteps } from './plan';
import { num } from './words';

export interface GuidedExercise extends SidedSteps {
  name: string;
  cautions?: readonly string[];
}

/** What the big cue says for a segment. */
export function cueOf(seg: Segment, plan: Plan, t0: number): { big: string; small: string; label: string } {
  const left = secondsLeft(seg, t0);
  switch (seg.kind) {
    case 'step': {
      const ready = getReadyLeft(plan, t0);
      return { big: num(ready), small: t('break.cue.getReady'), label: t('break.cue.getReadyLabel', { seconds: ready }) };
    }
    case 'switch':
      return { big: num(left), small: t('break.cue.switch', { side: seg.side ?? 'left' }), label: t('break.cue.switchLabel', { seconds: left }) };
    case 'rest':
      return { big: num(left), small: t('break.cue.rest', { set: seg.set, sets: seg.sets }), label: t('break.cue.restLabel', { seconds: left }) };
    case 'hold':
      return { big: num(left), small: t('break.cue.hold'), label: t('break.cue.holdLabel', { seconds: left }) };
    case 'move':
      if (!plan.counted) return { big: t('break.cue.easeIn'), small: t('break.cue.easeInSmall'), label: t('break.cue.easeInLabel') };
      return {
        big: num(seg.rep),
        small: t('break.cue.repOf', { reps: seg.reps, sides: plan.sides, hold: plan.holdSeconds ? 'yes' : 'no' }),
        label: t('break.cue.repLabel', { rep: seg.rep, reps: seg.reps }),
      };
  }
}

/** The dose in words, for the announcement at the start of the work. */
function doseWords(plan: Plan, seg: Segment): string {
  const dose = plan.counted
    ? t('break.say.doseReps', { reps: seg.reps, sides: plan.sides, hold: plan.holdSeconds })
    : t('break.say.doseHold', { hold: plan.holdSeconds, sides: plan.sides });
  return seg.side ? `${dose} ${t('break.say.sideFirst', { side: seg.side })}` : dose;
}

/** A short move (under this) with no hold is counted aloud only every fifth rep and the last. */
export const SHORT_REP_MS = 2500;

/**
 * What is announced (politely) when a segment begins, if anything. `prev` is the segment before
 * in the same exercise (null at its start). The step read is always the one on screen — at the
 * start of the work that is the current movement, not the exercise's last step. Reps and holds
 * are announced once as they begin (never every second); short quick reps every fifth.
 * Sentences are whole messages, joined with a space.
 */
export function announcementOf(seg: Segment, plan: Plan, ex: GuidedExercise, prev: Segment | null): string | null {
  const text = (s: Segment): string => stepTextFor(ex, s, s.step);
  if (seg.kind === 'step') {
    const said = t('break.say.getReady', { step: seg.step + 1, steps: plan.steps, text: text(seg) });
    return prev === null && ex.cautions?.length ? `${said} ${t('break.say.caution', { text: ex.cautions.join(' ') })}` : said;
  }
  if (seg.kind === 'switch') return `${t('break.say.switch', { side: seg.side ?? 'left' })} ${text(seg)}`;
  if (seg.kind === 'rest') return t('break.say.rest', { set: seg.set, sets: seg.sets });
  if (prev === null || prev.kind === 'step') return `${t('break.say.begin', { text: text(seg) })} ${doseWords(plan, seg)}`;
  if (seg.kind === 'hold') {
    // the hold's own length: the middle hold of a round may differ from the side holds
    const seconds = (seg.end - seg.start) / 1000;
    return seconds >= 10 ? t('break.say.holdFor', { seconds }) : t('break.say.holdShort', { seconds });
  }
  // a move back to the middle of a round, and on from there: a new position, said as its step
  // (the round's rep was said on the right)
  if (seg.middle || prev.middle) return text(seg);
  // a move: the next rep (the first of a side or set follows a switch or rest, already said)
  if (!plan.counted) return null;
  if (plan.sides === 'alternate' && seg.side === 'left') return null;
  if (prev.kind === 'switch' || prev.kind === 'rest') return `${t('break.say.repOf', { rep: seg.rep, reps: seg.reps })} ${text(seg)}`;
  const short = seg.end - seg.start < SHORT_REP_MS && !plan.holdSeconds;
  if (short && seg.rep % 5 !== 0 && seg.rep !== seg.reps) return null;
  return seg.rep === seg.reps ? t('break.say.lastRep', { rep: seg.rep, reps: seg.reps }) : t('break.say.repOf', { rep: seg.rep, reps: seg.reps });
}

/**
 * What the optional spoken guidance says when a segment begins: the steps, the change of side,
 * the way back to the middle of a round and on from it, the start of the work and of long holds
 * — not the rep counts (the cue sounds mark those).
 */
export function spokenOf(seg: Segment, plan: Plan, ex: GuidedExercise, prev: Segment | null, newExercise: boolean): string | null {
  const a = announcementOf(seg, plan, ex, prev);
  const said =
    seg.kind === 'step' ||
    seg.kind === 'switch' ||
    seg.kind === 'rest' ||
    prev === null ||
    prev.kind === 'step' ||
    (seg.kind === 'hold' && seg.end - seg.start >= 10_000) ||
    (seg.kind === 'move' && (seg.middle || prev.middle))
      ? a
      : null;
  if (newExercise) return `${t('break.say.exercise', { name: ex.name })} ${said ?? ''}`.trim();
  return said;
}

/** The soft cue sounds (see chime.ts), each switchable in Settings. */
export type CueKind = 'release' | 'side' | 'next' | 'begin';

export interface CueSettings {
  /** the end of a hold */
  cueHoldEnd: boolean;
  /** the change to the other side */
  cueSideSwitch: boolean;
  /** the next exercise, and the end of its get-ready time */
  cueNextExercise: boolean;
}

/** Which cue sounds as `seg` begins (one at most; the most important wins), if it is switched on. */
export function cueSoundAt(seg: Segment, prev: Segment | null, newExercise: boolean, on: CueSettings): CueKind | null {
  if (newExercise) return on.cueNextExercise ? 'next' : null;
  if (seg.kind === 'switch') return on.cueSideSwitch ? 'side' : null;
  if (prev?.kind === 'step' && seg.kind !== 'step') return on.cueNextExercise ? 'begin' : null;
  if (prev?.kind === 'hold') return on.cueHoldEnd ? 'release' : null;
  return null;
}
