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
} satisfies Catalog<typeof en>;
