import { Command, InvalidArgumentError, Option } from 'commander';
import { SANDBOX_VERSIONS, startSandbox, type Sandbox, type VersionName } from './index';

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('Expected a whole number.');
  return n;
}

function describe(s: Sandbox): string {
  const lines = [
    `Baton sandbox (${s.orchestrator.profile.label}, API ${s.orchestrator.profile.apiVersion ?? 'unversioned'}) is running on loopback.`,
    '',
    `  Orchestrator (on-prem layout)   ${s.orchestratorUrl}   (tenant header X-UIPATH-TenantName: ${s.tenant})`,
    `  Orchestrator (Cloud layout)     ${s.cloudUrl}/orchestrator_`,
    s.orchestrator.profile.signIn.interactive
      ? `  Identity Server                 ${s.identityUrl}  and  ${s.orchestratorUrl}/identity_  and  ${s.orchestratorUrl}/${s.org}/identity_`
      : '  Identity Server                 none on 19.10: sign in with POST /api/Account/Authenticate',
    `  Admin API (faults, clock, jobs) ${s.adminUrl}   Bearer ${s.adminToken}`,
    `  Robot bridge (simulated)        ${s.robotBridgeUrl}   pairing code: GET ${s.adminUrl}/robot/pairing-code`,
    '',
    '  Users (username / password):',
    ...s.users.map((u) => `    ${u.username.padEnd(8)} ${u.password.padEnd(16)} ${u.role}`),
    '',
    '  Clients:',
    `    desktop (PKCE)           client_id ${s.clients.desktop.clientId}, redirect ${s.clients.desktop.redirectUris.join(', ')}`,
    s.orchestrator.profile.signIn.clientCredentials
      ? `    confidential (app)       client_id ${s.clients.confidential.clientId}, secret ${s.clients.confidential.clientSecret}`
      : '    confidential (app)       none: external applications exist from Orchestrator 21.4',
    '',
    'Press Ctrl+C to stop.',
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const program = new Command()
    .name('sandbox')
    .description('Local Identity Server + Orchestrator with demo data, on 127.0.0.1.')
    .option('--port <n>', 'port to listen on (0 = any free port)', count, 0)
    .addOption(
      new Option('--version <v>', 'Orchestrator version profile (docs/sandbox.md lists what each refuses)')
        .choices([...SANDBOX_VERSIONS, 'current'])
        .default('cloud'),
    )
    .option('--folders <n>', 'number of folders (default: the curated tree)', count)
    .option('--processes-per-folder <n>', 'releases per folder (default: the curated catalog)', count)
    .option('--redirect-uri <uri...>', 'redirect URIs registered for the desktop client')
    .option('--latency-ms <n>', 'latency added to every request', count)
    .option('--no-seed-jobs', 'start without the jobs other accounts, schedules, triggers and robots started')
    .option('--json', 'print one JSON line with the URLs and credentials once ready');
  program.parse();
  const o = program.opts<{
    port: number;
    version: VersionName;
    folders?: number;
    processesPerFolder?: number;
    redirectUri?: string[];
    latencyMs?: number;
    json?: boolean;
    seedJobs: boolean;
  }>();

  const sandbox = await startSandbox({
    port: o.port,
    version: o.version,
    folders: o.folders,
    processesPerFolder: o.processesPerFolder,
    redirectUris: o.redirectUri,
    latencyMs: o.latencyMs,
    seedJobs: o.seedJobs,
  });
  if (o.json) {
    const { orchestratorUrl, identityUrl, cloudUrl, org, tenant, adminUrl, adminToken, clients, users, robotBridgeUrl, version } = sandbox;
    const { apiVersion } = sandbox.orchestrator.profile;
    const ready = {
      version,
      apiVersion,
      orchestratorUrl,
      identityUrl,
      cloudUrl,
      org,
      tenant,
      adminUrl,
      adminToken,
      clients,
      users,
      robotBridgeUrl,
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
  } else {
    process.stdout.write(`${describe(sandbox)}\n`);
  }
  let isStopping = false;
  const stop = (): void => {
    if (isStopping) return;
    isStopping = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
