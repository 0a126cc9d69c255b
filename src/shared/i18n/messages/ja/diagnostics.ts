import type { Catalog } from '../../catalog';
import type { diagnostics as en } from '../en/diagnostics';

export const diagnostics = {
  checkTitle:
    '{check, select, url {Orchestrator の URL} dns {ホスト名の解決 (DNS)} tcp {ポートへの到達 (TCP)} tls {証明書の信頼 (TLS)} orchestrator {Orchestrator の応答} identity {Identity Server の検出} credentials {サインインの有効性} secrets {シークレットの保管} scopes {付与されたスコープ} folders {フォルダーの読み取り} processes {表示されるプロセス} runPermission {プロセスの実行権限} robot {ロボット ブリッジ} robotProcess {ロボットへのプロセスのインストール} clock {サーバーとの時刻の一致} webhook {Webhook の到達性} other {{check}}}',

  notChecked: '確認していません。',
  becauseCheckFailed: '「{check}」の確認が失敗したため',
  becauseCheckSkipped: '「{check}」の確認がスキップされたため',
  couldNotFinish: '確認を完了できませんでした:',
  unexpectedError: '予期しないエラーです。',
  runAgainFix: 'もう一度確認を実行してください。解決しない場合は、サポートを依頼する際にこのレポートを添付してください。',
  noSuchProfile: 'その接続プロファイルはありません。',
  noSuchProfileHint: 'お使いのプロファイルから選んでください (baton profile list)。',

  noProfileYet: '接続プロファイルがまだありません。',
  noProfileYetFix: 'Orchestrator の URL でプロファイルを追加してください (設定、または baton profile add NAME --url URL)。',
  urlKind:
    '{url} は{deployment, select, onPrem {オンプレミスの} cloud {Automation Cloud の} other {Automation Suite の}} Orchestrator の URL です。',
  urlUnusable: '「{url}」は使用できる Orchestrator の URL ではありません。',
  urlUnusableFix: 'ブラウザーで Orchestrator を開くときのアドレスを入力してください。',

  dnsResolves: '{host} は {addresses} に解決されます。',
  dnsFails: 'ホスト名 {host} を解決できません ({code})。',
  dnsFailsFix:
    'Orchestrator の URL の {host} のつづりを確認してください。社内の名前の場合は、社内ネットワークまたは VPN に接続するか、使用する DNS 名を IT 部門に確認してください。',

  tcpOpen: '{host} のポート {port} は接続を受け付けています。',
  tcpRefused: '{host} がポート {port} での接続を拒否しました: 待ち受けているものがありません。',
  tcpRefusedFix:
    'URL のポート ({port}) を確認してください。正しい場合は Orchestrator (またはその IIS サイト / ロード バランサー) が停止しています。管理者に問い合わせてください。',
  tcpTimeout:
    '{seconds} 秒以内に {host} のポート {port} から応答がありません: ファイアウォールまたはプロキシが接続を破棄している可能性があります。',
  tcpTimeoutFix: '{host}:{port} への送信接続を許可するよう IT 部門に依頼するか、組織で使用している VPN / プロキシ経由で接続してください。',
  tcpUnreachable: '{host} のポート {port} に到達できません ({code})。',
  tcpUnreachableFix: 'ネットワーク接続 (Wi-Fi、VPN) と Orchestrator の URL を確認してください。',

  tlsNotApplicable: '確認する TLS はありません。',
  tlsPlainHttp: 'URL がこのマシン上で暗号化されていない http を使用しているため',
  tlsTrusted: '{host} の証明書は信頼されており、名前も一致しています。',
  tlsSelfSigned: '{host} は、このコンピューターが信頼していない自己署名証明書を提示しています。',
  tlsPrivateCa: '{host} の証明書は、このコンピューターが信頼していない CA (社内またはプライベート CA) によって発行されています。',
  tlsUntrustedFix:
    '自己署名証明書とプライベート CA は、このコンピューターが信頼している場合にのみ使用できます。Baton が確認を省略することはありません。Orchestrator の管理者に CA 証明書 (または公的 CA の証明書の使用) を依頼してください。',
  tlsExpired: '{host} の証明書は期限切れか、まだ有効になっていません。',
  tlsExpiredFix: 'サーバー証明書の更新を Orchestrator の管理者に依頼してください。このコンピューターの日付と時刻も確認してください。',
  tlsWrongName: '{host} の証明書は別の名前用です。',
  tlsWrongNameFix: 'Orchestrator の URL には証明書の発行対象のホスト名を使用するか、{host} を含む証明書を管理者に依頼してください。',
  tlsFailed: '{host} との TLS ハンドシェイクに失敗しました ({code})。',
  tlsFailedFix:
    '{host}:{port} が (暗号化されていない http ではなく) https を提供していること、およびプロキシが傍受していないことを確認してください。',
  trustCa:
    '{platform, select, win32 {組織の CA 証明書を「信頼されたルート証明機関」にインストールし (certlm.msc、または certutil -addstore -f Root ca.crt)、Baton を再起動してください。} darwin {組織の CA 証明書をシステム キーチェーンに追加して信頼し (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt)、Baton を再起動してください。} other {組織の CA 証明書を /usr/local/share/ca-certificates/ に (.crt ファイルとして) コピーし、sudo update-ca-certificates を実行してから Baton を再起動してください。}}',
  trustCaNode: 'baton コマンド ラインと Web ホストでは、NODE_EXTRA_CA_CERTS=/path/to/ca.pem も設定してください。',

  serverUntrusted: '{what} が応答しませんでした: 証明書が信頼されていません。',
  serverTimedOut: '{what} が時間内に応答しませんでした。',
  serverSilent: '{what} が応答しませんでした。',
  serverUntrustedFix: 'TLS の確認を参照してください: このコンピューターがサーバー証明書を信頼している必要があります。',
  serverSilentFix: 'URL とネットワークを確認してください。TCP の確認も参照してください。',
  orchestratorKindMismatch: 'Orchestrator {version} は応答していますが、URL は {deployment} に見えるのに、自身を {kind} と名乗っています。',
  useOrgTenantUrl: "URL には https://host/'{organization}'/'{tenant}' を使用してください。",
  useBareHostUrl: 'スタンドアロンの Orchestrator の URL には、ホストのみ (https://host) を使用してください。',
  orchestratorAnswers: 'Orchestrator {version} が応答しています。',
  orchestratorAnswersKind: 'Orchestrator {version} ({kind}) が応答しています。',
  orchestratorAnswersOld: 'Orchestrator が応答しています (バージョンを報告しない古いバージョン)。',
  orchestratorHtml: 'このアドレスで何かが応答していますが、Orchestrator の API ではありません (HTML ページ: プロキシまたは別のサイト)。',
  orchestratorNoStatus: 'Orchestrator の状態エンドポイントが応答しませんでした (HTTP {status})。',
  orchestratorOnPremFix:
    'URL を確認してください: スタンドアロンの Orchestrator は、ブラウザーで開くホストのみの URL です。正しい場合は、Orchestrator が動作しているか管理者に確認してください (GET /api/health)。',
  orchestratorCloudFix:
    "URL の組織名とテナント名 (https://host/'{organization}'/'{tenant}') が、ブラウザーのアドレス バーの表示と一致しているか確認してください。",
  identityMissing: 'Identity Server の検出ドキュメントが {url} にありません (HTTP {status})。',
  identityOnPremFix:
    'スタンドアロンの Orchestrator 20.4 以降は /identity で Identity Server を提供します。Orchestrator 19.10 にはありません: 従来のサインイン方法 (ユーザー名とパスワード) を使用してください。',
  identityCloudFix:
    'Automation Cloud と Automation Suite はホストの /identity_ で Identity Server を提供します: URL のホスト名を確認してください。',
  identityOtherHost: 'Identity Server は自身を {issuer} と名乗っており、Orchestrator の URL にある {expected} ではありません。',
  identityOtherHostFix:
    'Orchestrator の URL に Identity Server と同じホスト名 ({issuerHost}) を使用するか、Identity Server の公開 URL を {expected} に設定するよう管理者に依頼してください。',
  identityAnswers: 'Identity Server は {url} で応答しています。',

  noDateHeader: 'サーバーが Date ヘッダーを送信しませんでした。',
  noServerTime: 'サーバーが時刻を示さなかったため',
  clockFar:
    'このコンピューターの時計はサーバーより {seconds} 秒{direction, select, ahead {進んで} other {遅れて}}います: サインインが期限切れまたはまだ有効でないように見えます。',
  clockOff: 'このコンピューターの時計はサーバーより {seconds} 秒{direction, select, ahead {進んで} other {遅れて}}います。',
  clockAgrees: 'このコンピューターの時計はサーバーと一致しています。',
  clockFix:
    '{platform, select, win32 {「時刻を自動的に設定する」をオンにし (設定 → 時刻と言語 → 日付と時刻)、「今すぐ同期」を押してください。} darwin {「日付と時刻を自動的に設定」をオンにしてください (システム設定 → 一般 → 日付と時刻)。} other {ネットワーク時刻を有効にしてください: sudo timedatectl set-ntp true。}}',

  noProfileToSignIn: 'サインインに使うプロファイルがありません。',
  onlyUrlChecked: 'URL のみを確認したため',
  redirectUnknown: 'Identity Server は、クライアント {clientId} のリダイレクト URI {redirectUri} を認識していません。',
  redirectUnknownFix:
    '{redirectUri} を (スキーム、ポート、パス、末尾のスラッシュまで) 正確に外部アプリケーションのリダイレクト URL として登録するか、プロファイルのリダイレクト URI を登録済みのものに設定してください。',
  clientUnknown: 'Identity Server はクライアント ID {clientId} を認識していません。',
  clientUnknownFix:
    '外部アプリケーションのアプリ ID (管理 → 外部アプリケーション) をプロファイルのクライアント ID にコピーしてください。正しい環境を使用しているかも確認してください。',
  notSignedInBecause: 'サインインしていません:',
  notSignedIn: '{profile} にサインインしていません。',
  signInFix: 'サインインしてください ([サインイン] ボタン、または {command})。',
  renewRefused: 'サインインの期限が切れ、Identity Server が更新を拒否しました。',
  signInAgainFix: 'もう一度サインインしてください ({command})。',
  tokenRefused: 'Orchestrator がサインインを受け付けません。',
  tokenRefusedFix:
    'トークンは別の組織またはテナント用に発行されています: URL の組織/テナント (オンプレミスではテナント名) を確認してから、もう一度サインインしてください。',
  signedInAs: '{name} としてサインインしています。Orchestrator はサインインを受け付けています。',
  signedInAsSomeone: 'サインインしています。Orchestrator はサインインを受け付けています。',

  noProfileForSecrets: 'シークレットを保管するプロファイルがありません。',
  secretsKeychain: 'シークレットは OS のキーチェーンに保管されています。',
  secretsFile:
    'シークレットは、このユーザー (と root) だけが読めるファイルに保管されています: このマシンには OS のキーチェーンがありません。',
  secretsMemory: 'シークレットはメモリにのみ保管されています: Baton を終了するとサインインは失われます。',
  secretsMemoryFix:
    'キーリング (GNOME Keyring、KWallet) を起動するか、所有者のみが読めるファイルにシークレットを保管させてください: --secret-store file または BATON_SECRET_STORE=file。',

  tokenOpaque: 'アクセス トークンにスコープが記載されていません。',
  tokenOpaqueBecause: 'トークンが不透明なため (個人用アクセス トークンまたは 19.10 のサインイン)',
  scopesAll: 'サインインには Baton が必要とするすべてのスコープが付与されています。',
  scopesNotAsked:
    'プロファイルが {scopes} を要求していません: プロファイルのスコープに{count, plural, other {追加}}してから、もう一度サインインしてください。',
  scopesNotGranted:
    '外部アプリケーションの{kind, select, application {アプリケーション} other {ユーザー}} スコープに {scopes} を追加するよう管理者に依頼し (管理 → 外部アプリケーション)、サインアウトしてからもう一度サインインしてください。',
  scopesMissing:
    'サインインに {scopes} がありません ({folders, select, first {フォルダーの一覧} other {}}{processes, select, first {プロセスの一覧} later {、プロセスの一覧} other {}}{jobs, select, first {ジョブの開始と停止} later {、ジョブの開始と停止} other {}}{following, select, first {ジョブの追跡} later {、ジョブの追跡} other {}} に必要)。',

  callFailed:
    '{what, select, folders {フォルダーを読み取れません:} processes {プロセスを一覧表示できません:} other {実行権限を読み取れません:}}',
  requestFailed: '要求が失敗しました。',
  callFailedFix: 'もう一度確認を実行してください。引き続き失敗する場合は、Orchestrator の管理者に問い合わせてください。',
  noFolders: 'どのフォルダーにも割り当てられていないため、プロセスを表示できません。',
  noFoldersFix:
    '作業するフォルダーに、Automation User などのロールでアカウント (またはそのグループ) を割り当てるよう Orchestrator の管理者に依頼してください。',
  folderMissing: 'フォルダー {folder} が存在しないか、割り当てられていません。',
  folderMissingFix:
    'フォルダーのパス (Finance/Invoices のような完全なパス) を確認してください。表示されるべき場合は、{folder} への割り当てを管理者に依頼してください。',
  foldersReadable: '{count, plural, other {# 個のフォルダー}}を読み取れます。',
  noProcesses: 'フォルダーに表示されるプロセスがありません。',
  noProcessesFix:
    'プロセスは、所属するフォルダーにパブリッシュしてデプロイする必要があり、そのフォルダーでのロールに Processes.View が必要です: Orchestrator の管理者に問い合わせてください。',
  processesVisible: '{count, plural, other {# 個のプロセス}}が表示されます。',
  processNotInFolder: 'プロセス {process} は {folder} に表示されません。',
  processNowhere: 'プロセス {process} はどのフォルダーにも表示されません。',
  processElsewhereFix: 'プロセスのあるフォルダー ({folders}) を選ぶか、{folder} へのデプロイを管理者に依頼してください。',
  processNameFix:
    'プロセス名 (Orchestrator → プロセス に表示される名前) を確認してください。所属するフォルダーへのデプロイを管理者に依頼してください。',
  processesVisibleWith: '{process} を含む {count, plural, other {# 個のプロセス}}が表示されます。',
  processesVisibleWithIn: '{folder} の {process} を含む {count, plural, other {# 個のプロセス}}が表示されます。',
  noProcessChosen: 'プロセスが選ばれていないため (--process NAME --folder PATH)',
  runPermissionUnknown: 'このバージョンの Orchestrator では、実行できるかどうかを事前に確認できません。',
  runPermissionUnknownFix: '実行してみてください。拒否された場合は、フォルダーでの Jobs.Create を依頼してください。',
  mayRun: '{hasFolder, select, yes {{folder}} other {そのフォルダー}}で {process} を実行できます。',
  mayNotRun:
    '{process} は表示できますが実行できません: {hasFolder, select, yes {{folder}} other {そのフォルダー}}でのロールに Jobs.Create がありません。',
  mayNotRunFix:
    '{hasFolder, select, yes {{folder}} other {そのフォルダー}}で Jobs.Create (と Jobs.View) を持つロール (Automation User など) を Orchestrator の管理者に依頼してください。',

  noRobotConnection: 'このホストにはロボットへの接続がないため',
  robotReady: 'このマシンのロボット ブリッジとペアリング済みで、実行できます。',
  robotReadyExecutor: 'このマシンのロボット ブリッジとペアリング済み ({executor} 実行環境) で、実行できます。',
  robotUnpaired: 'ロボット ブリッジは応答していますが、Baton はペアリングされていません。',
  robotUnpairedFix:
    'ペアリングしてください: [ロボット] → [ペアリング] を開き、このマシンのロボット ブリッジに表示される 8 桁のコードを入力します (または baton robot pair を実行します)。',
  robotSilent: '{url} のロボット ブリッジが応答しません。',
  startBridgeFix: 'このマシンでロボット ブリッジ (baton-robot) を起動してください。',
  noBridgeAt: '{url} で応答するロボット ブリッジがありません: ローカル実行は利用できません (リモート実行には影響しません)。',
  noRobot: 'このマシンにロボットが見つかりません: ローカル実行は利用できません (リモート実行には影響しません)。',
  startBridgeLocalFix: 'プロセスをローカルで実行するには、このマシンでロボット ブリッジ (baton-robot) を起動してください。',
  noProcessChosenRobot: 'プロセスが選ばれていないため (--process NAME)',
  robotNotReady: 'ロボット ブリッジの準備ができていないため',
  robotNoList: 'ロボットがプロセスを一覧表示しませんでした。',
  robotNoListFix: 'ロボット ブリッジを再起動して、もう一度確認を実行してください。',
  notOnRobot: '{process} はこのマシンのロボットにインストールされていません。',
  notOnRobotFix:
    'このマシンに {process} パッケージをインストールするか (UiPath Assistant、またはロボットのプロセス フォルダー)、代わりにリモートで実行してください。',
  notInstalledYet:
    '{process} はこのロボットで利用できますが、まだインストールされていません。Baton が最初のローカル実行時にインストールします。',
  notInstalledYetFix:
    'このマシンでインストールがブロックされていない限り、対応は不要です。ブロックされている場合は UiPath Assistant からインストールしてください。',
  installed: '{process} {version} はこのマシンのロボットにインストールされています。',

  statusWord: '{status, select, pass {成功} fail {失敗} warn {警告} other {スキップ}}',
  line: '{title}: {summary}',
  skippedBecause: '({because}スキップ)',
  fixLine: '対処: {fix}',
  verdict:
    '{overall, select, fail {問題が見つかりました} warn {動作しますが警告があります} other {すべての確認に成功しました}}: 成功 {passed}、失敗 {failed}、警告 {warnings}、スキップ {skipped}。',
  reportHeader: 'Baton 診断 ({finishedAt})',
  reportHeaderFor: '{target} の Baton 診断 ({finishedAt})',
  reportProfile: 'プロファイル {name}',

  heading: '接続の確認',
  intro:
    'Orchestrator の URL、ネットワーク、証明書、サインイン、スコープ、フォルダー、プロセス、このマシンのロボットを確認し、失敗した項目の対処方法を示します。',
  processLabel: 'プロセス (省略可)',
  processPlaceholder: '例: Hello World',
  folderLabel: 'フォルダー (省略可)',
  folderPlaceholder: '例: Finance/Invoices',
  run: '確認を実行',
  running: '確認を実行中…',
  fromError: 'エラーから移動しました: 下の「{title}」を参照してください。',
  checksLabel: '確認',
  overall: '{overall, select, fail {問題が見つかりました。} warn {動作しますが警告があります。} other {すべての確認に成功しました。}}',
  copy: 'レポートをコピー',
  copied: 'コピーしました (トークンやシークレットは含まれていません)。',
  copyFailed: 'コピーできませんでした: 上の確認を選択してコピーしてください。',
  checking: '{title}: 確認中…',
  screenSkippedBecause: ' ({because}スキップ)',
  fix: '対処: {fix}',
  evidence: '根拠 ({duration} ms)',
  connectionFailed: 'Baton はまだこの Orchestrator に接続できません: 失敗した確認の下の対処を参照してください。',
  connectionWarned: 'Orchestrator は応答していますが、警告があります。',
  connectionPassed: 'Orchestrator はこのアドレスで応答しています。残りを確認するにはサインインしてください。',
  webhookUnlisted: 'この Orchestrator の Webhook を一覧できませんでした。ジョブの更新はポーリングで取得します。',
  webhookNone: '未設定: この Orchestrator に Baton の Webhook がないため、ジョブの更新はポーリングで取得します。',
  webhookNoneBecause: '公開 URL (BATON_WEBHOOK_URL) が設定されていないか、この Baton が実行されていません',
  webhookOff:
    '配信が失敗したため、Orchestrator は {url} への Baton の Webhook を無効にしました。そこでは Baton に到達できません。ジョブの更新はポーリングで取得します。',
  webhookOffFix:
    'Orchestrator から URL に到達できるようにして (公開 DNS、ファイアウォール、TLS リバース プロキシ)、Baton を再起動してください。docs/webhooks.md を参照してください。',
  webhookPingRefused: 'Orchestrator は Baton の Webhook への ping を拒否しました:',
  webhookPingFix: 'ping には OR.Webhooks と Webhooks.View 権限が必要です。',
  webhookPassed: 'Orchestrator に Baton の Webhook があり、テスト配信を受け付けました。',
  webhookListRefused: 'Webhook の一覧が拒否されました',
  evIdentityServer: 'Identity Server: {url}',
  evApiBase: 'API ベース: {url}',
  evTenant: 'テナント: {tenant}',
  evGiven: '指定された URL: {url}',
  evLookup: '{host} の名前解決 ({ms} ms)',
  evLookupFailed: '{host} の名前解決 → {code} ({ms} ms 後)',
  evConnect: '{address} への接続 ({ms} ms)',
  evConnectFailed:
    '{address} への接続 → {outcome, select, refused {拒否} timeout {タイムアウト} unreachable {到達不能} other {エラー}}{code, select, none {} other { ({code})}} ({ms} ms 後)',
  evHandshake: '{address} とのハンドシェイク ({protocol}、{ms} ms)',
  evCertificate: 'サブジェクト {subject}、発行者 {issuer}、有効期限 {validTo}',
  evHandshakeFailed: '{address} とのハンドシェイク → {code} ({ms} ms 後): {message}',
  evHandshakeTimedOut: '{address} とのハンドシェイク → {code} ({ms} ms 後): TLS ハンドシェイクが時間内に終わりませんでした。',
  evRequestFailed: '{request} → {problem}',
  evAnswer: '{request} → {status} ({ms} ms)',
  evAnswerBody: '{request} → {status} ({ms} ms): {body, select, empty {(本文なし)} other {{excerpt}}}',
  evBody: '応答: {body, select, empty {(本文なし)} other {{excerpt}}}',
  evStatus: '{request} → {status, select, failed {失敗} other {{status}}}',
  evStatusErrorCode: '{request} → {status} (errorCode {code})',
  evIssuer: '発行者 {issuer}',
  evTokenEndpoint: 'トークン エンドポイント {url}',
  evServerDate: 'サーバーの Date ヘッダー: {date}',
  evLocalDate: 'このコンピューター: {date}',
  evDifference: '差 {seconds} 秒 (± {margin} 秒)',
  evRegistrationNotChecked: 'クライアント登録: このサインイン方法では確認しません',
  evAuthorizeFailed: '認可リクエスト → {problem}',
  evAuthorize: 'クライアント {clientId}、リダイレクト {redirectUri} の認可リクエスト → {status}',
  evAuthorizeRefused:
    'クライアント {clientId}、リダイレクト {redirectUri} の認可リクエスト → {status}: {body, select, empty {(本文なし)} other {{excerpt}}}',
  evProfileState: 'プロファイル {profile}: {state} ({method})',
  evLastProblem: '直近の問題:',
  evRenewFailed: 'アクセス トークンの更新 → {code}:',
  evRenewFailedPlain: 'アクセス トークンの更新 → 失敗',
  evTokenValidUntil: 'アクセス トークンの有効期限 {until} (このコンピューターの時計であと {minutes} 分)',
  evTokenFor: '{subject} のトークン (クライアント {clientId} 経由)',
  evGranted: '付与済み: {scopes}',
  evGrantedNone: '付与済み: (なし)',
  evNeeded: '必要:',
  evNeededScope: '{first} または {second}{more, select, yes {;} other {}}',
  evFolders: '{request} → フォルダー {count} 個',
  evFoldersListed: '{request} → フォルダー {count} 個: {folders}',
  evReleasesAcross: '{request} (全フォルダー) → プロセス {count} 個',
  evReleasesInFolder: '{request} ({folder}) → {status, select, failed {失敗} other {{status}}}',
  evReleasesPerFolder: '{request} (フォルダーごと) → プロセス {count} 個',
  evFoundIn: '見つかった場所: {folders}',
  evNoProcessNamed: '{process} という名前のプロセスはありません',
  evCrossFolderRefused: 'mandatoryPermissions=Jobs.Create での全フォルダーの一覧 → {status} (errorCode {code})',
  evRunnable: '{request} → 実行できるプロセス {count} 個。{process} はその中に{isAmong, select, yes {あります} other {ありません}}',
  evBridge: '{isOwn, select, yes {ロボット ブリッジ (Baton が自分で起動)} other {ロボット ブリッジ {url}}}: {state}',
  evBridgeError:
    '{isOwn, select, yes {ロボット ブリッジ (Baton が自分で起動)} other {ロボット ブリッジ {url}}}: {state} ({code}: {message})',
  evRobotInfo: 'ロボット {name} {version} ({machine} 上、実行環境 {executor})',
  evCallSaid: '{call} →',
  evCallFailed: '{call} → 失敗',
  evRobotLists: 'ロボットの一覧にプロセス {count} 個',
  evRobotListsFound:
    'ロボットの一覧にプロセス {count} 個。{process} {version} は{installed, select, yes {インストール済み} other {まだインストールされていません}}',
  evWebhook: 'Webhook {id} → {url} ({enabled, select, yes {有効} other {無効}})',
  evWebhooksNone: '{request} → Baton のものはありません',
  evRobotJsAnswers: 'localhost:{port} で UiPath RobotJS が応答しています。',
  evRobotJsSilent: 'localhost:{port} で UiPath RobotJS として応答するものはありません。',
  evUiRobotFound: 'UiRobot.exe が {path} に見つかりました。',
  evUiRobotMissing: '{paths} に UiRobot.exe はありません。',
  evUiRobotWindowsOnly: 'UiPath Robot (UiRobot.exe) は Windows でのみ探します。',
  evCommandFolder: 'コマンド プロセスのフォルダー: {path}。',
  evCommandFolderMissing: 'コマンド プロセスのフォルダー {path} は存在しません。',
  evChosenByYou: 'あなたが選択: {executor}。',
} satisfies Catalog<typeof en>;
