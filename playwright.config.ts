import { defineConfig } from '@playwright/test';

// The extension is loaded into Debian's Chromium (no browser download); see tests/e2e/extension.ts.
export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: a loaded two-core machine runs the popup and dashboard several times slower than CI.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
