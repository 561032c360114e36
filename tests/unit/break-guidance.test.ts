// What the break player says and sounds (src-renderer/break/guidance.ts) and the end view's
// words (end-words.ts): the live region reads the step on screen; reps and short holds are
// announced, never every second; cue sounds come at the end of a hold, a side switch and the
// next exercise, each switchable; the end view's words match what was done (issue 14 point 10).
import english from 'virtual:limber-messages/en/break';
import { describe, expect, it } from 'vitest';
import { CATALOG, stepsForSide } from '../../src-main/core/catalog';
import { PARTIAL_COUNTS_FROM } from '../../src-main/core/goal';
import type { SchedulerStatus } from '../../src-main/core/scheduler';
import { AUTO_CLOSE_SECONDS, endWords, nextBreakWords, PARTIAL_COUNTS_FROM as PAGE_RULE } from '../../src-renderer/break/end-words';
import { announcementOf, cueOf, cueSoundAt, spokenOf, type CueSettings } from '../../src-renderer/break/guidance';
import { withStepKinds } from '../../src-main/core/catalog/step-kinds';
import { buildPlan, stepTextFor, type Plan } from '../../src-renderer/break/plan';
import { initI18n } from '../../src-renderer/shared/i18n';
import { sittingStatus } from '../fixtures/status';

// the page's words in English (the page's main.tsx does this with the same compiled messages)
initI18n(english, {});

const ALL_ON: CueSettings = { cueHoldEnd: true, cueSideSwitch: true, cueNextExercise: true };

/** Every announcement of an exercise, in order, as the player makes them (one per segment change). */
function announcements(ex: { name: string; steps: readonly string[]; cautions?: readonly string[] }, plan: Plan): (string | null)[] {
  return plan.segments.map((seg, i) => announcementOf(seg, plan, ex, i === 0 ? null : plan.segments[i - 1]!));
}

describe('announcements (screen readers)', () => {
  for (const ex of CATALOG) {
    it(`${ex.id}: the start of the work reads the step on screen, not the last step`, () => {
      const plan = buildPlan(withStepKinds(ex));
      const i = plan.segments.findIndex((s) => s.kind !== 'step');
      const seg = plan.segments[i]!;
      const a = announcementOf(seg, plan, ex, plan.segments[i - 1] ?? null)!;
      expect(a).toContain(stepTextFor(ex, seg, seg.step));
      const last = ex.steps.at(-1)!;
      if (seg.step !== ex.steps.length - 1 && !stepTextFor(ex, seg, seg.step).includes(last)) expect(a).not.toContain(last);
      // the get-ready announcement carries the caution
      const first = announcementOf(plan.segments[0]!, plan, ex, null)!;
      for (const c of ex.cautions) expect(first).toContain(c);
    });
  }

  it('holds under 10 s are announced once as they begin; longer ones with their length', () => {
    const ex = { name: 'x', steps: ['Sit tall.', 'Lift one knee.', 'Hold it there.'] };
    const short = buildPlan(withStepKinds({ ...ex, dosage: { reps: 3, holdSeconds: 5, sets: 1, sides: 'both' } }));
    const said = announcements(ex, short);
    const holds = short.segments.map((s, i) => [s, said[i]] as const).filter(([s]) => s.kind === 'hold');
    expect(holds.map(([, a]) => a)).toEqual(['Hold 5.', 'Hold 5.', 'Hold 5.']);
    const long = buildPlan(withStepKinds({ ...ex, dosage: { reps: 1, holdSeconds: 20, sets: 1, sides: 'both' } }));
    expect(announcements(ex, long).filter((a) => a?.startsWith('Hold'))).toEqual(['Hold for 20 seconds.']);
  });

  it('reps are counted aloud; quick 2 s reps only every fifth and the last', () => {
    const ex = { name: 'x', steps: ['Sit tall.', 'March on the spot.'] };
    const slow = buildPlan(withStepKinds({ ...ex, dosage: { reps: 4, sets: 1, sides: 'both', repSeconds: 3 } }));
    expect(announcements(ex, slow).slice(1)).toEqual([expect.stringMatching(/^Begin: March on the spot\. 4 repetitions\./), '2 of 4.', '3 of 4.', 'Last one, 4 of 4.']);
    const quick = buildPlan(withStepKinds({ ...ex, dosage: { reps: 12, sets: 1, sides: 'both', repSeconds: 2 } }));
    const counted = announcements(ex, quick)
      .slice(2)
      .filter((a) => a !== null);
    expect(counted).toEqual(['5 of 12.', '10 of 12.', 'Last one, 12 of 12.']);
  });

  it('a countdown is never announced every second: one announcement at most per segment', () => {
    for (const ex of CATALOG) {
      const plan = buildPlan(withStepKinds(ex));
      const said = announcements(ex, plan).filter((a) => a !== null);
      expect(said.length).toBeLessThanOrEqual(plan.segments.length);
    }
  });

  it('the side switch names the new side and its step; the steps are read for the side in play', () => {
    const ex = {
      name: 'x',
      steps: ['Sit tall.', 'Cross one ankle over the other knee.', 'Repeat with the other leg.'],
      stepsBySide: {
        right: ['Sit tall.', 'Cross your right ankle over your left knee.', 'Repeat with the other leg.'],
        left: ['Sit tall.', 'Cross your left ankle over your right knee.', 'Repeat with the other leg.'],
      },
    };
    const plan = buildPlan(withStepKinds({ ...ex, dosage: { reps: 1, holdSeconds: 15, sets: 1, sides: 'each' } }));
    const sw = plan.segments.find((s) => s.kind === 'switch')!;
    expect(announcementOf(sw, plan, ex, plan.segments[sw.index - 1]!)).toBe('Now the left side. Repeat with the other leg.');
    const begin = plan.segments.find((s) => s.kind !== 'step')!;
    expect(announcementOf(begin, plan, ex, plan.segments[begin.index - 1]!)).toContain('Begin: Cross your right ankle over your left knee.');
    expect(announcementOf(begin, plan, ex, plan.segments[begin.index - 1]!)).toContain('Right side first.');
    const leftMove = plan.segments.find((s) => s.kind === 'move' && s.side === 'left')!;
    expect(stepTextFor(ex, leftMove, leftMove.step)).toBe('Cross your left ankle over your right knee.');
    // get-ready reads the plain steps, which fit either side
    expect(announcementOf(plan.segments[0]!, plan, ex, null)).toBe('Get ready. Step 1 of 3: Sit tall.');
  });

  it('spoken guidance says the steps and sides, not the rep counts', () => {
    const ex = { name: 'March', steps: ['Sit tall.', 'March on the spot.'] };
    const plan = buildPlan(withStepKinds({ ...ex, dosage: { reps: 4, sets: 1, sides: 'both', repSeconds: 3 } }));
    const spoken = plan.segments.map((s, i) => spokenOf(s, plan, ex, i ? plan.segments[i - 1]! : null, i === 0));
    expect(spoken[0]).toBe('March. Get ready. Step 1 of 2: Sit tall.');
    expect(spoken[1]).toMatch(/^Begin: March on the spot\./);
    expect(spoken.slice(2)).toEqual([null, null, null]);
  });
});

