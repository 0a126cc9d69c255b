import type { Catalog } from '../../catalog';
import type { common as en } from '../en/common';

export const common = {
  save: '保存',
  cancel: 'キャンセル',
  close: '閉じる',
  loading: '読み込み中…',
  yes: 'はい',
  no: 'いいえ',
  remote: 'リモート',
  local: 'ローカル',
  listSeparator: '・',
  processCount: '{count, plural, =0 {プロセスなし} other {# 件のプロセス}}',
} satisfies Catalog<typeof en>;
