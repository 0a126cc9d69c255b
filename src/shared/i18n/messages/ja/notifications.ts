import type { Catalog } from '../../catalog';
import type { notifications as en } from '../en/notifications';

export const notifications = {
  runFinished:
    '{name} {state, select, successful {が完了しました} faulted {が失敗しました} stopped {が停止されました} other {が終了しました}}',
  runSuccessful: '成功しました。',
  runStopped: '停止しました。',
  runFaultedNoReason: '実行は理由なく失敗しました。',
  caughtUpTitle: '{count, plural, other {オフラインの間に # 件の実行が終了しました}}',
  caughtUpLine: '{name}: {state, select, successful {成功} faulted {失敗} stopped {停止} other {{state}}}',
  signInExpiredTitle: 'サインインの期限が切れました',
  signInExpiredBody:
    'プロセスの実行を続けるには、{hasProfile, select, yes {{profile}} other {Orchestrator}} にもう一度サインインしてください。',
  pairingTitle: 'ロボットがペアリングを求めています',
  pairingBody: 'このマシンでプロセスを実行するには、ロボットに表示されたコードを入力してください。',
  reminderTitle: '{isMissed, select, yes {見逃し: {name} を実行する時間です} other {{name} を実行する時間です}}',
  reminderMissedNote: 'Baton が閉じている間に届きました。',
  reminderAsk: '今すぐ開始するか、10 分後に再通知するか、閉じてください。',
  reminderOtherProfile:
    'これはアクティブではないプロファイル {hasProfile, select, yes {{profile}} other {(削除済み)}} のリマインダーです: 開始するには Baton でそのプロファイルに切り替えてください。',
  action: '{action, select, start {開始} snooze {10 分後に再通知} other {閉じる}}',
  noSuchButton: 'その通知にはもうそのボタンがありません。',
  noSuchButtonHint: 'Baton を開いてください: リマインダーは [開始]、[10 分後に再通知]、[閉じる] とともにそこで待っています。',
  region: '通知',
  dismiss: '閉じる: {title}',
  linkRefusedTitle: 'Baton のリンクを拒否しました',
  stillRunningTitle: 'Baton は実行中です',
  stillRunningBody: 'Baton はシステム トレイで実行を続けます。終了するにはトレイのメニューを使用してください。',
} satisfies Catalog<typeof en>;
