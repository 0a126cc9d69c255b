import { describe, expect, it } from 'vitest';
import { createDiagnosticsService, type Probes } from '../../../src/main/diagnostics';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { CHECK_FOR_ERROR_CODE, CHECK_IDS, formatDiagnosticsReport, type DiagnosticsReport } from '../../../src/shared/contract/diagnostics';
import { BATON_ERROR_CODES } from '../../../src/shared/errors';

const clock = { now: () => Date.parse('2026-03-01T10:00:00Z'), setTimeout: () => () => {} };
const noProfiles = {
  status: async () => ({ state: 'signed-out' as const, profileId: null, profileName: null, user: null }),
  listProfiles: async () => ({ activeProfileId: null, profiles: [] }),
  tokensFor: () => ({ getAccessToken: async () => '', refreshAccessToken: async () => '' }),
};

function service(
  probes: Partial<Probes>,
  fetch: typeof globalThis.fetch = async () => {
    throw new Error('no network in unit tests');
  },
  platformName: NodeJS.Platform = 'linux',
) {
  return createDiagnosticsService({
    auth: noProfiles,
    fetch,
    clock,
    logger: createRecordingLogger(),
    probes: { lookup: async () => [{ address: '10.0.0.5', family: 4 }], ...probes },
    platformName,
    timeoutMs: 50,
  });
}
const byId = (report: DiagnosticsReport, id: string) => report.checks.find((c) => c.id === id)!;

describe('diagnostics checks with injected probes', () => {
  it('says a port that never answers is probably filtered by a firewall', async () => {
    const report = await service({ tcp: async () => ({ outcome: 'timeout' }) }).run({ orchestratorUrl: 'https://orch.example.com' });
    expect(byId(report, 'tcp')).toMatchObject({ status: 'fail', summary: expect.stringContaining('firewall') });
    expect(byId(report, 'tcp').fix).toContain('orch.example.com:443');
  });

  it('explains an expired certificate and a certificate for another name differently', async () => {
    const open = async () => ({ outcome: 'open' as const, address: '10.0.0.5:443' });
    const expired = await service({
      tcp: open,
      tls: async () => ({ isTrusted: false, code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }),
    }).run({ orchestratorUrl: 'https://orch.example.com' });
    expect(byId(expired, 'tls').summary).toContain('expired');
    const wrongName = await service({
      tcp: open,
      tls: async () => ({ isTrusted: false, code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: 'altname' }),
    }).run({ orchestratorUrl: 'https://orch.example.com' });
    expect(byId(wrongName, 'tls').summary).toContain('another name');
  });

  it('gives the Windows way to trust an internal CA on Windows', async () => {
    const report = await service(
      {
        tcp: async () => ({ outcome: 'open', address: 'x' }),
        tls: async () => ({
          isTrusted: false,
          code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
          message: 'unable to get local issuer certificate',
        }),
      },
      undefined,
      'win32',
    ).run({ orchestratorUrl: 'https://orch.example.com' });
    expect(byId(report, 'tls').summary).toContain('internal or private CA');
    expect(byId(report, 'tls').fix).toContain('certutil -addstore');
  });

  it('fails the URL check with "add a profile" when there is none', async () => {
    const report = await service({}).run({});
    expect(byId(report, 'url')).toMatchObject({ status: 'fail', fix: expect.stringContaining('baton profile add') });
    expect(report.overall).toBe('fail');
  });

  it('warns, not fails, for a clock a little over a minute off', async () => {
    const serverDate = new Date(clock.now() - 90_000).toUTCString();
    const fetch = (async () =>
      new Response(JSON.stringify({ version: '25.10.0', deployment: 'Standalone' }), {
        headers: { date: serverDate },
      })) as typeof globalThis.fetch;
    const report = await service(
      { tcp: async () => ({ outcome: 'open', address: 'x' }), tls: async () => ({ isTrusted: true, peer: {} }) },
      fetch,
    ).run({ orchestratorUrl: 'https://orch.example.com' });
    expect(byId(report, 'orchestrator').status).toBe('pass');
    expect(byId(report, 'clock')).toMatchObject({ status: 'warn', summary: expect.stringContaining('ahead of') });
  });
});

describe('the error-code → check map and the text report', () => {
  it('names an existing check (or none) for every BatonError code', () => {
    for (const code of BATON_ERROR_CODES) {
      const id = CHECK_FOR_ERROR_CODE[code];
      if (id !== undefined) expect(CHECK_IDS).toContain(id);
    }
    expect(CHECK_FOR_ERROR_CODE.TLS_UNTRUSTED).toBe('tls');
  });

  it('prints one line per check with ✓ ✗ ! and the fix under a failure only', () => {
    const text = formatDiagnosticsReport({
      runId: 'r',
      startedAt: 'a',
      finishedAt: 'b',
      overall: 'fail',
      checks: [
        { id: 'url', title: 'Orchestrator URL', status: 'pass', summary: 'ok', evidence: [], fix: 'unused', durationMs: 1 },
        { id: 'dns', title: 'DNS', status: 'fail', summary: 'no', evidence: ['lookup x'], fix: 'check spelling', durationMs: 1 },
        { id: 'robot', title: 'Robot', status: 'warn', summary: 'none', evidence: [], durationMs: 1 },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Baton diagnostics (b)',
      '✓ Orchestrator URL: ok',
      '✗ DNS: no',
      '    fix: check spelling',
      '! Robot: none',
      'Problems found: 1 passed, 1 failed, 1 warnings, 0 skipped.',
    ]);
  });
});
