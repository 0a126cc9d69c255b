import type { Catalog } from '../../catalog';
import type { components as en } from '../en/components';

export const components = {
  comingSoon: '近日公開',
  noToken: 'このページは Baton に接続されていません。起動トークンなしで開かれました。',
  noTokenHint: '{command} が表示した完全なアドレスを、{part} の部分も含めて開いてください。',
  reconnecting: 'Baton との接続が切れました。再接続しています…',
  connecting: 'Baton に接続しています…',
  retrying: 'Baton にまだ接続できません。再試行しています…',
  stillRunning: '{command} がまだ動作しているか確認してください。試行 {attempt, number} 回目。',
  errorCode: 'エラー コード: {code}',
  tryAgain: '再試行',
  dismiss: '閉じる',
  dismissError: 'エラーを閉じる',
  checkLink: '確認: {title}',
  connectionLostHint: 'Baton は自動的に再接続しています。終わらない場合は、{command} がまだ動作しているか確認してください。',
  connectionLostBecause: 'Baton との接続が切れました: {reason}。',
  unreadableAnswer: 'Baton から、このページが理解できない応答が届きました。',
  unreadableAnswerHint: 'ページを再読み込みしてください。繰り返し起きる場合は、ページとコアのバージョンが異なる可能性があります。',
  noAnswer: 'Baton が時間内に応答しませんでした。',
  pageClosed: 'このページは Baton との接続を閉じました。',
  stillReconnecting: 'Baton との接続が切れました。再接続を続けています。',
  openedWithoutToken: 'このページは起動トークンなしで開かれました。',
} satisfies Catalog<typeof en>;
