// The routine composer (SPEC §4): picks exercises for one break. Pure and deterministic: the
// only source of variety is the injected `random`, so a seeded PRNG gives the same routine.
//
// How a routine is built:
// 1. Candidates: catalog exercises in an allowed position, needing nothing the user lacks
//    (`equipment`: a stability ball is never assumed), and not excluded. None → a reason.
// 2. Ranking: one greedy pass. Each pick scores every remaining candidate on how little its
//    focus and its body areas have been worked today (earlier routines plus the picks so far),
//    minus a penalty per earlier use today and for demanding (ball) work, plus a random jitter.
//    The first pick is a mobility exercise when one is available. Exercises of the previous
//    break are ranked after all others, and those of the break before it after the rest of the
//    fresh ones, so that the day rotates through the catalog instead of swinging between two
//    routines.
// 3. Selection: walk the ranking and take exercises until their catalog doses fill the target
//    (the opener counting for at most half of a routine of two minutes or more, so there is
//    always something after the warm-up); one that cannot fit even shortened is passed over. A
//    routine takes at most CAP_SHARE of the candidates (giving them a second set instead) when
//    that still fits, so that the next two breaks have fresh exercises left; only when it does
//    not fit does it take more. Every time is the catalog's estimate (catalog/estimate.ts):
//    exactly what the break player plays, get-ready time included, so a 5-minute routine lasts
//    5 minutes.
// 4. Dosing: a small local search changes one exercise's dose at a time — reps down to about
//    half the catalog's (a single one when each rep is a hold of 10 s or more), long holds down
//    to 10 s, hold-only exercises down to about half their hold, and one set more or less —
//    whichever brings the total closest to the target, preferring to stay near the catalog
//    dose. Never more reps or longer holds per set than the catalog. The seeds prescribe one
//    set, so a second set (MAX_SETS) is given only to an exercise that stays within
//    MAX_ITEM_SECONDS with it: no stretch is inflated to fill a long routine. When the
//    candidates cannot fill the time, the routine is shorter than asked and says so in `notes`;
//    the same exercise never appears twice in a routine (so never back-to-back).
// 5. Previous break: its exercises are used only when the others cannot fill the time
//    within ±10 % (GOOD_FIT), and then only as many as needed (they rank last). A routine is
//    never one already done today when another fits as well: if the fresh exercises would make
//    up exactly an earlier routine, the lowest-ranked of them (never the opener) gives way to the
//    next one in the ranking.
// 6. Order: one block per position, so the user gets up or down at most once per position
//    (never floor → standing → floor): the block of the opener first, then the others in the
//    cycle seated → standing → floor. Within a block: mobility first (the warm-up), then
//    stretches, stability, strength. Two head-down exercises (`headDown`) are never next to
//    each other; when no other exercise can go between them, the later one is left out.
import { CATALOG, estimateDoseSeconds, estimateSeconds, type Dosage, type Exercise, type Focus } from './catalog';
import type { Position, Settings } from './settings';
import { sayer, type MainText, type Say } from './main-text';

export interface ComposeRequest {
  settings: Pick<Settings, 'routineMinutes' | 'positions' | 'excludedExercises' | 'equipment'>;
  /** exercise ids of today's earlier routines, oldest first; the last one is the previous break */
  earlierToday: readonly (readonly string[])[];
  /** uniform in [0, 1), injected so routines are reproducible */
  random: () => number;
  /** the words of the problem and the notes in a person's language; English without it (simulator, tests) */
  text?: MainText;
}

export interface RoutineItem {
  exerciseId: string;
  /** seconds at `dosage` (the catalog's estimate: exactly what the player plays) */
  seconds: number;
  /** the dose for this routine: the catalog dose, possibly with fewer reps or more sets */
  dosage: Dosage;
}

export interface Routine {
  items: RoutineItem[];
  totalSeconds: number;
  targetSeconds: number;
  /** plain-language remarks, e.g. why the routine is shorter than asked or repeats an exercise */
  notes: string[];
}

export type ComposeResult = { ok: true; routine: Routine } | { ok: false; reason: string };

