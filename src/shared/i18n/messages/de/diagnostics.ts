import type { Catalog } from '../../catalog';
import type { diagnostics as en } from '../en/diagnostics';

export const diagnostics = {
  checkTitle:
    '{check, select, url {Orchestrator-URL} dns {Hostname auflösbar (DNS)} tcp {Port erreichbar (TCP)} tls {Zertifikat vertrauenswürdig (TLS)} orchestrator {Orchestrator antwortet} identity {Identity Server-Erkennung} credentials {Anmeldung gültig} secrets {Geheimnisse gespeichert} scopes {Bereiche gewährt} folders {Ordner lesbar} processes {Prozesse sichtbar} runPermission {Berechtigung zum Ausführen des Prozesses} robot {Roboter-Bridge} robotProcess {Prozess auf dem Roboter installiert} clock {Uhr im Takt mit dem Server} webhook {Webhook erreichbar} other {{check}}}',

  notChecked: 'Nicht geprüft.',
  becauseCheckFailed: 'die Prüfung „{check}“ ist fehlgeschlagen',
  becauseCheckSkipped: 'die Prüfung „{check}“ wurde übersprungen',
  couldNotFinish: 'Die Prüfung konnte nicht abgeschlossen werden:',
  unexpectedError: 'ein unerwarteter Fehler.',
  runAgainFix: 'Führen Sie die Prüfungen erneut aus; wenn es bleibt, fügen Sie diesen Bericht Ihrer Anfrage um Hilfe bei.',
  noSuchProfile: 'Dieses Verbindungsprofil gibt es nicht.',
  noSuchProfileHint: 'Wählen Sie eines Ihrer Profile (baton profile list).',

  noProfileYet: 'Es gibt noch kein Verbindungsprofil.',
  noProfileYetFix: 'Legen Sie ein Profil mit Ihrer Orchestrator-URL an (Einstellungen oder baton profile add NAME --url URL).',
  urlKind:
    '{url} ist die URL {deployment, select, onPrem {eines lokal installierten} cloud {eines Automation Cloud-} other {eines Automation Suite-}} Orchestrators.',
  urlUnusable: '„{url}“ ist keine verwendbare Orchestrator-URL.',
  urlUnusableFix: 'Geben Sie die Adresse ein, unter der Sie Orchestrator im Browser öffnen.',

  dnsResolves: '{host} wird zu {addresses} aufgelöst.',
  dnsFails: 'Der Hostname {host} lässt sich nicht auflösen ({code}).',
  dnsFailsFix:
    'Prüfen Sie die Schreibweise von {host} in der Orchestrator-URL. Ist es ein interner Name, verbinden Sie sich mit dem Firmennetz oder VPN, oder fragen Sie die IT nach dem richtigen DNS-Namen.',

  tcpOpen: 'Port {port} auf {host} nimmt Verbindungen an.',
  tcpRefused: '{host} hat die Verbindung auf Port {port} abgelehnt: Dort lauscht nichts.',
  tcpRefusedFix:
    'Prüfen Sie den Port in der URL ({port}); ist er richtig, ist Orchestrator (oder seine IIS-Site / sein Load Balancer) gestoppt: Wenden Sie sich an die Administration.',
  tcpTimeout:
    'Keine Antwort von {host} auf Port {port} innerhalb von {seconds} s: Vermutlich verwirft eine Firewall oder ein Proxy die Verbindung.',
  tcpTimeoutFix:
    'Bitten Sie die IT, ausgehende Verbindungen zu {host}:{port} zu erlauben, oder verbinden Sie sich über das VPN / den Proxy Ihrer Organisation.',
  tcpUnreachable: '{host} ist auf Port {port} nicht erreichbar ({code}).',
  tcpUnreachableFix: 'Prüfen Sie die Netzwerkverbindung (WLAN, VPN) und die Orchestrator-URL.',

  tlsNotApplicable: 'Kein TLS zu prüfen.',
  tlsPlainHttp: 'die URL verwendet einfaches http auf diesem Rechner',
  tlsTrusted: 'Das Zertifikat von {host} ist vertrauenswürdig und passt zum Namen.',
  tlsSelfSigned: '{host} legt ein selbstsigniertes Zertifikat vor, dem dieser Computer nicht vertraut.',
  tlsPrivateCa:
    'Das Zertifikat von {host} stammt von einer Zertifizierungsstelle, der dieser Computer nicht vertraut (einer internen oder privaten CA).',
  tlsUntrustedFix:
    'Selbstsignierte Zertifikate und private CAs funktionieren nur, wenn dieser Computer ihnen vertraut; Baton überspringt die Prüfung nie. Bitten Sie die Orchestrator-Administration um das CA-Zertifikat (oder um ein Zertifikat einer öffentlichen CA).',
  tlsExpired: 'Das Zertifikat von {host} ist abgelaufen oder noch nicht gültig.',
  tlsExpiredFix:
    'Bitten Sie die Orchestrator-Administration, das Serverzertifikat zu erneuern; prüfen Sie auch Datum und Uhrzeit dieses Computers.',
  tlsWrongName: 'Das Zertifikat von {host} gilt für einen anderen Namen.',
  tlsWrongNameFix:
    'Verwenden Sie in der Orchestrator-URL den Hostnamen, für den das Zertifikat ausgestellt wurde, oder bitten Sie die Administration um ein Zertifikat, das {host} nennt.',
  tlsFailed: 'Der TLS-Handshake mit {host} ist fehlgeschlagen ({code}).',
  tlsFailedFix: 'Prüfen Sie, ob {host}:{port} https ausliefert (nicht einfaches http) und kein Proxy die Verbindung abfängt.',
  trustCa:
    '{platform, select, win32 {Installieren Sie das CA-Zertifikat Ihrer Organisation unter „Vertrauenswürdige Stammzertifizierungsstellen“ (certlm.msc oder: certutil -addstore -f Root ca.crt) und starten Sie Baton neu.} darwin {Fügen Sie das CA-Zertifikat Ihrer Organisation dem Systemschlüsselbund hinzu und vertrauen Sie ihm (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt); starten Sie Baton dann neu.} other {Kopieren Sie das CA-Zertifikat Ihrer Organisation nach /usr/local/share/ca-certificates/ (als .crt-Datei), führen Sie sudo update-ca-certificates aus und starten Sie Baton neu.}}',
  trustCaNode: 'Für die baton-Befehlszeile und den Web-Host setzen Sie außerdem NODE_EXTRA_CA_CERTS=/pfad/zu/ca.pem.',

  serverUntrusted: '{what} hat nicht geantwortet: Sein Zertifikat ist nicht vertrauenswürdig.',
  serverTimedOut: '{what} hat nicht rechtzeitig geantwortet.',
  serverSilent: '{what} hat nicht geantwortet.',
  serverUntrustedFix: 'Siehe die TLS-Prüfung: Dieser Computer muss dem Serverzertifikat vertrauen.',
  serverSilentFix: 'Prüfen Sie die URL und das Netzwerk; siehe die TCP-Prüfung.',
  orchestratorKindMismatch:
    'Orchestrator {version} antwortet, bezeichnet sich aber als {kind}, während die URL nach {deployment} aussieht.',
  useOrgTenantUrl: "Verwenden Sie https://host/'{organization}'/'{tenant}' als URL.",
  useBareHostUrl: 'Verwenden Sie für einen eigenständigen Orchestrator nur den Host (https://host) als URL.',
  orchestratorAnswers: 'Orchestrator {version} antwortet.',
  orchestratorAnswersKind: 'Orchestrator {version} ({kind}) antwortet.',
  orchestratorAnswersOld: 'Orchestrator antwortet (eine ältere Version, die sie nicht meldet).',
  orchestratorHtml:
    'Unter dieser Adresse antwortet etwas, aber nicht die API von Orchestrator (eine HTML-Seite: ein Proxy oder eine andere Website).',
  orchestratorNoStatus: 'Die Status-Endpunkte von Orchestrator haben nicht geantwortet (HTTP {status}).',
  orchestratorOnPremFix:
    'Prüfen Sie die URL: Ein eigenständiger Orchestrator ist der reine Host, den Sie im Browser öffnen. Stimmt sie, fragen Sie die Administration, ob Orchestrator läuft (GET /api/health).',
  orchestratorCloudFix:
    "Prüfen Sie Organisations- und Mandantennamen in der URL (https://host/'{organization}'/'{tenant}'), wie sie in der Adressleiste des Browsers stehen.",
  identityMissing: 'Das Erkennungsdokument von Identity Server liegt nicht unter {url} (HTTP {status}).',
  identityOnPremFix:
    'Ein eigenständiger Orchestrator ab 20.4 stellt Identity Server unter /identity bereit. Orchestrator 19.10 hat keinen: Verwenden Sie die ältere Anmeldemethode (Benutzername und Kennwort).',
  identityCloudFix:
    'Automation Cloud und Automation Suite stellen Identity Server unter /identity_ auf dem Host bereit: Prüfen Sie den Hostnamen in der URL.',
  identityOtherHost: 'Identity Server nennt sich {issuer}, nicht {expected} wie in der Orchestrator-URL.',
  identityOtherHostFix:
    'Verwenden Sie in der Orchestrator-URL denselben Hostnamen wie Identity Server ({issuerHost}), oder bitten Sie die Administration, die öffentliche URL von Identity Server auf {expected} zu setzen.',
  identityAnswers: 'Identity Server antwortet unter {url}.',

  noDateHeader: 'Der Server hat keinen Date-Header gesendet.',
  noServerTime: 'der Server hat seine Uhrzeit nicht genannt',
  clockFar:
    'Die Uhr dieses Computers geht {seconds} s {direction, select, ahead {vor} other {nach}} gegenüber dem Server: Anmeldungen wirken abgelaufen oder noch nicht gültig.',
  clockOff: 'Die Uhr dieses Computers geht {seconds} s {direction, select, ahead {vor} other {nach}} gegenüber dem Server.',
  clockAgrees: 'Die Uhr dieses Computers stimmt mit dem Server überein.',
  clockFix:
    '{platform, select, win32 {Aktivieren Sie „Uhrzeit automatisch festlegen“ (Einstellungen → Zeit und Sprache → Datum und Uhrzeit) und klicken Sie auf „Jetzt synchronisieren“.} darwin {Aktivieren Sie „Datum und Uhrzeit automatisch einstellen“ (Systemeinstellungen → Allgemein → Datum & Uhrzeit).} other {Aktivieren Sie die Netzwerkzeit: sudo timedatectl set-ntp true.}}',

  noProfileToSignIn: 'Kein Profil zum Anmelden.',
  onlyUrlChecked: 'es wurde nur eine URL geprüft',
  redirectUnknown: 'Identity Server kennt den Umleitungs-URI {redirectUri} für den Client {clientId} nicht.',
  redirectUnknownFix:
    'Registrieren Sie {redirectUri} exakt (Schema, Port, Pfad, abschließender Schrägstrich) als Umleitungs-URL der externen Anwendung, oder setzen Sie den Umleitungs-URI des Profils auf den registrierten.',
  clientUnknown: 'Identity Server kennt die Client-ID {clientId} nicht.',
  clientUnknownFix:
    'Kopieren Sie die App-ID der externen Anwendung (Admin → Externe Anwendungen) in die Client-ID des Profils; prüfen Sie, ob Sie die richtige Umgebung verwenden.',
  notSignedInBecause: 'Nicht angemeldet:',
  notSignedIn: 'Nicht bei {profile} angemeldet.',
  signInFix: 'Melden Sie sich an (Schaltfläche „Anmelden“ oder {command}).',
  renewRefused: 'Die Anmeldung ist abgelaufen, und Identity Server hat die Erneuerung abgelehnt.',
  signInAgainFix: 'Melden Sie sich erneut an ({command}).',
  tokenRefused: 'Orchestrator akzeptiert die Anmeldung nicht.',
  tokenRefusedFix:
    'Das Token wurde für eine andere Organisation oder einen anderen Mandanten ausgestellt: Prüfen Sie Organisation/Mandant in der URL (lokal: den Mandantennamen) und melden Sie sich erneut an.',
  signedInAs: 'Angemeldet als {name}; Orchestrator akzeptiert die Anmeldung.',
  signedInAsSomeone: 'Angemeldet; Orchestrator akzeptiert die Anmeldung.',

  noProfileForSecrets: 'Kein Profil, für das Geheimnisse gespeichert werden.',
  secretsKeychain: 'Geheimnisse liegen im Schlüsselbund des Betriebssystems.',
  secretsFile: 'Geheimnisse liegen in einer Datei, die nur dieser Benutzer (und root) lesen kann: Dieser Rechner hat keinen Schlüsselbund.',
  secretsMemory: 'Geheimnisse liegen nur im Arbeitsspeicher: Die Anmeldung geht verloren, wenn Baton beendet wird.',
  secretsMemoryFix:
    'Starten Sie einen Schlüsselbund (GNOME Keyring, KWallet), oder lassen Sie Baton Geheimnisse in einer nur für Sie lesbaren Datei speichern: --secret-store file oder BATON_SECRET_STORE=file.',

  tokenOpaque: 'Das Zugriffstoken nennt seine Bereiche nicht.',
  tokenOpaqueBecause: 'das Token ist undurchsichtig (persönliches Zugriffstoken oder Anmeldung bei 19.10)',
  scopesAll: 'Die Anmeldung gewährt alle Bereiche, die Baton braucht.',
  scopesNotAsked:
    'Das Profil fordert {scopes} nicht an: Fügen Sie {count, plural, one {ihn} other {sie}} den Bereichen des Profils hinzu und melden Sie sich erneut an.',
  scopesNotGranted:
    'Bitten Sie die Administration, {scopes} zu den {kind, select, application {Anwendungsbereichen} other {Benutzerbereichen}} der externen Anwendung hinzuzufügen (Admin → Externe Anwendungen); melden Sie sich dann ab und wieder an.',
  scopesMissing:
    'Der Anmeldung fehlt {scopes} (nötig für {folders, select, first {das Auflisten Ihrer Ordner} other {}}{processes, select, first {das Auflisten der Prozesse} later {, das Auflisten der Prozesse} other {}}{jobs, select, first {das Starten und Stoppen von Aufträgen} later {, das Starten und Stoppen von Aufträgen} other {}}{following, select, first {das Verfolgen von Aufträgen} later {, das Verfolgen von Aufträgen} other {}}).',

  callFailed:
    '{what, select, folders {Ihre Ordner können nicht gelesen werden:} processes {Die Prozesse können nicht aufgelistet werden:} other {Die Ausführungsberechtigungen können nicht gelesen werden:}}',
  requestFailed: 'die Anfrage ist fehlgeschlagen.',
  callFailedFix: 'Führen Sie die Prüfungen erneut aus; schlägt es weiter fehl, wenden Sie sich an die Orchestrator-Administration.',
  noFolders: 'Sie sind keinem Ordner zugewiesen, daher kann kein Prozess angezeigt werden.',
  noFoldersFix:
    'Bitten Sie die Orchestrator-Administration, Ihr Konto (oder seine Gruppe) den Ordnern zuzuweisen, in denen Sie arbeiten, mit einer Rolle wie Automation User.',
  folderMissing: 'Den Ordner {folder} gibt es nicht, oder Sie sind ihm nicht zugewiesen.',
  folderMissingFix:
    'Prüfen Sie den Ordnerpfad (vollständiger Pfad, z. B. Finance/Invoices); bitten Sie die Administration, Sie {folder} zuzuweisen, falls Sie ihn sehen sollten.',
  foldersReadable: 'Sie können {count, plural, one {# Ordner} other {# Ordner}} lesen.',
  noProcesses: 'In Ihren Ordnern ist kein Prozess sichtbar.',
  noProcessesFix:
    'Prozesse müssen veröffentlicht und in einem Ordner bereitgestellt sein, dem Sie angehören, und Ihre Rolle dort braucht Processes.View: Wenden Sie sich an die Orchestrator-Administration.',
  processesVisible: '{count, plural, one {# Prozess} other {# Prozesse}} sichtbar.',
  processNotInFolder: 'Der Prozess {process} ist in {folder} nicht sichtbar.',
  processNowhere: 'Der Prozess {process} ist in keinem Ihrer Ordner sichtbar.',
  processElsewhereFix:
    'Wählen Sie den Ordner, in dem er liegt ({folders}), oder bitten Sie die Administration, ihn in {folder} bereitzustellen.',
  processNameFix:
    'Prüfen Sie den Prozessnamen (wie in Orchestrator → Prozesse angezeigt); bitten Sie die Administration, ihn in einem Ordner bereitzustellen, dem Sie angehören.',
  processesVisibleWith: '{count, plural, one {# Prozess} other {# Prozesse}} sichtbar, darunter {process}.',
  processesVisibleWithIn: '{count, plural, one {# Prozess} other {# Prozesse}} sichtbar, darunter {process} in {folder}.',
  noProcessChosen: 'es wurde kein Prozess gewählt (--process NAME --folder PFAD)',
  runPermissionUnknown: 'Diese Orchestrator-Version kann nicht im Voraus sagen, ob Sie ihn ausführen dürfen.',
  runPermissionUnknownFix: 'Versuchen Sie eine Ausführung; wird sie abgelehnt, bitten Sie um Jobs.Create im Ordner.',
  mayRun: 'Sie dürfen {process} in {hasFolder, select, yes {{folder}} other {seinem Ordner}} ausführen.',
  mayNotRun:
    'Sie sehen {process}, dürfen ihn aber nicht ausführen: Ihrer Rolle in {hasFolder, select, yes {{folder}} other {seinem Ordner}} fehlt Jobs.Create.',
  mayNotRunFix:
    'Bitten Sie die Orchestrator-Administration um eine Rolle mit Jobs.Create (und Jobs.View) in {hasFolder, select, yes {{folder}} other {seinem Ordner}}, z. B. Automation User.',

  noRobotConnection: 'dieser Host hat keine Roboterverbindung',
  robotReady: 'Mit der Roboter-Bridge auf diesem Rechner gekoppelt; bereit zur Ausführung.',
  robotReadyExecutor: 'Mit der Roboter-Bridge auf diesem Rechner gekoppelt (Executor {executor}); bereit zur Ausführung.',
  robotUnpaired: 'Die Roboter-Bridge antwortet, aber Baton ist nicht mit ihr gekoppelt.',
  robotUnpairedFix:
    'Koppeln: Öffnen Sie Roboter → Koppeln und geben Sie den 8-stelligen Code ein, den die Roboter-Bridge auf diesem Rechner anzeigt (oder führen Sie baton robot pair aus).',
  robotSilent: 'Die Roboter-Bridge unter {url} antwortet nicht.',
  startBridgeFix: 'Starten Sie die Roboter-Bridge (baton-robot) auf diesem Rechner.',
  noBridgeAt:
    'Unter {url} antwortet keine Roboter-Bridge: Lokale Ausführungen sind nicht verfügbar (Remote-Ausführungen sind nicht betroffen).',
  noRobot:
    'Auf diesem Rechner wurde kein Roboter gefunden: Lokale Ausführungen sind nicht verfügbar (Remote-Ausführungen sind nicht betroffen).',
  startBridgeLocalFix: 'Starten Sie die Roboter-Bridge (baton-robot) auf diesem Rechner, um Prozesse lokal auszuführen.',
  noProcessChosenRobot: 'es wurde kein Prozess gewählt (--process NAME)',
  robotNotReady: 'die Roboter-Bridge ist nicht bereit',
  robotNoList: 'Der Roboter hat seine Prozesse nicht aufgelistet.',
  robotNoListFix: 'Starten Sie die Roboter-Bridge neu und führen Sie die Prüfungen erneut aus.',
  notOnRobot: '{process} ist auf dem Roboter dieses Rechners nicht installiert.',
  notOnRobotFix:
    'Installieren Sie das Paket {process} auf diesem Rechner (UiPath Assistant oder der Prozessordner des Roboters), oder führen Sie ihn stattdessen remote aus.',
  notInstalledYet:
    '{process} steht diesem Roboter zur Verfügung, ist aber noch nicht installiert; Baton installiert ihn bei der ersten lokalen Ausführung.',
  notInstalledYetFix:
    'Nichts zu tun, außer die Installation ist auf diesem Rechner gesperrt: Installieren Sie ihn dann über UiPath Assistant.',
  installed: '{process} {version} ist auf dem Roboter dieses Rechners installiert.',

  statusWord: '{status, select, pass {Bestanden} fail {Fehlgeschlagen} warn {Warnung} other {Übersprungen}}',
  line: '{title}: {summary}',
  skippedBecause: '(übersprungen, weil {because})',
  fixLine: 'Lösung: {fix}',
  verdict:
    '{overall, select, fail {Probleme gefunden} warn {Funktioniert, mit Warnungen} other {Alle Prüfungen bestanden}}: {passed} bestanden, {failed} fehlgeschlagen, {warnings} Warnungen, {skipped} übersprungen.',
  reportHeader: 'Baton-Diagnose ({finishedAt})',
  reportHeaderFor: 'Baton-Diagnose für {target} ({finishedAt})',
  reportProfile: 'Profil {name}',

  heading: 'Verbindungsprüfungen',
  intro:
    'Prüft Orchestrator-URL, Netzwerk, Zertifikat, Anmeldung, Bereiche, Ordner, Prozesse und den Roboter auf diesem Rechner und sagt, wie sich Fehler beheben lassen.',
  processLabel: 'Prozess (optional)',
  processPlaceholder: 'z. B. Hello World',
  folderLabel: 'Ordner (optional)',
  folderPlaceholder: 'z. B. Finance/Invoices',
  run: 'Prüfungen ausführen',
  running: 'Prüfungen laufen…',
  fromError: 'Von einem Fehler aus: siehe „{title}“ unten.',
  checksLabel: 'Prüfungen',
  overall: '{overall, select, fail {Probleme gefunden.} warn {Funktioniert, mit Warnungen.} other {Alle Prüfungen bestanden.}}',
  copy: 'Bericht kopieren',
  copied: 'Kopiert (er enthält keine Tokens oder Geheimnisse).',
  copyFailed: 'Kopieren nicht möglich: Markieren Sie die Prüfungen oben und kopieren Sie sie stattdessen.',
  checking: '{title}: wird geprüft…',
  screenSkippedBecause: ' (übersprungen, weil {because})',
  fix: 'Lösung: {fix}',
  evidence: 'Nachweise ({duration} ms)',
  connectionFailed: 'Baton erreicht diesen Orchestrator noch nicht: Siehe die Lösung unter der fehlgeschlagenen Prüfung.',
  connectionWarned: 'Orchestrator antwortet, mit Warnungen.',
  connectionPassed: 'Orchestrator antwortet unter dieser Adresse. Melden Sie sich an, um den Rest zu prüfen.',
  webhookUnlisted: 'Baton konnte die Webhooks dieses Orchestrators nicht auflisten: Auftragsänderungen kommen per Abfrage.',
  webhookNone: 'Nicht eingerichtet: Baton hat keinen Webhook in diesem Orchestrator, Auftragsänderungen kommen daher per Abfrage.',
  webhookNoneBecause: 'keine öffentliche URL festgelegt (BATON_WEBHOOK_URL), oder dieses Baton läuft nicht',
  webhookOff:
    'Orchestrator hat Batons Webhook an {url} nach einer fehlgeschlagenen Zustellung abgeschaltet: Er erreicht Baton dort nicht. Auftragsänderungen kommen per Abfrage.',
  webhookOffFix:
    'Machen Sie die URL für Orchestrator erreichbar (öffentliches DNS, Firewall, ein TLS-Reverse-Proxy) und starten Sie Baton neu; siehe docs/webhooks.md.',
  webhookPingRefused: 'Orchestrator hat den Ping an Batons Webhook abgelehnt:',
  webhookPingFix: 'Der Ping braucht OR.Webhooks und die Berechtigung Webhooks.View.',
  webhookPassed: 'Orchestrator kennt Batons Webhook und hat eine Testzustellung daran angenommen.',
  webhookListRefused: 'die Webhook-Liste wurde abgelehnt',
  evIdentityServer: 'Identity Server: {url}',
  evApiBase: 'API-Basis: {url}',
  evTenant: 'Mandant: {tenant}',
  evGiven: 'Angegeben: {url}',
  evLookup: 'Auflösung von {host} in {ms} ms',
  evLookupFailed: 'Auflösung von {host} → {code} nach {ms} ms',
  evConnect: 'Verbindung zu {address} in {ms} ms',
  evConnectFailed:
    'Verbindung zu {address} → {outcome, select, refused {abgelehnt} timeout {Zeitüberschreitung} unreachable {nicht erreichbar} other {Fehler}}{code, select, none {} other { ({code})}} nach {ms} ms',
  evHandshake: 'Handshake mit {address} ({protocol}) in {ms} ms',
  evCertificate: 'Inhaber {subject}, Aussteller {issuer}, gültig bis {validTo}',
  evHandshakeFailed: 'Handshake mit {address} → {code} nach {ms} ms: {message}',
  evHandshakeTimedOut: 'Handshake mit {address} → {code} nach {ms} ms: Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen.',
  evRequestFailed: '{request} → {problem}',
  evAnswer: '{request} → {status} in {ms} ms',
  evAnswerBody: '{request} → {status} in {ms} ms: {body, select, empty {(leerer Inhalt)} other {{excerpt}}}',
  evBody: 'Antwort: {body, select, empty {(leerer Inhalt)} other {{excerpt}}}',
  evStatus: '{request} → {status, select, failed {fehlgeschlagen} other {{status}}}',
  evStatusErrorCode: '{request} → {status} (errorCode {code})',
  evIssuer: 'Aussteller {issuer}',
  evTokenEndpoint: 'Token-Endpunkt {url}',
  evServerDate: 'Date-Header des Servers: {date}',
  evLocalDate: 'dieser Computer: {date}',
  evDifference: 'Abweichung {seconds} s (± {margin} s)',
  evRegistrationNotChecked: 'Client-Registrierung: für diese Anmeldemethode nicht geprüft',
  evAuthorizeFailed: 'Autorisierungsanfrage → {problem}',
  evAuthorize: 'Autorisierungsanfrage für Client {clientId}, Weiterleitung {redirectUri} → {status}',
  evAuthorizeRefused:
    'Autorisierungsanfrage für Client {clientId}, Weiterleitung {redirectUri} → {status}: {body, select, empty {(leerer Inhalt)} other {{excerpt}}}',
  evProfileState: 'Profil {profile}: {state} ({method})',
  evLastProblem: 'letztes Problem:',
  evRenewFailed: 'Erneuern des Zugriffstokens → {code}:',
  evRenewFailedPlain: 'Erneuern des Zugriffstokens → fehlgeschlagen',
  evTokenValidUntil: 'Zugriffstoken gültig bis {until} (noch {minutes} min nach der Uhr dieses Computers)',
  evTokenFor: 'Token für {subject} über Client {clientId}',
  evGranted: 'gewährt: {scopes}',
  evGrantedNone: 'gewährt: (keine)',
  evNeeded: 'benötigt:',
  evNeededScope: '{first} oder {second}{more, select, yes {;} other {}}',
  evFolders: '{request} → {count} Ordner',
  evFoldersListed: '{request} → {count} Ordner: {folders}',
  evReleasesAcross: '{request} (über alle Ordner) → {count, plural, one {# Prozess} other {# Prozesse}}',
  evReleasesInFolder: '{request} in {folder} → {status, select, failed {fehlgeschlagen} other {{status}}}',
  evReleasesPerFolder: '{request} je Ordner → {count, plural, one {# Prozess} other {# Prozesse}}',
  evFoundIn: 'gefunden in: {folders}',
  evNoProcessNamed: 'kein Prozess namens {process}',
  evCrossFolderRefused: 'ordnerübergreifende Liste mit mandatoryPermissions=Jobs.Create → {status} (errorCode {code})',
  evRunnable:
    '{request} → {count, plural, one {# ausführbarer Prozess} other {# ausführbare Prozesse}}; {process} {isAmong, select, yes {ist} other {ist nicht}} darunter',
  evBridge: '{isOwn, select, yes {Roboter-Bridge (Baton startet seine eigene)} other {Roboter-Bridge {url}}}: {state}',
  evBridgeError:
    '{isOwn, select, yes {Roboter-Bridge (Baton startet seine eigene)} other {Roboter-Bridge {url}}}: {state} ({code}: {message})',
  evRobotInfo: 'Roboter {name} {version} auf {machine}, Executor {executor}',
  evCallSaid: '{call} →',
  evCallFailed: '{call} → fehlgeschlagen',
  evRobotLists: 'der Roboter listet {count, plural, one {# Prozess} other {# Prozesse}}',
  evRobotListsFound:
    'der Roboter listet {count, plural, one {# Prozess} other {# Prozesse}}; {process} {version} {installed, select, yes {installiert} other {noch nicht installiert}}',
  evWebhook: 'Webhook {id} → {url} ({enabled, select, yes {aktiviert} other {deaktiviert}})',
  evWebhooksNone: '{request} → keiner von Baton',
  evRobotJsAnswers: 'UiPath RobotJS antwortet auf localhost:{port}.',
  evRobotJsSilent: 'Auf localhost:{port} antwortet nichts als UiPath RobotJS.',
  evUiRobotFound: 'UiRobot.exe gefunden unter {path}.',
  evUiRobotMissing: 'Keine UiRobot.exe in {paths}.',
  evUiRobotWindowsOnly: 'Nach UiPath Robot (UiRobot.exe) wird nur unter Windows gesucht.',
  evCommandFolder: 'Ordner der Befehlsprozesse: {path}.',
  evCommandFolderMissing: 'Der Ordner der Befehlsprozesse {path} existiert nicht.',
  evChosenByYou: 'Von Ihnen gewählt: {executor}.',
} satisfies Catalog<typeof en>;
