import { homedir } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_ROBOT_PORT } from '../shared/robot-protocol';
import { createPairingAnnouncer } from './announce';
import { DEMO_CATALOG_FILE } from './demo-catalog';
import { systemClock } from './clock';
import {
  createCommandExecutor,
  createRobotJsExecutor,
  createSimulatedExecutor,
  createUiRobotExecutor,
  loadSimulatedCatalog,
  type Executor,
} from './executors';
import { DEFAULT_MAX_CONCURRENT_JOBS } from './job-manager';
import { cleanClientText } from './rpc-session';
import { ROBOTJS_ORIGIN } from './executors/robotjs-session';
import { createProcessStateStore } from './process-state';
import { startRobotBridge, type BridgeLogger } from './server';
import { createTokenStore, readPreSharedTokenFile } from './token-store';

export function defaultTokensFile(): string {
  return join(process.env.BATON_ROBOT_HOME ?? join(homedir(), '.baton-robot'), 'tokens.json');
}

export function defaultStateFile(): string {
  return join(process.env.BATON_ROBOT_HOME ?? join(homedir(), '.baton-robot'), 'processes.json');
}

interface RunOptions {
  port: number;
  host: '127.0.0.1' | '::1';
  executor: 'simulated' | 'command' | 'uirobot' | 'robotjs';
  robotjsPort: number;
  catalog: string;
  processes?: string;
  uirobotConfig?: string;
  tokenFile?: string;
  tokens: string;
  state: string;
  allowOrigin: string[];
  maxConcurrentJobs: number;
  json?: boolean;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('must be a port number (0-65535).');
  return port;
}

function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > 1000) throw new InvalidArgumentError('must be a whole number from 1 to 1000.');
  return number;
}

export function buildExecutor(
  options: Pick<RunOptions, 'executor' | 'catalog' | 'processes' | 'uirobotConfig'> & { robotjsPort?: number; state?: string },
  warn: (message: string) => void,
): Executor {
  switch (options.executor) {
    case 'simulated':
      return createSimulatedExecutor({ catalog: loadSimulatedCatalog(options.catalog), clock: systemClock });
    case 'command':
      if (!options.processes) throw new InvalidArgumentError('--executor command needs --processes <dir>.');
      return createCommandExecutor({ processesDir: options.processes, clock: systemClock, warn });
    case 'uirobot':
      return createUiRobotExecutor({ configFile: options.uirobotConfig, clock: systemClock });
    case 'robotjs':
      return createRobotJsExecutor({
        clock: systemClock,
        discoveryPort: options.robotjsPort,
        processState: createProcessStateStore({ file: options.state }),
        onConsentCode: (code) =>
          warn(
            `UiPath Assistant asks whether to allow Baton (${ROBOTJS_ORIGIN}): check that it shows the code ${code}, then click Allow. An administrator can pre-approve it with UIPATH_ROBOTJS_ALLOWLIST=${ROBOTJS_ORIGIN}.`,
          ),
      });
  }
}

