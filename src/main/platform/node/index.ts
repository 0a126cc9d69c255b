import { homedir } from 'node:os';
import { z } from 'zod';
import { createConsoleLogger } from '../console-logger';
import type { Clock, Logger, Platform } from '../types';
import { createNodeBrowser } from './browser';
import { resolveDataDir } from './data-dir';
import { createNodeVault, type KeyringLoader } from './keyring-vault';
import { createNodeNotifier } from './notifier';
import { createFileSettings } from './settings-store';

export { resolveDataDir, type DataDirInputs } from './data-dir';
export { createFileSettings } from './settings-store';
export { createNodeVault, loadNapiKeyring, type KeyringEntry, type KeyringEntryFactory, type KeyringLoader } from './keyring-vault';
export { createNodeBrowser, assertOpenableUrl, openerFor, type Spawner } from './browser';
export { createNodeNotifier } from './notifier';

const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error']);

export interface NodePlatformOptions {
  host: 'web' | 'cli';
  /** Data folder; defaults to BATON_HOME, else the OS's per-user application data folder. */
  home?: string;
  logger?: Logger;
  env?: Record<string, string | undefined>;
  /** Replaces the OS keychain binding (tests). */
  loadKeyring?: KeyringLoader;
  /** Replaces the OS browser opener (tests, embedding). */
  openBrowser?: (url: string) => Promise<void>;
}

/** The platform for the Node hosts (web host and CLI): files, OS keychain, OS browser, stderr. */
export async function createNodePlatform(options: NodePlatformOptions): Promise<Platform> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createConsoleLogger({ level: logLevelFrom(env, options.host) });
  const dataDir = options.home ?? resolveDataDir({ env, os: process.platform, home: homedir() });
  return {
    host: options.host,
    dataDir,
    vault: await createNodeVault({ logger: logger.child('vault'), loadKeyring: options.loadKeyring }),
    settings: createFileSettings({ dir: dataDir, logger: logger.child('settings') }),
    browser: createNodeBrowser({ logger: logger.child('browser'), env, open: options.openBrowser }),
    notifier: createNodeNotifier({ host: options.host }),
    fetch: (input, init) => globalThis.fetch(input, init),
    clock: systemClock,
    logger,
    runtimes: { node: process.versions.node, v8: process.versions.v8 },
  };
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
