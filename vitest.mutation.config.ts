import { configDefaults, defineConfig } from 'vitest/config';

// The tests `npm run test:mutation` runs against each mutant: those that exercise the boundary
// modules listed in stryker.config.mjs, and nothing slow that does not (a run is minutes, not
// hours). A new test of one of those modules belongs here too.
// MUTATION_TESTS narrows the set for one module, e.g. the contract schemas, whose mutants all act at
// load time and so run every selected test: MUTATION_TESTS='test/unit/contract/*.test.ts'. (Stryker's
// own --testFiles lost the coverage of those mutants with the vitest runner: they all survived.)
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);

export default defineConfig({
  test: {
    include: only ?? [
      'test/unit/contract/**/*.test.ts',
      'test/unit/electron/deep-links/deep-link*.test.ts',
      'test/unit/electron/deep-links/deep-link-handler.test.ts',
      'test/unit/orchestrator/error-corpus.test.ts',
      'test/unit/orchestrator/orchestrator-client.test.ts',
      'test/unit/orchestrator/http-errors*.test.ts',
      'test/unit/runs/remote-start*.test.ts',
      'test/unit/web/*.test.ts',
      'test/integration/web-host.test.ts',
      'test/integration/web-host-upgrade.test.ts',
      'test/unit/robot-bridge/pairing*.test.ts',
    ],
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
