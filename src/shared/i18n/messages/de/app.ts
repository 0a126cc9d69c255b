import type { Catalog } from '../../catalog';
import type { app as en } from '../en/app';

export const app = {
  name: 'Baton',
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  areaProcesses: 'Prozesse',
  areaRuns: 'Ausführungen',
  areaJobs: 'Aufträge',
  areaRobot: 'Roboter',
  areaDiagnostics: 'Diagnose',
  areaSettings: 'Einstellungen',
} satisfies Catalog<typeof en>;
