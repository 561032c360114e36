// SPEC §2: defaults, bounds, and refusals that name the key and the range and change nothing.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  NUMBER_BOUNDS,
  applySettingsPatch,
  defaultSettings,
  normalizeSettings,
  validateSettingsPatch,
} from '../../src-main/core/settings';

describe('settings model', () => {
  it('has the defaults of SPEC §2', () => {
    expect(defaultSettings()).toEqual({
      sitMinutes: 45,
      naturalBreakMinutes: 5,
      warnSeconds: 60,
      pauseSeconds: 5,
      flexMinutes: 3,
      holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: [] },
      maxHoldMinutes: 120,
      snoozeMinutes: 5,
      maxSnoozes: 2,
      routineMinutes: 2,
      positions: ['seated', 'standing'],
      excludedExercises: [],
      equipment: ['chair', 'desk', 'mat'],
      workingHours: { enabled: false, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
      dailyGoal: 6,
      sound: true,
      cueHoldEnd: true,
      cueSideSwitch: true,
      cueNextExercise: true,
      speakSteps: false,
      notifications: true,
      openAtLogin: true,
      language: 'system',
    });
  });

  it('language is "system" or a language Limber has, with the choices named when refused', () => {
    for (const tag of ['system', 'en', 'de', 'pt-BR', 'zh-Hans', 'ar', 'en-XA']) {
      expect(validateSettingsPatch({ language: tag })).toEqual({ ok: true, value: { language: tag } });
    }
    for (const bad of ['ko', 'DE', 'pt', 'zh-Hant', '', 5, null, ['de']]) {
      const r = validateSettingsPatch({ language: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/^language must be "system" or one of en, .*de.*ar/);
    }
  });

  it('the routine cues and spoken steps are switches: true or false, nothing else', () => {
    for (const key of ['cueHoldEnd', 'cueSideSwitch', 'cueNextExercise', 'speakSteps']) {
      expect(validateSettingsPatch({ [key]: false })).toEqual({ ok: true, value: { [key]: false } });
      const r = validateSettingsPatch({ [key]: 'yes' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toContain(key);
    }
  });

  it.each(Object.entries(NUMBER_BOUNDS))('%s accepts its bounds and refuses one past them, naming key and range', (key, b) => {
    expect(validateSettingsPatch({ [key]: b.min }).ok).toBe(true);
    expect(validateSettingsPatch({ [key]: b.max }).ok).toBe(true);
    for (const bad of [b.min - 1, b.max + 1, b.min + 0.5, String(b.min), null]) {
      const r = validateSettingsPatch({ [key]: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.errors[0]).toContain(key);
        expect(r.errors[0]).toContain(`from ${b.min} to ${b.max}`);
      }
    }
  });

  it('refuses an invalid patch whole: nothing of it is applied', () => {
    const current = defaultSettings();
    const r = applySettingsPatch(current, { sitMinutes: 60, warnSeconds: 9999 });
    expect(r.ok).toBe(false);
    expect(current).toEqual(DEFAULT_SETTINGS);
  });

  it('equipment is a list of distinct items from chair, desk, mat, ball (empty allowed), kept in a fixed order', () => {
    expect(DEFAULT_SETTINGS.equipment).not.toContain('ball');
    for (const bad of [['ball', 'ball'], ['bench'], 'ball', null, [1]]) {
      const r = validateSettingsPatch({ equipment: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]).toMatch(/^equipment must be a list of distinct values from chair, desk, mat, ball/);
    }
    const r = validateSettingsPatch({ equipment: ['ball', 'chair'] });
    expect(r.ok && r.value.equipment).toEqual(['chair', 'ball']);
    expect(validateSettingsPatch({ equipment: [] }).ok).toBe(true);
    // a copy, not the default's own array
    const s = defaultSettings();
    s.equipment.push('ball');
    expect(DEFAULT_SETTINGS.equipment).toEqual(['chair', 'desk', 'mat']);
  });

  it('positions must be a non-empty subset of seated, standing, floor', () => {
    expect(validateSettingsPatch({ positions: [] }).ok).toBe(false);
    expect(validateSettingsPatch({ positions: ['lying'] }).ok).toBe(false);
    expect(validateSettingsPatch({ positions: ['seated', 'seated'] }).ok).toBe(false);
    const r = validateSettingsPatch({ positions: ['floor', 'seated'] });
    expect(r.ok && r.value.positions).toEqual(['seated', 'floor']);
  });

  it('excluded exercises must be known ids when a catalog is given', () => {
    const known = new Set(['seated-rotation']);
    expect(validateSettingsPatch({ excludedExercises: ['seated-rotation'] }, { knownExercises: known }).ok).toBe(true);
    const r = validateSettingsPatch({ excludedExercises: ['moonwalk'] }, { knownExercises: known });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/excludedExercises.*moonwalk/);
  });

  it('working hours: days 0–6, HH:MM times, start before end', () => {
    const wh = { enabled: true, days: [1, 2], start: '09:00', end: '17:00' };
    expect(validateSettingsPatch({ workingHours: wh }).ok).toBe(true);
    for (const bad of [
      { ...wh, days: [7] },
      { ...wh, start: '9:00' },
      { ...wh, end: '24:00' },
      { ...wh, start: '17:00', end: '09:00' },
      { ...wh, enabled: 'yes' },
      { ...wh, days: [] },
      { ...wh, extra: 1 },
    ]) {
      const r = validateSettingsPatch({ workingHours: bad });
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.errors.join(' ')).toContain('workingHours');
    }
  });

  it('unknown keys and wrong types are refused with the key named', () => {
    const r = validateSettingsPatch({ sitMinuts: 30, sound: 'loud' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.some((e) => e.startsWith('sitMinuts: unknown setting'))).toBe(true);
      expect(r.errors.some((e) => e.startsWith('sound must be true or false'))).toBe(true);
    }
  });

  it('a stored file with missing keys is completed from the defaults', () => {
    const r = normalizeSettings({ sitMinutes: 30 });
    expect(r.ok && r.value).toEqual({ ...defaultSettings(), sitMinutes: 30 });
  });
});

describe('holdWhen (SPEC §2, §3.12)', () => {
  const ok = { call: true, presenting: false, doNotDisturb: true, apps: ['zoom', ' OBS ', 'obs'] };
  it('accepts the flags and a list of program names, trimmed and without case duplicates', () => {
    const r = validateSettingsPatch({ holdWhen: ok });
    expect(r).toEqual({ ok: true, value: { holdWhen: { call: true, presenting: false, doNotDisturb: true, apps: ['zoom', 'obs'] } } });
  });
  it.each([
    [{ ...ok, call: 'yes' }, /holdWhen.call must be true or false/],
    [{ ...ok, apps: 'zoom' }, /holdWhen.apps must be a list of up to 50/],
    [{ ...ok, apps: Array.from({ length: 51 }, (_, i) => `app${i}`) }, /up to 50 program names/],
    [{ ...ok, apps: [''] }, /program names of 1 to 128 characters/],
    [{ ...ok, apps: ['a\nb'] }, /program names/],
    [{ ...ok, extra: 1 }, /holdWhen has unknown fields: extra/],
    [[1], /holdWhen must be an object/],
  ])('refuses %j', (value, message) => {
    const r = validateSettingsPatch({ holdWhen: value });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });
});
