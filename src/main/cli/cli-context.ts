import type { Translator } from '../../shared/i18n';
import type { Core } from '../compose';
import type { LogFormat, Logger, Platform, SecretStoreChoice } from '../platform';
import type { CliOutput } from './output';
import type { WebhookReceiver } from '../webhooks';
import type { ListeningWebHost } from '../web/http-host';
import type { EarlyWebHost } from './web-early';

/** What `baton web` needs from the web host (src/main/web), loaded only by `baton web`. */
export interface WebHostHandle {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export type WebHostStarter = (opts: {
  core: Core | Promise<Core>;
  port?: number;
  rendererDir: string;
  token?: string;
  logger: Logger;
  /** Orchestrator's webhook deliveries (docs/webhooks.md). */
  webhooks?: WebhookReceiver;
  /** Already listening (started by main.ts before the command line loaded): its port and token stand. */
  listening?: ListeningWebHost;
}) => Promise<WebHostHandle>;

/** What this invocation's global options and the environment ask of the platform. */
export interface PlatformChoices {
  /** `--secret-store`; absent: BATON_SECRET_STORE, else auto. */
  secretStore?: SecretStoreChoice;
  /** The admin policy requires the OS keychain. */
  requireKeychain: boolean;
  /** `--json`: results on stdout are JSON. */
  isJson: boolean;
  /** `--log-format`; by default JSON with --json, sentences for people otherwise. */
  logFormat: LogFormat;
  /** `--verbose`: more on stderr. */
  isVerbose: boolean;
  /** BATON_URL mode: nothing is read from or written to the data folder. */
  isEphemeral: boolean;
}

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliContext {
  /** The environment (process.env when absent): BATON_URL and friends for the stateless mode. */
  env?: Record<string, string | undefined>;
  /** This invocation's global options, filled in by runCli before a command's action runs. */
  invocation?: Pick<PlatformChoices, 'secretStore' | 'isJson' | 'isVerbose' | 'logFormat'>;
  output: CliOutput;
  /** The invocation's language (LANG and friends, cli-language.ts); English when absent. */
  t?: Translator;
  /** For what the person may want with BATON_LOG_LEVEL=debug: the real cause behind an error. */
  logger: Logger;
  version: string;
  /** The checkout or installed package: out/renderer lives under it. */
  packageRoot: string;
  createPlatform(host: 'cli' | 'web', choices: PlatformChoices): Promise<Platform>;
  /** Resolves with the signal's name when the person asks a long-running command to stop. */
  waitForStop(): Promise<string>;
  loadWebHost(): Promise<WebHostStarter>;
  /** `baton web` listening with its address printed before the command line loaded (web-early.ts). */
  webStartedEarly?: EarlyWebHost;
  /** Builds out/renderer when it is missing; progress goes to stderr. */
  buildRenderer(packageRoot: string, output: CliOutput): Promise<void>;
}
