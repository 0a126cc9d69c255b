import type { Core } from '../compose';
import type { Logger, Platform } from '../platform';
import type { CliOutput } from './output';

/** What `baton web` needs from the web host (src/main/web), loaded only by `baton web`. */
export interface WebHostHandle {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export type WebHostStarter = (opts: {
  core: Core;
  port?: number;
  rendererDir: string;
  token?: string;
  logger: Logger;
}) => Promise<WebHostHandle>;

/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliContext {
  output: CliOutput;
  /** For what the person may want with BATON_LOG_LEVEL=debug: the real cause behind an error. */
  logger: Logger;
  version: string;
  /** The checkout or installed package: out/renderer lives under it. */
  packageRoot: string;
  createPlatform(host: 'cli' | 'web'): Promise<Platform>;
  /** Resolves with the signal's name when the person asks a long-running command to stop. */
  waitForStop(): Promise<string>;
  loadWebHost(): Promise<WebHostStarter>;
  /** Builds out/renderer when it is missing; progress goes to stderr. */
  buildRenderer(packageRoot: string, output: CliOutput): Promise<void>;
}
