import type { Catalog } from '../../catalog';
import type { app as en } from '../en/app';

export const app = {
  name: 'Baton',
  skipToContent: 'コンテンツへスキップ',
  mainNavigation: 'メイン ナビゲーション',
  areaProcesses: 'プロセス',
  areaRuns: '実行',
  areaJobs: 'ジョブ',
  areaRobot: 'ロボット',
  areaDiagnostics: '診断',
  areaSettings: '設定',
} satisfies Catalog<typeof en>;