/** At most this many sets of one exercise in a routine (the seeds prescribe one). */
export const MAX_SETS = 2;
/** A second set only while the exercise stays this short with it (its get-ready time included). */
export const MAX_ITEM_SECONDS = 120;
/** A routine takes at most this share of the candidates when that fills the time. Below one
 *  half, so that the break after next always finds some exercise the last two did not use. */
const CAP_SHARE = 0.4;
/** The accepted difference between a routine's estimated length and `routineMinutes`. */
export const FIT_TOLERANCE = 0.25;
/** A fit this close is good enough to keep half of the candidates for the next break. */
const GOOD_FIT = 0.1;

const POSITION_ORDER: readonly Position[] = ['seated', 'standing', 'floor'];
const FOCUS_ORDER: Record<Focus, number> = { mobility: 0, stretch: 1, stability: 2, strength: 3 };

export { mulberry32 } from './random';

// ── doses ───────────────────────────────────────────────────────────────────────────────────

/** A hold this long is a stretch on its own: one per side is still worth doing, and it may be
 *  shortened to LONG_HOLD seconds. */
const LONG_HOLD = 10;

/** One way to dose a set: reps (undefined for a hold-only exercise) and hold (if any). */
interface Option {
  reps: number | undefined;
  hold: number | undefined;
  /** distance from the catalog dose: 0 = as in the catalog */
  deviation: number;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = to; v >= from; v -= step) out.unshift(v);
  return out;
}

const optionsCache = new WeakMap<Exercise, Option[]>();

/** Every dose per set the composer may use: about half the reps (or hold) up to the catalog's. */
function doseOptions(ex: Exercise): Option[] {
  let out = optionsCache.get(ex);
  if (!out) {
    out = computeDoseOptions(ex);
    optionsCache.set(ex, out);
  }
  return out;
}

function computeDoseOptions(ex: Exercise): Option[] {
  const d = ex.dosage;
  const hold = d.holdSeconds;
  const longHold = hold !== undefined && hold >= LONG_HOLD;
  const repsChoices =
    d.reps === undefined ? [undefined] : range(longHold ? 1 : Math.max(1, Math.ceil(d.reps / 2)), d.reps, 1);
  const shortestHold = hold === undefined ? 0 : Math.min(hold, Math.max(LONG_HOLD, Math.ceil(hold / 2 / 5) * 5));
  const holdChoices = hold === undefined ? [undefined] : longHold ? range(shortestHold, hold, 5) : [hold];
  const out: Option[] = [];
  for (const reps of repsChoices) {
    for (const h of holdChoices) {
      const deviation =
        (d.reps !== undefined && reps !== undefined ? (d.reps - reps) / d.reps : 0) +
        (hold !== undefined && h !== undefined ? (hold - h) / hold : 0);
      out.push({ reps, hold: h, deviation });
    }
  }
  return out;
}

interface Slot {
  ex: Exercise;
  options: Option[];
  option: Option;
  sets: number;
}

function dosageOf(ex: Exercise, option: Option, sets: number): Dosage {
  const out: Dosage = { ...ex.dosage, sets };
  if (option.reps !== undefined) out.reps = option.reps;
  if (option.hold !== undefined) out.holdSeconds = option.hold;
  return out;
}

/** One set always; more (up to MAX_SETS) only while the exercise stays within MAX_ITEM_SECONDS. */
function setsAllowed(ex: Exercise, option: Option, sets: number): boolean {
  if (sets === 1) return true;
  return sets >= 1 && sets <= MAX_SETS && estimateDoseSeconds(ex, dosageOf(ex, option, sets)) <= MAX_ITEM_SECONDS;
}

/**
 * Every dose the composer may give `ex`: each per-set option, with one set or (where allowed)
 * up to MAX_SETS. tests/unit/break-plan.test.ts plays each one to check the estimate.
 */
export function allowedDoses(ex: Exercise): Dosage[] {
  const out: Dosage[] = [];
  for (const o of doseOptions(ex)) {
    for (let sets = 1; sets <= MAX_SETS; sets++) if (setsAllowed(ex, o, sets)) out.push(dosageOf(ex, o, sets));
  }
  return out;
}

