import type { Catalog } from '../../catalog';
import type { connectivity as en } from '../en/connectivity';

export const connectivity = {
  offlineReason:
    '{since, time, short} 以降、{server} の Orchestrator に接続できません{hasFailure, select, yes {: {failure}。} other {。}}リモート実行は一時停止中です。ローカル実行は引き続き利用できます。',
  degradedReason:
    '{server} の Orchestrator で一部の要求が失敗しています{hasFailure, select, yes { ({failure})} other {}}。一部の操作が失敗する可能性があります。',
  signedOutReason: 'Orchestrator でプロセスを実行するにはサインインしてください。',
  remoteRefused:
    '{server} の Orchestrator に接続できないため ({since, time, short} からオフライン)、現在リモート実行の開始も停止もできません。',
  remoteRefusedHint:
    'このマシンのロボットでプロセスをローカル実行するか、接続が回復してから再試行してください。後で実行するためのキューには入りません。',
  bannerOffline: '{since, time, short} からオフライン',
  bannerOfflineWithCatalog: '{since, time, short} からオフライン — {catalogAt, time, short} 時点のプロセスを表示中',
  bannerDegraded: '{since, time, short} から Orchestrator に問題が発生しています — 一部の操作が失敗する可能性があります',
  remoteBlocked:
    '{since, time, short} からオフライン: Orchestrator に接続できないため、リモート実行は一時停止中です。ローカル実行は引き続き利用できます。',
} satisfies Catalog<typeof en>;
