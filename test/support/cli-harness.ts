import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliContext } from '../../src/main/cli';
import type { Platform } from '../../src/main/platform';
import { createMemoryPlatform, createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { realClock } from './auth-harness';
import { startTestSandbox, type TestSandbox } from './sandbox';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one `baton …` command in-process on `platform`, collecting what it prints. */
export async function runBaton(argv: string[], options: { platform: () => Platform; packageRoot: string }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    output: { out: (t) => void (stdout += t), err: (t) => void (stderr += t) },
    logger: createRecordingLogger(),
    version: '0.0.0-test',
    packageRoot: options.packageRoot,
    createPlatform: async () => options.platform(),
    waitForStop: () => new Promise(() => {}),
    loadWebHost: async () => {
      throw new Error('not in this test');
    },
    buildRenderer: async () => {},
  };
  const code = await runCli(argv, context);
  return { code, stdout, stderr };
}

export interface CliAgainstSandbox {
  sandbox: TestSandbox;
  /** A temp folder, removed by `close()`. */
  dir: string;
  baton(...argv: string[]): Promise<CliResult>;
  close(): Promise<void>;
}

/**
 * The sandbox on real time and one "machine" whose settings and vault survive between commands,
 * like BATON_HOME does, with a profile for the sandbox's confidential app already signed in.
 */
export async function startCliAgainstSandbox(dirPrefix: string): Promise<CliAgainstSandbox> {
  const settings = createMemorySettings();
  const vault = createMemoryVault();
  // Jobs here move on real time (short demo processes), since the CLI waits like a person would.
  const { createSystemClock } = await import('../../src/sandbox');
  const sandbox = await startTestSandbox({ clock: createSystemClock() as never });
  const dir = mkdtempSync(join(tmpdir(), dirPrefix));
  const close = async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const platform = () => createMemoryPlatform({ settings, vault, clock: realClock });
  const baton = (...argv: string[]) => runBaton(argv, { platform, packageRoot: dir });
  try {
    const app = sandbox.clients.confidential;
    await baton(
      'profile',
      'add',
      'Sandbox',
      '--url',
      sandbox.orchestratorUrl,
      '--tenant',
      sandbox.tenant,
      '--auth-method',
      'client-credentials',
      '--client-id',
      app.clientId,
      '--use',
    );
    process.env.BATON_CLIENT_SECRET = app.clientSecret;
    const login = await baton('login', '--client-id', app.clientId).finally(() => delete process.env.BATON_CLIENT_SECRET);
    if (login.code !== 0) throw new Error(`login failed: ${login.stdout}${login.stderr}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { sandbox, dir, baton, close };
}
