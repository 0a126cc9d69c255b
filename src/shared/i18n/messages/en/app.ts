export const app = {
  name: 'Baton',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  areaProcesses: 'Processes',
  areaRuns: 'Runs',
  areaJobs: 'Jobs',
  areaRobot: 'Robot',
  areaDiagnostics: 'Diagnostics',
  areaSettings: 'Settings',
} as const;
