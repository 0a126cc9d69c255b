import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { said } from '../../../shared/message-parts';
import { createConsoleLogger, teeLogger, type LogFormat } from '../console-logger';
import { createDataFolderFiles, createFileLogger, createFileSettings } from '../files';
import { createMemoryDataFiles, createMemorySettings } from '../memory';
import type { Clock, Logger, Platform } from '../types';
import { createNodeBrowser } from './browser';
import { resolveDataDir } from './data-dir';
import { secretStoreFrom, type SecretStoreChoice } from '../secret-store-choice';
import { createNodeVault, createSessionVault, type KeyringLoader } from './keyring-vault';
import { createNodeNotifier } from './notifier';

export { resolveDataDir, type DataDirInputs } from './data-dir';
export { createFileSettings } from '../files';
export { createNodeVault, loadNapiKeyring, type KeyringEntry, type KeyringEntryFactory, type KeyringLoader } from './keyring-vault';
export { createNodeBrowser, assertOpenableUrl, openerFor, type Spawner } from './browser';
export { createNodeNotifier } from './notifier';

const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);

export interface NodePlatformOptions {
  host: 'web' | 'cli';
  /** Data folder; defaults to BATON_HOME, else the OS's per-user application data folder. */
  home?: string;
  /** Replaces the logger built from `log` (tests). */
  logger?: Logger;
  /** How the terminal shows log entries; every entry also goes to the day's file under `<home>/logs`. */
  log?: { format?: LogFormat; verbose?: boolean };
  env?: Record<string, string | undefined>;
  /** `--secret-store`; else BATON_SECRET_STORE; else 'auto'. */
  secretStore?: SecretStoreChoice;
  /** The admin policy requires the OS keychain (no secrets file). */
  requireKeychain?: boolean;
  /**
   * Nothing is read from or written to the data folder: settings and secrets live in memory for
   * this process (the environment-only mode for CI, see docs/cli.md).
   */
  isEphemeral?: boolean;
  /** Replaces the OS keychain binding (tests). */
  loadKeyring?: KeyringLoader;
  /** Replaces the OS browser opener (tests, embedding). */
  openBrowser?: (url: string) => Promise<void>;
}

/** The platform for the Node hosts (web host and CLI): files, OS keychain, OS browser, stderr. */
export async function createNodePlatform(options: NodePlatformOptions): Promise<Platform> {
  const env = options.env ?? process.env;
  const dataDir = options.home ?? resolveDataDir({ env, os: process.platform, home: homedir() });
  const logger = options.logger ?? createNodeLogger({ ...options, env, dataDir });
  const secretStore = options.secretStore ?? secretStoreFrom(env);
  return {
    host: options.host,
    dataDir,
    vault: options.isEphemeral
      ? createSessionVault([said('account.memoryFromEnvironment')])
      : await createNodeVault({
          logger: logger.child('vault'),
          dir: dataDir,
          choice: secretStore,
          requireKeychain: options.requireKeychain,
          loadKeyring: options.loadKeyring,
        }),
    settings: options.isEphemeral ? createMemorySettings() : createFileSettings({ dir: dataDir, logger: logger.child('settings') }),
    files: options.isEphemeral ? createMemoryDataFiles() : createDataFolderFiles(dataDir),
    browser: createNodeBrowser({ logger: logger.child('browser'), env, open: options.openBrowser }),
    notifier: createNodeNotifier({ host: options.host }),
    fetch: (input, init) => globalThis.fetch(input, init),
    clock: systemClock,
    logger,
    runtimes: { node: process.versions.node, v8: process.versions.v8 },
  };
}

/**
 * The terminal shows what a person needs (warnings as sentences, or JSON lines for collectors);
 * the day's log file in `<home>/logs` keeps more, as JSON, for whoever asks later.
 */
function createNodeLogger(options: NodePlatformOptions & { env: Record<string, string | undefined>; dataDir: string }): Logger {
  const format = options.log?.format ?? 'human';
  const isVerbose = options.log?.verbose === true;
  // People read warnings; what Baton does goes to the file (or to the terminal with --verbose or BATON_LOG_LEVEL).
  const terminalLevel = isVerbose
    ? 'debug'
    : format === 'human' && !options.env.BATON_LOG_LEVEL
      ? 'warn'
      : logLevelFrom(options.env, options.host);
  const terminal = createConsoleLogger({ level: terminalLevel, format, withFields: isVerbose });
  if (options.isEphemeral) return terminal;
  const file = createFileLogger({
    dir: join(options.dataDir, 'logs'),
    scope: options.host,
    toStderr: false,
    level: isVerbose || options.env.BATON_LOG_LEVEL?.toLowerCase() === 'debug' ? 'debug' : 'info',
  });
  return teeLogger(terminal, file);
}

/** BATON_LOG_LEVEL, else 'warn' for the CLI (its stdout is for results) and 'info' for the web host. */
export function logLevelFrom(env: Record<string, string | undefined>, host: 'web' | 'cli'): z.infer<typeof logLevelSchema> {
  const parsed = logLevelSchema.safeParse(env.BATON_LOG_LEVEL?.toLowerCase());
  return parsed.success ? parsed.data : host === 'cli' ? 'warn' : 'info';
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