describe('knee rolls: the knee hug in the middle of each round (seed 003)', () => {
  const knee = CATALOG.find((e) => e.id === 'knee-rolls')!;
  const ex = { ...knee, stepsBySide: { right: stepsForSide(knee, 'right'), left: stepsForSide(knee, 'left') } };
  const plan = buildPlan(withStepKinds(knee));
  const back = plan.segments.find((s) => s.kind === 'move' && s.middle)!;
  const round = plan.segments.slice(back.index - 2, back.index + 4); // right move … left hold
  const prevOf = (i: number) => plan.segments[i - 1] ?? null;

  it('is said as its step and counted down as a hold, with no side', () => {
    expect(round.map((s) => [s.kind, s.side])).toEqual([
      ['move', 'right'],
      ['hold', 'right'],
      ['move', null],
      ['hold', null],
      ['move', 'left'],
      ['hold', 'left'],
    ]);
    const said = round.map((s) => announcementOf(s, plan, ex, prevOf(s.index)));
    expect(said.slice(1)).toEqual([
      'Hold 5.',
      'Roll back to the middle and hug your knees to your chest for five.',
      'Hold 5.',
      'Let go, set your feet down and roll both knees to the left.',
      'Hold 5.',
    ]);
    const hug = round[3]!;
    // counted down like the side holds
    const sideHold = round[1]!;
    expect(cueOf(hug, plan, hug.start + 1200)).toEqual(cueOf(sideHold, plan, sideHold.start + 1200));
    expect(cueOf(hug, plan, hug.start + 1200).big).toBe('4');
    expect(stepTextFor(ex, hug, hug.step)).toBe('Roll back to the middle and hug your knees to your chest for five.');
    // the next round starts on the right again, counted
    const next = plan.segments[round[5]!.index + 1]!;
    expect([next.kind, next.side, next.rep]).toEqual(['move', 'right', 2]);
    expect(announcementOf(next, plan, ex, prevOf(next.index))).toBe('2 of 4.');
  });

  it('spoken guidance says the way to the middle and on to the other side; the release sounds after each hold', () => {
    const spoken = round.map((s) => spokenOf(s, plan, ex, prevOf(s.index), false));
    expect(spoken.slice(1)).toEqual([
      null,
      'Roll back to the middle and hug your knees to your chest for five.',
      null,
      'Let go, set your feet down and roll both knees to the left.',
      null,
    ]);
    expect(round.map((s) => cueSoundAt(s, prevOf(s.index), false, ALL_ON)).slice(1)).toEqual([null, 'release', null, 'release', null]);
  });
});

