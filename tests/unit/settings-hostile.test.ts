// Issue 14 §7–8: settings values a damaged file or a hostile caller can hold — nested thousands
// of levels deep, huge, or a list with one bad entry — get a short message naming them, never a
// crash, and never cost the user the valid part of their exclusion list.
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../../src-main/core/catalog';
import { describeValue } from '../../src-main/core/describe-value';
import { clip, quote } from '../../src-main/core/quote';
import { NUMBER_BOUNDS, SETTINGS_KEYS, validateSettingsPatch } from '../../src-main/core/settings';
import { sanitize } from '../../src-main/settings-file';
import { SCHEMA_VERSION } from '../../src-main/settings-schema';

function nestedArrays(depth: number, inner: unknown = 1): unknown {
  let v = inner;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}
function nestedObjects(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
const DEEP = 100_000; // far beyond any call stack

describe('describeValue: bounded and non-recursive', () => {
  it('describes values nested 100,000 levels deep without overflowing the stack', () => {
    expect(describeValue(nestedArrays(DEEP))).toMatch(/^\[\[\[\[.*…$/);
    expect(describeValue(nestedObjects(DEEP))).toMatch(/^\{"a":\{"a":.*…$/);
    expect(describeValue(nestedArrays(DEEP)).length).toBeLessThanOrEqual(60);
  });

  it('stays short for huge strings, arrays and objects', () => {
    expect(describeValue('x'.repeat(10_000_000)).length).toBeLessThanOrEqual(60);
    expect(describeValue(Array.from({ length: 1_000_000 }, (_, i) => i)).length).toBeLessThanOrEqual(60);
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    expect(describeValue(wide)).toMatch(/^\{"k0":0,"k1":1,.*…$/);
    expect(describeValue(wide).length).toBeLessThanOrEqual(60);
  });

  it('reads like JSON for small values', () => {
    expect(describeValue(5)).toBe('5');
    expect(describeValue('five')).toBe('"five"');
    expect(describeValue([1, 'a', null, true, { b: [] }])).toBe('[1,"a",null,true,{"b":[]}]');
    expect(describeValue(undefined)).toBe('nothing');
  });

  it('never cuts a surrogate pair in half, and escapes control characters', () => {
    const clipped = clip(`${'a'.repeat(9)}😀😀`, 11);
    expect(clipped).toBe(`${'a'.repeat(9)}…`);
    expect(quote('a\u0007b\nc')).toBe('"a\\u0007b\\nc"');
    expect(quote('y'.repeat(5000)).length).toBeLessThanOrEqual(42);
  });
});

describe('validateSettingsPatch with hostile values', () => {
  it.each(SETTINGS_KEYS)('%s: a value nested 100,000 levels deep is refused with a short message', (key) => {
    const r = validateSettingsPatch({ [key]: nestedArrays(DEEP) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join(' ')).toMatch(new RegExp(`^${key}`));
      for (const e of r.errors) expect(e.length).toBeLessThan(400);
    }
  });

  it('deeply nested values inside workingHours and holdWhen are refused too', () => {
    const wh = validateSettingsPatch({ workingHours: { enabled: nestedObjects(DEEP), days: nestedArrays(DEEP), start: nestedArrays(DEEP), end: '17:00' } });
    const hw = validateSettingsPatch({ holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: [nestedArrays(DEEP)] } });
    expect(wh.ok || hw.ok).toBe(false);
  });

  it('an unknown key of any length is named briefly', () => {
    const r = validateSettingsPatch({ ['k'.repeat(100_000)]: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.length).toBeLessThan(400);
  });

  it('a bound number message still names key, range and value', () => {
    const r = validateSettingsPatch({ sitMinutes: 5 });
    expect(r).toEqual({ ok: false, errors: [`sitMinutes must be a whole number from ${NUMBER_BOUNDS.sitMinutes.min} to ${NUMBER_BOUNDS.sitMinutes.max} minutes (got 5)`] });
  });
});

describe('excludedExercises: one bad entry (issue 14 §8)', () => {
  const id = 'seated-rotation';

  it('is an exercise in the catalog', () => {
    expect(EXERCISE_IDS.has(id)).toBe(true);
  });

  it('a patch with a bad entry is refused, and the message names the entry', () => {
    const r = validateSettingsPatch({ excludedExercises: [id, 5] }, { knownExercises: EXERCISE_IDS });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(['excludedExercises must hold exercise ids only; not an id: entry 2 (5)']);
  });

  it('a settings file with a bad entry keeps every valid id and names the bad one', () => {
    const { state, problems } = sanitize(
      { schemaVersion: SCHEMA_VERSION, settings: { excludedExercises: [id, 5, '', 'gone', id] }, exclusionNotes: { [id]: { reason: 'stopped', at: 1 } } },
      EXERCISE_IDS,
    );
    expect(state.settings.excludedExercises).toEqual([id]);
    expect(state.exclusionNotes).toEqual({ [id]: { reason: 'stopped', at: 1 } });
    expect(problems).toEqual([
      'excludedExercises: dropped entries that are not exercise ids: entry 2 (5), entry 3 ("")',
      'excludedExercises: dropped unknown exercise ids "gone"',
    ]);
  });

  it('a long list of bad entries is summed up, not echoed', () => {
    const { problems } = sanitize({ settings: { excludedExercises: [id, ...Array.from({ length: 10_000 }, (_, i) => i)] } }, EXERCISE_IDS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/entry 2 \(0\), entry 3 \(1\), entry 4 \(2\) and 9997 more$/);
  });
});
