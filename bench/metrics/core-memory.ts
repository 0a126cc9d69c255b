import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metric } from '../lib/result';
import { startSandboxProcess } from '../lib/sandbox';
import { ratioOf, round } from '../lib/stats';

const RUNS = 50;
const MB = 2 ** 20;

interface Answer {
  before: { heapUsed: number; rss: number };
  after: { heapUsed: number; rss: number };
  processes: number;
  started: number;
  active: number;
  gcExposed: boolean;
}

export const coreMemory: Metric = {
  id: '7-memory',
  title: `core heap and RSS with 10,000 processes cached and ${RUNS} runs active`,
  async run({ log }) {
    const sandbox = await startSandboxProcess({ folders: 200, processesPerFolder: 50 });
    const dir = await mkdtemp(join(tmpdir(), 'baton-bench-memory-'));
    try {
      const child = fork(
        join(import.meta.dirname, '..', 'lib', 'core-memory-child.ts'),
        [JSON.stringify({ orchestratorUrl: sandbox.orchestratorUrl, token: sandbox.token, dir, runs: RUNS })],
        {
          execArgv: ['--import', 'tsx', '--expose-gc'],
          stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        },
      );
      const exited = once(child, 'exit');
      const answered = once(child, 'message');
      const [answer] = (await Promise.race([
        answered,
        exited.then(([code]) => Promise.reject(new Error(`the core child exited with ${code}`))),
      ])) as [Answer];
      child.kill();
      await exited;
      const { before, after } = answer;
      log(
        `${answer.processes} processes, ${answer.active} of ${answer.started} runs active: heap ${(after.heapUsed / MB).toFixed(1)} MB (${(before.heapUsed / MB).toFixed(1)} before), RSS ${(after.rss / MB).toFixed(1)} MB (${(before.rss / MB).toFixed(1)} before)`,
      );
      const what = `a Node process running the core's remote half (client pool, catalog and run services, file settings) after a refresh cached ${answer.processes} processes and with ${answer.active} remote runs active and polled; after GC`;
      return [
        {
          name: 'core.memory.heap',
          value: round(after.heapUsed / MB),
          unit: 'MB',
          baseline: round(before.heapUsed / MB),
          ratio: ratioOf(after.heapUsed, before.heapUsed),
          budget: null,
          pass: null,
          note: `${what}; baseline: the same process with Baton's modules loaded, before the core is created`,
        },
        {
          name: 'core.memory.heap-growth',
          value: round((after.heapUsed - before.heapUsed) / MB),
          unit: 'MB',
          baseline: round(before.heapUsed / MB),
          ratio: ratioOf(after.heapUsed - before.heapUsed, before.heapUsed),
          budget: '≤ 12 MB over the modules-loaded baseline',
          pass: after.heapUsed - before.heapUsed <= 12 * MB,
          note: `core.memory.heap minus its baseline: what ${answer.processes} processes and ${answer.active} runs cost the core's heap`,
        },
        {
          name: 'core.memory.rss',
          value: round(after.rss / MB),
          unit: 'MB',
          baseline: round(before.rss / MB),
          ratio: ratioOf(after.rss, before.rss),
          budget: null,
          pass: null,
          note: `same process; the heap grows by ${((after.heapUsed - before.heapUsed) / MB).toFixed(1)} MB, RSS by ${((after.rss - before.rss) / MB).toFixed(1)} MB`,
        },
      ];
    } finally {
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