describe('the get-ready cue', () => {
  it('counts down to the start of the work and names the side that comes first', () => {
    const plan = buildPlan(withStepKinds({ steps: ['Sit tall.', 'Cross your right ankle over your left knee.'], dosage: { reps: 1, holdSeconds: 15, sets: 1, sides: 'each' } }));
    const seg = plan.segments[0]!;
    const ws = plan.segments.find((s) => s.kind !== 'step')!.start;
    expect(cueOf(seg, plan, 0)).toMatchObject({ big: `${ws / 1000}`, small: 'Get ready' });
    expect(seg.side).toBe('right'); // the chip says which side comes first
    expect(cueOf(seg, plan, 1200).big).toBe(`${ws / 1000 - 1}`);
  });
});

describe('cue sounds', () => {
  const plan = buildPlan(withStepKinds({ steps: ['Sit tall.', 'Lift one knee.', 'Hold.', 'Repeat with the other leg.'], dosage: { reps: 2, holdSeconds: 5, sets: 1, sides: 'each' } }));
  const sounds = (on: CueSettings, newExercise = false): (string | null)[] =>
    plan.segments.map((s, i) => cueSoundAt(s, i ? plan.segments[i - 1]! : null, i === 0 && newExercise, on));

  it('at the end of a hold, at the side switch, when get-ready is over and at the next exercise', () => {
    const kinds = plan.segments.map((s) => s.kind);
    expect(kinds.join(' ')).toBe('step move hold move hold switch move hold move hold');
    expect(sounds(ALL_ON, true)).toEqual(['next', 'begin', null, 'release', null, 'side', null, null, 'release', null]);
  });

  it('each cue can be switched off on its own', () => {
    expect(sounds({ ...ALL_ON, cueHoldEnd: false }, true)).toEqual(['next', 'begin', null, null, null, 'side', null, null, null, null]);
    expect(sounds({ ...ALL_ON, cueSideSwitch: false })).toEqual([null, 'begin', null, 'release', null, null, null, null, 'release', null]);
    expect(sounds({ ...ALL_ON, cueNextExercise: false }, true)).toEqual([null, null, null, 'release', null, 'side', null, null, 'release', null]);
    expect(sounds({ cueHoldEnd: false, cueSideSwitch: false, cueNextExercise: false }, true).every((s) => s === null)).toBe(true);
  });
});

describe('the end view’s words (issue 14 point 10)', () => {
  const report = (fraction: number, secondsStretched: number) => ({ fraction, secondsStretched });

  it('"Done for now" after 0 s: no check mark, no "every bit counts", does not count', () => {
    const w = endWords({ kind: 'partial', report: report(0, 0) });
    expect(w.icon).not.toBe('check');
    expect(w.counts).toBe(false);
    expect(`${w.title} ${w.lead}`).not.toMatch(/every bit counts/i);
    expect(w.lead).toMatch(/does not count/);
  });

  it('a partial break says how much was done and counts once at least half is done', () => {
    const small = endWords({ kind: 'partial', report: report(0.3, 40) });
    expect(small).toMatchObject({ icon: 'leaf', counts: false });
    expect(small.lead).toContain('30 %');
    expect(small.lead).toContain('once at least half');
    const half = endWords({ kind: 'partial', report: report(0.5, 60) });
    expect(half).toMatchObject({ icon: 'check', counts: true });
    expect(half.lead).toContain('50 %');
    expect(half.lead).toContain('counts toward today’s goal');
    expect(endWords({ kind: 'partial', report: report(0.49, 60) }).counts).toBe(false);
  });

  it('the whole routine and a stop', () => {
    expect(endWords({ kind: 'complete', report: report(1, 125) })).toMatchObject({ title: 'Well done', icon: 'check', counts: true });
    expect(endWords({ kind: 'stop', report: report(0.2, 20), stoppedName: 'Neck turn' })).toMatchObject({ icon: 'hand', counts: false });
  });

  it('uses the core’s rule for what counts', () => {
    expect(PAGE_RULE).toBe(PARTIAL_COUNTS_FROM);
  });

  it('says when the next break comes, and closes itself after a short while', () => {
    const base = sittingStatus({ nextBreakAt: new Date(2026, 2, 2, 10, 31).getTime() });
    expect(nextBreakWords(base)).toMatch(/^Next break around 10:31/);
    expect(nextBreakWords({ ...base, mode: 'paused', pausedUntil: null })).toBe('Breaks are paused.');
    expect(nextBreakWords(null)).toBeNull();
    expect(AUTO_CLOSE_SECONDS).toBeGreaterThanOrEqual(20);
    expect(AUTO_CLOSE_SECONDS).toBeLessThanOrEqual(30);
  });
});

