import type { Catalog } from '../../catalog';
import type { runs as en } from '../en/runs';

export const runs = {
  state:
    '{state, select, pending {保留中} running {実行中} suspended {中断中} stopping {停止中} successful {成功} faulted {失敗} stopped {停止} other {不明}}',
  paused: '{state} (一時停止)',
  whyNoPause: 'Orchestrator は実行中のジョブを一時停止できません。代わりに停止してください。',
  region: '実行',
  loading: '実行を読み込んでいます…',
  empty: '実行はまだありません。プロセスの [実行] ボタンで開始してください。',
  missing: 'その実行は履歴にもうありません。Baton は各接続の最新の実行を保持します。',
  history: '実行履歴',
  finished: '{name}: {state}',
  focusedLabel: '{name}、{state}',
  earlierLines: '以前の行は表示されていません。',
  showAllInOrchestrator: 'Orchestrator ですべて表示',
  log: 'ログ',
  level: '{level, select, trace {トレース:} info {情報:} warn {警告:} error {エラー:} other {ログ:}}',
  status: 'ステータス',
  elapsed: '経過時間',
  startedAt: '{time} に開始',
  output: '出力',
  kill: '強制終了',
  stop: '停止',
  resume: '再開',
  pause: '一時停止',
  actionFailed: '{message} {hint}',
} satisfies Catalog<typeof en>;
