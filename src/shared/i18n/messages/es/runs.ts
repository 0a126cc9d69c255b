import type { Catalog } from '../../catalog';
import type { runs as en } from '../en/runs';

export const runs = {
  state:
    '{state, select, pending {Pendiente} running {En ejecución} suspended {Suspendido} stopping {Deteniéndose} successful {Correcto} faulted {Con errores} stopped {Detenido} other {Desconocido}}',
  paused: '{state} (en pausa)',
  whyNoPause: 'Orchestrator no puede pausar un trabajo en ejecución; deténgalo en su lugar.',
  region: 'Ejecuciones',
  loading: 'Cargando ejecuciones…',
  empty: 'Aún no hay ejecuciones. Inicie un proceso con su botón «Ejecutar».',
  missing: 'Esa ejecución ya no está en el historial: Baton conserva las ejecuciones más recientes de cada conexión.',
  history: 'Historial de ejecuciones',
  finished: '{name}: {state}',
  focusedLabel: '{name}, {state}',
  earlierLines: 'No se muestran las líneas anteriores.',
  showAllInOrchestrator: 'Ver todo en Orchestrator',
  log: 'Registro',
  level: '{level, select, trace {Seguimiento:} info {Información:} warn {Advertencia:} error {Error:} other {Registro:}}',
  status: 'Estado',
  elapsed: 'Duración',
  startedAt: 'iniciado a las {time}',
  output: 'Salida',
  kill: 'Forzar detención',
  stop: 'Detener',
  resume: 'Reanudar',
  pause: 'Pausar',
  actionFailed: '{message} {hint}',
} satisfies Catalog<typeof en>;
