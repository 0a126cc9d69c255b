import type { Catalog } from '../../catalog';
import type { signIn as en } from '../en/sign-in';

export const signIn = {
  waiting: 'サインインを待っています…',
  profileAndUrl: '{profile} - {url}',
  checkingCredentials: 'Orchestrator で資格情報を確認中…',
  preparingPage: 'サインイン ページを準備中…',
  inBrowser: 'ブラウザーの Identity Server ページでサインインしてください。Baton は自動的に続行します。ブラウザーが開きませんか?',
  openPage: 'サインイン ページを開く',
  newTab: '新しいタブで開きます。そこでサインインしてください。このページは自動的に続行し、タブを閉じてよいときはタブに表示されます。',
  cancel: 'キャンセル',
  signedOutOf: '{profile} からサインアウトしました',
  signInToSee: 'プロセスを表示するにはサインインしてください。',
  signInAgain: 'もう一度サインイン',
  editConnection: '接続を編集',
  addConnection: '接続を追加',
  connectionTest: '接続テスト',
  testing: 'テスト中…',
  test: '接続をテスト',
  testingUrl: '{url} をテスト中',
  testedUrl: '{url} をテストしました',
  testedUrlChanged: '{url} をテストしました (その後 URL が変更されています: もう一度テストしてください)',
  testResults: '接続テストの結果',
} satisfies Catalog<typeof en>;
