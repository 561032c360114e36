// Issue 14 §13: the settings window says what is wrong in the words of the field, not of the
// settings key, and names the allowed range. The core keeps its key-naming messages for the
// settings file and the command line; the window translates each of them (words.ts).
import { describe, expect, it } from 'vitest';
import { NUMBER_BOUNDS, validateSettingsPatch, type NumberKey } from '../../src-main/core/settings';
import { NUMBER_WORDS, numberMessage, rangeWords, settingsMessage } from '../../src-renderer/settings/words';

const core = (patch: Record<string, unknown>): string[] => {
  const r = validateSettingsPatch(patch);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};
const KEYS = Object.keys(NUMBER_BOUNDS) as NumberKey[];

describe('number settings in the settings window', () => {
  it('has words for every number setting', () => {
    expect(Object.keys(NUMBER_WORDS).sort()).toEqual([...KEYS].sort());
  });

  it('the example of the issue', () => {
    expect(core({ sitMinutes: 5 })).toEqual(['sitMinutes must be a whole number from 10 to 180 minutes (got 5)']); // file and CLI
    expect(settingsMessage(core({ sitMinutes: 5 })[0]!)).toBe('Sitting time before a break must be 10–180 minutes.'); // the window
    expect(rangeWords('sitMinutes')).toBe('10 to 180 minutes');
  });

  it.each(KEYS)('%s: every refusal reads as the field, with the range, never the key', (key) => {
    const b = NUMBER_BOUNDS[key];
    for (const value of [b.min - 1, b.max + 1, b.min + 0.5, 'ten', undefined, null, [1]]) {
      const message = settingsMessage(core({ [key]: value })[0]!);
      expect(message).toBe(numberMessage(key, value));
      expect(message.startsWith(NUMBER_WORDS[key].subject)).toBe(true);
      expect(message).toContain(`${b.min}–${b.max}`);
      expect(message).not.toContain(key);
    }
    expect(settingsMessage(core({ [key]: b.min + 0.5 })[0]!)).toMatch(/whole number/);
  });
});

describe('other settings in the settings window', () => {
  it.each([
    [{ positions: [] }, 'Pick at least one position: seated, standing or on the floor.'],
    [{ workingHours: { enabled: true, days: [], start: '09:00', end: '17:00' } }, 'Pick at least one working day, or turn working hours off.'],
    [{ workingHours: { enabled: true, days: [1], start: '10:00', end: '09:00' } }, 'Working hours must end after they start.'],
    [{ workingHours: { enabled: true, days: [1], start: '9', end: '17:00' } }, 'The start of working hours must be a time such as 09:00.'],
    [{ holdWhen: { call: true, presenting: true, doNotDisturb: true, apps: [''] } }, /^Program names must be 1 to 128 characters/],
  ])('%j', (patch, expected) => {
    const message = settingsMessage(core(patch)[0]!);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('a message it has no words for is shown as written', () => {
    expect(settingsMessage('Could not save: disk full')).toBe('Could not save: disk full');
  });
});
