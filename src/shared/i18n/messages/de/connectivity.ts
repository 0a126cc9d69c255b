import type { Catalog } from '../../catalog';
import type { connectivity as en } from '../en/connectivity';

export const connectivity = {
  offlineReason:
    'Orchestrator unter {server} ist seit {since, time, short} nicht erreichbar{hasFailure, select, yes {: {failure}} other {.}} Remote-Ausführungen sind angehalten; lokale Ausführungen funktionieren weiter.',
  degradedReason:
    'Orchestrator unter {server} beantwortet einige Anfragen mit Fehlern{hasFailure, select, yes { ({failure})} other {}}; manche Aktionen können fehlschlagen.',
  signedOutReason: 'Melden Sie sich an, um Prozesse in Orchestrator auszuführen.',
  remoteRefused:
    'Orchestrator unter {server} ist nicht erreichbar (offline seit {since, time, short}), daher können Remote-Ausführungen jetzt weder gestartet noch gestoppt werden.',
  remoteRefusedHint:
    'Führen Sie den Prozess lokal auf dem Roboter dieses Rechners aus, oder versuchen Sie es erneut, sobald die Verbindung zurück ist; nichts wird für später eingereiht.',
  bannerOffline: 'Offline seit {since, time, short}',
  bannerOfflineWithCatalog: 'Offline seit {since, time, short} – Prozesse von {catalogAt, time, short} werden angezeigt',
  bannerDegraded: 'Orchestrator hat seit {since, time, short} Probleme – manche Aktionen können fehlschlagen',
  remoteBlocked:
    'Offline seit {since, time, short}: Orchestrator ist nicht erreichbar, daher sind Remote-Ausführungen angehalten. Lokale Ausführungen funktionieren weiter.',
} satisfies Catalog<typeof en>;
