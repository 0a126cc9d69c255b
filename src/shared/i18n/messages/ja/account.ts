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
  storedInKeychain:
    'シークレットは暗号化されて{keychain, select, darwin {macOS のキーチェーン} win32 {Windows 資格情報マネージャー} other {Secret Service のキーリング (GNOME Keyring / KWallet)}}に保存されます。',
  storedInFile: 'シークレットは {path} に保存され、このユーザーと root が読み取れます (このマシンには OS のキーチェーンがありません)。',
  encryptedByOs: 'シークレットはオペレーティング システムによって暗号化され、{path} に保存されます。',
  encryptedByOsBackend: 'シークレットはオペレーティング システム ({backend}) によって暗号化され、{path} に保存されます。',
  memoryChosen: 'シークレットはメモリ内にのみ保持され、Baton の終了時に破棄されます。メモリ内のみのシークレット保管を選択したためです。',
  memoryKeychainRequired:
    'シークレットはメモリ内にのみ保持され、Baton の終了時に破棄されます。{keychain, select, darwin {macOS のキーチェーン} win32 {Windows 資格情報マネージャー} other {Secret Service のキーリング (GNOME Keyring / KWallet)}}がここでは使用できず ({reason})、管理ポリシーがキーチェーンを必須としているためです。',
  memoryFromEnvironment:
    'シークレットはメモリ内にのみ保持され、Baton の終了時に破棄されます。このコマンドは接続と資格情報を環境変数から取得するためです。',
  memoryThisSession: '選択に従い、シークレットはこのセッションの間だけメモリ内に保持されます。',
  memoryNoKeychain:
    'シークレットはこのセッションの間だけメモリ内に保持されます: このシステムには Baton が使える OS のキーチェーンがありません。',
  memoryNoKeychainPolicy:
    'シークレットはこのセッションの間だけメモリ内に保持されます: このシステムには Baton が使える OS のキーチェーンがなく、管理ポリシーがシークレット ファイルを許可していません。',
  installKeyring: 'キーリング (GNOME Keyring、KWallet) をインストールまたはロック解除して、Baton を再起動してください。',
  memoryForTest: 'シークレットはこのテストの間だけメモリ内に保持されます。',
} satisfies Catalog<typeof en>;
