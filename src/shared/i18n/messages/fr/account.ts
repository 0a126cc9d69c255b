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
} satisfies Catalog<typeof en>;
