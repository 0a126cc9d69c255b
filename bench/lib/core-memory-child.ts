// Metric 7 in a process of its own, so that the heap and RSS are the core's and not the bench's.
// argv[2]: {orchestratorUrl, token, dir, runs}. Answers one message: the memory before and after.
import { createFileSettings } from '../../src/main/platform/node';
import { longRunningProcesses, remoteCoreFor } from './core';
import { silentLogger } from './robot';
import { connectionsWithToken } from './sandbox';

const {
  orchestratorUrl,
  token,
  dir,
  runs: runCount,
} = JSON.parse(process.argv[2] ?? '{}') as { orchestratorUrl: string; token: string; dir: string; runs: number };
const gc = (globalThis as { gc?: () => void }).gc;
const settle = async () => {
  for (let i = 0; i < 3; i += 1) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
};

const before = await settle();
const core = remoteCoreFor(connectionsWithToken(orchestratorUrl, token), createFileSettings({ dir, logger: silentLogger }), fetch);
core.runs.followKept();
const stopPolling = (): void => core.runs.dispose();
const catalog = await core.catalog.refresh();
if (catalog.error) throw new Error(`the catalog refresh failed: ${catalog.error.message}`);
const started = await Promise.all(
  longRunningProcesses(catalog.processes, runCount).map((p) => core.runs.start({ target: 'remote', processId: p.id })),
);
// Two poll periods: every run has been asked about and recorded at least once.
await new Promise((resolve) => setTimeout(resolve, 2_500));
const active = (await core.runs.list({ isActive: true })).length;
const after = await settle();
stopPolling();
process.send?.({ before, after, processes: catalog.processes.length, started: started.length, active, gcExposed: gc !== undefined });
