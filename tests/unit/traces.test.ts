// Golden traces (SPEC §8): each tests/traces/NAME.json is replayed through the real scheduler
// and compared with NAME.expected.jsonl, which was written by hand from the spec. Events must
// match in order and in their fields; times may differ from the exact ones by at most 15 s.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrace, simulate, type OutputLine } from '../../src-main/core/simulation';

const dir = join(__dirname, '..', 'traces');
const traces = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

/** Seconds since an arbitrary origin for "HH:MM:SS" or "YYYY-MM-DDTHH:MM:SS" (local). */
function seconds(at: string): number {
  const full = /^\d{4}-/.test(at) ? at : `2000-01-01T${at}`;
  return new Date(full).getTime() / 1000;
}

function sameDay(a: string, b: string): boolean {
  return /^\d{4}-/.test(a) === /^\d{4}-/.test(b);
}

describe('golden traces', () => {
  it('there are at least 12 of them', () => {
    expect(traces.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of traces) {
    it(file.replace('.json', ''), () => {
      const trace = parseTrace(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const expected = readFileSync(join(dir, file.replace('.json', '.expected.jsonl')), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as OutputLine);
      const actual = simulate(trace).lines;
      const show = (ls: OutputLine[]) => ls.map((l) => `${l.at} ${l.event}`).join('\n');
      expect(actual.map((l) => l.event), `events differ:\n${show(actual)}`).toEqual(expected.map((l) => l.event));
      expected.forEach((exp, i) => {
        const act = actual[i]!;
        expect(sameDay(act.at, exp.at), `line ${i + 1}: ${act.at} vs ${exp.at}`).toBe(true);
        expect(Math.abs(seconds(act.at) - seconds(exp.at)), `line ${i + 1} (${exp.event}) at ${act.at}, expected ${exp.at}`).toBeLessThanOrEqual(15);
        for (const [key, value] of Object.entries(exp)) {
          if (key === 'at') continue;
          if (key === 'due' || key === 'until') {
            if (value === null) expect(act[key]).toBeNull();
            else expect(Math.abs(seconds(String(act[key])) - seconds(String(value))), `line ${i + 1} ${key}`).toBeLessThanOrEqual(15);
          } else {
            expect(act[key], `line ${i + 1} field ${key}`).toEqual(value);
          }
        }
      });
    });
  }
});
