import type { Catalog } from '../../catalog';
import type { about as en } from '../en/about';

export const about = {
  footer: 'Baton について',
  hostElectron: 'デスクトップ アプリ',
  hostWeb: 'Web ホスト',
  hostCli: 'コマンド ライン',
  unavailable: 'バージョン情報を取得できません。',
  loading: 'バージョンを読み込んでいます…',
  heading: 'この Baton について',
  version: 'バージョン',
  host: 'ホスト',
  platform: 'プラットフォーム',
} satisfies Catalog<typeof en>;
