import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createDiagnosticsService } from '../../src/main/diagnostics';
import type { Clock, SecretVault } from '../../src/main/platform';
import { createFileVault } from '../../src/main/platform/files';
import { createManualClock, createMemorySettings, createMemoryVault, createRecordingLogger } from '../../src/main/platform/memory';
import { createRobotService, robotTokenKey } from '../../src/main/robot';
import type { CheckId, DiagnosticsReport, DiagnosticsRunParams } from '../../src/shared/contract/diagnostics';
import { formatDiagnosticsReport } from '../../src/shared/contract/diagnostics';
import { loadTranslator } from '../../src/shared/i18n';
import { createAuthHarness, realClock } from '../support/auth-harness';
import { createDrivingBrowser } from '../support/browser-driver';
import { getFreePort } from '../support/free-port';
import { startSignInSandbox, type SignInSandbox } from '../support/identity-server';

let env: SignInSandbox;

beforeAll(async () => {
  env = await startSignInSandbox();
});
afterEach(async () => {
  await admin('/faults', 'DELETE');
});
afterAll(async () => {
  await env?.close();
});

const PASSWORDS: Record<string, string> = { alice: 'alice-demo-1', bob: 'bob-demo-1', carol: 'carol-demo-1' };

async function admin(path: string, method = 'POST', body?: unknown) {
  const res = await fetch(`${env.sandbox.adminUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${env.sandbox.adminToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json().catch(() => undefined)) as Record<string, string> | undefined };
}

type RobotSetup = 'paired' | 'unpaired' | 'down-after-pairing' | 'none';

/** A signed-in profile (through the real Identity Server login page) and diagnostics over it. */
async function diagnose(options: {
  user?: 'alice' | 'bob' | 'carol' | null;
  scopes?: string[];
  authClock?: Clock & { advance?(ms: number): void };
  diagnosticsClock?: Clock;
  robot?: RobotSetup;
  params?: DiagnosticsRunParams;
  beforeRun?: (h: ReturnType<typeof createAuthHarness>) => Promise<void>;
  /** Where secrets live; by default an owner-only file, as on a machine without a keychain. */
  vault?: SecretVault;
}) {
  const user = options.user === undefined ? 'alice' : options.user;
  const authClock = options.authClock ?? realClock;
  const vault = options.vault ?? createFileVault({ dir: tempHome(), logger: createRecordingLogger() });
  const h = createAuthHarness({
    vault,
    clock: authClock,
    browser: createDrivingBrowser({ username: user ?? 'alice', password: PASSWORDS[user ?? 'alice']!, redirectUri: env.redirectUri }),
  });
  await h.auth.addProfile({
    name: 'Sandbox',
    orchestratorUrl: env.sandbox.orchestratorUrl,
    redirectUri: env.redirectUri,
    ...(options.scopes ? { scopes: options.scopes } : {}),
  });
  if (user) await h.auth.signIn({});
  await options.beforeRun?.(h);

  let robot;
  const setup = options.robot ?? 'none';
  if (setup !== 'none') {
    const vault = createMemoryVault();
    const settings = createMemorySettings();
    const url = setup === 'down-after-pairing' ? `ws://127.0.0.1:${await getFreePort()}/robot` : env.sandbox.robotBridgeUrl;
    // A token from an earlier pairing: Baton knows this bridge, which no longer answers.
    if (setup === 'down-after-pairing') await vault.set(robotTokenKey(url), 'earlier-pairing-token');
    robot = createRobotService({
      settings,
      vault,
      clock: realClock,
      logger: createRecordingLogger(),
      clientInfo: { name: 'Baton', version: '0.0.0', machine: 'test' },
      defaultUrl: url,
      backoff: { initialMs: 60_000, maxMs: 60_000 },
    });
    robot.start();
    const started = robot;
    onTestFinished(() => started.dispose());
    const first = await robot.settledStatus();
    if (setup === 'paired') {
      expect(first.state).toBe('pairing-required');
      const code = (await admin('/robot/pairing-code', 'GET')).json?.code;
      expect(await robot.pair(code!)).toMatchObject({ state: 'ready' });
    }
  }
  const diagnostics = createDiagnosticsService({
    auth: h.auth,
    ...(robot ? { robot } : {}),
    fetch: (input, init) => fetch(input, init),
    clock: options.diagnosticsClock ?? realClock,
    logger: createRecordingLogger(),
    timeoutMs: 3_000,
  });
  const progress: string[] = [];
  diagnostics.onProgress((p) => progress.push(`${p.id}:${p.state}`));
  const report = await diagnostics.run(options.params ?? {});
  return { report, progress, h };
}

function tempHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-diagnostics-home-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const check = (report: DiagnosticsReport, id: CheckId) => report.checks.find((c) => c.id === id)!;
const statuses = (report: DiagnosticsReport) => Object.fromEntries(report.checks.map((c) => [c.id, c.status]));

