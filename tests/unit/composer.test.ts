// The routine composer (SPEC §4): allowed exercises only, fits routineMinutes, avoids the
// previous break, balances the day, warm-up first, deterministic, clear reasons when impossible.
import { describe, expect, it } from 'vitest';
import { CATALOG, estimateDoseSeconds, estimateSeconds, getExercise, type Exercise } from '../../src-main/core/catalog';
import {
  FIT_TOLERANCE,
  MAX_ITEM_SECONDS,
  MAX_SETS,
  longestSeconds,
  composeRoutine,
  mulberry32,
  type ComposeRequest,
  type Routine,
} from '../../src-main/core/composer';
import { DEFAULT_SETTINGS, USER_EQUIPMENT, type Position } from '../../src-main/core/settings';

type Req = Partial<ComposeRequest['settings']> & { earlierToday?: string[][]; seed?: number };

function compose(r: Req = {}): Routine {
  const result = composeRoutine({
    settings: {
      routineMinutes: r.routineMinutes ?? DEFAULT_SETTINGS.routineMinutes,
      positions: r.positions ?? [...DEFAULT_SETTINGS.positions],
      excludedExercises: r.excludedExercises ?? [],
      // everything by default, so these tests see the whole catalog; equipment has its own tests
      equipment: r.equipment ?? [...USER_EQUIPMENT],
    },
    earlierToday: r.earlierToday ?? [],
    random: mulberry32(r.seed ?? 1),
  });
  if (!result.ok) throw new Error(result.reason);
  return result.routine;
}

const ids = (r: Routine): string[] => r.items.map((i) => i.exerciseId);
const ex = (id: string): Exercise => getExercise(id) as Exercise;
const SEEDS = Array.from({ length: 12 }, (_, i) => i * 7919 + 3);
const MINUTES = Array.from({ length: 15 }, (_, i) => i + 1);
const POSITION_SETS: Position[][] = [['seated', 'standing'], ['seated'], ['standing'], ['floor'], ['seated', 'standing', 'floor']];

