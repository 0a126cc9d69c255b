import { configDefaults, defineConfig } from 'vitest/config';

// One run covers unit, integration, e2e and Electron suites, so one summary counts them all.
// The JSON report is what .ci/run reads for its "N passed, N failed" line.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Stryker's sandbox copies of the project (npm run test:mutation) are not tests of this one.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
