import type { Catalog } from '../../catalog';
import type { app as en } from '../en/app';

export const app = {
  name: 'Baton',
  skipToContent: 'Saltar al contenido',
  mainNavigation: 'Navegación principal',
  areaProcesses: 'Procesos',
  areaRuns: 'Ejecuciones',
  areaJobs: 'Trabajos',
  areaRobot: 'Robot',
  areaDiagnostics: 'Diagnóstico',
  areaSettings: 'Configuración',
} satisfies Catalog<typeof en>;
