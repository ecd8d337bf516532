import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Tests run real Astro builds and a real browser: seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
