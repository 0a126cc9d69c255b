import type { Catalog } from '../../catalog';
import type { signIn as en } from '../en/sign-in';

export const signIn = {
  waiting: 'Warten auf die Anmeldung…',
  profileAndUrl: '{profile} - {url}',
  checkingCredentials: 'Die Anmeldedaten werden bei Orchestrator geprüft…',
  preparingPage: 'Die Anmeldeseite wird vorbereitet…',
  inBrowser: 'Melden Sie sich auf der Identity Server-Seite in Ihrem Browser an; Baton macht dann von selbst weiter. Kein Browserfenster?',
  openPage: 'Anmeldeseite öffnen',
  newTab:
    'Sie öffnet sich in einem neuen Tab. Melden Sie sich dort an; diese Seite folgt von selbst, und der Tab sagt, wann er geschlossen werden kann.',
  cancel: 'Abbrechen',
  signedOutOf: 'Von {profile} abgemeldet',
  signInToSee: 'Melden Sie sich an, um Ihre Prozesse zu sehen.',
  signInAgain: 'Erneut anmelden',
  editConnection: 'Verbindung bearbeiten',
  addConnection: 'Verbindung hinzufügen',
  connectionTest: 'Verbindungstest',
  testing: 'Wird getestet…',
  test: 'Verbindung testen',
  testingUrl: '{url} wird getestet',
  testedUrl: '{url} getestet',
  testedUrlChanged: '{url} getestet (die URL hat sich seitdem geändert: erneut testen)',
  testResults: 'Ergebnisse des Verbindungstests',
} satisfies Catalog<typeof en>;
