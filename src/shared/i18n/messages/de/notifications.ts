import type { Catalog } from '../../catalog';
import type { notifications as en } from '../en/notifications';

export const notifications = {
  runFinished: '{name} {state, select, successful {ist fertig} faulted {ist fehlgeschlagen} stopped {wurde gestoppt} other {ist beendet}}',
  runSuccessful: 'Erfolgreich.',
  runStopped: 'Gestoppt.',
  runFaultedNoReason: 'Die Ausführung ist ohne Angabe eines Grundes fehlgeschlagen.',
  caughtUpTitle:
    '{count, plural, one {Eine Ausführung wurde beendet, während Sie offline waren} other {# Ausführungen wurden beendet, während Sie offline waren}}',
  caughtUpLine: '{name}: {state, select, successful {erfolgreich} faulted {fehlgeschlagen} stopped {gestoppt} other {{state}}}',
  signInExpiredTitle: 'Anmeldung abgelaufen',
  signInExpiredBody:
    'Melden Sie sich erneut bei {hasProfile, select, yes {{profile}} other {Orchestrator}} an, um weiter Prozesse auszuführen.',
  pairingTitle: 'Der Roboter möchte gekoppelt werden',
  pairingBody: 'Geben Sie den Code ein, den der Roboter anzeigt, um Prozesse auf diesem Rechner auszuführen.',
  reminderTitle: '{isMissed, select, yes {Verpasst: Zeit, {name} auszuführen} other {Zeit, {name} auszuführen}}',
  reminderMissedNote: 'Sie kam, während Baton geschlossen war.',
  reminderAsk: 'Starten Sie sie jetzt, schieben Sie sie um 10 Minuten auf oder verwerfen Sie sie.',
  reminderOtherProfile:
    'Sie gehört zum Profil {hasProfile, select, yes {{profile}} other {(entfernt)}}, das nicht aktiv ist: Wechseln Sie in Baton dorthin, um sie zu starten.',
  action: '{action, select, start {Starten} snooze {10 Min. später} other {Verwerfen}}',
  noSuchButton: 'Diese Benachrichtigung hat keine solche Schaltfläche mehr.',
  noSuchButtonHint: 'Öffnen Sie Baton: Die Erinnerung wartet dort mit Starten, 10 Min. später und Verwerfen.',
  region: 'Benachrichtigungen',
  dismiss: 'Schließen: {title}',
  linkRefusedTitle: 'Baton-Link abgelehnt',
  stillRunningTitle: 'Baton läuft weiter',
  stillRunningBody: 'Baton läuft im Infobereich weiter. Beenden Sie es über das Menü im Infobereich.',
} satisfies Catalog<typeof en>;
