import type { Catalog } from '../../catalog';
import type { components as en } from '../en/components';

export const components = {
  comingSoon: 'Bientôt disponible',
  noToken: 'Cette page n’est pas connectée à Baton : elle a été ouverte sans son jeton de lancement.',
  noTokenHint: 'Ouvrez l’adresse complète affichée par {command}, y compris sa partie {part}.',
  reconnecting: 'Connexion à Baton perdue – reconnexion…',
  connecting: 'Connexion à Baton…',
  retrying: 'Baton est encore injoignable – nouvelle tentative…',
  stillRunning: 'Vérifiez que {command} fonctionne toujours. Tentative {attempt, number}.',
  errorCode: 'Code d’erreur : {code}',
  tryAgain: 'Réessayer',
  dismiss: 'Masquer',
  dismissError: 'Masquer l’erreur',
  checkLink: 'Vérifier : {title}',
} satisfies Catalog<typeof en>;
