import type { Catalog } from '../../catalog';
import type { connectivity as en } from '../en/connectivity';

export const connectivity = {
  offlineReason:
    'Impossible de joindre Orchestrator à {server} depuis {since, time, short}{hasFailure, select, yes { : {failure}} other {.}} Les exécutions à distance sont suspendues ; les exécutions locales fonctionnent toujours.',
  degradedReason:
    'Orchestrator à {server} fait échouer certaines requêtes{hasFailure, select, yes { ({failure})} other {}} ; certaines actions peuvent échouer.',
  signedOutReason: 'Connectez-vous pour exécuter des processus sur Orchestrator.',
  remoteRefused:
    'Orchestrator à {server} est injoignable (hors ligne depuis {since, time, short}) : les exécutions à distance ne peuvent être ni démarrées ni arrêtées pour l’instant.',
  remoteRefusedHint:
    'Exécutez le processus en local sur le robot de cette machine, ou réessayez quand la connexion sera rétablie ; rien n’est mis en file d’attente.',
  bannerOffline: 'Hors ligne depuis {since, time, short}',
  bannerOfflineWithCatalog: 'Hors ligne depuis {since, time, short} — processus affichés tels qu’à {catalogAt, time, short}',
  bannerDegraded: 'Orchestrator rencontre des problèmes depuis {since, time, short} — certaines actions peuvent échouer',
  remoteBlocked:
    'Hors ligne depuis {since, time, short} : Orchestrator est injoignable, les exécutions à distance sont donc suspendues. Les exécutions locales fonctionnent toujours.',
} satisfies Catalog<typeof en>;