const slotDosage = (s: Slot): Dosage => dosageOf(s.ex, s.option, s.sets);
const secondsOf = (s: Slot): number => estimateDoseSeconds(s.ex, slotDosage(s));
const defaultOption = (options: readonly Option[]): Option => options[options.length - 1] as Option;

function newSlot(ex: Exercise): Slot {
  const options = doseOptions(ex);
  return { ex, options, option: defaultOption(options), sets: 1 };
}

const minCache = new WeakMap<Exercise, number>();
/** The shortest the composer will make an exercise: its smallest dose, one set. */
export function shortestSeconds(ex: Exercise): number {
  return minSeconds(ex);
}
function minSeconds(ex: Exercise): number {
  let min = minCache.get(ex);
  if (min === undefined) {
    min = Math.min(...doseOptions(ex).map((o) => estimateDoseSeconds(ex, dosageOf(ex, o, 1))));
    minCache.set(ex, min);
  }
  return min;
}
const maxCache = new WeakMap<Exercise, number>();
/** The longest the composer will make an exercise: its catalog dose, with a second set if allowed. */
export function longestSeconds(ex: Exercise): number {
  let max = maxCache.get(ex);
  if (max === undefined) {
    max = 0;
    for (const o of doseOptions(ex)) {
      for (let sets = 1; sets <= MAX_SETS; sets++) {
        if (setsAllowed(ex, o, sets)) max = Math.max(max, estimateDoseSeconds(ex, dosageOf(ex, o, sets)));
      }
    }
    maxCache.set(ex, max);
  }
  return max;
}

/** Whether some dose of `ex` (any option, 1..MAX_SETS sets) lasts between lo and hi seconds. */
function reachable(ex: Exercise, lo: number, hi: number): boolean {
  for (const o of doseOptions(ex)) {
    for (let sets = 1; sets <= MAX_SETS; sets++) {
      if (!setsAllowed(ex, o, sets)) continue;
      const t = estimateDoseSeconds(ex, dosageOf(ex, o, sets));
      if (t >= lo && t <= hi) return true;
    }
  }
  return false;
}

/** How far a dose is from the catalog's: fewer reps or shorter holds cost a little, extra sets more. */
const deviation = (option: Option, sets: number): number => option.deviation + 0.6 * (sets - 1);

/** Seconds of misfit the search accepts to stay one unit of deviation closer to the catalog. */
const DEVIATION_WEIGHT = 3;

/**
 * Best-improvement local search: each round changes one exercise's dose — to any per-set option
 * with the same number of sets or one set more or less — whichever lowers
 * |total − target| + DEVIATION_WEIGHT × Σ deviation the most. Deterministic.
 */
function fitDoses(slots: Slot[], target: number): void {
  const secs = slots.map(secondsOf);
  const devs = slots.map((s) => deviation(s.option, s.sets));
  let total = secs.reduce((a, b) => a + b, 0);
  let dev = devs.reduce((a, b) => a + b, 0);
  let current = Math.abs(total - target) + DEVIATION_WEIGHT * dev;
  for (let guard = 0; guard < 1000; guard++) {
    let best: { i: number; option: Option; sets: number; secs: number; dev: number; score: number } | null = null;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i] as Slot;
      for (const sets of [s.sets, s.sets + 1, s.sets - 1]) {
        if (sets < 1 || sets > MAX_SETS) continue;
        for (const option of s.options) {
          if (!setsAllowed(s.ex, option, sets)) continue;
          const t = estimateDoseSeconds(s.ex, dosageOf(s.ex, option, sets));
          const d = deviation(option, sets);
          const score = Math.abs(total - (secs[i] as number) + t - target) + DEVIATION_WEIGHT * (dev - (devs[i] as number) + d);
          if (score < current - 1e-9 && (!best || score < best.score - 1e-9)) best = { i, option, sets, secs: t, dev: d, score };
        }
      }
    }
    if (!best) return;
    const s = slots[best.i] as Slot;
    total += best.secs - (secs[best.i] as number);
    dev += best.dev - (devs[best.i] as number);
    secs[best.i] = best.secs;
    devs[best.i] = best.dev;
    s.option = best.option;
    s.sets = best.sets;
    current = best.score;
  }
}

