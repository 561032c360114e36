import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM script without type declarations
import { limberMessages } from './scripts/i18n/vite-plugin.mjs';

// Browser tests: node-side vitest files that drive headless Chromium (playwright-core) against
// the built renderer pages, served on 127.0.0.1 with the test host injected (tests/browser/harness.ts).
export default defineConfig({
  // the tests compute expected texts with the pages' own message functions (settings words), and
  // import main-process modules that word things from the compiled messages (the tray menu)
  plugins: [limberMessages()],
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Berlin' },
    globalSetup: ['tests/browser/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
