import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two projects, run one after the other (groupOrder): `unit` in Node with WXT's fake browser and
// fake-indexeddb (happy-dom where a file asks for it with `// @vitest-environment happy-dom`);
// then `e2e`, which drives the built extension in Chromium and Firefox ESR, one file at a time.
// The JSON report is what .ci/run counts.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.tmp/test-results.json' }]],
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
