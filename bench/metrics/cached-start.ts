import { statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGN_IN_FIRST } from '../../src/main/catalog';
import type { ConnectionSource } from '../../src/main/orchestrator';
import { createDataFolderFiles } from '../../src/main/platform/files';
import { createFileSettings } from '../../src/main/platform/node';
import type { Metric } from '../lib/result';
import { silentLogger } from '../lib/robot';
import { catalogFor, connectionsWithToken, createCountingFetch, startSandboxProcess } from '../lib/sandbox';
import { elapsedMs, median, now, ratioOf } from '../lib/stats';

/** A profile whose token cannot be had: the background refresh fails at once, with no network and no retries. */
function signedOut(url: string): ConnectionSource {
  const found = connectionsWithToken(url, '').active()!;
  const tokens = { getAccessToken: () => Promise.reject(SIGN_IN_FIRST()), refreshAccessToken: () => Promise.reject(SIGN_IN_FIRST()) };
  const withTokens = { ...found, tokens };
  return { active: () => withTokens, forProfile: () => withTokens, onDidChangeActive: () => () => {} };
}

export const cachedStart: Metric = {
  id: '2-cached-start',
  title: 'cached catalog start: settings and cache files opened to 10,000 processes shown from cache',
  async run({ isQuick, log }) {
    const dir = await mkdtemp(join(tmpdir(), 'baton-bench-settings-'));
    try {
      const sandbox = await startSandboxProcess({ folders: 200, processesPerFolder: 50 });
      let url: string;
      let cached = 0;
      try {
        url = sandbox.orchestratorUrl;
        const { catalog } = catalogFor(
          connectionsWithToken(url, sandbox.token),
          createFileSettings({ dir, logger: silentLogger }),
          createCountingFetch(),
          createDataFolderFiles(dir),
        );
        const filled = await catalog.refresh();
        // 10,000 releases; the few hidden for attended users are not listed.
        cached = filled.processes.length;
        if (filled.error || cached < 9_000) throw new Error(`the refresh cached ${cached} processes`);
      } finally {
        // Gone before the measured starts: their background refresh fails at once instead of competing for the CPU.
        await sandbox.close();
      }
      // The cached listing lives in its own file under the data folder (catalog-cache/<profile>.json).
      const cacheDir = join(dir, 'catalog-cache');
      const file = join(
        cacheDir,
        (await readdir(cacheDir)).find((f) => f.endsWith('.json'))!,
      );
      const baton: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < (isQuick ? 3 : 15); i += 1) {
        let start = now();
        const { catalog } = catalogFor(
          signedOut(url),
          createFileSettings({ dir, logger: silentLogger }),
          createCountingFetch(),
          createDataFolderFiles(dir),
        );
        const shown = await catalog.get();
        baton.push(elapsedMs(start));
        if (shown.source !== 'cache' || shown.processes.length !== cached)
          throw new Error(`start showed ${shown.processes.length} processes from ${shown.source}`);
        start = now();
        JSON.parse(await readFile(file, 'utf8'));
        bare.push(elapsedMs(start));
        await catalog.refresh(); // lets the failing background refresh finish before the next start
      }
      log(`cached start ${baton.map((x) => x.toFixed(0)).join(', ')} ms; bare read+parse ${bare.map((x) => x.toFixed(0)).join(', ')} ms`);
      return [
        {
          name: 'catalog.cached-start',
          value: median(baton),
          unit: 'ms',
          baseline: median(bare),
          ratio: ratioOf(median(baton), median(bare)),
          budget: '≤ 50 ms',
          pass: median(baton) <= 50,
          note: `median of ${baton.length}: file settings store opened and catalog service created (cache file read) to catalog.get() answering with the ${cached} cached processes (of 10,000 releases); baseline: readFile + JSON.parse of the same cache file (${(statSync(file).size / 2 ** 20).toFixed(1)} MB)`,
        },
      ];
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
