import type { Catalog } from '../../catalog';
import type { notifications as en } from '../en/notifications';

export const notifications = {
  runFinished: '{name} {state, select, successful {est terminé} faulted {a échoué} stopped {a été arrêté} other {est fini}}',
  runSuccessful: 'Réussi.',
  runStopped: 'Arrêté.',
  runFaultedNoReason: 'L’exécution a échoué sans raison indiquée.',
  caughtUpTitle:
    '{count, plural, one {Une exécution s’est terminée pendant que vous étiez hors ligne} other {# exécutions se sont terminées pendant que vous étiez hors ligne}}',
  caughtUpLine: '{name} : {state, select, successful {réussi} faulted {en échec} stopped {arrêté} other {{state}}}',
  signInExpiredTitle: 'Connexion expirée',
  signInExpiredBody:
    'Reconnectez-vous à {hasProfile, select, yes {{profile}} other {Orchestrator}} pour continuer à exécuter des processus.',
  pairingTitle: 'Le robot demande une association',
  pairingBody: 'Saisissez le code affiché par le robot pour exécuter des processus sur cette machine.',
  reminderTitle: '{isMissed, select, yes {Manqué : il est temps d’exécuter {name}} other {Il est temps d’exécuter {name}}}',
  reminderMissedNote: 'Il est arrivé pendant que Baton était fermé.',
  reminderAsk: 'Démarrez-le maintenant, reportez-le de 10 minutes ou ignorez-le.',
  reminderOtherProfile:
    'Il concerne le profil {hasProfile, select, yes {{profile}} other {(supprimé)}}, qui n’est pas le profil actif : passez-y dans Baton pour le démarrer.',
  action: '{action, select, start {Démarrer} snooze {Reporter de 10 min} other {Ignorer}}',
  noSuchButton: 'Cette notification n’a plus ce bouton.',
  noSuchButtonHint: 'Ouvrez Baton : le rappel vous y attend avec Démarrer, Reporter de 10 min et Ignorer.',
  region: 'Notifications',
  dismiss: 'Fermer : {title}',
  linkRefusedTitle: 'Lien Baton refusé',
  stillRunningTitle: 'Baton est toujours en cours d’exécution',
  stillRunningBody: 'Baton continue de tourner dans la zone de notification. Quittez-le depuis son menu.',
} satisfies Catalog<typeof en>;