describe('diagnostics against the sandbox', () => {
  it('passes every check for alice with a paired robot and a process installed on it', async () => {
    const { report, progress } = await diagnose({ robot: 'paired', params: { processName: 'Hello World', folderPath: 'Shared' } });
    expect(statuses(report)).toEqual({
      url: 'pass',
      dns: 'pass',
      tcp: 'pass',
      tls: 'skipped',
      orchestrator: 'pass',
      identity: 'pass',
      credentials: 'pass',
      secrets: 'pass',
      scopes: 'pass',
      folders: 'pass',
      processes: 'pass',
      'run-permission': 'pass',
      robot: 'pass',
      'robot-process': 'pass',
      clock: 'pass',
      // Baton has no webhook on this Orchestrator: not configured (docs/webhooks.md).
      webhook: 'skipped',
    });
    expect(report.overall).toBe('pass');
    expect(check(report, 'tls').because).toContain('plain http');
    expect(check(report, 'orchestrator').summary).toContain(env.sandbox.orchestrator.profile.productBuild!);
    expect(progress.slice(0, 2)).toEqual(['url:running', 'url:done']);
    expect(progress).toHaveLength(report.checks.length * 2);
    // The evidence keeps its English for --json readers and says the same in German from its ids.
    expect(check(report, 'scopes').evidence[1]).toBe(
      'needed: OR.Folders or OR.Folders.Read; OR.Execution or OR.Execution.Read; OR.Jobs or OR.Jobs.Write; OR.Jobs or OR.Jobs.Read',
    );
    expect(check(report, 'run-permission').evidence).toEqual([
      expect.stringMatching(
        /^GET \/odata\/Releases\?mandatoryPermissions=Jobs\.Create → \d+ runnable process\(es\); Hello World is among them$/,
      ),
    ]);
    const german = formatDiagnosticsReport(report, { withEvidence: true, t: await loadTranslator('de') });
    expect(german).toMatch(
      / {4}· GET \/odata\/Releases\?mandatoryPermissions=Jobs\.Create → \d+ ausführbare Prozesse; Hello World ist darunter\n/,
    );
    expect(german).toMatch(/ {4}· der Roboter listet \d+ Prozesse; Hello World 1\.0\.2 installiert\n/);
    expect(german).toContain('    · GET /odata/Webhooks → fehlgeschlagen');
  });

  it('says where secrets are kept, and warns with a fix when a sign-in cannot outlive the process', async () => {
    const inFile = await diagnose({});
    expect(check(inFile.report, 'secrets')).toMatchObject({ status: 'pass', evidence: [expect.stringContaining('secrets.json')] });
    const inMemory = await diagnose({ vault: createMemoryVault() });
    expect(check(inMemory.report, 'secrets')).toMatchObject({ status: 'warn', fix: expect.stringContaining('--secret-store file') });
  });

  it('keeps tokens out of the report', async () => {
    const { report, h } = await diagnose({});
    const profileId = report.profileId!;
    const token = await h.auth.tokensFor(profileId).getAccessToken();
    const text = JSON.stringify(report) + formatDiagnosticsReport(report, { withEvidence: true });
    expect(text).not.toContain(token);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}\./);
  });

  it('fails DNS for a wrong host and skips what depends on it', async () => {
    const { report } = await diagnose({ user: null, params: { orchestratorUrl: 'https://baton-no-such-host.invalid' } });
    expect(check(report, 'url').status).toBe('pass');
    expect(check(report, 'dns')).toMatchObject({ status: 'fail', summary: expect.stringContaining('does not resolve') });
    expect(check(report, 'dns').fix).toContain('spelling');
    expect(check(report, 'tcp')).toMatchObject({ status: 'skipped', because: expect.stringContaining('DNS') });
    expect(check(report, 'credentials').status).toBe('skipped');
  });

  it('fails the URL check for an address that is not an Orchestrator URL', async () => {
    const { report } = await diagnose({ user: null, params: { orchestratorUrl: 'http://orchestrator.example.com' } });
    expect(check(report, 'url')).toMatchObject({ status: 'fail', fix: expect.stringContaining('https://orchestrator.example.com') });
  });

  it('tells a closed port (connection refused) apart and names the port', async () => {
    const port = await getFreePort();
    const { report } = await diagnose({ user: null, params: { orchestratorUrl: `http://127.0.0.1:${port}` } });
    expect(check(report, 'tcp')).toMatchObject({
      status: 'fail',
      summary: expect.stringContaining(`refused the connection on port ${port}`),
    });
    expect(check(report, 'tcp').evidence[0]).toContain('ECONNREFUSED');
    expect(check(report, 'orchestrator').status).toBe('skipped');
  });

  it('fails an expired sign-in whose refresh Identity Server refuses, with "sign in again"', async () => {
    const clock = createManualClock(Date.now());
    const { report } = await diagnose({
      authClock: clock,
      beforeRun: async () => {
        clock.advance(2 * 60 * 60_000);
        await admin('/faults', 'POST', {
          method: 'POST',
          path: '^/identity/connect/token',
          status: 400,
          body: { error: 'invalid_grant', error_description: 'The refresh token has expired.' },
        });
      },
    });
    expect(check(report, 'credentials')).toMatchObject({ status: 'fail', summary: expect.stringContaining('refused to renew') });
    expect(check(report, 'credentials').fix).toMatch(/sign in again/i);
    expect(check(report, 'folders')).toMatchObject({ status: 'skipped', because: expect.stringContaining('Sign-in') });
  });

  it('fails the scopes check when the sign-in lacks OR.Execution.Read', async () => {
    const { report } = await diagnose({
      scopes: ['openid', 'profile', 'email', 'offline_access', 'OR.Folders.Read', 'OR.Jobs', 'OR.Users.Read'],
    });
    expect(check(report, 'scopes')).toMatchObject({ status: 'fail', summary: expect.stringContaining('OR.Execution.Read') });
    expect(check(report, 'scopes').fix).toContain("profile's scopes");
    expect(check(report, 'scopes').evidence[0]).toContain('OR.Folders.Read');
    expect(check(report, 'processes').status).toBe('fail');
  });

  it('fails the folders check for carol, who is in no folder', async () => {
    const { report } = await diagnose({ user: 'carol' });
    expect(check(report, 'credentials').status).toBe('pass');
    expect(check(report, 'folders')).toMatchObject({ status: 'fail', summary: expect.stringContaining('not assigned to any folder') });
    expect(check(report, 'folders').fix).toContain('assign your account');
  });

  it('fails the run permission for bob, who may only view Finance', async () => {
    const { report } = await diagnose({ user: 'bob', params: { processName: 'Bank Reconciliation', folderPath: 'Finance' } });
    expect(check(report, 'processes').status).toBe('pass');
    expect(check(report, 'run-permission')).toMatchObject({ status: 'fail', summary: expect.stringContaining('lacks Jobs.Create') });
    expect(check(report, 'run-permission').fix).toContain('Jobs.Create');
  });

  it('fails the robot check when a bridge Baton paired with is down', async () => {
    const { report } = await diagnose({ robot: 'down-after-pairing' });
    expect(check(report, 'robot')).toMatchObject({ status: 'fail', summary: expect.stringContaining('does not answer') });
    expect(check(report, 'robot').fix).toBeTruthy();
  });

  it('fails the robot check when the bridge answers but Baton is not paired', async () => {
    const { report } = await diagnose({ robot: 'unpaired' });
    expect(check(report, 'robot')).toMatchObject({ status: 'fail', summary: expect.stringContaining('not paired') });
    expect(check(report, 'robot').fix).toContain('8-digit code');
  });

  it('fails the robot process check for a process the robot does not have', async () => {
    const { report } = await diagnose({ robot: 'paired', params: { processName: 'Bank Reconciliation', folderPath: 'Finance' } });
    expect(check(report, 'robot').status).toBe('pass');
    expect(check(report, 'robot-process')).toMatchObject({ status: 'fail', summary: expect.stringContaining('not installed') });
  });

  it('fails the clock check when this computer is ten minutes ahead', async () => {
    const skewed: Clock = { now: () => Date.now() + 10 * 60_000, setTimeout: realClock.setTimeout };
    const { report } = await diagnose({ diagnosticsClock: skewed });
    expect(check(report, 'clock')).toMatchObject({ status: 'fail', summary: expect.stringContaining('ahead of') });
    expect(check(report, 'clock').fix).toMatch(/time/i);
  });
});

