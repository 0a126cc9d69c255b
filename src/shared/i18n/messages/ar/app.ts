import type { Catalog } from '../../catalog';
import type { app as en } from '../en/app';

export const app = {
  name: 'Baton',
  skipToContent: 'الانتقال إلى المحتوى',
  mainNavigation: 'التنقل الرئيسي',
  areaProcesses: 'العمليات',
  areaRuns: 'التشغيلات',
  areaJobs: 'المهام',
  areaRobot: 'الروبوت',
  areaDiagnostics: 'التشخيص',
  areaSettings: 'الإعدادات',
} satisfies Catalog<typeof en>;
