// What the player says and sounds at each moment of an exercise: the big cue on screen, the
// polite screen-reader announcement, the spoken step (optional) and the soft cue sound. Pure
// (no DOM, no clock): given the segment we are in and the one before, so it is unit-tested.
import { getReadyLeft, secondsLeft, sideName, stepTextFor, type Plan, type Segment, type SidedSteps } from './plan';

export interface GuidedExercise extends SidedSteps {
  name: string;
  cautions?: readonly string[];
}

/** What the big cue says for a segment. */
export function cueOf(seg: Segment, plan: Plan, t: number): { big: string; small: string; label: string } {
  const left = secondsLeft(seg, t);
  switch (seg.kind) {
    case 'step': {
      const ready = getReadyLeft(plan, t);
      return {
        big: `${ready}`,
        small: 'Get ready',
        label: `Get ready, starting in ${ready} seconds`,
      };
    }
    case 'switch':
      return { big: `${left}`, small: `Switch over: now the ${seg.side} side`, label: `Switching sides, ${left} seconds` };
    case 'rest':
      return { big: `${left}`, small: `Rest — set ${seg.set} of ${seg.sets} next`, label: `Rest, ${left} seconds` };
    case 'hold':
      return { big: `${left}`, small: 'Hold — keep breathing', label: `Hold, ${left} seconds left` };
    case 'move':
      if (!plan.counted) return { big: 'Ease in', small: 'Move slowly into position', label: 'Ease into position' };
      return {
        big: `${seg.rep}`,
        small: `of ${seg.reps}${plan.sides === 'both' ? '' : ' each side'}${plan.holdSeconds ? ' — move in, then hold' : ' — at an easy pace'}`,
        label: `Repetition ${seg.rep} of ${seg.reps}`,
      };
  }
}

/** The dose in words, for the announcement at the start of the work. */
function doseWords(plan: Plan, seg: Segment): string {
  const side = plan.sides === 'both' ? '' : plan.sides === 'each' ? ' each side' : ' each side, alternating';
  const first = seg.side ? ` ${sideName(seg.side)} first.` : '';
  if (plan.counted) return `${seg.reps} repetitions${side}${plan.holdSeconds ? `, holding ${plan.holdSeconds} seconds each` : ''}.${first}`;
  return `Hold ${plan.holdSeconds} seconds${side}.${first}`;
}

/** A short move (under this) with no hold is counted aloud only every fifth rep and the last. */
export const SHORT_REP_MS = 2500;

/**
 * What is announced (politely) when a segment begins, if anything. `prev` is the segment before
 * in the same exercise (null at its start). The step read is always the one on screen — at the
 * start of the work that is the current movement, not the exercise's last step. Reps and holds
 * are announced once as they begin (never every second); short quick reps every fifth.
 */
export function announcementOf(seg: Segment, plan: Plan, ex: GuidedExercise, prev: Segment | null): string | null {
  const text = (s: Segment): string => stepTextFor(ex, s, s.step);
  if (seg.kind === 'step') {
    const caution = prev === null && ex.cautions?.length ? ` Caution: ${ex.cautions.join(' ')}` : '';
    return `Get ready. Step ${seg.step + 1} of ${plan.steps}: ${text(seg)}${caution}`;
  }
  if (seg.kind === 'switch') return `Now the ${seg.side} side. ${text(seg)}`;
  if (seg.kind === 'rest') return `Rest. Set ${seg.set} of ${seg.sets} next.`;
  if (prev === null || prev.kind === 'step') return `Begin: ${text(seg)} ${doseWords(plan, seg)}`;
  if (seg.kind === 'hold') return plan.holdSeconds >= 10 ? `Hold for ${plan.holdSeconds} seconds.` : `Hold ${plan.holdSeconds}.`;
  // a move: the next rep (the first of a side or set follows a switch or rest, already said)
  if (!plan.counted) return null;
  if (plan.sides === 'alternate' && seg.side === 'left') return null;
  if (prev.kind === 'switch' || prev.kind === 'rest') return `${seg.rep} of ${seg.reps}. ${text(seg)}`;
  const short = seg.end - seg.start < SHORT_REP_MS && !plan.holdSeconds;
  if (short && seg.rep % 5 !== 0 && seg.rep !== seg.reps) return null;
  return seg.rep === seg.reps ? `Last one, ${seg.rep} of ${seg.reps}.` : `${seg.rep} of ${seg.reps}.`;
}

/**
 * What the optional spoken guidance says when a segment begins: the steps, the change of side,
 * the start of the work and of long holds — not the rep counts (the cue sounds mark those).
 */
export function spokenOf(seg: Segment, plan: Plan, ex: GuidedExercise, prev: Segment | null, newExercise: boolean): string | null {
  const a = announcementOf(seg, plan, ex, prev);
  const said =
    seg.kind === 'step' || seg.kind === 'switch' || seg.kind === 'rest' || prev === null || prev.kind === 'step' || (seg.kind === 'hold' && plan.holdSeconds >= 10)
      ? a
      : null;
  if (newExercise) return `${ex.name}. ${said ?? ''}`.trim();
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
