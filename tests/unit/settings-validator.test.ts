// The settings file is checked by code generated at build time (no ajv at run time): the
// committed generated file is current, and it accepts and refuses exactly what ajv compiling the
// same schema at run time (what electron-store used to do) accepts and refuses.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSettingsValidator } from '../../scripts/lib/settings-validator-source';
import { defaultSettings } from '../../src-main/core/settings';
import { SCHEMA_VERSION, storeSchema } from '../../src-main/settings-schema';
import { assertValidSettingsFile, settingsFileProblems } from '../../src-main/settings-validate';

describe('the generated settings validator', () => {
  it('is up to date with settings-schema.ts (run `npx tsx scripts/gen-settings-validator.ts`)', () => {
    const committed = readFileSync(new URL('../../src-main/settings-validator.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(generateSettingsValidator());
    expect(committed).not.toMatch(/\brequire\(|from ['"]ajv/);
  });

  const runtime = new Ajv2020({ allErrors: true, useDefaults: true }).compile({ type: 'object', properties: storeSchema() });
  const file = () => ({ schemaVersion: SCHEMA_VERSION, settings: defaultSettings(), firstRunDone: true, exclusionNotes: {} });

  it('agrees with ajv compiled at run time, valid or not, with the same messages', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 700 }), fc.double(), fc.string({ maxLength: 70 }), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.integer({ min: -1, max: 8 }), fc.constantFrom('seated', 'standing', 'floor', 'lying', '', 'x'.repeat(65))), { maxLength: 4 }));
    const keys = Object.keys(defaultSettings());
    fc.assert(
      fc.property(fc.constantFrom(...keys, 'colour', 'workingHours.start', 'holdWhen.apps', 'schemaVersion', 'exclusionNotes'), value, (key, v) => {
        const data = file() as unknown as Record<string, unknown> & { settings: Record<string, unknown> };
        if (key === 'schemaVersion' || key === 'exclusionNotes') data[key] = key === 'exclusionNotes' ? { a: { reason: v, at: 1 } } : v;
        else if (key.includes('.')) {
          const [outer, inner] = key.split('.') as [string, string];
          (data.settings[outer] as Record<string, unknown>)[inner] = v;
        } else data.settings[key] = v;
        const ok = runtime(structuredClone(data));
        const problems = settingsFileProblems(structuredClone(data));
        expect(problems.length === 0).toBe(ok);
        expect(problems).toEqual((runtime.errors ?? []).map((e) => `\`${e.instancePath.slice(1)}\` ${e.message ?? ''}`));
      }),
      { numRuns: 400 },
    );
  });

  it('fills a missing setting from its default, as electron-store did, rather than refusing the file', () => {
    const { sound: _s, ...older } = defaultSettings();
    expect(settingsFileProblems({ ...file(), settings: older })).toEqual([]);
  });

  it('throws with electron-store\'s message for an invalid file', () => {
    expect(() => assertValidSettingsFile(file())).not.toThrow();
    expect(() => assertValidSettingsFile({ ...file(), settings: { ...defaultSettings(), sitMinutes: 999 } })).toThrow(
      'Config schema violation: `settings/sitMinutes` must be <= 180',
    );
  });
});
