/** Diagnostics: check titles, what each check found and the fix (src/main/diagnostics), and the screen. */
export const diagnostics = {
  checkTitle:
    '{check, select, url {Orchestrator URL} dns {Host name resolves (DNS)} tcp {Port reachable (TCP)} tls {Certificate trusted (TLS)} orchestrator {Orchestrator answers} identity {Identity Server discovery} credentials {Sign-in valid} secrets {Secrets kept} scopes {Scopes granted} folders {Folders readable} processes {Processes visible} runPermission {Permission to run the process} robot {Robot bridge} robotProcess {Process installed on the robot} clock {Clock in step with the server} webhook {Webhook reachable} other {{check}}}',

  // The runner
  notChecked: 'Not checked.',
  becauseCheckFailed: 'the {check} check failed',
  becauseCheckSkipped: 'the {check} check was skipped',
  couldNotFinish: 'The check could not finish:',
  unexpectedError: 'an unexpected error.',
  runAgainFix: 'Run the checks again; if it persists, include this report when you ask for help.',
  noSuchProfile: 'There is no such connection profile.',
  noSuchProfileHint: 'Pick one of your profiles (baton profile list).',

  // url
  noProfileYet: 'There is no connection profile yet.',
  noProfileYetFix: 'Add a profile with your Orchestrator URL (Settings, or baton profile add NAME --url URL).',
  urlKind:
    '{url} is {deployment, select, onPrem {an on-premises} cloud {an Automation Cloud} other {an Automation Suite}} Orchestrator URL.',
  urlUnusable: '"{url}" is not a usable Orchestrator URL.',
  urlUnusableFix: 'Enter the address you open Orchestrator at in your browser.',

  // dns
  dnsResolves: '{host} resolves to {addresses}.',
  dnsFails: 'The host name {host} does not resolve ({code}).',
  dnsFailsFix:
    'Check the spelling of {host} in the Orchestrator URL. If it is an internal name, connect to the company network or VPN, or ask IT for the DNS name to use.',

  // tcp
  tcpOpen: 'Port {port} on {host} accepts connections.',
  tcpRefused: '{host} refused the connection on port {port}: nothing listens there.',
  tcpRefusedFix:
    'Check the port in the URL ({port}); if it is right, Orchestrator (or its IIS site / load balancer) is stopped: ask its administrator.',
  tcpTimeout: 'No answer from {host} on port {port} within {seconds} s: a firewall or proxy is probably dropping the connection.',
  tcpTimeoutFix: 'Ask IT to allow outgoing connections to {host}:{port}, or connect through the VPN / proxy your organization uses.',
  tcpUnreachable: '{host} cannot be reached on port {port} ({code}).',
  tcpUnreachableFix: 'Check the network connection (Wi-Fi, VPN) and the Orchestrator URL.',

  // tls
  tlsNotApplicable: 'No TLS to check.',
  tlsPlainHttp: 'the URL uses plain http on this machine',
  tlsTrusted: 'The certificate of {host} is trusted and matches the name.',
  tlsSelfSigned: '{host} presents a self-signed certificate, which this computer does not trust.',
  tlsPrivateCa: '{host}’s certificate is issued by a CA this computer does not trust (an internal or private CA).',
  tlsUntrustedFix:
    'Self-signed certificates and private CAs are not supported unless this computer trusts them; Baton never skips the check. Ask the Orchestrator administrator for the CA certificate (or to use a certificate from a public CA).',
  tlsExpired: 'The certificate of {host} is expired or not yet valid.',
  tlsExpiredFix: "Ask the Orchestrator administrator to renew the server's certificate; also check this computer's date and time.",
  tlsWrongName: 'The certificate of {host} is for another name.',
  tlsWrongNameFix:
    'Use the host name the certificate was issued for in the Orchestrator URL, or ask the administrator for a certificate that names {host}.',
  tlsFailed: 'The TLS handshake with {host} failed ({code}).',
  tlsFailedFix: 'Check that {host}:{port} serves https (not plain http) and that no proxy intercepts it.',
  trustCa:
    "{platform, select, win32 {Install your organization's CA certificate in \"Trusted Root Certification Authorities\" (certlm.msc, or: certutil -addstore -f Root ca.crt), then restart Baton.} darwin {Add your organization's CA certificate to the System keychain and trust it (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt), then restart Baton.} other {Copy your organization's CA certificate to /usr/local/share/ca-certificates/ (a .crt file) and run sudo update-ca-certificates, then restart Baton.}}",
  trustCaNode: 'For the baton command line and web host, also set NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',

  // orchestrator and identity
  serverUntrusted: '{what} did not answer: its certificate is not trusted.',
  serverTimedOut: '{what} did not answer in time.',
  serverSilent: '{what} did not answer.',
  serverUntrustedFix: 'See the TLS check: this computer must trust the server certificate.',
  serverSilentFix: 'Check the URL and the network; see the TCP check.',
  orchestratorKindMismatch: 'Orchestrator {version} answers, but calls itself {kind} while the URL looks {deployment}.',
  useOrgTenantUrl: "Use https://host/'{organization}'/'{tenant}' as the URL.",
  useBareHostUrl: 'Use the bare host (https://host) as the URL of a standalone Orchestrator.',
  orchestratorAnswers: 'Orchestrator {version} answers.',
  orchestratorAnswersKind: 'Orchestrator {version} ({kind}) answers.',
  orchestratorAnswersOld: 'Orchestrator answers (an older version that does not report it).',
  orchestratorHtml: 'Something answers at this address, but it is not Orchestrator’s API (an HTML page: a proxy or another site).',
  orchestratorNoStatus: 'Orchestrator’s status endpoints did not answer (HTTP {status}).',
  orchestratorOnPremFix:
    'Check the URL: a standalone Orchestrator is the bare host you open in the browser. If it is right, ask the administrator whether Orchestrator is running (GET /api/health).',
  orchestratorCloudFix:
    "Check the organization and tenant names in the URL (https://host/'{organization}'/'{tenant}'), as shown in the browser address bar.",
  identityMissing: 'Identity Server’s discovery document is not at {url} (HTTP {status}).',
  identityOnPremFix:
    'Standalone Orchestrator 20.4+ serves Identity Server at /identity. Orchestrator 19.10 has none: use the legacy sign-in method (user name and password).',
  identityCloudFix:
    'Automation Cloud and Automation Suite serve Identity Server at /identity_ on the host: check the host name in the URL.',
  identityOtherHost: 'Identity Server calls itself {issuer}, not {expected} as in the Orchestrator URL.',
  identityOtherHostFix:
    'Use the same host name as Identity Server ({issuerHost}) in the Orchestrator URL, or ask the administrator to set Identity Server’s public URL to {expected}.',
  identityAnswers: 'Identity Server answers at {url}.',

  // clock
  noDateHeader: 'The server sent no Date header.',
  noServerTime: 'the server did not say its time',
  clockFar:
    'This computer’s clock is {seconds} s {direction, select, ahead {ahead of} other {behind}} the server: sign-ins look expired or not yet valid.',
  clockOff: 'This computer’s clock is {seconds} s {direction, select, ahead {ahead of} other {behind}} the server.',
  clockAgrees: 'This computer’s clock agrees with the server.',
  clockFix:
    '{platform, select, win32 {Turn on "Set time automatically" (Settings → Time & language → Date & time) and press "Sync now".} darwin {Turn on "Set time and date automatically" (System Settings → General → Date & Time).} other {Turn on network time: sudo timedatectl set-ntp true.}}',

  // credentials
  noProfileToSignIn: 'No profile to sign in with.',
  onlyUrlChecked: 'only a URL was checked',
  redirectUnknown: 'Identity Server does not know the redirect URI {redirectUri} for client {clientId}.',
  redirectUnknownFix:
    "Register {redirectUri} exactly (scheme, port, path, trailing slash) as a redirect URL of the external app, or set the profile's redirect URI to the registered one.",
  clientUnknown: 'Identity Server does not know the client id {clientId}.',
  clientUnknownFix:
    "Copy the external app's App ID (Admin → External Applications) into the profile's client id; check you use the right environment.",
  notSignedInBecause: 'Not signed in:',
  notSignedIn: 'Not signed in to {profile}.',
  signInFix: 'Sign in (the Sign in button, or {command}).',
  renewRefused: 'The sign-in has expired and Identity Server refused to renew it.',
  signInAgainFix: 'Sign in again ({command}).',
  tokenRefused: 'Orchestrator does not accept the sign-in.',
  tokenRefusedFix:
    'The token was issued for another organization or tenant: check the organization/tenant in the URL (on-prem: the tenant name), then sign in again.',
  signedInAs: 'Signed in as {name}; Orchestrator accepts the sign-in.',
  signedInAsSomeone: 'Signed in as someone; Orchestrator accepts the sign-in.',

  // secrets
  noProfileForSecrets: 'No profile to keep secrets for.',
  secretsKeychain: 'Secrets are kept in the OS keychain.',
  secretsFile: 'Secrets are kept in a file only this user (and root) can read: this machine has no OS keychain.',
  secretsMemory: 'Secrets are kept in memory only: the sign-in is forgotten when Baton exits.',
  secretsMemoryFix:
    'Start a keyring (GNOME Keyring, KWallet), or let Baton keep secrets in an owner-only file: --secret-store file or BATON_SECRET_STORE=file.',

  // scopes
  tokenOpaque: 'The access token does not list its scopes.',
  tokenOpaqueBecause: 'the token is opaque (personal access token or 19.10 sign-in)',
  scopesAll: 'The sign-in grants every scope Baton needs.',
  scopesNotAsked:
    "The profile does not ask for {scopes}: add {count, plural, one {it} other {them}} to the profile's scopes, then sign in again.",
  scopesNotGranted:
    "Ask the administrator to add {scopes} to the external app's {kind, select, application {application} other {user}} scopes (Admin → External Applications), then sign out and sign in again.",
  // What each missing scope is for, in NEEDED_SCOPES order: `first` starts the list, `later` follows a comma.
  scopesMissing:
    'The sign-in lacks {scopes} (needed for {folders, select, first {listing your folders} other {}}{processes, select, first {listing processes} later {, listing processes} other {}}{jobs, select, first {starting and stopping jobs} later {, starting and stopping jobs} other {}}{following, select, first {following jobs} later {, following jobs} other {}}).',

  // folders, processes, run permission
  callFailed:
    '{what, select, folders {Your folders cannot be read:} processes {Processes cannot be listed:} other {Run permissions cannot be read:}}',
  requestFailed: 'the request failed.',
  callFailedFix: 'Run the checks again; if it keeps failing, ask the Orchestrator administrator.',
  noFolders: 'You are not assigned to any folder, so no process can be shown.',
  noFoldersFix:
    'Ask an Orchestrator administrator to assign your account (or its group) to the folders you work in, with a role such as Automation User.',
  folderMissing: 'The folder {folder} does not exist or you are not assigned to it.',
  folderMissingFix:
    'Check the folder path (full path, e.g. Finance/Invoices); ask an administrator to assign you to {folder} if you should see it.',
  foldersReadable: 'You can read {count, plural, one {# folder} other {# folders}}.',
  noProcesses: 'No process is visible in your folders.',
  noProcessesFix:
    'Processes must be published and deployed to a folder you belong to, and your role there needs Processes.View: ask an Orchestrator administrator.',
  processesVisible: '{count, plural, one {# process} other {# processes}} visible.',
  processNotInFolder: 'The process {process} is not visible in {folder}.',
  processNowhere: 'The process {process} is not visible in any of your folders.',
  processElsewhereFix: 'Choose the folder it is in ({folders}), or ask an administrator to deploy it to {folder}.',
  processNameFix:
    'Check the process name (as shown in Orchestrator → Processes); ask an administrator to deploy it to a folder you belong to.',
  processesVisibleWith: '{count, plural, one {# process} other {# processes}} visible, including {process}.',
  processesVisibleWithIn: '{count, plural, one {# process} other {# processes}} visible, including {process} in {folder}.',
  noProcessChosen: 'no process was chosen (--process NAME --folder PATH)',
  runPermissionUnknown: 'This Orchestrator version cannot say in advance whether you may run it.',
  runPermissionUnknownFix: 'Try a run; if it is refused, ask for Jobs.Create in the folder.',
  mayRun: 'You may run {process} in {hasFolder, select, yes {{folder}} other {its folder}}.',
  mayNotRun: 'You may see {process} but not run it: your role in {hasFolder, select, yes {{folder}} other {its folder}} lacks Jobs.Create.',
  mayNotRunFix:
    'Ask an Orchestrator administrator for a role with Jobs.Create (and Jobs.View) in {hasFolder, select, yes {{folder}} other {its folder}}, e.g. Automation User.',

  // robot
  noRobotConnection: 'this host has no robot connection',
  robotReady: 'Paired with the robot bridge on this machine; ready to run.',
  robotReadyExecutor: 'Paired with the robot bridge on this machine ({executor} executor); ready to run.',
  robotUnpaired: 'The robot bridge answers but Baton is not paired with it.',
  robotUnpairedFix: 'Pair: open Robot → Pair and type the 8-digit code the robot bridge shows on this machine (or run baton robot pair).',
  robotSilent: 'The robot bridge at {url} does not answer.',
  startBridgeFix: 'Start the robot bridge (baton-robot) on this machine.',
  noBridgeAt: 'No robot bridge answers at {url}: local runs are not available (remote runs are not affected).',
  noRobot: 'No robot found on this machine: local runs are not available (remote runs are not affected).',
  startBridgeLocalFix: 'Start the robot bridge (baton-robot) on this machine to run processes locally.',
  noProcessChosenRobot: 'no process was chosen (--process NAME)',
  robotNotReady: 'the robot bridge is not ready',
  robotNoList: 'The robot did not list its processes.',
  robotNoListFix: 'Restart the robot bridge and run the checks again.',
  notOnRobot: '{process} is not installed on this machine’s robot.',
  notOnRobotFix:
    'Install the {process} package on this machine (UiPath Assistant, or the robot’s process folder), or run it remotely instead.',
  notInstalledYet: '{process} is available to this robot but not installed yet; Baton installs it at the first local run.',
  notInstalledYetFix: 'Nothing to do, unless installing is blocked on this machine: then install it from UiPath Assistant.',
  installed: '{process} {version} is installed on this machine’s robot.',

  // Report text (CLI and Copy report)
  statusWord: '{status, select, pass {Passed} fail {Failed} warn {Warning} other {Skipped}}',
  line: '{title}: {summary}',
  skippedBecause: '(skipped because {because})',
  fixLine: 'fix: {fix}',
  verdict:
    '{overall, select, fail {Problems found} warn {Works, with warnings} other {All checks passed}}: {passed} passed, {failed} failed, {warnings} warnings, {skipped} skipped.',
  reportHeader: 'Baton diagnostics ({finishedAt})',
  reportHeaderFor: 'Baton diagnostics for {target} ({finishedAt})',
  reportProfile: 'profile {name}',

  // The screen
  heading: 'Connection checks',
  intro:
    'Checks the Orchestrator URL, network, certificate, sign-in, scopes, folders, processes and the robot on this machine, and says how to fix what fails.',
  processLabel: 'Process (optional)',
  processPlaceholder: 'e.g. Hello World',
  folderLabel: 'Folder (optional)',
  folderPlaceholder: 'e.g. Finance/Invoices',
  run: 'Run checks',
  running: 'Running checks…',
  fromError: 'From an error: see “{title}” below.',
  checksLabel: 'Checks',
  overall: '{overall, select, fail {Problems found.} warn {Works, with warnings.} other {All checks passed.}}',
  copy: 'Copy report',
  copied: 'Copied (no tokens or secrets are in it).',
  copyFailed: 'Could not copy: select the checks above and copy them instead.',
  checking: '{title}: checking…',
  screenSkippedBecause: ' (skipped because {because})',
  fix: 'Fix: {fix}',
  evidence: 'Evidence ({duration} ms)',
  connectionFailed: 'Baton cannot reach this Orchestrator yet: see the fix under the failed check.',
  connectionWarned: 'Orchestrator answers, with warnings.',
  connectionPassed: 'Orchestrator answers at this address. Sign in to check the rest.',
  webhookUnlisted: 'Baton could not list this Orchestrator’s webhooks: job updates come by polling.',
  webhookNone: 'Not configured: Baton has no webhook on this Orchestrator, so job updates come by polling.',
  webhookNoneBecause: 'no public URL is set (BATON_WEBHOOK_URL), or this Baton is not running',
  webhookOff:
    'Orchestrator turned Baton’s webhook to {url} off after a delivery failed: it cannot reach Baton there. Job updates come by polling.',
  webhookOffFix:
    'Make the URL reachable from Orchestrator (public DNS, firewall, a TLS reverse proxy), then restart Baton; see docs/webhooks.md.',
  webhookPingRefused: 'Orchestrator refused to ping Baton’s webhook:',
  webhookPingFix: 'The ping needs OR.Webhooks and the Webhooks.View permission.',
  webhookPassed: 'Orchestrator has Baton’s webhook and accepted a test delivery to it.',
  webhookListRefused: 'the webhook list was refused',
  // Evidence: one line each of what a check tried and what came back. A request (`GET https://…`),
  // a status, a code or a server's words are values; only the words around them are translated.
  evIdentityServer: 'Identity Server: {url}',
  evApiBase: 'API base: {url}',
  evTenant: 'Tenant: {tenant}',
  evGiven: 'Given: {url}',
  evLookup: 'lookup {host} in {ms} ms',
  evLookupFailed: 'lookup {host} → {code} after {ms} ms',
  evConnect: 'connect {address} in {ms} ms',
  evConnectFailed:
    'connect {address} → {outcome, select, refused {refused} timeout {timeout} unreachable {unreachable} other {error}}{code, select, none {} other { ({code})}} after {ms} ms',
  evHandshake: 'handshake {address} ({protocol}) in {ms} ms',
  evCertificate: 'subject {subject}, issuer {issuer}, valid until {validTo}',
  evHandshakeFailed: 'handshake {address} → {code} after {ms} ms: {message}',
  evHandshakeTimedOut: 'handshake {address} → {code} after {ms} ms: The TLS handshake did not finish in time.',
  evRequestFailed: '{request} → {problem}',
  evAnswer: '{request} → {status} in {ms} ms',
  evAnswerBody: '{request} → {status} in {ms} ms: {body, select, empty {(empty body)} other {{excerpt}}}',
  evBody: 'answer: {body, select, empty {(empty body)} other {{excerpt}}}',
  evStatus: '{request} → {status, select, failed {failed} other {{status}}}',
  evStatusErrorCode: '{request} → {status} (errorCode {code})',
  evIssuer: 'issuer {issuer}',
  evTokenEndpoint: 'token endpoint {url}',
  evServerDate: 'server Date: {date}',
  evLocalDate: 'this computer: {date}',
  evDifference: 'difference {seconds} s (± {margin} s)',
  evRegistrationNotChecked: 'client registration: not checked for this sign-in method',
  evAuthorizeFailed: 'authorize request → {problem}',
  evAuthorize: 'authorize request for client {clientId}, redirect {redirectUri} → {status}',
  evAuthorizeRefused:
    'authorize request for client {clientId}, redirect {redirectUri} → {status}: {body, select, empty {(empty body)} other {{excerpt}}}',
  evProfileState: 'profile {profile}: {state} ({method})',
  evLastProblem: 'last problem:',
  evRenewFailed: 'renewing the access token → {code}:',
  evRenewFailedPlain: 'renewing the access token → failed',
  evTokenValidUntil: "access token valid until {until} ({minutes} min from now by this computer's clock)",
  evTokenFor: 'token for {subject} via client {clientId}',
  evGranted: 'granted: {scopes}',
  evGrantedNone: 'granted: (none)',
  evNeeded: 'needed:',
  evNeededScope: '{first} or {second}{more, select, yes {;} other {}}',
  evFolders: '{request} → {count} folder(s)',
  evFoldersListed: '{request} → {count} folder(s): {folders}',
  evReleasesAcross: '{request} (across folders) → {count} process(es)',
  evReleasesInFolder: '{request} in {folder} → {status, select, failed {failed} other {{status}}}',
  evReleasesPerFolder: '{request} per folder → {count} process(es)',
  evFoundIn: 'found in: {folders}',
  evNoProcessNamed: 'no process named {process}',
  evCrossFolderRefused: 'cross-folder listing with mandatoryPermissions=Jobs.Create → {status} (errorCode {code})',
  evRunnable: '{request} → {count} runnable process(es); {process} {isAmong, select, yes {is} other {is not}} among them',
  evBridge: '{isOwn, select, yes {robot bridge (Baton starts its own)} other {robot bridge {url}}}: {state}',
  evBridgeError: '{isOwn, select, yes {robot bridge (Baton starts its own)} other {robot bridge {url}}}: {state} ({code}: {message})',
  evRobotInfo: 'robot {name} {version} on {machine}, executor {executor}',
  evCallSaid: '{call} →',
  evCallFailed: '{call} → failed',
  evRobotLists: 'the robot lists {count} process(es)',
  evRobotListsFound:
    'the robot lists {count} process(es); {process} {version} {installed, select, yes {installed} other {not installed yet}}',
  evWebhook: 'Webhook {id} → {url} ({enabled, select, yes {enabled} other {disabled}})',
  evWebhooksNone: '{request} → none of Baton’s',
  // What Baton's own robot bridge found on this machine (src/robot-bridge/detect.ts writes the same English).
  evRobotJsAnswers: 'UiPath RobotJS answers on localhost:{port}.',
  evRobotJsSilent: 'Nothing answers as UiPath RobotJS on localhost:{port}.',
  evUiRobotFound: 'UiRobot.exe found at {path}.',
  evUiRobotMissing: 'No UiRobot.exe in {paths}.',
  evUiRobotWindowsOnly: 'UiPath Robot (UiRobot.exe) is looked for on Windows only.',
  evCommandFolder: 'Command processes folder: {path}.',
  evCommandFolderMissing: 'The command processes folder {path} does not exist.',
  evChosenByYou: 'Chosen by you: {executor}.',
} as const;
