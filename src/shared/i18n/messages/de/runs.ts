import type { Catalog } from '../../catalog';
import type { runs as en } from '../en/runs';

export const runs = {
  state:
    '{state, select, pending {Ausstehend} running {Wird ausgeführt} suspended {Angehalten} stopping {Wird beendet} successful {Erfolgreich} faulted {Fehlerhaft} stopped {Beendet} other {Unbekannt}}',
  paused: '{state} (pausiert)',
  whyNoPause: 'Orchestrator kann einen laufenden Auftrag nicht pausieren; beenden Sie ihn stattdessen.',
  region: 'Ausführungen',
  loading: 'Ausführungen werden geladen…',
  empty: 'Noch keine Ausführungen. Starten Sie einen Prozess mit seiner Schaltfläche „Ausführen“.',
  missing: 'Diese Ausführung ist nicht mehr im Verlauf: Baton behält die neuesten Ausführungen jeder Verbindung.',
  history: 'Ausführungsverlauf',
  finished: '{name}: {state}',
  focusedLabel: '{name}, {state}',
  earlierLines: 'Frühere Zeilen werden nicht angezeigt.',
  showAllInOrchestrator: 'Alle in Orchestrator anzeigen',
  log: 'Protokoll',
  level: '{level, select, trace {Ablaufverfolgung:} info {Info:} warn {Warnung:} error {Fehler:} other {Protokoll:}}',
  status: 'Status',
  elapsed: 'Dauer',
  startedAt: 'gestartet {time}',
  output: 'Ausgabe',
  kill: 'Sofort beenden',
  stop: 'Beenden',
  resume: 'Fortsetzen',
  pause: 'Pausieren',
  actionFailed: '{message} {hint}',
} satisfies Catalog<typeof en>;
