import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'sql', include: ['tests/sql/**/*.test.ts'], environment: 'node',
          testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser', include: ['tests/browser/**/*.test.ts'], environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 120_000, hookTimeout: 900_000, fileParallelism: false,
        },
      },
    ],
  },
});
