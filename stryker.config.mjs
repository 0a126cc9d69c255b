// Mutation testing of the boundary modules (issue 20): `npm run test:mutation`, or one module with
// `npm run test:mutation -- --mutate src/shared/dispatch.ts`. Too slow for CI (minutes per module
// on two cores), so neither `npm test` nor .ci/run runs it; docs/security.md keeps the scores.
// Config files are loaded by tools that require a default export.
export default {
  testRunner: 'vitest',
  // Only the tests that exercise these modules (see that file); Stryker picks per mutant which to run.
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else on the machine.
  concurrency: 1,
  mutate: [
    'src/shared/dispatch.ts',
    'src/shared/contract/*.ts',
    'src/main/electron/deep-links/deep-links.ts',
    'src/main/orchestrator/http-errors.ts',
    'src/main/runs/remote-start.ts',
    // The web host's upgrade checks (checkUpgrade, isOwnHost) and its frame limits.
    'src/main/web/server.ts:141-160',
    'src/main/web/frame-limits.ts',
    'src/robot-bridge/pairing.ts',
  ],
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-results/mutation/mutation.html' },
  jsonReporter: { fileName: 'test-results/mutation/mutation.json' },
  // The sandbox copy of the project; git, ESLint, Prettier and vitest all ignore it.
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['test-results', 'dist', 'docs', 'bench/results', '.baton-home'],
  cleanTempDir: true,
  // Added to each mutant's expected time: a mutant that loops forever (a lookup that never ends) costs this much.
  timeoutMS: 10_000,
};
