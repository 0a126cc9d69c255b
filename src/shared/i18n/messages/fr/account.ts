import type { Catalog } from '../../catalog';
import type { account as en } from '../en/account';

export const account = {
  checking: 'Vérification du compte…',
  signedIn: 'Connecté',
  whoOnProfile: '{who} · {profile}',
  signingIn: 'Connexion…',
  notSignedIn: 'Non connecté',
  signedInAs: 'Connecté en tant que {name}',
  signedOut: 'Déconnecté',
  sessionOnly:
    'Votre connexion dure jusqu’à la fermeture de Baton : les secrets sont oubliés à la fermeture, vous vous reconnecterez donc la prochaine fois.',
  storeLine:
    '{store, select, keychain {Secrets : dans le trousseau du système} file {Secrets : dans un fichier que vous seul (et root) pouvez lire ; cette machine n’a pas de trousseau} other {Secrets : en mémoire jusqu’à la fermeture de Baton}}',
  secretStorage: 'Stockage des secrets',
  errorCode: 'Code d’erreur : {code}',
  badge: 'Compte',
  unavailable: 'État du compte indisponible',
  menu: 'Menu du compte',
  tenantLine: 'Locataire {tenant} · {profile}',
  notSignedInTo: 'Non connecté à {profile}',
  signInAgain: 'Se reconnecter',
  connections: 'Connexions',
  activePrefix: 'Active · {state}',
  addConnection: 'Ajouter une connexion',
  signOut: 'Se déconnecter',
  signingOut: 'Déconnexion…',
  storedInKeychain:
    'Les secrets sont chiffrés et enregistrés dans {keychain, select, darwin {le trousseau macOS} win32 {le Gestionnaire d’identification Windows} other {le trousseau Secret Service (GNOME Keyring / KWallet)}}.',
  storedInFile:
    'Les secrets sont enregistrés dans {path}, lisible par cet utilisateur et par root (cette machine n’a pas de trousseau du système).',
  encryptedByOs: 'Les secrets sont chiffrés par le système d’exploitation et enregistrés dans {path}.',
  encryptedByOsBackend: 'Les secrets sont chiffrés par le système d’exploitation ({backend}) et enregistrés dans {path}.',
  memoryChosen:
    'Les secrets sont gardés en mémoire uniquement et oubliés à la fermeture de Baton, car vous avez choisi de garder les secrets en mémoire seulement.',
  memoryKeychainRequired:
    'Les secrets sont gardés en mémoire uniquement et oubliés à la fermeture de Baton, car {keychain, select, darwin {le trousseau macOS} win32 {le Gestionnaire d’identification Windows} other {le trousseau Secret Service (GNOME Keyring / KWallet)}} n’est pas utilisable ici ({reason}) et la stratégie d’administration exige le trousseau.',
  memoryFromEnvironment:
    'Les secrets sont gardés en mémoire uniquement et oubliés à la fermeture de Baton, car cette commande prend sa connexion et ses identifiants dans l’environnement.',
  memoryThisSession: 'Les secrets sont gardés en mémoire pour cette session seulement, comme vous l’avez choisi.',
  memoryNoKeychain: 'Les secrets sont gardés en mémoire pour cette session seulement : ce système n’offre aucun trousseau à Baton.',
  memoryNoKeychainPolicy:
    'Les secrets sont gardés en mémoire pour cette session seulement : ce système n’offre aucun trousseau à Baton, et la stratégie d’administration n’autorise pas de fichier de secrets.',
  installKeyring: 'Installez ou déverrouillez un trousseau (GNOME Keyring, KWallet) et redémarrez Baton.',
  memoryForTest: 'Les secrets sont gardés en mémoire pour ce test seulement.',
} satisfies Catalog<typeof en>;
