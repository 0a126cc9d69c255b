import type { CatalogService } from '../../src/main/catalog';
import type { ClientPool, ConnectionSource } from '../../src/main/orchestrator';
import type { HttpFetch, SettingsStore } from '../../src/main/platform';
import { createRunService, type RunService } from '../../src/main/runs';
import type { Process } from '../../src/shared/contract/catalog';
import { realClock } from './clock';
import { catalogFor } from './sandbox';

/** The core's remote half as compose.ts wires it: one client pool, the catalog service and the run service. */
export function remoteCoreFor(
  connections: ConnectionSource,
  settings: SettingsStore,
  fetch: HttpFetch,
): { catalog: CatalogService; clients: ClientPool; runs: RunService } {
  const { catalog, clients } = catalogFor(connections, settings, fetch);
  const runs = createRunService({ connections, clients, catalog, settings, clock: realClock });
  return { catalog, clients, runs };
}

// Sandbox processes that run for 10-20 minutes unless told otherwise, need no input, and Jobs.Create allows.
const LONG_RUNNING = new Set(['Long Wait Demo', 'Backup Verification']);

/** `count` processes a run can stay active on, each in a different folder where possible (the poller's worst case: one listing per folder). */
export function longRunningProcesses(processes: readonly Process[], count: number): Process[] {
  const candidates = processes.filter((p) => p.isRunnable && LONG_RUNNING.has(p.name));
  const picked: Process[] = [];
  const folders = new Set<number>();
  for (const p of candidates) {
    if (picked.length === count) break;
    if (folders.has(p.folderId)) continue;
    folders.add(p.folderId);
    picked.push(p);
  }
  for (const p of candidates) {
    if (picked.length === count) break;
    if (!picked.includes(p)) picked.push(p);
  }
  if (picked.length < count) throw new Error(`the sandbox has only ${picked.length} long-running processes for ${count} runs`);
  return picked;
}
