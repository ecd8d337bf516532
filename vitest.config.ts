import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Tests run real Astro builds and a real browser: seconds, not milliseconds.
    testTimeout: 120_000,
    // Two test files at a time, as the machines here have two cores: Vitest's default leaves
    // one core to the runner, and most of a file's time is an Astro build or Chromium in a
    // child process, which the runner does not compete with.
    maxWorkers: 2,
    hookTimeout: 180_000,
  },
});
