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
  connectionLostHint: 'Baton se reconnecte de lui-même. Si cela ne s’arrête pas, vérifiez que {command} fonctionne toujours.',
  connectionLostBecause: 'Connexion à Baton perdue : {reason}.',
  unreadableAnswer: 'Baton a envoyé une réponse que cette page ne comprend pas.',
  unreadableAnswerHint: 'Rechargez la page. Si cela se reproduit, la page et le cœur n’ont peut-être pas la même version.',
  noAnswer: 'Baton n’a pas répondu à temps.',
  pageClosed: 'Cette page a fermé sa connexion à Baton.',
  stillReconnecting: 'Connexion à Baton perdue – reconnexion toujours en cours.',
  openedWithoutToken: 'Cette page a été ouverte sans son jeton de lancement.',
} satisfies Catalog<typeof en>;