// ── ranking ─────────────────────────────────────────────────────────────────────────────────

interface Tally {
  focus: Map<string, number>;
  area: Map<string, number>;
  exercise: Map<string, number>;
}

function tallyOf(routines: readonly (readonly string[])[], byId: ReadonlyMap<string, Exercise>): Tally {
  const t: Tally = { focus: new Map(), area: new Map(), exercise: new Map() };
  for (const routine of routines) for (const id of routine) {
    const ex = byId.get(id);
    if (ex) count(t, ex);
  }
  return t;
}

function count(t: Tally, ex: Exercise): void {
  const inc = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  inc(t.focus, ex.focus);
  for (const a of ex.areas) inc(t.area, a);
  inc(t.exercise, ex.id);
}

const W_FOCUS = 1;
const W_AREA = 0.6;
const W_REPEAT = 0.35;
const W_RANDOM = 0.5;
const INTENSITY_PENALTY = { light: 0, moderate: 0.1, advanced: 0.3 } as const;

function score(ex: Exercise, t: Tally, jitter: number): number {
  const focus = 1 / (1 + (t.focus.get(ex.focus) ?? 0));
  const area = ex.areas.reduce((sum, a) => sum + 1 / (1 + (t.area.get(a) ?? 0)), 0) / Math.max(1, ex.areas.length);
  return (
    W_FOCUS * focus +
    W_AREA * area -
    W_REPEAT * (t.exercise.get(ex.id) ?? 0) -
    INTENSITY_PENALTY[ex.intensity] +
    W_RANDOM * jitter
  );
}

/** Greedy ranking: under-worked focus/areas first, the opener a mobility exercise; the break
 *  before the previous one next to last, the previous break last. */
function rank(
  candidates: readonly Exercise[],
  prev: ReadonlySet<string>,
  prev2: ReadonlySet<string>,
  tally: Tally,
  jitter: ReadonlyMap<string, number>,
): Exercise[] {
  const t: Tally = { focus: new Map(tally.focus), area: new Map(tally.area), exercise: new Map(tally.exercise) };
  const left = [...candidates];
  const out: Exercise[] = [];
  while (left.length) {
    const fresh = left.filter((ex) => !prev.has(ex.id));
    const fresher = fresh.filter((ex) => !prev2.has(ex.id));
    let pool = fresher.length ? fresher : fresh.length ? fresh : left;
    if (out.length === 0) {
      // the opener: a mobility exercise, from the freshest tier that has one
      for (const tier of [fresher, fresh, left]) {
        const mobility = tier.filter((ex) => ex.focus === 'mobility');
        if (mobility.length) {
          pool = mobility;
          break;
        }
      }
    }
    let best = pool[0] as Exercise;
    let bestScore = -Infinity;
    for (const ex of pool) {
      const s = score(ex, t, jitter.get(ex.id) ?? 0);
      if (s > bestScore) {
        best = ex;
        bestScore = s;
      }
    }
    out.push(best);
    count(t, best);
    left.splice(left.indexOf(best), 1);
  }
  return out;
}

// ── selection and fit ───────────────────────────────────────────────────────────────────────

interface Fit {
  slots: Slot[];
  total: number;
}