describe('mulberry32', () => {
  it('is a deterministic PRNG in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(new Set(xs).size).toBeGreaterThan(990);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('time fit', () => {
  it.each(POSITION_SETS.map((p) => [p.join('+'), p] as const))(
    'fits every routineMinutes from 1 to 15 within ±25 %% (%s)',
    (_name, positions) => {
      for (const routineMinutes of MINUTES) {
        for (const seed of SEEDS) {
          const r = compose({ routineMinutes, positions, seed });
          const target = routineMinutes * 60;
          expect(r.targetSeconds).toBe(target);
          const miss = Math.abs(r.totalSeconds - target) / target;
          expect(miss, `${positions.join('+')} ${routineMinutes} min seed ${seed}: ${r.totalSeconds}s`).toBeLessThanOrEqual(FIT_TOLERANCE);
          expect(r.notes).toEqual([]);
        }
      }
    },
  );

  it('also fits after a previous break has used some exercises', () => {
    for (const positions of POSITION_SETS) {
      for (const routineMinutes of MINUTES) {
        const first = compose({ routineMinutes, positions, seed: 5 });
        const r = compose({ routineMinutes, positions, seed: 6, earlierToday: [ids(first)] });
        const miss = Math.abs(r.totalSeconds - routineMinutes * 60) / (routineMinutes * 60);
        expect(miss, `${positions.join('+')} ${routineMinutes} min`).toBeLessThanOrEqual(FIT_TOLERANCE);
      }
    }
  });

  it('gives each item its dose and the seconds that dose takes; the total adds up', () => {
    for (const routineMinutes of [1, 2, 5, 15]) {
      const r = compose({ routineMinutes, positions: ['seated'] });
      let sum = 0;
      for (const item of r.items) {
        const base = ex(item.exerciseId).dosage;
        expect(item.seconds).toBe(estimateDoseSeconds(ex(item.exerciseId), item.dosage));
        expect(item.dosage.sides).toBe(base.sides);
        expect(item.dosage.sets).toBeGreaterThanOrEqual(1);
        expect(item.dosage.sets).toBeLessThanOrEqual(MAX_SETS);
        if (base.reps !== undefined) {
          // never more reps per set than the catalog, never fewer than about half (one long hold)
          expect(item.dosage.reps).toBeLessThanOrEqual(base.reps);
          const least = (base.holdSeconds ?? 0) >= 10 ? 1 : Math.ceil(base.reps / 2);
          expect(item.dosage.reps).toBeGreaterThanOrEqual(least);
          if (base.holdSeconds !== undefined && base.holdSeconds >= 10) {
            expect(item.dosage.holdSeconds).toBeLessThanOrEqual(base.holdSeconds);
            expect(item.dosage.holdSeconds).toBeGreaterThanOrEqual(10);
          } else {
            expect(item.dosage.holdSeconds).toBe(base.holdSeconds);
          }
        } else {
          expect(item.dosage.holdSeconds).toBeLessThanOrEqual(base.holdSeconds!);
          expect(item.dosage.holdSeconds).toBeGreaterThanOrEqual(Math.min(base.holdSeconds!, 10));
        }
        sum += item.seconds;
      }
      expect(r.totalSeconds).toBe(sum);
    }
  });

  it('caps sets: a second set only for a short exercise, never a repeated exercise, and says when that falls short', () => {
    const seated = CATALOG.filter((e) => e.position === 'seated').map((e) => e.id);
    const keep = ['seated-rotation', 'seated-cat-cow', 'chair-spinal-twist'];
    const r = compose({ routineMinutes: 8, positions: ['seated'], excludedExercises: seated.filter((id) => !keep.includes(id)) });
    expect(new Set(ids(r)).size).toBe(r.items.length);
    for (const item of r.items) {
      expect(item.dosage.sets).toBeLessThanOrEqual(MAX_SETS);
      if (item.dosage.sets > 1) expect(item.seconds).toBeLessThanOrEqual(MAX_ITEM_SECONDS);
    }
    expect(r.totalSeconds).toBeLessThan(480 * (1 - FIT_TOLERANCE));
    expect(r.notes.join(' ')).toMatch(/of the 8 minutes asked/);
  });

  it('never inflates one stretch to fill a long routine (issue 13 point 17: 6 minutes of knee hugs)', () => {
    for (const seed of SEEDS) {
      let earlierToday: string[][] = [];
      for (let b = 0; b < 4; b++) {
        const r = compose({ routineMinutes: 15, seed: seed + b, earlierToday });
        for (const item of r.items) {
          const oneSet = estimateSeconds(ex(item.exerciseId));
          expect(item.seconds, item.exerciseId).toBeLessThanOrEqual(Math.max(oneSet, MAX_ITEM_SECONDS));
        }
        earlierToday = [...earlierToday, ids(r)];
      }
    }
  });

  it('says so when the allowed exercises cannot fill the time even with extra sets', () => {
    const seated = CATALOG.filter((e) => e.position === 'seated').map((e) => e.id);
    const r = compose({ routineMinutes: 15, positions: ['seated'], excludedExercises: seated.filter((id) => id !== 'seated-cat-cow') });
    expect(ids(r)).toEqual(['seated-cat-cow']);
    expect(r.items[0]!.dosage.sets).toBe(MAX_SETS);
    expect(r.totalSeconds).toBeLessThan(15 * 60 * (1 - FIT_TOLERANCE));
    expect(r.notes.join(' ')).toMatch(/of the 15 minutes asked/);
    expect(r.notes.join(' ')).toMatch(/Allow more positions, tick more equipment or exclude fewer/);
  });
});

describe('short routines', () => {
  it('makes a routine of two minutes or more a warm-up and at least one more exercise (not 30 turns alone)', () => {
    for (const positions of POSITION_SETS) {
      for (const seed of SEEDS) {
        for (const routineMinutes of [2, 3, 4]) {
          const r = compose({ positions, seed, routineMinutes });
          expect(r.items.length, `${positions} ${routineMinutes} min: ${ids(r)}`).toBeGreaterThanOrEqual(2);
        }
      }
    }
  });

  it('fits one minute even when only long-hold stretches are allowed (fewer, shorter holds)', () => {
    const keep = ['seated-knee-to-chest', 'seated-figure-four', 'seated-hamstring-stretch'];
    const excludedExercises = CATALOG.filter((e) => !keep.includes(e.id)).map((e) => e.id);
    for (const seed of SEEDS) {
      const r = compose({ routineMinutes: 1, positions: ['seated'], excludedExercises, seed });
      expect(Math.abs(r.totalSeconds - 60) / 60).toBeLessThanOrEqual(FIT_TOLERANCE);
      for (const item of r.items) expect(item.dosage.holdSeconds).toBeGreaterThanOrEqual(10);
    }
  });

  it('says so when even the shortest allowed exercise is longer than asked', () => {
    const excludedExercises = CATALOG.filter((e) => e.id !== 'ball-bird-dog').map((e) => e.id);
    const r = compose({ routineMinutes: 1, positions: ['floor'], excludedExercises });
    expect(ids(r)).toEqual(['ball-bird-dog']);
    expect(r.totalSeconds).toBeGreaterThan(75);
    expect(r.notes.join(' ')).toMatch(/more than the 60 seconds asked/);
  });
});

describe('what may be chosen', () => {
  it('uses only exercises in the allowed positions', () => {
    for (const positions of POSITION_SETS) {
      for (const seed of SEEDS) {
        for (const routineMinutes of [1, 3, 10]) {
          for (const id of ids(compose({ positions, seed, routineMinutes }))) expect(positions).toContain(ex(id).position);
        }
      }
    }
  });

  it('never offers an excluded exercise, and never the same exercise twice', () => {
    const excludedExercises = ['seated-rotation', 'forward-bend', 'half-moon', 'seated-cat-cow', 'tall-stand'];
    for (const seed of SEEDS) {
      for (const routineMinutes of [1, 2, 6, 15]) {
        const r = compose({ excludedExercises, seed, routineMinutes });
        for (const id of ids(r)) expect(excludedExercises).not.toContain(id);
        expect(new Set(ids(r)).size).toBe(r.items.length);
      }
    }
  });

  it('ignores exclusions and history ids the catalog does not know', () => {
    const r = compose({ excludedExercises: ['gone-exercise'], earlierToday: [['gone-exercise', 'cat-cow']] });
    expect(r.items.length).toBeGreaterThan(0);
  });

  it('opens with a gentle mobility exercise, and mobility comes first within each position', () => {
    for (const positions of POSITION_SETS) {
      for (const seed of SEEDS) {
        for (const routineMinutes of [1, 2, 5, 12]) {
          const r = compose({ positions, seed, routineMinutes });
          const foci = r.items.map((i) => ex(i.exerciseId).focus);
          expect(foci[0], `${positions} ${routineMinutes} min`).toBe('mobility');
          expect(ex(r.items[0]!.exerciseId).intensity).toBe('light');
          for (const p of positions) {
            const block = r.items.map((i) => ex(i.exerciseId)).filter((e) => e.position === p).map((e) => e.focus);
            const firstOther = block.findIndex((f) => f !== 'mobility');
            if (firstOther >= 0) expect(block.slice(firstOther)).not.toContain('mobility');
          }
        }
      }
    }
  });

  it('keeps each position in one block, so the user is not sent up and down (never floor, standing, floor)', () => {
    for (const seed of SEEDS) {
      for (const routineMinutes of [3, 5, 10, 15]) {
        const r = compose({ seed, routineMinutes, positions: ['seated', 'standing', 'floor'] });
        const seq = r.items.map((i) => ex(i.exerciseId).position);
        const blocks = seq.filter((p, i) => i === 0 || p !== seq[i - 1]);
        expect(new Set(blocks).size, seq.join(' ')).toBe(blocks.length);
      }
    }
  });

  it('never puts two head-down exercises in a row (the forward bend never straight after the hip hinge)', () => {
    const headDown = CATALOG.filter((e) => e.headDown).map((e) => e.id);
    expect(headDown).toEqual(expect.arrayContaining(['forward-bend', 'standing-hip-hinge']));
    // only the two of them and something else allowed: they are always kept apart
    const excludedExercises = CATALOG.filter((e) => !['forward-bend', 'standing-hip-hinge', 'half-moon', 'tall-stand'].includes(e.id)).map((e) => e.id);
    let both = 0;
    for (const seed of SEEDS) {
      for (const routineMinutes of [2, 3, 4, 6]) {
        const r = compose({ seed, routineMinutes, positions: ['standing'], excludedExercises });
        const seq = ids(r);
        if (seq.includes('forward-bend') && seq.includes('standing-hip-hinge')) both++;
        for (let i = 1; i < seq.length; i++) {
          expect(ex(seq[i - 1]!).headDown && ex(seq[i]!).headDown, seq.join(' ')).toBeFalsy();
        }
      }
    }
    expect(both).toBeGreaterThan(0);
  });
});

describe('across the day', () => {
  it("avoids the previous break's exercises when others can fill the time", () => {
    for (const positions of POSITION_SETS) {
      for (const routineMinutes of MINUTES) {
        for (const seed of SEEDS.slice(0, 6)) {
          const previous = compose({ positions, routineMinutes, seed });
          const next = compose({ positions, routineMinutes, seed: seed + 1, earlierToday: [ids(previous)] });
          const repeated = ids(next).filter((id) => ids(previous).includes(id));
          // when the exercises the previous break did not use cannot fill the time (each at most
          // its longest allowed dose), the next one may repeat some — and then says so
          const others = CATALOG.filter((e) => positions.includes(e.position) && !ids(previous).includes(e.id));
          if (others.reduce((sum, e) => sum + longestSeconds(e), 0) < routineMinutes * 60 * 1.1) {
            if (repeated.length) expect(next.notes.join(' ')).toMatch(/from your last break/);
            continue;
          }
          expect(repeated, `${positions} ${routineMinutes} min`).toEqual([]);
          expect(next.notes).toEqual([]);
        }
      }
    }
  });

  it('only looks at the last routine for "previous break" (older ones are only balanced against)', () => {
    const morning = compose({ seed: 11 });
    const previous = compose({ seed: 12, earlierToday: [ids(morning)] });
    const next = compose({ seed: 13, earlierToday: [ids(morning), ids(previous)] });
    for (const id of ids(next)) expect(ids(previous)).not.toContain(id);
  });

  it('repeats from the previous break only when nothing else is left, and says so', () => {
    const seated = CATALOG.filter((e) => e.position === 'seated').map((e) => e.id);
    const keep = ['seated-rotation', 'seated-cat-cow'];
    const excludedExercises = seated.filter((id) => !keep.includes(id));
    const next = compose({ positions: ['seated'], routineMinutes: 3, excludedExercises, earlierToday: [keep] });
    expect(next.items.length).toBeGreaterThan(0);
    expect(next.notes.join(' ')).toMatch(/Repeats .* from your last break/);
  });

  it('balances focus over the day: after a day of stretches it picks fewer stretches', () => {
    const stretches = CATALOG.filter((e) => e.focus === 'stretch' && e.position !== 'floor').map((e) => e.id);
    const share = (earlierToday: string[][]): number => {
      let stretch = 0;
      let all = 0;
      for (const seed of Array.from({ length: 60 }, (_, i) => i + 100)) {
        for (const id of ids(compose({ seed, routineMinutes: 4, earlierToday }))) {
          all++;
          if (ex(id).focus === 'stretch') stretch++;
        }
      }
      return stretch / all;
    };
    const fresh = share([]);
    const afterStretching = share([stretches.slice(0, 4), stretches.slice(4), ['tall-stand']]);
    expect(afterStretching).toBeLessThan(fresh - 0.1);
  });

  it('balances body areas: after hip work the next routine leans elsewhere', () => {
    const hips = CATALOG.filter((e) => e.position !== 'floor' && e.areas.includes('hips')).map((e) => e.id);
    const hipShare = (earlierToday: string[][]): number => {
      let n = 0;
      let all = 0;
      for (const seed of Array.from({ length: 60 }, (_, i) => i + 500)) {
        for (const id of ids(compose({ seed, routineMinutes: 4, earlierToday }))) {
          all++;
          if (ex(id).areas.includes('hips')) n++;
        }
      }
      return n / all;
    };
    expect(hipShare([hips, ['tall-stand']])).toBeLessThan(hipShare([]));
  });

  it('does not split the desk set into two routines that alternate all day (issue 13 point 17: 15-minute routines)', () => {
    for (const seed of SEEDS.slice(0, 4)) {
      for (const routineMinutes of [8, 10, 15]) {
        const day: string[][] = [];
        for (let b = 0; b < 6; b++) day.push(ids(compose({ routineMinutes, seed: seed + b, earlierToday: day, equipment: ['chair', 'desk', 'mat'] })));
        const distinct = new Set(day.map((r) => [...r].sort().join(',')));
        expect(distinct.size, `${routineMinutes} min`).toBeGreaterThanOrEqual(5);
        for (let b = 2; b < day.length; b++) expect([...day[b]!].sort()).not.toEqual([...day[b - 2]!].sort());
      }
    }
  });

  it('varies routines between breaks', () => {
    const routines = new Set(SEEDS.map((seed) => ids(compose({ seed })).join(',')));
    expect(routines.size).toBeGreaterThanOrEqual(4);
  });
});

describe('determinism', () => {
  it('gives the same routine for the same random source and inputs', () => {
    for (const seed of SEEDS) {
      const req: Req = { seed, routineMinutes: 6, positions: ['seated', 'standing', 'floor'], earlierToday: [['cat-cow', 'half-moon']] };
      expect(compose(req)).toEqual(compose(req));
    }
  });

  it('draws one number per candidate, and survives a random source out of range', () => {
    let calls = 0;
    const r = composeRoutine({
      settings: { routineMinutes: 2, positions: ['seated'], excludedExercises: [], equipment: [...USER_EQUIPMENT] },
      earlierToday: [],
      random: () => {
        calls++;
        return calls % 3 === 0 ? Number.NaN : calls % 3 === 1 ? 1 : -5;
      },
    });
    expect(r.ok).toBe(true);
    expect(calls).toBe(CATALOG.filter((e) => e.position === 'seated').length);
  });
});

describe('impossible requests', () => {
  it('names what to change when every allowed exercise is excluded', () => {
    const seated = CATALOG.filter((e) => e.position === 'seated').map((e) => e.id);
    const result = composeRoutine({
      settings: { routineMinutes: 2, positions: ['seated'], excludedExercises: seated, equipment: [...USER_EQUIPMENT] },
      earlierToday: [],
      random: mulberry32(1),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/All \d+ seated exercises are excluded/);
    expect(result.reason).toMatch(/Remove some exclusions/);
    expect(result.reason).toMatch(/standing and floor/);
    expect(result.reason).toMatch(/Settings/);
  });

  it('explains an empty positions list', () => {
    const result = composeRoutine({
      settings: { routineMinutes: 2, positions: [], excludedExercises: [], equipment: [...USER_EQUIPMENT] },
      earlierToday: [],
      random: mulberry32(1),
    });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/seated, standing or floor/) });
  });

  it('explains a catalog without exercises in the allowed positions', () => {
    const deskOnly = CATALOG.filter((e) => e.position !== 'floor');
    const result = composeRoutine(
      { settings: { routineMinutes: 2, positions: ['floor'], excludedExercises: [], equipment: [...USER_EQUIPMENT] }, earlierToday: [], random: mulberry32(1) },
      deskOnly,
    );
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/no floor exercises.*seated and standing/) });
  });

  it('refuses a routine length that is not a positive number', () => {
    for (const routineMinutes of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = composeRoutine({
        settings: { routineMinutes, positions: ['seated'], excludedExercises: [], equipment: [...USER_EQUIPMENT] },
        earlierToday: [],
        random: mulberry32(1),
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/routineMinutes/);
    }
  });
});
