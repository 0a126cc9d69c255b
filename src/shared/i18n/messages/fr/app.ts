import type { Catalog } from '../../catalog';
import type { app as en } from '../en/app';

export const app = {
  name: 'Baton',
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  areaProcesses: 'Processus',
  areaRuns: 'Exécutions',
  areaJobs: 'Tâches',
  areaRobot: 'Robot',
  areaDiagnostics: 'Diagnostic',
  areaSettings: 'Paramètres',
} satisfies Catalog<typeof en>;
