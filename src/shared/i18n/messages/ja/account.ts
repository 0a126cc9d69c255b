import type { Catalog } from '../../catalog';
import type { account as en } from '../en/account';

export const account = {
  checking: 'アカウントを確認中…',
  signedIn: 'サインイン済み',
  whoOnProfile: '{who} · {profile}',
  signingIn: 'サインイン中…',
  notSignedIn: 'サインインしていません',
  signedInAs: '{name} としてサインイン済み',
  signedOut: 'サインアウト済み',
  sessionOnly: 'サインインは Baton を終了するまで有効です: 終了時にシークレットは破棄されるため、次回はもう一度サインインします。',
  storeLine:
    '{store, select, keychain {シークレット: OS のキーチェーン} file {シークレット: 自分 (と root) だけが読めるファイル。このマシンには OS のキーチェーンがありません} other {シークレット: Baton を終了するまでメモリ内}}',
  secretStorage: 'シークレットの保管場所',
  errorCode: 'エラー コード: {code}',
  badge: 'アカウント',
  unavailable: 'アカウントの状態を取得できません',
  menu: 'アカウント メニュー',
  tenantLine: 'テナント {tenant} · {profile}',
  notSignedInTo: '{profile} にサインインしていません',
  signInAgain: 'もう一度サインイン',
  connections: '接続',
  activePrefix: 'アクティブ · {state}',
  addConnection: '接続を追加',
  signOut: 'サインアウト',
  signingOut: 'サインアウト中…',
} satisfies Catalog<typeof en>;