describe('diagnostics against a server with a self-signed certificate', () => {
  let dir: string | undefined;
  let server: Server | undefined;
  const hasOpenssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  if (!hasOpenssl) console.warn('Skipping the TLS test: the openssl command is not installed, so no certificate can be generated.');

  beforeAll(async () => {
    if (!hasOpenssl) return;
    dir = mkdtempSync(join(tmpdir(), 'baton-diag-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) =>
      res.end('{}'),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasOpenssl)('fails TLS with the self-signed explanation and how to trust the CA on this OS', async () => {
    const port = (server!.address() as AddressInfo).port;
    const { report } = await diagnose({ user: null, params: { orchestratorUrl: `https://127.0.0.1:${port}` } });
    expect(check(report, 'tcp').status).toBe('pass');
    const tls = check(report, 'tls');
    expect(tls).toMatchObject({ status: 'fail', summary: expect.stringContaining('self-signed') });
    expect(tls.evidence[0]).toContain('SELF_SIGNED');
    expect(tls.fix).toContain('never skips the check');
    expect(tls.fix).toMatch(
      process.platform === 'win32' ? /certutil/ : process.platform === 'darwin' ? /security add-trusted-cert/ : /update-ca-certificates/,
    );
    expect(check(report, 'orchestrator').status).toBe('skipped');
  });
});
