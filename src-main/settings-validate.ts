// Checks a whole settings file against its JSON schema with the code compiled at build time
// (src-main/settings-validator.generated.ts, from settings-schema.ts by
// scripts/gen-settings-validator.ts): no ajv and no schema compilation at start-up. The message
// has the same form electron-store's run-time check gave ("Config schema violation: `settings/x` …").
import { validate } from './settings-validator.generated';

interface AjvError {
  instancePath: string;
  message?: string;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** Every schema violation in `data` (the parsed file), as "`path` message"; empty when valid. */
export function settingsFileProblems(data: unknown): string[] {
  const v = validate as Validator;
  if (v(data)) return [];
  return (v.errors ?? []).map(({ instancePath, message = '' }) => `\`${instancePath.slice(1)}\` ${message}`);
}

/** Throws (as electron-store did) when `data` does not match the settings file's schema. */
export function assertValidSettingsFile(data: unknown): void {
  const problems = settingsFileProblems(data);
  if (problems.length) throw new Error(`Config schema violation: ${problems.join('; ')}`);
}
