import type { Catalog } from '../../catalog';
import type { connectivity as en } from '../en/connectivity';

export const connectivity = {
  offlineReason:
    'No se puede llegar a Orchestrator en {server} desde las {since, time, short}{hasFailure, select, yes {: {failure}} other {.}} Las ejecuciones remotas están en pausa; las locales siguen funcionando.',
  degradedReason:
    'Orchestrator en {server} está fallando en algunas solicitudes{hasFailure, select, yes { ({failure})} other {}}; algunas acciones pueden fallar.',
  signedOutReason: 'Inicie sesión para ejecutar procesos en Orchestrator.',
  remoteRefused:
    'Orchestrator en {server} no está accesible (sin conexión desde las {since, time, short}), así que ahora no se pueden iniciar ni detener ejecuciones remotas.',
  remoteRefusedHint:
    'Ejecute el proceso en local en el robot de esta máquina, o vuelva a intentarlo cuando vuelva la conexión; nada queda en cola para más tarde.',
  bannerOffline: 'Sin conexión desde las {since, time, short}',
  bannerOfflineWithCatalog: 'Sin conexión desde las {since, time, short}: se muestran los procesos de las {catalogAt, time, short}',
  bannerDegraded: 'Orchestrator tiene problemas desde las {since, time, short}: algunas acciones pueden fallar',
  remoteBlocked:
    'Sin conexión desde las {since, time, short}: no se puede llegar a Orchestrator, así que las ejecuciones remotas están en pausa. Las locales siguen funcionando.',
} satisfies Catalog<typeof en>;
