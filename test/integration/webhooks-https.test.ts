import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createClientPool, type ConnectionSource, type JobDto } from '../../src/main/orchestrator';
import { createRecordingLogger } from '../../src/main/platform/memory';
import { startWebhooksFromEnvironment } from '../../src/main/webhooks';
import { fetchSender, senderTrusting, type WebhookSender } from '../../src/sandbox/orchestrator';
import { clockDriverOf } from '../support/clock-driver';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';
import { canMakeCertificates, selfSignedCertificate } from '../support/tls-certificate';

// Baton's own HTTPS listener, configured as a person does it on a server (docs/webhooks.md):
// BATON_WEBHOOK_URL, BATON_WEBHOOK_LISTEN and the PEM files of their certificate and key.
// Orchestrator reaches it only if it trusts that certificate, as a real server does.

if (!canMakeCertificates)
  console.warn('Skipping the HTTPS webhook tests: the openssl command is not installed, so no certificate can be made.');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Baton's webhook half for alice's profile `p1`, started from the environment with the person's certificate. */
async function batonListeningOverHttps(sandbox: TestSandbox, certificate: ReturnType<typeof selfSignedCertificate>) {
  const port = await freePort();
  const token = sandbox.tokenFor('alice');
  const found = {
    connection: { profileId: 'p1', apiBaseUrl: sandbox.orchestratorUrl },
    tokens: { getAccessToken: () => token, refreshAccessToken: () => token },
  };
  const connections: ConnectionSource = {
    active: () => found,
    forProfile: (id) => (id === 'p1' ? found : null),
    onDidChangeActive: () => () => {},
  };
  const driver = clockDriverOf(sandbox);
  const clients = createClientPool({ connections, fetch: driver.track(), clock: sandbox.clock, options: { random: () => 0.5 } });
  const logger = createRecordingLogger();
  const pushed: JobDto[] = [];
  /** What the poller was told: true slows it to the reconciliation pace. */
  const pushActive: boolean[] = [];
  const webhooks = startWebhooksFromEnvironment({
    env: {
      BATON_WEBHOOK_URL: `https://127.0.0.1:${port}`,
      BATON_WEBHOOK_LISTEN: `127.0.0.1:${port}`,
      BATON_WEBHOOK_CERT: certificate.certPath,
      BATON_WEBHOOK_KEY: certificate.keyPath,
    },
    isShortLived: false,
    clients,
    clock: sandbox.clock,
    logger,
    readFile: (path) => (path === certificate.certPath ? certificate.cert : certificate.key),
    session: { status: async () => ({ state: 'signed-in', profileId: 'p1' }), onChanged: () => () => {} },
    onJob: (_profileId, job) => pushed.push(job),
    onPushActive: (_profileId, isActive) => pushActive.push(isActive),
  });
  onTestFinished(() => webhooks.dispose());
  const settled = () => !['not-configured', 'registering'].includes(webhooks.service.status('p1').state);
  await driver.drive(settled);
  return { status: () => webhooks.service.status('p1'), pushed, pushActive, driver, logger, port };
}

async function sandboxSending(send: WebhookSender): Promise<TestSandbox> {
  const sandbox = await startTestSandbox({ webhookSender: send });
  onTestFinished(() => sandbox.close());
  return sandbox;
}

describe.skipIf(!canMakeCertificates)('webhooks to Baton’s own HTTPS listener', () => {
  it('with the person’s certificate trusted by Orchestrator, the ping and a job’s final state arrive over HTTPS', async () => {
    const certificate = selfSignedCertificate();
    onTestFinished(() => certificate.remove());
    const sandbox = await sandboxSending(senderTrusting(certificate.cert));
    const baton = await batonListeningOverHttps(sandbox, certificate);
    expect(baton.status()).toMatchObject({ state: 'active' });
    expect(baton.status().url).toMatch(new RegExp(`^https://127\\.0\\.0\\.1:${baton.port}/`));
    expect(baton.pushActive.at(-1)).toBe(true);

    const release = [...sandbox.orchestrator.state.releases.values()].find((r) => r.name === 'Long Wait Demo')!;
    const started = await sandbox.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
      as: 'alice',
      headers: { 'X-UIPATH-OrganizationUnitId': String(release.folderId) },
      body: { startInfo: { ReleaseKey: release.key, Strategy: 'ModernJobsCount', JobsCount: 1 } },
    });
    const jobId = started.json.value[0].Id as number;
    expect((await sandbox.admin(`/jobs/${jobId}/finish`, { method: 'POST', body: { state: 'Faulted' } })).status).toBe(200);
    await baton.driver.drive(async () => {
      await sandbox.orchestrator.webhooksIdle();
      return baton.pushed.some((job) => job.Id === jobId && job.State === 'Faulted');
    });
  });

  it('an Orchestrator that does not trust the certificate cannot reach Baton: the status says so, and Baton polls', async () => {
    const certificate = selfSignedCertificate();
    onTestFinished(() => certificate.remove());
    const sandbox = await sandboxSending(fetchSender);
    const baton = await batonListeningOverHttps(sandbox, certificate);
    const status = baton.status();
    expect(status.state).toBe('failed');
    expect(status.reason).toMatch(
      new RegExp(`Orchestrator cannot reach https://127\\.0\\.0\\.1:${baton.port}/\\S+: falling back to polling\\.`),
    );
    expect(baton.pushed).toEqual([]);
    expect(baton.pushActive).not.toContain(true);
    expect(baton.logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'Webhooks do not work for this profile: polling' }),
    );
  });
});
