import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM script without type declarations
import { limberMessages } from './scripts/i18n/vite-plugin.mjs';

// Unit, property and fault tests: plain Node, never the real `electron` module.
export default defineConfig({
  plugins: [limberMessages()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fault/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Berlin' },
    setupFiles: ['tests/setup-unit.ts'],
    server: { deps: { inline: ['electron-store', 'conf'] } },
    testTimeout: 30_000,
    pool: 'forks',
  },
});
