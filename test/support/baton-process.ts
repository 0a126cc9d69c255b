import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { CliResult } from './cli-harness';

const ROOT = resolve(import.meta.dirname, '../..');
export const BATON_BIN = join(ROOT, 'bin', 'baton.mjs');

/**
 * The environment of a person's fresh shell on a machine without an OS keychain, as every CI
 * runner is: their own BATON_HOME, no browser, and (on Linux) no session bus, so no Secret
 * Service answers even where the developer's desktop has one. Elsewhere the file store is
 * chosen explicitly, so a test never writes to a real keychain.
 */
export function freshShellEnv(home: string, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, BATON_HOME: home, BATON_BROWSER: 'none' };
  for (const name of [
    'BATON_URL',
    'BATON_TENANT',
    'BATON_CLIENT_ID',
    'BATON_CLIENT_SECRET',
    'BATON_PAT',
    'BATON_SECRET_STORE',
    'BATON_LOG_LEVEL',
  ])
    delete env[name];
  if (process.platform === 'linux') env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/baton-test-bus';
  else env.BATON_SECRET_STORE = 'file';
  return { ...env, ...extra };
}

/** Runs `baton …` as its own process, as a person types it; `input` is piped to its stdin. */
export function runBatonProcess(
  argv: string[],
  options: { home: string; env?: Record<string, string | undefined>; input?: string },
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BATON_BIN, ...argv], { cwd: ROOT, env: freshShellEnv(options.home, options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
