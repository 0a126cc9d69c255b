import type { Catalog } from '../../catalog';
import type { account as en } from '../en/account';

export const account = {
  checking: 'Konto wird geprüft…',
  signedIn: 'Angemeldet',
  whoOnProfile: '{who} · {profile}',
  signingIn: 'Anmeldung läuft…',
  notSignedIn: 'Nicht angemeldet',
  signedInAs: 'Angemeldet als {name}',
  signedOut: 'Abgemeldet',
  sessionOnly:
    'Ihre Anmeldung gilt, bis Baton beendet wird: Geheimnisse werden beim Beenden vergessen, Sie melden sich also beim nächsten Mal erneut an.',
  storeLine:
    '{store, select, keychain {Geheimnisse: im Schlüsselbund des Betriebssystems} file {Geheimnisse: in einer Datei, die nur Sie (und root) lesen können; dieser Rechner hat keinen Schlüsselbund} other {Geheimnisse: im Arbeitsspeicher, bis Baton beendet wird}}',
  secretStorage: 'Speicherort der Geheimnisse',
  errorCode: 'Fehlercode: {code}',
  badge: 'Konto',
  unavailable: 'Kontostatus nicht verfügbar',
  menu: 'Kontomenü',
  tenantLine: 'Mandant {tenant} · {profile}',
  notSignedInTo: 'Nicht bei {profile} angemeldet',
  signInAgain: 'Erneut anmelden',
  connections: 'Verbindungen',
  activePrefix: 'Aktiv · {state}',
  addConnection: 'Verbindung hinzufügen',
  signOut: 'Abmelden',
  signingOut: 'Abmeldung läuft…',
} satisfies Catalog<typeof en>;
