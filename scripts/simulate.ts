// `npm run simulate -- TRACE.json`: replays a trace through the real scheduler (SPEC §8).
// Prints one JSON object a line to stdout; a malformed trace gets one error line and exit 2.
import { readFileSync } from 'node:fs';
import { EXERCISE_IDS } from '../src-main/core/catalog';
import { parseTrace, simulate, TraceError } from '../src-main/core/simulation';

function fail(message: string): never {
  process.stderr.write(`simulate: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1 || args[0] === '--help' || args[0] === '-h') {
  fail('usage: npm run simulate -- TRACE.json');
}
const file = args[0]!;
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
}
let raw: unknown;
try {
  raw = JSON.parse(text);
} catch (err) {
  fail(`${file} is not valid JSON: ${(err as Error).message}`);
}
try {
  const result = simulate(parseTrace(raw, { knownExercises: EXERCISE_IDS }));
  process.stdout.write(result.lines.map((l) => JSON.stringify(l)).join('\n') + (result.lines.length ? '\n' : ''));
} catch (err) {
  if (err instanceof TraceError) fail(`${file}: ${err.message}`);
  throw err;
}
