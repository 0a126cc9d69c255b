import type { Catalog } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli = {
  errorLine: 'エラー: {message}',
  hintLine: 'ヒント: {hint}',
  usageHint: 'コマンドが受け付ける内容は `baton <コマンド> --help` で確認できます。',
  helpHint: 'コマンドとそのオプションは `baton --help` で確認できます。',
} satisfies Catalog<typeof en>;
