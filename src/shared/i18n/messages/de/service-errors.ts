import type { Catalog } from '../../catalog';
import type { serviceErrors as en } from '../en/service-errors';

export const serviceErrors = {
  batchTooLarge: 'Ein Stapel darf höchstens {max} Aufrufe enthalten; dieser enthielt {count}.',
  batchTooLargeHint: 'Senden Sie die Aufrufe in Stapeln von höchstens {max}.',
  tooManyInFlight: 'Zu viele offene Aufrufe auf dieser Verbindung (höchstens {max}).',
  tooManyInFlightHint: 'Warten Sie auf Antworten, bevor Sie weitere Aufrufe senden.',
  tokenTooShort: 'Das Token des Web-Hosts ist zu kurz.',
  tokenTooShortHint: 'Lassen Sie das Token weg, um ein zufälliges zu erhalten.',
  portInUse: 'Port {port} auf {host} ist bereits belegt.',
  portInUseHint: 'Wählen Sie einen anderen Port, oder lassen Sie den Port weg, um einen freien zu erhalten.',
  uiNotBuilt: 'Die Baton-Oberfläche ist nicht gebaut: {path} fehlt.',
  uiNotBuiltHint: 'Bauen Sie sie mit `{command}` (oder `{alternative}`) und starten Sie den Web-Host dann erneut.',
  unexpectedDispatch: 'Unerwartetes Ergebnis der Verteilung.',
  badSubscription: 'Ungültiges Ereignisabonnement: {issues}.',
  badSubscriptionHint: 'Abonnieren Sie eines von: {events}.',
  unknownMethod: 'Unbekannte Methode „{method}“.',
  unknownMethodOfType: 'Unbekannte Methode vom Typ {type}.',
  unknownMethodHint: 'Dieses Baton bietet diesen Aufruf nicht an; Oberfläche und Kern haben vielleicht verschiedene Versionen.',
  badArguments: 'Ungültige Argumente für {method}: {issues}.',
  answerOffContract: 'Batons Antwort auf {method} entspricht nicht dem Vertrag: {issues}.',
  answerOffContractHint: 'Das ist ein Fehler in Baton (ein Entwicklungs-Build prüft jede Antwort); melden Sie ihn mit diesen Details.',
  windowForbidden: 'Dieses Fenster darf nicht mit Baton sprechen.',
  windowForbiddenHint:
    'Nur Batons eigenes Fenster kann seinen Kern nutzen. Schließen Sie die Seite, die es versucht hat, und öffnen Sie Baton erneut über den Infobereich.',
  linkRefused: 'Baton öffnet keine {scheme}-Links.',
  linkMalformed: 'Baton öffnet keine fehlerhaften Links.',
  linkRefusedHint: 'Nur https-Links (und http-Links zu diesem Computer) werden in Ihrem Browser geöffnet.',
  webhookNeedsTls: 'Webhooks auf {host} brauchen ein Zertifikat und einen Schlüssel: Unverschlüsseltes http ist nur für Loopback.',
  webhookNeedsTlsHint:
    'Geben Sie {certVar} und {keyVar} an (PEM-Dateien), oder lauschen Sie auf {loopback} hinter einem TLS-Reverse-Proxy.',
  tooManyRows: 'Orchestrator bietet mehr als {max} Zeilen für {path}; Baton hört dort auf aufzulisten.',
  tooManyRowsHint:
    'Prüfen Sie, ob das Profil auf den richtigen Orchestrator zeigt; wenn er wirklich so viel enthält, grenzen Sie es mit Ordnern ein.',
  notJson: 'Orchestrator hat mit etwas geantwortet, das kein JSON ist.',
  notJsonHint: 'Prüfen Sie, ob die URL des Profils auf Orchestrator zeigt und nicht auf einen Proxy oder eine Anmeldeseite.',
  unexpectedShape: 'Die Antwort von Orchestrator auf {path} hat eine unerwartete Form.',
  unexpectedShapeHint: 'Diese Orchestrator-Version wird vielleicht noch nicht unterstützt; führen Sie die Diagnose aus und melden Sie es.',
  inputTooLong: 'Die Eingabeargumente sind {length} Zeichen lang; dieser Orchestrator akzeptiert höchstens {limit}.',
  inputTooLongHint:
    'Kürzen Sie die Eingabe auf höchstens {limit} Zeichen (als JSON), zum Beispiel indem Sie einen Dateipfad oder einen Asset-Namen statt des Inhalts übergeben.',
  startNoJob: 'Orchestrator hat den Start angenommen, aber keinen Auftrag zurückgegeben.',
  startNoJobHint: 'Suchen Sie den Auftrag in Orchestrator, bevor Sie erneut starten.',
  unreachableSomewhere: 'Orchestrator unter der konfigurierten Adresse ist nicht erreichbar.',
  timedOutSomewhere: 'Orchestrator unter der konfigurierten Adresse hat nicht rechtzeitig geantwortet.',
  untrustedSomewhere: 'Das Zertifikat der konfigurierten Adresse ist auf diesem Computer nicht vertrauenswürdig.',
  startLookupFailed: 'Die Startanfrage ist fehlgeschlagen, und Baton kann nicht sagen, ob Orchestrator den Auftrag gestartet hat.',
  startLookupFailedHint:
    'Suchen Sie in den Aufträgen von Orchestrator nach der Referenz {reference}, bevor Sie den Prozess erneut starten.',
  startCannotTell: 'Baton kann nicht sagen, ob Orchestrator den Auftrag gestartet hat.',
  startCannotTellHint:
    'Dieser Orchestrator ({products, select, v1910 {19.10} v204 {20.4} unknown {19.10 oder 20.4 (keine API-Version gemeldet)} v11 {20.10 (API 11–12)} v13 {21.10 bis 23.4 (API 13–16)} v17 {23.10 bis 25.10 (API 17)} other {Automation Cloud und Automation Suite (API 18+)}}) kann einen Auftrag nicht über Batons Referenz finden, daher hat Baton ihn nicht erneut gesendet: Sehen Sie in den Aufträgen von Orchestrator nach, bevor Sie den Prozess erneut starten.',
  startNotFound: 'Orchestrator zeigt keinen Auftrag mit Batons Referenz.',
  startNotFoundHint:
    'Baton hat den Start nicht erneut gesendet, damit ein Klick ein Auftrag bleibt; starten Sie den Prozess erneut, wenn er nicht in den Aufträgen von Orchestrator erscheint (Referenz {reference}).',
  inputProblem:
    '{field} {problem, select, notArgument {ist kein Argument dieses Prozesses (er nimmt: {known})} notArgumentNone {ist kein Argument dieses Prozesses (er nimmt keine)} required {ist erforderlich} text {muss Text sein} integer {muss eine ganze Zahl sein, z. B. 42} number {muss eine Zahl sein, z. B. 3.5} boolean {muss true oder false sein} datetime {muss ein Datum mit Uhrzeit sein, z. B. 2026-01-31T09:00:00Z} jsonList {muss JSON für eine Liste sein, z. B. ["a","b"]} jsonObject {muss JSON für ein Objekt sein, z. B. ["a","b"]} other {muss JSON für {type} sein, z. B. ["a","b"]}}{end, select, semicolon {;} other {.}}',
  inputsToFix: 'Korrigieren Sie diese Eingaben:',
  inputToFix: 'Korrigieren Sie die Eingabe und starten Sie erneut.',
  policyLocked: 'Dieser Computer ist auf die Orchestrator der vorgegebenen Profile festgelegt.',
  policyUsePreset: 'Verwenden Sie eines der vorgegebenen Profile ({names}).',
  policyLocalRunsOff: 'Ausführungen auf dem Roboter dieses Computers sind auf diesem Computer ausgeschaltet.',
  policyRunRemotely: 'Führen Sie den Prozess stattdessen remote aus (als Orchestrator-Auftrag).',
  policySetBy: 'Ihr Administrator hat dies in {path} festgelegt; bitten Sie ihn, es zu ändern.',
  policyPresetLocked:
    '„{name}“ ist ein Profil, das Ihr Administrator bereitstellt; es kann nicht entfernt, umbenannt oder auf eine andere Adresse gerichtet werden.',
  policyPresetLockedHint:
    'Fügen Sie für andere Einstellungen ein eigenes Profil hinzu, oder bitten Sie Ihren Administrator, die Richtliniendatei zu ändern.',
  signInFirst: 'Melden Sie sich zuerst an.',
  signInToSeeProcesses: 'Fügen Sie ein Verbindungsprofil hinzu und melden Sie sich an, um Ihre Prozesse zu sehen.',
  noSuchProcess: 'Es gibt keinen Prozess {processId} in Ihrem Katalog.',
  noSuchProcessHint: 'Aktualisieren Sie die Prozessliste; der Prozess wurde vielleicht entfernt oder in einen anderen Ordner verschoben.',
  jobNotSuspended:
    '{name} ist nicht angehalten (Zustand: {state, select, pending {ausstehend} running {in Ausführung} suspended {angehalten} stopping {im Stoppen} successful {erfolgreich} faulted {fehlerhaft} stopped {gestoppt} other {{state}}}).',
  jobNotSuspendedHint: 'Nur ein angehaltener Auftrag kann fortgesetzt werden; aktualisieren Sie die Liste, um zu sehen, wo er jetzt steht.',
  jobListsPaced: 'Baton listet Aufträge höchstens {perMinute}-mal pro Minute auf, um das Limit von Orchestrator nicht aufzubrauchen.',
  jobListsPacedHint: 'Warten Sie {seconds, plural, one {# Sekunde} other {# Sekunden}} und aktualisieren Sie dann.',
} satisfies Catalog<typeof en>;
