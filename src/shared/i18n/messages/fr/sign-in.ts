import type { Catalog } from '../../catalog';
import type { signIn as en } from '../en/sign-in';

export const signIn = {
  waiting: 'En attente de la connexion…',
  profileAndUrl: '{profile} - {url}',
  checkingCredentials: 'Vérification des identifiants auprès d’Orchestrator…',
  preparingPage: 'Préparation de la page de connexion…',
  inBrowser:
    'Connectez-vous sur la page d’Identity Server dans votre navigateur ; Baton continue tout seul. Pas de fenêtre de navigateur ?',
  openPage: 'Ouvrir la page de connexion',
  newTab: 'Elle s’ouvre dans un nouvel onglet. Connectez-vous-y ; cette page suit toute seule, et l’onglet indique quand le fermer.',
  cancel: 'Annuler',
  signedOutOf: 'Déconnecté de {profile}',
  signInToSee: 'Connectez-vous pour voir vos processus.',
  signInAgain: 'Se reconnecter',
  editConnection: 'Modifier la connexion',
  addConnection: 'Ajouter une connexion',
  connectionTest: 'Test de connexion',
  testing: 'Test en cours…',
  test: 'Tester la connexion',
  testingUrl: 'Test de {url}',
  testedUrl: '{url} testée',
  testedUrlChanged: '{url} testée (l’URL a changé depuis : testez à nouveau)',
  testResults: 'Résultats du test de connexion',
} satisfies Catalog<typeof en>;
