import { defineConfig } from 'vitest/config';

// The end-to-end tests in Firefox: one browser per file, files one after the other (each launch
// is a whole Firefox). Kept apart from the unit tests and from Playwright's tests/e2e.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
