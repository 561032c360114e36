// Compiles the settings file's JSON schema (src-main/settings-schema.ts) into standalone
// validation code at build time, so the app never loads ajv or compiles a schema at start-up
// (that cost ~180 ms: loading ajv ~74 ms + compiling ~104 ms). Writes
// src-main/settings-validator.generated.ts — committed, so tests and type checks work on a
// fresh clone; `npm run build` regenerates it and a unit test fails if it is out of date.
//
//   npx tsx scripts/gen-settings-validator.ts [--check]
//
// --check: exit 1 (and write nothing) if the committed file differs from what would be generated.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSettingsValidator } from './lib/settings-validator-source';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED = join(ROOT, 'src-main/settings-validator.generated.ts');

const source = generateSettingsValidator();
let current = '';
try {
  current = readFileSync(GENERATED, 'utf8');
} catch {
  // not generated yet
}
if (process.argv.includes('--check')) {
  if (current !== source) {
    process.stderr.write(`${GENERATED} is out of date: run \`npx tsx scripts/gen-settings-validator.ts\`\n`);
    process.exit(1);
  }
} else if (current !== source) {
  writeFileSync(GENERATED, source);
  process.stdout.write(`settings validator: regenerated ${GENERATED.slice(ROOT.length + 1)}\n`);
}
