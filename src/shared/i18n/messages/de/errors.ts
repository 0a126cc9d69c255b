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
} satisfies Catalog<typeof en>;
