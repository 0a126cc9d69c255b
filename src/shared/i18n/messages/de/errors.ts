import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'Bei Baton ist intern etwas schiefgegangen.',
  internalHint:
    'Versuchen Sie es erneut. Wenn es wieder passiert, führen Sie die Diagnose aus und fügen Sie ihren Bericht Ihrer Anfrage um Hilfe bei.',
  startBridgeHint:
    'Starten Sie die Roboter-Bridge auf diesem Rechner (`baton-robot`) oder lassen Sie Baton eine eigene starten; versuchen Sie es dann erneut.',
  bridgeUnreachable: 'Die lokale Roboter-Bridge ist nicht erreichbar.',
  notPaired: 'Baton ist noch nicht mit dem lokalen Roboter gekoppelt.',
  notPairedHint: 'Koppeln Sie den Roboter: Geben Sie den 8-stelligen Code ein, den die Roboter-Bridge auf diesem Rechner anzeigt.',
  bridgeRefused: 'Die Roboter-Bridge hat die Anfrage abgelehnt.',
  pairingRevoked: 'Die Roboter-Bridge akzeptiert die Kopplung mit Baton nicht mehr.',
  pairingRevokedHint: 'Koppeln Sie den Roboter erneut: Geben Sie den Code ein, den die Roboter-Bridge auf diesem Rechner anzeigt.',
  codeExpired: 'Der Kopplungscode ist abgelaufen.',
  codeExpiredHint:
    'Fordern Sie einen neuen Code an (verbinden Sie sich erneut mit dem Roboter) und geben Sie ihn innerhalb von 2 Minuten ein.',
  codeRejected: 'Der Roboter hat diesen Kopplungscode nicht akzeptiert.',
  tooManyCodes: 'Zu viele falsche Codes; verbinden Sie sich erneut mit dem Roboter, um einen neuen Code zu erhalten.',
  checkCode: 'Prüfen Sie den Code, den die Roboter-Bridge auf diesem Rechner anzeigt (noch {attempts} Versuche).',
  checkCodeFew: 'Prüfen Sie den Code, den die Roboter-Bridge auf diesem Rechner anzeigt (noch einige Versuche).',
  waitForCode: 'Warten Sie {seconds} Sekunden und verbinden Sie sich dann erneut mit dem Roboter, um einen neuen Code zu erhalten.',
  refreshRobotProcesses: 'Aktualisieren Sie die Prozessliste des Roboters; der Prozess wurde eventuell entfernt.',
  robotForgotJob: 'Der Roboter kennt diesen Auftrag nicht mehr (er wurde eventuell neu gestartet).',
  installFirst: 'Installieren Sie den Prozess zuerst auf dem Roboter und führen Sie ihn dann aus.',
  correctInputs: 'Korrigieren Sie die markierten Eingabeargumente.',
  jobEnded: 'Der Auftrag ist bereits beendet; aktualisieren Sie, um seinen Endzustand zu sehen.',
  robotBusy: 'Der Roboter ist mit einem anderen Auftrag beschäftigt.',
  robotBusyHint: 'Warten Sie, bis der laufende Auftrag fertig ist, oder stoppen Sie ihn, und starten Sie dann diesen.',
  robotCannot: 'Dieser Roboter kann das nicht; stoppen Sie den Auftrag stattdessen oder verwenden Sie einen Roboter, der es kann.',
  executorFailed: 'Die Ursache steht in der Konsole der Roboter-Bridge auf diesem Rechner.',
  bridgeUnknownRequest: 'Die Roboter-Bridge kennt diese Anfrage nicht.',
  updateBridge: 'Aktualisieren Sie die Roboter-Bridge auf dieselbe Version wie Baton.',
  bridgeFailed: 'Die Roboter-Bridge konnte die Anfrage nicht bearbeiten.',
  bridgeFailedHint: 'Versuchen Sie es erneut. Wenn es wieder passiert, starten Sie die Roboter-Bridge neu und prüfen Sie ihre Konsole.',
  certificateUntrusted: 'Das Zertifikat von {host} ist auf diesem Rechner nicht vertrauenswürdig.',
  certificateUntrustedHint:
    'Server in Unternehmen verwenden oft ein Zertifikat einer internen oder selbstsignierten Zertifizierungsstelle. Installieren Sie das Zertifikat dieser Stelle (CA) im Zertifikatspeicher des Betriebssystems (Ihre IT stellt es bereit) und starten Sie Baton neu. Baton schaltet Zertifikatsprüfungen nie ab.',
  cannotReach: 'Baton erreicht {host} nicht.',
  cannotReachHint: 'Prüfen Sie die URL, Ihre Netzwerk- oder VPN-Verbindung und ob der Server läuft; versuchen Sie es dann erneut.',
  scopesRefused: 'Identity Server hat die angeforderten Bereiche abgelehnt; einer davon ist der externen Anwendung nicht gewährt.',
  scopesAsked: 'Baton hat angefordert: {scopes}.',
  identitySaid: 'Identity Server meldet: „{description}“.',
  scopesRefusedAppHint:
    'Gewähren Sie der vertraulichen Anwendung diese Anwendungsbereiche, oder setzen Sie die Bereiche des Profils auf OR.Default, um die der Anwendung zugewiesenen Rollen zu verwenden.',
  scopesRefusedUserHint:
    'Gewähren Sie der externen Anwendung diese Benutzerbereiche, oder setzen Sie die Bereiche des Profils auf „openid profile offline_access OR.Default“, um Ihre Orchestrator-Rollen zu verwenden.',
  declined: 'Die Anmeldung wurde im Browser abgelehnt.',
  declinedHint: 'Melden Sie sich erneut an und erlauben Sie Baton den Zugriff, wenn Identity Server danach fragt.',
  unauthorizedClient: 'Die externe Anwendung „{clientId}“ darf sich nicht auf diese Weise anmelden.',
  useConfidentialApp: 'Verwenden Sie für Client-Anmeldeinformationen eine vertrauliche externe Anwendung mit Anwendungsbereichen.',
  useNonConfidentialApp: 'Verwenden Sie für die interaktive Anmeldung eine nicht vertrauliche externe Anwendung mit Benutzerbereichen.',
  grantRefused: 'Identity Server akzeptiert diese Anmeldung nicht mehr.',
  signInAgain: 'Melden Sie sich erneut an.',
  requestRefused: 'Identity Server hat die Anmeldeanfrage abgelehnt.',
  requestRefusedHint: 'Prüfen Sie Client-ID, Bereiche und Umleitungs-URI des Profils anhand der externen Anwendung.',
  signInFailedCode: 'Anmeldung fehlgeschlagen: {code}.',
  checkAppSettings: 'Prüfen Sie die Einstellungen der externen Anwendung und melden Sie sich erneut an.',
  answerMismatch:
    'Die Antwort von Identity Server passte nicht zu dieser Anmeldung (Prüfung von State, Nonce oder ID-Token fehlgeschlagen).',
  answerMismatchHint:
    'Schließen Sie andere Anmelde-Tabs und melden Sie sich erneut aus Baton an. Wenn es wieder passiert, prüfen Sie die Serveruhr und die Identity Server-URL.',
  answerExpired: 'Die Anmeldeantwort wirkt abgelaufen oder noch nicht gültig: Die Uhr dieses Computers geht eventuell falsch.',
  answerExpiredHint: 'Lassen Sie Datum, Uhrzeit und Zeitzone dieses Computers automatisch einstellen und melden Sie sich erneut an.',
  signInFailed: 'Anmeldung fehlgeschlagen.',
  signInFailedHint: 'Versuchen Sie es erneut; schlägt es weiter fehl, führen Sie die Diagnose aus.',
  invalidClient: 'Identity Server akzeptiert die Client-ID „{clientId}“ nicht.',
  invalidClientHint:
    'Kopieren Sie die App-ID der externen Anwendung aus Admin → Externe Anwendungen in das Profil (und bei einer vertraulichen Anwendung ihr Geheimnis).',
  redirectRefused: 'Identity Server akzeptiert den Umleitungs-URI {redirectUri} für die Anwendung „{clientId}“ nicht.',
  redirectRefusedHint:
    'Registrieren Sie {redirectUri} als Umleitungs-URL der externen Anwendung (exakt: Schema, Port, Pfad und abschließender Schrägstrich zählen), oder setzen Sie den Umleitungs-URI des Profils auf einen registrierten.',
  signedOut: 'Sie sind von {profile} abgemeldet.',
  signedOutHint: 'Melden Sie sich erneut an (baton login --profile "{profile}").',
  orchSaid: 'Orchestrator meldet: {message}',
  orchAnswered: 'Orchestrator hat mit HTTP {status} geantwortet.',
  orchGone: 'Orchestrator hat es nicht mehr.',
  orchGoneHint: 'Es wurde in Orchestrator entfernt; aktualisieren Sie die Prozessliste.',
  orchNoFolder: 'Den Ordner{hasFolder, select, yes { {folder}} other {}} gibt es nicht, oder Sie haben keinen Zugriff darauf.',
  orchNoFolderHint:
    'Aktualisieren Sie die Prozessliste (Ordner können neu nummeriert werden); fragen Sie die Administration, falls Sie Zugriff haben sollten.',
  orchNeedsFolder: 'Orchestrator braucht dafür einen Ordner.',
  orchNeedsFolderHint: 'Wählen Sie den Prozess aus einem Ordner in der Prozessliste und versuchen Sie es erneut.',
  orchQueryRefused: 'Diese Orchestrator-Version hat die Abfrage von Baton abgelehnt.',
  orchQueryRefusedHint: 'Führen Sie die Diagnose aus und melden Sie die Orchestrator-Version; erneutes Aktualisieren hilft nicht.',
  orchNotItself: 'Etwas anderes als Orchestrator hat „nicht gefunden“ geantwortet (HTTP 404, nicht das JSON von Orchestrator).',
  orchNotItselfHint:
    'Prüfen Sie die Orchestrator-URL des Profils und jeden Proxy zwischen Ihnen und Orchestrator; Baton verfolgt Ihre Ausführungen derweil weiter.',
  orchUnknownField: 'Diese Orchestrator-Version kennt ein Feld nicht, das Baton gesendet hat.',
  orchUnknownFieldHint:
    'Es wurde nichts angelegt. Führen Sie die Diagnose aus und melden Sie die Orchestrator-Version; Baton passt seine Anfragen an jede Version an.',
  orchScope: 'Die Anmeldung gewährt nicht den Zugriff, den dies braucht.',
  orchScopeHint:
    'Bitten Sie die Administration, der externen Anwendung von Baton die angeforderten Bereiche zu gewähren (oder OR.Default zu verwenden), und melden Sie sich erneut an.',
  orchScopeOrHint:
    'Bitten Sie die Administration, der externen Anwendung von Baton die angeforderten OR.*-Bereiche zu gewähren, und melden Sie sich erneut an.',
  orchSignInRefused: 'Orchestrator akzeptiert Ihre Anmeldung nicht mehr.',
  orchLacks: 'Ihrem Konto fehlt {permission}{hasFolder, select, yes { im Ordner {folder}} other {}}.',
  orchLacksHint:
    'Bitten Sie die Orchestrator-Administration um eine Rolle mit {permission}{hasFolder, select, yes { im Ordner {folder}} other {}}.',
  orchMayNot: 'Ihr Konto darf das nicht{hasFolder, select, yes { im Ordner {folder}} other {}}.',
  orchMayNotHint: 'Bitten Sie die Orchestrator-Administration um eine Rolle, die es erlaubt.',
  orchNotFound: 'Nicht gefunden.',
  orchNotFoundHint: 'Aktualisieren Sie die Prozessliste und versuchen Sie es erneut.',
  orchConflict: 'Orchestrator hat wegen eines Konflikts abgelehnt.',
  orchConflictHint: 'Aktualisieren Sie und versuchen Sie es erneut.',
  orchRateLimited: 'Orchestrator begrenzt, wie oft Baton fragen darf.',
  orchWaitMinute: 'Warten Sie eine Minute und versuchen Sie es erneut.',
  orchWaitSeconds: 'Warten Sie {seconds} Sekunden und versuchen Sie es erneut.',
  orchRefused: 'Orchestrator hat die Anfrage abgelehnt.',
  orchRefusedHint: 'Prüfen Sie die eingegebenen Werte und versuchen Sie es erneut.',
  orchDown: 'Orchestrator konnte nicht antworten (HTTP {status}).',
  orchDownHint: 'Versuchen Sie es gleich noch einmal; wenn es bleibt, prüfen Sie mit der Administration den Zustand von Orchestrator.',
  orchUntrusted: 'Das Zertifikat von {host} ist auf diesem Computer nicht vertrauenswürdig.',
  orchUntrustedHint:
    'Installieren Sie die ausstellende CA des Zertifikats im Zertifikatspeicher des Betriebssystems; Baton schaltet TLS-Prüfungen nie ab.',
  orchTimedOut: 'Orchestrator unter {host} hat nicht rechtzeitig geantwortet.',
  orchUnreachable: 'Orchestrator unter {host} ist nicht erreichbar.',
  orchUnreachableHint: 'Prüfen Sie die Netzwerkverbindung und die Orchestrator-URL dieses Profils und versuchen Sie es erneut.',
  allowInAssistant: 'Erlauben Sie Baton in UiPath Assistant; der Assistant zeigt den Code {code}.',
  managedRestarting: 'Die Roboter-Bridge von Baton wurde beendet; Baton startet sie erneut.',
  managedStarting: 'Baton startet seine Roboter-Bridge.',
  typeCode: 'Geben Sie den 8-stelligen Code ein, den die Roboter-Bridge auf diesem Rechner anzeigt.',
  noBridgeAt: 'Unter {url} antwortet keine Roboter-Bridge.',
  bridgeSilent: 'Die Roboter-Bridge unter {url} antwortet nicht.',
  urlNotUrl: 'Die Orchestrator-URL „{raw}“ ist keine URL.',
  urlNotUrlHint:
    'Geben Sie die vollständige Adresse mit https:// ein, z. B. https://orchestrator.example.com oder https://cloud.uipath.com/myorg/DefaultTenant.',
  urlScheme: 'Die Orchestrator-URL muss mit https:// beginnen, nicht mit {protocol}.',
  urlSchemeHint:
    'Geben Sie die Adresse ein, die Sie im Browser öffnen, z. B. https://orchestrator.example.com oder https://cloud.uipath.com/myorg/DefaultTenant.',
  urlPlainHttp: 'Baton verbindet sich mit {host} nur über https; einfaches http ist nur auf diesem Rechner erlaubt.',
  urlPlainHttpHint:
    'Verwenden Sie {httpsUrl}. Ist das Zertifikat selbstsigniert, installieren Sie Ihre CA auf diesem Rechner, statt http zu verwenden.',
  urlCredentials: 'Die Orchestrator-URL darf keinen Benutzernamen und kein Kennwort enthalten.',
  urlCredentialsHint: 'Entfernen Sie den Teil „user:password@“; Baton fragt bei der Anmeldung nach den Anmeldedaten.',
  urlNeedsOrgTenant: "Eine {deployment}-URL nennt Organisation und Mandant: https://host/'{org}'/'{tenant}'.",
  urlNeedsOrgTenantHint:
    'Ergänzen Sie die URL um Organisation und Mandant, z. B. https://orchestrator.example.com oder https://cloud.uipath.com/myorg/DefaultTenant.',
  urlCloudNeedsOrgTenant: 'Eine Automation Cloud-URL nennt Organisation und Mandant.',
  urlCloudNeedsOrgTenantHint:
    'Kopieren Sie die Adresse aus dem Browser, nachdem Sie Orchestrator geöffnet haben, z. B. https://cloud.uipath.com/myorg/DefaultTenant.',
  urlOnPremPath: 'Die URL eines lokal installierten Orchestrators ist der reine Host, ohne Pfad.',
  urlOnPremPathHint: 'Verwenden Sie {origin} und geben Sie den Mandanten separat an.',
  urlUnknownKind: 'Baton erkennt nicht, welche Art von Orchestrator {url} ist.',
  urlUnknownKindHint:
    "Verwenden Sie für einen lokal installierten Orchestrator den reinen Host, für Automation Cloud und Automation Suite https://host/'{organization}'/'{tenant}', z. B. https://orchestrator.example.com oder https://cloud.uipath.com/myorg/DefaultTenant.",
  redirectNotUrl: 'Der Umleitungs-URI „{raw}“ ist keine URL.',
  redirectNotUrlHint:
    'Verwenden Sie den Standard http://127.0.0.1:8765/callback, sofern Ihre externe Anwendung keinen anderen registriert.',
  redirectLoopback:
    'Der Umleitungs-URI {raw} muss eine http-Adresse auf diesem Rechner mit Port sein, etwa http://127.0.0.1:8765/callback.',
  redirectLoopbackHint:
    'Baton wartet auf diesem Port auf die Anmeldeantwort; registrieren Sie dieselbe Adresse als Umleitungs-URL der externen Anwendung.',
  runLocalUnavailable: 'Lokale Ausführungen sind nicht verfügbar: Kein Roboter ist mit Baton verbunden.',
  runLocalUnavailableHint:
    'Starten Sie die Baton-Roboter-Bridge auf diesem Rechner und koppeln Sie sie unter Roboter, oder führen Sie den Prozess remote aus.',
  // A local run's job error (src/main/runs/targets/local.ts): the robot's own words, then what to do.
  localJobLostHint: 'Starten Sie den Prozess erneut.',
  localJobFailedHint: 'Was der Prozess gemeldet hat, steht im Protokoll der Ausführung.',
  // A remote run's job (src/main/runs/job-to-run.ts, remote-follow.ts)
  remoteJobFaulted: 'Der Auftrag ist fehlgeschlagen.',
  remoteJobFaultedHint: 'In den Protokollen des Auftrags in Orchestrator sehen Sie, wo er fehlgeschlagen ist.',
  remoteJobGone: 'Orchestrator kennt diesen Auftrag nicht mehr.',
  runEnded: '{name} ist bereits beendet.',
  runEndedHint: 'Aktualisieren Sie, um zu sehen, wie die Ausführung geendet hat.',
  runUnknown: 'Es gibt keine Ausführung {runId}.',
  runUnknownHint: 'Listen Sie die Ausführungen auf, um ihre IDs zu sehen.',
  runSignInToAct:
    'Melden Sie sich bei dem Profil an, das diese Ausführung gestartet hat, um sie zu {verb, select, stop {stoppen} resume {fortzusetzen} other {sehen}}.',
  signInFirst: 'Melden Sie sich zuerst an.',
  signInFirstHint: 'Fügen Sie ein Verbindungsprofil hinzu und melden Sie sich an.',
  jobCannotPause: 'Orchestrator kann einen laufenden Auftrag nicht anhalten.',
  jobCannotPauseHint: 'Stoppen Sie ihn stattdessen; nur Ausführungen auf dem Roboter dieses Rechners lassen sich anhalten.',
  jobNotSuspended:
    '{name} ist {state, select, pending {ausstehend} running {in Ausführung} stopping {im Stoppen} successful {erfolgreich} faulted {fehlerhaft} stopped {gestoppt} other {{state}}}, nicht angehalten: Es gibt nichts fortzusetzen.',
  jobNotSuspendedHint:
    'Nur ein angehaltener Auftrag (er wartet auf eine Aufgabe, ein Warteschlangenelement oder einen Timer) kann fortgesetzt werden.',
  jobKeyUnknown: 'Baton kennt den Schlüssel dieses Auftrags noch nicht.',
  waitAndRetry: 'Warten Sie einen Moment und versuchen Sie es erneut.',
  robotNoProcess: 'Der Roboter auf diesem Rechner hat keinen Prozess „{key}“.',
  robotNoProcessHint: 'Prüfen Sie mit `baton robot processes`, welche Prozesse dieser Roboter anbietet.',
  // Sign-in's listener, grants and methods (src/main/auth)
  signInTimedOut: 'Die Anmeldung ist nach {minutes, plural, one {# Minute} other {# Minuten}} ohne Antwort vom Browser abgelaufen.',
  signInTimedOutHint:
    'Melden Sie sich erneut an. Wenn sich kein Browser-Tab geöffnet hat, öffnen Sie den Anmeldelink, den Baton anzeigt; wenn Sie den Tab geschlossen haben, beginnen Sie von vorn.',
  signInCancelled: 'Die Anmeldung wurde abgebrochen.',
  signInCancelledHint: 'Melden Sie sich erneut an, wenn Sie bereit sind.',
  callbackPortInUse:
    'Port {port} auf diesem Rechner ist unter {address} belegt, daher kann Baton die Anmeldeantwort unter {redirectUri} nicht empfangen.',
  callbackPortInUseHint:
    'Schließen Sie das Programm, das Port {port} verwendet (oder eine andere Baton-Anmeldung), oder registrieren Sie eine andere Umleitungs-URL wie {otherRedirectUri} in der externen Anwendung und tragen Sie sie im Profil ein.',
  callbackListenFailed: 'Baton konnte nicht beginnen, auf die Anmeldeantwort zu warten.',
  tryAgain: 'Versuchen Sie es erneut.',
  checkUrlAndNetwork: 'Prüfen Sie die URL und Ihr Netzwerk.',
  legacyNoEndpoint: '{url} hat kein /api/Account/Authenticate.',
  legacyNoEndpointHint:
    'Dieser Orchestrator verwendet Identity Server: Wählen Sie die interaktive Anmeldung (oder Client-Anmeldeinformationen) statt der Anmeldung mit Benutzername und Kennwort von 19.10.',
  legacyRefused: 'Orchestrator hat die Anmeldung abgelehnt{hasReason, select, yes {: {reason}} other {}}.',
  legacyRefusedHint: 'Prüfen Sie Mandant, Benutzername und Kennwort (dieselben wie auf der Anmeldeseite von Orchestrator).',
  patRefused: 'Orchestrator hat das persönliche Zugriffstoken abgelehnt.',
  patRefusedHint:
    'Prüfen Sie, ob Sie das ganze Token kopiert haben, ob es nicht abgelaufen ist und ob es in dieser Organisation erstellt wurde; oder erstellen Sie ein neues.',
  identityUnreachable: 'Baton kann Identity Server nicht erreichen.',
  identityUnreachableHint: 'Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.',
  requestRefusedStatus: 'Identity Server hat die Anmeldeanfrage abgelehnt (HTTP {status}).',
  requestRefusedStatusHint:
    'Vergleichen Sie Client-ID, Bereiche und Umleitungs-URI des Profils mit der externen Anwendung in Identity Server.',
  noIdentityServer: 'Unter {url} hat kein Identity Server geantwortet.',
  noIdentityServerHint:
    'Prüfen Sie die Orchestrator-URL und die Art der Bereitstellung: Ein lokal installiertes Identity liegt unter https://host/identity, Automation Cloud und Suite unter https://host/identity_.',
  notSignedInTo: 'Sie sind nicht bei {profile} angemeldet.',
  signedOutDuringRenewal: 'Sie haben sich von {profile} abgemeldet.',
  renewalRefused: 'Von {profile} abgemeldet: Die Anmeldung konnte nicht erneuert werden.',
  signedOutSignInAgain: 'Von {hasProfile, select, yes {{profile}} other {diesem Profil}} abgemeldet: Melden Sie sich erneut an.',
  noProfileYet: 'Es gibt noch kein Verbindungsprofil.',
  noProfileYetHint: 'Fügen Sie zuerst eines hinzu: Geben Sie Ihre Orchestrator-URL ein (baton profile add NAME --url URL).',
  patMissing: 'Geben Sie das persönliche Zugriffstoken ein.',
  patMissingHint:
    'Erstellen Sie eines in Automation Cloud unter Ihrem Profil → Personal Access Token und fügen Sie es dann ein (baton login --pat liest es von der Standardeingabe oder aus BATON_PAT).',
  legacyMissing: 'Die Anmeldung bei Orchestrator 19.10 braucht einen Benutzernamen und ein Kennwort.',
  legacyMissingHint:
    'Geben Sie beides an (baton login --username NAME liest das Kennwort von der Standardeingabe oder aus BATON_PASSWORD).',
  clientSecretMissing: 'Client-Anmeldeinformationen brauchen das Client-Geheimnis der externen Anwendung.',
  clientSecretMissingHint: 'Geben Sie das Geheimnis an (baton login --client-id ID --client-secret-stdin oder BATON_CLIENT_SECRET).',
  // The page the browser tab shows on the sign-in redirect (src/main/auth/loopback-listener.ts)
  pageSignedInTitle: 'Sie sind bei Baton angemeldet',
  pageSignedIn: 'Sie können diesen Tab schließen und zu Baton zurückkehren.',
  pageNotCompletedTitle: 'Die Anmeldung wurde nicht abgeschlossen',
  pageNotFoundTitle: 'Nicht gefunden',
  pageNotFound: 'Diese Adresse empfängt nur die Anmeldeantwort für Baton.',
  pageAnsweredTitle: 'Bereits beantwortet',
  pageAnswered: 'Diese Anmeldung wurde bereits abgeschlossen oder abgebrochen. Kehren Sie zu Baton zurück.',
  pageNotThisTitle: 'Nicht diese Anmeldung',
  pageNotThis:
    'Diese Antwort gehört nicht zu der Anmeldung, auf die Baton wartet, daher hat Baton sie ignoriert. Schließen Sie die Anmeldung in dem Tab ab, den Baton geöffnet hat.',
  // Where secrets are kept and what the browser may open (src/main/platform/node)
  keychainUnusable:
    'Geheimnisse können nicht gespeichert werden: {keychain, select, darwin {Der macOS-Schlüsselbund} win32 {Die Windows-Anmeldeinformationsverwaltung} other {Der Secret-Service-Schlüsselbund (GNOME Keyring / KWallet)}} ist hier nicht nutzbar ({reason}).',
  keychainUnusableHint:
    'Starten Sie in dieser Sitzung einen Schlüsselbund (GNOME Keyring, KWallet) oder wählen Sie einen anderen Speicher mit --secret-store file oder BATON_SECRET_STORE=file.',
  keychainRequired:
    'Die Administratorrichtlinie verlangt den Schlüsselbund des Betriebssystems für Geheimnisse; eine Geheimnisdatei ist nicht erlaubt.',
  keychainRequiredHint:
    'Verwenden Sie --secret-store keychain (der Standard, wenn ein Schlüsselbund funktioniert), oder fragen Sie Ihren Administrator.',
  openNotUrl: 'Baton öffnet diese Adresse nicht: Sie ist keine gültige URL.',
  openNotUrlHint: 'Prüfen Sie die URL auf Tippfehler.',
  openCredentials: 'Baton öffnet keine Adresse, die einen Benutzernamen oder ein Kennwort enthält.',
  openCredentialsHint: 'Verwenden Sie die Adresse ohne den Teil vor dem @.',
  openScheme: 'Baton öffnet nur https-Adressen oder http auf diesem Rechner; eine {protocol}-Adresse wurde abgelehnt.',
  openSchemeHint: 'Verwenden Sie die https-Adresse Ihres Orchestrator oder Identity Server.',
  // The robot's connection and Baton's own bridge (src/main/robot)
  robotNoLongerHasProcess: 'Der Roboter auf diesem Rechner hat den Prozess „{key}“ nicht mehr.',
  bridgeImpostor:
    'Das Programm, das unter {url} antwortet, konnte nicht nachweisen, dass es die Roboter-Bridge ist, mit der Baton gekoppelt ist.',
  bridgeImpostorHint:
    'Baton hat ihm nichts Geheimes gesendet. Ein anderes Programm belegt womöglich den Port der Roboter-Bridge: Beenden Sie es oder starten Sie die Roboter-Bridge neu und verbinden Sie sich dann erneut.',
  bridgeConnectionLost: 'Die Verbindung zur Roboter-Bridge ist abgebrochen.',
  bridgeTimedOut: 'Die Roboter-Bridge hat auf {method} nicht rechtzeitig geantwortet.',
  bridgeUnexpectedAnswer: 'Die Roboter-Bridge hat eine unerwartete Antwort auf {method} gesendet.',
  bridgeRefusedConnection: 'Die Roboter-Bridge hat die Verbindung abgelehnt (HTTP {status}).',
  bridgeRefusedConnectionHint: 'Prüfen Sie, ob die URL der Roboter-Bridge auf eine Baton-Roboter-Bridge derselben Version zeigt.',
  bridgeRefusedBaton: 'Die Roboter-Bridge hat Baton abgelehnt.',
  alreadyPaired: 'Baton ist bereits mit diesem Roboter gekoppelt.',
  bridgeUrlNotLocal: 'Die URL einer Roboter-Bridge muss auf diesen Rechner zeigen (ws://127.0.0.1:PORT/robot).',
  bridgeUrlNotLocalHint:
    'Verwenden Sie ws://127.0.0.1:<port>/robot oder ws://[::1]:<port>/robot; Baton verbindet sich nie mit einer Roboter-Bridge auf einem anderen Host.',
  managedTimedOut: 'Batons Roboter-Bridge ist nicht rechtzeitig gestartet.',
  logHasDetails: 'Versuchen Sie es erneut; das Protokoll enthält Einzelheiten.',
  noRobotFound: 'Auf diesem Rechner wurde kein Roboter gefunden.',
  managedFailedBecause: 'Batons Roboter-Bridge konnte nicht starten: {reason}',
  managedStoppedStarting: 'Batons Roboter-Bridge wurde beim Starten beendet.',
  managedNotStarted: 'Baton konnte seine Roboter-Bridge nicht starten.',
  managedNotStartedHint: 'Installieren Sie Baton neu; das Protokoll enthält Einzelheiten.',
  managedFailed: 'Batons Roboter-Bridge konnte nicht starten.',
  noBridgeConnected: 'Baton ist mit keiner Roboter-Bridge verbunden.',
  // Reminders (src/main/reminders)
  reminderUnknown: 'Diese Erinnerung gibt es nicht.',
  reminderUnknownHint: 'Listen Sie sie mit `baton reminders list` auf.',
  reminderNeedsProfile: 'Eine Erinnerung gilt einem Prozess eines Verbindungsprofils, und es gibt noch keines.',
  reminderNeedsProfileHint: 'Fügen Sie eine Verbindung hinzu und melden Sie sich an; fügen Sie dann die Erinnerung hinzu.',
  remindersFull: 'Baton speichert höchstens {max, plural, one {# Erinnerung} other {# Erinnerungen}}.',
  remindersFullHint: 'Entfernen Sie eine, die Sie nicht mehr brauchen.',
  reminderTimePassed: 'Diese Zeit ist bereits vorbei.',
  reminderTimePassedHint: 'Wählen Sie eine Zeit in der Zukunft oder eine Wiederholung.',
  reminderNotWaiting: 'Diese Erinnerung wartet nicht auf eine Antwort.',
  reminderOtherProfile: 'Diese Erinnerung gilt dem Profil {hasProfile, select, yes {{profile}} other {(entfernt)}}, nicht dem aktiven.',
  reminderOtherProfileHint: 'Wechseln Sie zu {hasProfile, select, yes {{profile}} other {ihrem Profil}} und drücken Sie dann Starten.',
  // Connection profiles and preferences (src/main/profiles, src/main/preferences)
  profileNameTaken: 'Ein Profil namens „{name}“ gibt es bereits.',
  profileNameTakenHint: 'Wählen Sie einen anderen Namen oder aktualisieren Sie das vorhandene Profil.',
  profileUnknown: 'Dieses Verbindungsprofil gibt es nicht.',
  profileUnknownHint: 'Listen Sie die Profile auf (baton profile list) und wählen Sie eines davon.',
  resetPart:
    '{item, select, profiles {die Verbindungsprofile und ihre Anmeldungen} robotPairing {die Robot-Kopplung} runHistory {der Ausführungsverlauf} catalog {der Prozesskatalog} other {die Einstellungen}}',
  resetIncomplete: 'Baton wurde zurückgesetzt, außer: {resetParts}.',
  resetIncompleteHint:
    'Setzen Sie Baton erneut zurück; schlägt es weiter fehl, entfernen Sie das Übrige von Hand (die Diagnose zeigt, wo Baton seine Daten speichert).',
} satisfies Catalog<typeof en>;
