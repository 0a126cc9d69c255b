import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliContext } from '../../src/main/cli';
import type { Platform } from '../../src/main/platform';
import { createRecordingLogger } from '../../src/main/platform/memory';
import { runBatonProcess } from './baton-process';
import { startTestSandbox, type TestSandbox } from './sandbox';
import type { SandboxOptions } from '../../src/sandbox';

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
  /** BATON_HOME of every command, inside `dir`. */
  home: string;
  baton(...argv: string[]): Promise<CliResult>;
  close(): Promise<void>;
}

/**
 * The sandbox on real time and a fresh BATON_HOME, with a profile for the sandbox's confidential
 * app signed in. Each `baton(…)` is its own process, as in a person's shell: nothing is shared
 * between commands but the data folder, so a sign-in that does not last fails the tests.
 */
export async function startCliAgainstSandbox(dirPrefix: string, options: SandboxOptions = {}): Promise<CliAgainstSandbox> {
  // Jobs here move on real time (short demo processes), since the CLI waits like a person would.
  const { createSystemClock } = await import('../../src/sandbox');
  const sandbox = await startTestSandbox({ clock: createSystemClock() as never, ...options });
  const dir = mkdtempSync(join(tmpdir(), dirPrefix));
  const home = join(dir, 'home');
  const close = async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  };
  const baton = (...argv: string[]) => runBatonProcess(argv, { home });
  try {
    const app = sandbox.clients.confidential;
    const added = await baton('profile', 'add', 'Sandbox', '--url', sandbox.orchestratorUrl, '--tenant', sandbox.tenant, '--use');
    if (added.code !== 0) throw new Error(`profile add failed: ${added.stdout}${added.stderr}`);
    const login = await runBatonProcess(['login', '--client-id', app.clientId, '--client-secret-stdin'], {
      home,
      input: `${app.clientSecret}\n`,
    });
    if (login.code !== 0) throw new Error(`login failed: ${login.stdout}${login.stderr}`);
  } catch (error) {
    await close();
    throw error;
  }
  return { sandbox, dir, home, baton, close };
}