async function run(options: RunOptions): Promise<void> {
  const logger: BridgeLogger = {
    info: (message, fields) =>
      void (options.json ? undefined : process.stderr.write(`${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`)),
    warn: (message, fields) => void process.stderr.write(`warning: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`),
  };
  const executor = buildExecutor(options, (message) => logger.warn(message));
  const tokens = createTokenStore({
    file: options.tokens,
    preSharedTokens: options.tokenFile ? readPreSharedTokenFile(options.tokenFile) : [],
  });
  const bridge = await startRobotBridge({
    executor,
    port: options.port,
    host: options.host,
    tokens,
    allowedOrigins: options.allowOrigin,
    maxConcurrentJobs: options.maxConcurrentJobs,
    logger,
  });
  const announcer = createPairingAnnouncer();
  bridge.onPairingCode((pairing) => announcer.announce(pairing));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ url: bridge.url, port: bridge.port, executor: bridge.executor })}\n`);
  } else {
    process.stdout.write(`Baton robot bridge (${bridge.executor} executor) listening on ${bridge.url}\n`);
    process.stdout.write(`Paired tokens: ${tokens.location ?? 'memory only'}. Press Ctrl+C to stop.\n`);
  }
  let isStopping = false;
  const shutdown = (signal: string): void => {
    if (isStopping) return;
    isStopping = true;
    logger.info(`Received ${signal}; stopping running jobs and closing connections`);
    bridge.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

export function createRobotCli(): Command {
  const program = new Command('baton-robot')
    // Options after a subcommand belong to it: `tokens list --tokens FILE` reads FILE, not the default.
    .enablePositionalOptions()
    .description('The robot side of the Baton local robot bridge: a WebSocket server on loopback that runs local processes.')
    .addOption(
      new Option('--port <port>', 'port on the loopback interface (0 = any free port)').argParser(parsePort).default(DEFAULT_ROBOT_PORT),
    )
    .addOption(new Option('--host <host>', 'loopback address to bind').choices(['127.0.0.1', '::1']).default('127.0.0.1'))
    .addOption(new Option('--executor <name>', 'how jobs run').choices(['simulated', 'command', 'uirobot', 'robotjs']).default('simulated'))
    .option('--catalog <file>', 'simulated executor: JSON catalog of processes', DEMO_CATALOG_FILE)
    .option('--processes <dir>', 'command executor: folder with one subfolder (process.json) per process')
    .option('--uirobot-config <file>', 'uirobot executor: JSON list of processes and the UiRobot.exe path')
    .addOption(
      new Option('--robotjs-port <port>', 'robotjs executor: port of UiPath RobotJS discovery (GetPort)')
        .argParser(parsePort)
        .default(2323),
    )
    .option('--token-file <file>', 'pre-shared tokens (one per line) accepted without pairing')
    .option('--tokens <file>', 'where pairings (their challenge keys) are kept', defaultTokensFile())
    .option('--state <file>', 'where installed processes and their input schemas are kept', defaultStateFile())
    .option('--allow-origin <origin...>', 'browser origins allowed to connect (none by default)', [])
    .addOption(
      new Option('--max-concurrent-jobs <n>', 'jobs running at once across all clients before jobs.start answers BUSY')
        .argParser(parsePositiveInteger)
        .default(DEFAULT_MAX_CONCURRENT_JOBS),
    )
    .option('--json', 'print one JSON line {url, port, executor} once ready')
    .action(async (options: RunOptions) => run(options));

  const tokens = program.command('tokens').description('list or revoke paired tokens');
  tokens
    .command('list')
    .option('--tokens <file>', 'tokens file', defaultTokensFile())
    .option('--json', 'print JSON')
    .action(async (options: { tokens: string; json?: boolean }) => {
      const records = await createTokenStore({ file: options.tokens }).list();
      // Keys stay in the file: the listing is for people and scripts deciding what to revoke.
      const shown = records.map(({ id, client, createdAt }) => ({ id, client: cleanClientText(client), createdAt }));
      if (options.json) return void process.stdout.write(`${JSON.stringify(shown)}\n`);
      if (shown.length === 0) return void process.stdout.write(`No paired clients in ${options.tokens}.\n`);
      for (const record of shown) process.stdout.write(`${record.id}  ${record.createdAt}  ${record.client}\n`);
    });
  tokens
    .command('revoke <id>')
    .option('--tokens <file>', 'tokens file', defaultTokensFile())
    .option('--json', 'print JSON')
    .action((id: string, options: { tokens: string; json?: boolean }) => {
      const revoked = createTokenStore({ file: options.tokens }).revoke(id);
      if (options.json) process.stdout.write(`${JSON.stringify({ id, revoked })}\n`);
      if (!revoked) {
        if (!options.json) process.stderr.write(`No token with id ${id} in ${options.tokens}. See \`baton-robot tokens list\`.\n`);
        process.exitCode = 1;
        return;
      }
      // A running bridge watches the file and closes that client's connections within a second.
      if (!options.json) process.stdout.write(`Revoked ${id}; that client is disconnected and must pair again.\n`);
    });
  return program;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  await createRobotCli().parseAsync(argv);
}
