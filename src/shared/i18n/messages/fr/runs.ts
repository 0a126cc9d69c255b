import type { Catalog } from '../../catalog';
import type { runs as en } from '../en/runs';

export const runs = {
  state:
    '{state, select, pending {En attente} running {En cours} suspended {Suspendu} stopping {Arrêt en cours} successful {Réussi} faulted {En échec} stopped {Arrêté} other {Inconnu}}',
  paused: '{state} (en pause)',
  whyNoPause: 'Orchestrator ne peut pas mettre en pause une tâche en cours ; arrêtez-la plutôt.',
  region: 'Exécutions',
  loading: 'Chargement des exécutions…',
  empty: 'Aucune exécution pour l’instant. Démarrez un processus avec son bouton « Exécuter ».',
  missing: 'Cette exécution n’est plus dans l’historique : Baton garde les exécutions les plus récentes de chaque connexion.',
  history: 'Historique des exécutions',
  finished: '{name} : {state}',
  focusedLabel: '{name}, {state}',
  earlierLines: 'Les lignes précédentes ne sont pas affichées.',
  showAllInOrchestrator: 'Tout afficher dans Orchestrator',
  log: 'Journal',
  level: '{level, select, trace {Trace :} info {Info :} warn {Avertissement :} error {Erreur :} other {Journal :}}',
  status: 'Statut',
  elapsed: 'Durée',
  startedAt: 'démarré à {time}',
  output: 'Sortie',
  kill: 'Forcer l’arrêt',
  stop: 'Arrêter',
  resume: 'Reprendre',
  pause: 'Pause',
  actionFailed: '{message} {hint}',
} satisfies Catalog<typeof en>;
