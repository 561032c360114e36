import { defineConfig } from 'vitest/config';

// Unit, property and fault tests: plain Node, never the real `electron` module.
export default defineConfig({
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
