// Fault suite, bridge side: every bridge call with malformed payloads. Must hold: the
// validator refuses with a message naming the call, and nothing reaches the app.
import { describe, expect, it } from 'vitest';
import { API_METHODS, REQUEST_VALIDATORS, validateRequest } from '../../src-main/core/bridge';

const junk: unknown[] = [
  42,
  'text',
  true,
  [],
  [1, 2],
  { type: 'explode' },
  { __proto__: { type: 'start' } },
  { id: '../../etc/passwd', excluded: true },
  { type: 'partial', fraction: 2 },
  { type: 'partial', fraction: Number.NaN },
  { type: 'stop' },
  { type: 'stop', exercise: 'Robert"); DROP TABLE' },
  { type: 'complete', exercises: 'all' },
  { type: 'complete', secondsStretched: -5 },
  { type: 'complete', secondsStretched: 1e12 },
  { type: 'start', extra: 1 },
  'x'.repeat(100_000),
];

/** A valid argument for each call, to prove the validators do accept good input. */
const good: Record<string, unknown> = {
  breakAction: { type: 'partial', fraction: 0.5, exercises: ['seated-rotation'], secondsStretched: 60 },
  updateSettings: { sitMinutes: 30 },
  setExcluded: { id: 'seated-rotation', excluded: true },
  completeFirstRun: { sitMinutes: 45 },
  exportHistory: 'csv',
  openWindow: 'settings',
};

describe('bridge payload validation', () => {
  it('unknown methods are refused', () => {
    for (const m of ['eval', '__proto__', 'constructor', 42, null]) {
      const r = validateRequest(m, undefined);
      expect(r.ok).toBe(false);
    }
  });

  for (const method of API_METHODS) {
    it(`${method}: accepts its valid form and refuses every malformed payload`, () => {
      const valid = method in good ? good[method] : undefined;
      expect(REQUEST_VALIDATORS[method](valid).ok).toBe(true);
      for (const payload of junk) {
        // some junk is a valid shape for some calls (e.g. any object is a settings *patch* shape;
        // its keys are checked by the settings model); exclude those pairs explicitly
        if ((method === 'updateSettings' || method === 'completeFirstRun') && typeof payload === 'object' && payload !== null && !Array.isArray(payload)) continue;
        const r = validateRequest(method, payload);
        expect(r.ok, `${method}(${JSON.stringify(payload)?.slice(0, 60)})`).toBe(false);
        if (!r.ok) expect(r.errors[0]).toMatch(new RegExp(`^${method}: `));
      }
    });
  }

  it('a settings patch that is far too large is refused before it is parsed key by key', () => {
    const big = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    expect(validateRequest('updateSettings', big).ok).toBe(false);
  });

  it('a settings patch nested thousands deep is refused with a message, not a stack overflow (issue 14 §7)', () => {
    const deep = { sitMinutes: JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)) as unknown };
    const r = validateRequest('updateSettings', deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^updateSettings: settings patch is too deeply nested/);
  });
});