/** Chooses exercises in rank order (the opener first) until their doses fill the target, then fits the doses. */
function build(ranked: readonly Exercise[], target: number, cap = Infinity): Fit {
  const chosen: Exercise[] = [];
  let sumDefault = 0;
  let sumMin = 0;
  let sumMax = 0;
  /** An exercise's catalog time as it counts towards filling the routine. The warm-up counts for
   *  at most half of a routine of two minutes or more, so that such a routine is a warm-up and
   *  something else, not 30 turns of the opener alone (the doses are fitted afterwards, which
   *  shortens the opener where needed). */
  const counted = (ex: Exercise): number => {
    const t = estimateSeconds(ex);
    return chosen.length === 0 && ex.focus === 'mobility' && target >= 120 ? Math.min(t, target / 2) : t;
  };
  /** Takes `ex` if it still fits; with a `window`, the exercise that completes the routine must
   *  be able to land it that close to the target (two 15-s holds per side cannot make one minute). */
  const tryTake = (ex: Exercise, window: number | null): boolean => {
    if (sumDefault >= target || chosen.length >= cap || chosen.includes(ex)) return false;
    if (sumMin + minSeconds(ex) > target * 1.1) return false;
    const completes = sumDefault + counted(ex) >= target;
    if (completes && window !== null && !reachable(ex, target * (1 - window) - sumMax, target * (1 + window) - sumMin)) {
      return false;
    }
    sumDefault += counted(ex);
    chosen.push(ex);
    sumMin += minSeconds(ex);
    sumMax += longestSeconds(ex);
    return true;
  };
  // the opener: the best-ranked mobility exercise that can take its place
  for (const window of [GOOD_FIT, FIT_TOLERANCE]) {
    if (ranked.some((ex) => ex.focus === 'mobility' && tryTake(ex, window))) break;
  }
  // then in rank order: first what lands the routine close, then looser, then whatever fits
  for (const window of [GOOD_FIT, FIT_TOLERANCE, null]) {
    for (const ex of ranked) tryTake(ex, window);
  }
  if (chosen.length === 0 && ranked.length) {
    // nothing fits even shortened: take the quickest one
    let quickest = ranked[0] as Exercise;
    for (const ex of ranked) if (minSeconds(ex) < minSeconds(quickest)) quickest = ex;
    chosen.push(quickest);
  }
  for (;;) {
    // ordered first: ordering may leave out a head-down exercise, and the doses fit what is left
    const slots = order(chosen.map(newSlot));
    fitDoses(slots, target);
    const total = slots.reduce((sum, s) => sum + secondsOf(s), 0);
    if (total > target * (1 + FIT_TOLERANCE) && chosen.length > 1) {
      chosen.pop();
      continue;
    }
    return { slots, total };
  }
}

/** A routine's exercises as a set (order aside). */
const setKey = (ids: readonly string[]): string => [...ids].sort().join(',');

const misfit = (fit: Fit, target: number): number => Math.abs(fit.total - target) / target;

/** One block per position, the opener's (the first slot, chosen first) leading; see step 6. */
function order(slots: readonly Slot[]): Slot[] {
  const opener = slots.find((s) => s.ex.focus === 'mobility') ?? slots[0];
  const from = opener ? POSITION_ORDER.indexOf(opener.ex.position) : 0;
  const groupRank = (p: Position): number => (POSITION_ORDER.indexOf(p) - from + POSITION_ORDER.length) % POSITION_ORDER.length;
  // Array.prototype.sort is stable: equal keys keep their ranking order (the opener leads its block)
  const sorted = [...slots].sort(
    (a, b) => groupRank(a.ex.position) - groupRank(b.ex.position) || FOCUS_ORDER[a.ex.focus] - FOCUS_ORDER[b.ex.focus],
  );
  return separateHeadDown(sorted);
}

/**
 * No two head-down exercises in a row: the later one of a pair swaps places with the next
 * exercise of its block that is not head-down (mobility never moves: it stays the warm-up);
 * when there is none, it is left out.
 */
function separateHeadDown(slots: Slot[]): Slot[] {
  const out = [...slots];
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as Slot;
    const cur = out[i] as Slot;
    if (!prev.ex.headDown || !cur.ex.headDown) continue;
    const j = out.findIndex((s, k) => k > i && s.ex.position === cur.ex.position && !s.ex.headDown);
    if (j > i) {
      const [between] = out.splice(j, 1);
      out.splice(i, 0, between as Slot);
    } else {
      out.splice(i, 1);
      i--;
    }
  }
  return out;
}

/** How the composer words things: the request's MainText, or English (the same text as the messages). */
interface Words {
  say: Say;
  duration(seconds: number): string;
  /** "a, b and c" (or "a, b or c") as the locale lists things */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  position(p: string): string;
  equipment(e: string): string;
}

