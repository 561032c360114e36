// Issue 14 §13: the settings window says what is wrong in the words of the field, not of the
// settings key, and names the allowed range. The core keeps its key-naming messages for the
// settings file and the command line; the window translates each of them (words.ts).
// The words are messages of the `settings` namespace (issue 15): the page's English is set up here
// as the settings page does, and Intl formats as en-GB (the browser tests' locale).
import english from 'virtual:limber-messages/en/settings';
import { describe, expect, it } from 'vitest';
import { NUMBER_BOUNDS, validateSettingsPatch, type NumberKey } from '../../src-main/core/settings';
import { initI18n, t } from '../../src-renderer/shared/i18n';
import { intlLocale } from '../../src-renderer/shared/format';
import {
  areaWords,
  countWords,
  durationWords,
  exclusionWords,
  nextWorkingPeriodWords,
  NUMBER_MESSAGES,
  numberMessage,
  positionName,
  rangeWords,
  settingsMessage,
  unitWords,
  week,
} from '../../src-renderer/settings/words';

initI18n(english, {});
const GB = 'en-GB';

const core = (patch: Record<string, unknown>): string[] => {
  const r = validateSettingsPatch(patch);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};
const KEYS = Object.keys(NUMBER_BOUNDS) as NumberKey[];

describe('number settings in the settings window', () => {
  it('has words for every number setting', () => {
    expect(Object.keys(NUMBER_MESSAGES).sort()).toEqual([...KEYS].sort());
  });

  it('the example of the issue', () => {
    expect(core({ sitMinutes: 5 })).toEqual(['sitMinutes must be a whole number from 10 to 180 minutes (got 5)']); // file and CLI
    expect(settingsMessage(core({ sitMinutes: 5 })[0]!, GB)).toBe('Sitting time before a break must be 10–180 minutes.'); // the window
    expect(rangeWords('sitMinutes', GB)).toBe('10 to 180 minutes');
  });

  it.each(KEYS)('%s: every refusal reads as the field, with the range, never the key', (key) => {
    const b = NUMBER_BOUNDS[key];
    for (const value of [b.min - 1, b.max + 1, b.min + 0.5, 'ten', undefined, null, [1]]) {
      const message = settingsMessage(core({ [key]: value })[0]!, GB);
      expect(message).toBe(numberMessage(key, value, GB));
      // the field's own sentence: the range message, or the whole-number one for a fraction in range
      expect([t(NUMBER_MESSAGES[key].range, { min: b.min, max: b.max }), t(NUMBER_MESSAGES[key].whole, { min: b.min, max: b.max })]).toContain(message);
      expect(message).toContain(`${b.min}–${b.max}`);
      expect(message).not.toContain(key);
    }
    expect(settingsMessage(core({ [key]: b.min + 0.5 })[0]!, GB)).toMatch(/whole number/);
  });
});

describe('other settings in the settings window', () => {
  it.each([
    [{ positions: [] }, 'Pick at least one position: seated, standing or on the floor.'],
    [{ workingHours: { enabled: true, days: [], start: '09:00', end: '17:00' } }, 'Pick at least one working day, or turn working hours off.'],
    [{ workingHours: { enabled: true, days: [1], start: '10:00', end: '09:00' } }, 'Working hours must end after they start.'],
    [{ workingHours: { enabled: true, days: [1], start: '9', end: '17:00' } }, 'The start of working hours must be a time such as 9:00.'],
    [{ holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: [''] } }, /^Program names must be 1 to 128 characters/],
  ])('%j', (patch, expected) => {
    const message = settingsMessage(core(patch)[0]!, GB);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('a message it has no words for is shown as written', () => {
    expect(settingsMessage('Could not save: disk full')).toBe('Could not save: disk full');
  });
});

describe('dates, times and day names from Intl (issue 15 point 3)', () => {
  const wh = { enabled: true, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
  const at = (s: string) => new Date(s).getTime();

  it('the working-hours week starts on the locale’s first day, with its own names', () => {
    expect(week('en-GB').map((d) => d.name)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(week('en-US').map((d) => d.short)).toEqual(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(week('de').map((d) => d.name)[0]).toBe('Montag');
    expect(week('en-US')[1]!.day).toBe(1); // day numbers stay the model's (0 = Sunday)
  });

  it('clock times in the locale’s 12- or 24-hour style', () => {
    expect(nextWorkingPeriodWords(wh, at('2026-03-02T10:00:00+01:00'), 'en-GB')).toBe('now, until 17:00');
    expect(nextWorkingPeriodWords(wh, at('2026-03-02T10:00:00+01:00'), 'en-US')).toBe('now, until 5:00 PM');
    expect(nextWorkingPeriodWords(wh, at('2026-03-06T18:00:00+01:00'), 'en-US')).toBe('Monday 9:00 AM–5:00 PM');
  });

  it('exclusion dates as the locale writes them', () => {
    const now = at('2026-03-10T12:00:00+01:00');
    expect(exclusionWords({ id: 'x', reason: 'stopped', at: at('2026-03-03T12:00:00+01:00') }, now, 'en-GB')).toBe('Stopped for discomfort on 3 March');
    expect(exclusionWords({ id: 'x', reason: 'chosen', at: at('2026-03-03T12:00:00+01:00') }, now, 'en-US')).toBe('Excluded by you on March 3');
    expect(exclusionWords({ id: 'x', reason: 'chosen', at: at('2025-03-03T12:00:00+01:00') }, now, 'en-GB')).toBe('Excluded by you on 3 March 2025');
    expect(exclusionWords({ id: 'x', reason: 'chosen' }, now, 'en-GB')).toBe('Excluded by you');
  });

  it('the Intl locale keeps the system’s region for a plain language, never for a script or region of its own', () => {
    expect(intlLocale('en', ['en-GB', 'de-DE'])).toBe('en-GB');
    expect(intlLocale('en-XA', ['en-AU'])).toBe('en-AU');
    expect(intlLocale('de', ['en-GB', 'de-AT'])).toBe('de-AT');
    expect(intlLocale('de', ['en-GB'])).toBe('de');
    expect(intlLocale('zh-Hans', ['zh-TW'])).toBe('zh-Hans');
  });

  it('counts agree with their number; ranges and durations', () => {
    expect(countWords('minutes', 1)).toBe('1 minute');
    expect(countWords('snoozes', 3)).toBe('3 snoozes');
    expect(unitWords('minutes', 1)).toBe('minute');
    expect(unitWords('minutes', 45)).toBe('minutes');
    expect(rangeWords('maxSnoozes', GB)).toBe('0 to 10 snoozes');
    expect(durationWords(150, GB)).toBe('2½ min');
    expect(durationWords(20, GB)).toBe('20 s');
    expect(durationWords(30, GB)).toBe('30 s');
    expect(durationWords(80, GB)).toBe('1½ min');
    expect(durationWords(120, GB)).toBe('2 min');
  });

  it('catalog values by name: positions, areas, equipment', () => {
    expect(positionName('floor')).toBe('On the floor');
    expect(areaWords('upper-back')).toBe('Upper back');
    expect(t('settings.exercises.needs', { equipment: 'ball' })).toContain('needs an exercise ball');
  });
});
