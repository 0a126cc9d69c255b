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
  storedInKeychain:
    'Geheimnisse werden verschlüsselt {keychain, select, darwin {im macOS-Schlüsselbund} win32 {in der Windows-Anmeldeinformationsverwaltung} other {im Secret-Service-Schlüsselbund (GNOME Keyring / KWallet)}} gespeichert.',
  storedInFile:
    'Geheimnisse werden in {path} gespeichert, lesbar für diesen Benutzer und root (dieser Rechner hat keinen Schlüsselbund des Betriebssystems).',
  encryptedByOs: 'Geheimnisse werden vom Betriebssystem verschlüsselt und in {path} gespeichert.',
  encryptedByOsBackend: 'Geheimnisse werden vom Betriebssystem ({backend}) verschlüsselt und in {path} gespeichert.',
  memoryChosen:
    'Geheimnisse werden nur im Arbeitsspeicher gehalten und beim Beenden von Baton vergessen, weil Sie die Speicherung nur im Arbeitsspeicher gewählt haben.',
  memoryKeychainRequired:
    'Geheimnisse werden nur im Arbeitsspeicher gehalten und beim Beenden von Baton vergessen, weil {keychain, select, darwin {der macOS-Schlüsselbund} win32 {die Windows-Anmeldeinformationsverwaltung} other {der Secret-Service-Schlüsselbund (GNOME Keyring / KWallet)}} hier nicht nutzbar ist ({reason}) und die Administratorrichtlinie den Schlüsselbund verlangt.',
  memoryFromEnvironment:
    'Geheimnisse werden nur im Arbeitsspeicher gehalten und beim Beenden von Baton vergessen, weil dieser Befehl seine Verbindung und Anmeldedaten aus der Umgebung nimmt.',
  memoryThisSession: 'Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten, wie Sie es gewählt haben.',
  memoryNoKeychain:
    'Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten: Dieses System bietet Baton keinen Schlüsselbund des Betriebssystems.',
  memoryNoKeychainPolicy:
    'Geheimnisse werden nur für diese Sitzung im Arbeitsspeicher gehalten: Dieses System bietet Baton keinen Schlüsselbund des Betriebssystems, und die Administratorrichtlinie erlaubt keine Geheimnisdatei.',
  installKeyring: 'Installieren oder entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet) und starten Sie Baton neu.',
  memoryForTest: 'Geheimnisse werden nur für diesen Test im Arbeitsspeicher gehalten.',
} satisfies Catalog<typeof en>;