function wordsOf(text: MainText | undefined): Words {
  const say = sayer(text?.t);
  const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
  return {
    say,
    duration(seconds) {
      if (seconds < 90) {
        const s = Math.round(seconds);
        return say('duration.seconds', { seconds: s }, plural(s, 'second', 'seconds'));
      }
      const minutes = Math.round(seconds / 60);
      return say('duration.minutes', { minutes }, plural(minutes, 'minute', 'minutes'));
    },
    list(items, type = 'conjunction') {
      if (text) return new Intl.ListFormat(text.locale, { type }).format(items);
      if (items.length <= 1) return items.join('');
      return `${items.slice(0, -1).join(', ')} ${type === 'conjunction' ? 'and' : 'or'} ${items[items.length - 1]}`;
    },
    position: (position) => say('main.routine.position', { position }, position),
    equipment: (equipment) => say('main.routine.equipment', { equipment }, equipment),
  };
}

// ── the composer ────────────────────────────────────────────────────────────────────────────

export function composeRoutine(req: ComposeRequest, catalog: readonly Exercise[] = CATALOG): ComposeResult {
  const { routineMinutes, positions, excludedExercises, equipment } = req.settings;
  const w = wordsOf(req.text);
  const { say } = w;
  if (typeof routineMinutes !== 'number' || !Number.isFinite(routineMinutes) || routineMinutes <= 0) {
    const got = String(routineMinutes);
    return {
      ok: false,
      reason: say('main.routine.badLength', { got, key: 'routineMinutes' }, `The routine length must be a positive number of minutes (got ${got}). Set routineMinutes in Settings.`),
    };
  }
  if (!positions.length) {
    const all = w.list(POSITION_ORDER.map(w.position), 'disjunction');
    return { ok: false, reason: say('main.routine.noPositions', { positions: all }, `No exercise positions are allowed. Allow at least one of ${all} in Settings.`) };
  }
  const target = Math.round(routineMinutes * 60);
  const excluded = new Set(excludedExercises);
  const inPositions = catalog.filter((ex) => positions.includes(ex.position));
  const positionWords = w.list(POSITION_ORDER.filter((p) => positions.includes(p)).map(w.position));
  const others = POSITION_ORDER.filter((p) => !positions.includes(p));
  const otherWords = w.list(others.map(w.position));
  const widen = others.length ? 'yes' : 'no';
  if (!inPositions.length) {
    return {
      ok: false,
      reason: say(
        'main.routine.noneInPositions',
        { positions: positionWords, others: otherWords },
        `The catalog has no ${positionWords} exercises. Allow another position (${otherWords}) in Settings.`,
      ),
    };
  }
  const usable = inPositions.filter((ex) => ex.equipment === 'none' || equipment.includes(ex.equipment));
  if (!usable.length) {
    const needs = [...new Set(inPositions.map((ex) => ex.equipment))].filter((e) => e !== 'none');
    const needWords = w.list(needs.map(w.equipment));
    return {
      ok: false,
      reason: say(
        'main.routine.needsEquipment',
        { positions: positionWords, equipment: needWords, widen, others: otherWords },
        `Every ${positionWords} exercise needs equipment you have not ticked (${needWords}). Tick what you have under Exercises in Settings${others.length ? `, or allow another position (${otherWords})` : ''}.`,
      ),
    };
  }
  const candidates = usable.filter((ex) => !excluded.has(ex.id));
  if (!candidates.length) {
    const suit = usable.length < inPositions.length ? 'yes' : 'no';
    return {
      ok: false,
      reason: say(
        'main.routine.allExcluded',
        { count: usable.length, positions: positionWords, suit, widen, others: otherWords },
        `All ${usable.length} ${positionWords} exercises${suit === 'yes' ? ' that suit your equipment' : ''} are excluded. Remove some exclusions in Settings${others.length ? ` or allow another position (${otherWords})` : ''}.`,
      ),
    };
  }

  // one random number per candidate, in catalog order: the same source gives the same routine
  const jitter = new Map<string, number>();
  for (const ex of candidates) {
    const r = Number(req.random());
    jitter.set(ex.id, Number.isFinite(r) ? Math.min(Math.max(r, 0), 1) : 0);
  }

  const byId = new Map(catalog.map((ex) => [ex.id, ex]));
  const earlier = req.earlierToday ?? [];
  const prev = new Set(earlier.length ? earlier[earlier.length - 1] : []);
  const prev2 = new Set(earlier.length > 1 ? earlier[earlier.length - 2] : []);
  const ranked = rank(candidates, prev, prev2, tallyOf(earlier, byId), jitter);
  const fresh = ranked.filter((ex) => !prev.has(ex.id));

  const notes: string[] = [];
  // Use at most CAP_SHARE of the candidates (a second set instead) when that fills the time, so
  // the next breaks still find fresh exercises; otherwise as many as it takes.
  const n = candidates.length;
  const cap = Math.max(1, Math.min(Math.ceil(n * CAP_SHARE), Math.ceil(n / 2) - 1));
  const fitFrom = (pool: readonly Exercise[]): Fit => {
    const capped = build(pool, target, cap);
    if (misfit(capped, target) <= GOOD_FIT) return capped;
    const uncapped = build(pool, target);
    return misfit(uncapped, target) < misfit(capped, target) ? uncapped : capped;
  };
  let fit = fitFrom(fresh);
  // Not a routine already done today when another fits as well: when the fresh exercises make up
  // exactly an earlier routine (a desk set that splits into three routines would cycle through
  // them all day), the lowest-ranked of them gives way to the next one in the ranking (step 5).
  // The opener (the first slot) stays: the openers rotate by the ranking alone.
  const doneToday = new Set(earlier.map(setKey));
  if (doneToday.has(setKey(fit.slots.map((s) => s.ex.id)))) {
    const byRank = fit.slots.slice(1).map((s) => s.ex).sort((a, b) => fresh.indexOf(b) - fresh.indexOf(a));
    for (const ex of byRank) {
      const alt = fitFrom([...fresh.filter((e) => e !== ex), ex]);
      if (!doneToday.has(setKey(alt.slots.map((s) => s.ex.id))) && misfit(alt, target) <= Math.max(GOOD_FIT, misfit(fit, target))) {
        fit = alt;
        break;
      }
    }
  }
  if (fresh.length === 0 || (misfit(fit, target) > GOOD_FIT && fresh.length < ranked.length)) {
    const withRepeats = build(ranked, target);
    if (fresh.length === 0 || misfit(withRepeats, target) < misfit(fit, target)) {
      fit = withRepeats;
      const repeated = fit.slots.filter((s) => prev.has(s.ex.id)).map((s) => s.ex.name);
      if (repeated.length <= 3 && repeated.length) {
        const exercises = w.list(repeated);
        notes.push(say('main.routine.repeats', { exercises }, `Repeats ${exercises} from your last break: there are not enough other exercises to fill the time.`));
      } else if (repeated.length) {
        const count = repeated.length;
        notes.push(say('main.routine.repeatsMany', { count }, `Repeats ${count} exercises from your last break: there are not enough other exercises to fill the time.`));
      }
    }
  }
  if (fit.total > target * (1 + FIT_TOLERANCE)) {
    const [total, asked] = [w.duration(fit.total), w.duration(target)];
    notes.push(
      say(
        'main.routine.tooLong',
        { total, target: asked },
        `This routine takes about ${total}, more than the ${asked} asked: even the shortest allowed exercise takes that long. Allow more positions or exclude fewer exercises for shorter routines.`,
      ),
    );
  }
  if (fit.total < target * (1 - FIT_TOLERANCE)) {
    const [total, asked] = [w.duration(fit.total), w.duration(target)];
    notes.push(
      say(
        'main.routine.tooShort',
        { total, target: asked },
        `This routine takes about ${total} of the ${asked} asked: the allowed exercises, each done once (a short one twice), do not fill more. Allow more positions, tick more equipment or exclude fewer exercises for longer routines.`,
      ),
    );
  }

  const items = fit.slots.map((s) => ({ exerciseId: s.ex.id, seconds: secondsOf(s), dosage: slotDosage(s) }));
  return {
    ok: true,
    routine: { items, totalSeconds: items.reduce((sum, i) => sum + i.seconds, 0), targetSeconds: target, notes },
  };
}
