import { beforeAll, describe, expect, it } from 'vitest';
import { createDiagnosticsService, type Probes } from '../../../src/main/diagnostics';
import { createRecordingLogger } from '../../../src/main/platform/memory';
import { checkWords, formatCheck, type CheckResult, type DiagnosticsReport } from '../../../src/shared/contract/diagnostics';
import { loadTranslator, type Translator } from '../../../src/shared/i18n';
import { inEnglish, renderParts } from '../../../src/shared/message-parts';
import { detectExecutor } from '../../../src/robot-bridge/detect';
import { scopesCheck } from '../../../src/main/diagnostics/checks-auth';
import { webhookCheck } from '../../../src/main/diagnostics/checks-webhooks';
import { errorFromResponse } from '../../../src/main/orchestrator/http-errors';
import { robotStatusView } from '../../../src/main/robot/status-view';
import { robotEvidence } from '../../../src/renderer/features/robot/use-robot-status';

// A check's evidence is message ids with values (the request, the status, the server's words):
// `evidence` keeps today's English for --json readers and old clients, pinned here by hand, and
// the same lines read in German and Arabic from `evidenceText`.

let de: Translator;
let ar: Translator;
beforeAll(async () => {
  [de, ar] = await Promise.all([loadTranslator('de'), loadTranslator('ar')]);
});

const NOW = Date.parse('2026-03-01T10:00:00Z');
const noProfiles = {
  status: async () => ({ state: 'signed-out' as const, profileId: null, profileName: null, user: null }),
  listProfiles: async () => ({ activeProfileId: null, profiles: [] }),
  tokensFor: () => ({ getAccessToken: async () => '', refreshAccessToken: async () => '' }),
};

/** Diagnostics of a URL with scripted probes and server; every step takes 12 ms. */
async function diagnose(probes: Partial<Probes>, answer?: (url: string) => Response): Promise<DiagnosticsReport> {
  let tick = 0;
  return createDiagnosticsService({
    auth: noProfiles,
    fetch: async (input) => {
      if (!answer) throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET', message: 'socket hang up' } });
      return answer(String(input));
    },
    clock: { now: () => NOW, setTimeout: () => () => {} },
    logger: createRecordingLogger(),
    probes: { lookup: async () => [{ address: '10.0.0.5', family: 4 }], ...probes },
    platformName: 'linux',
    timeoutMs: 50,
    elapsed: () => (tick += 12),
  }).run({ orchestratorUrl: 'https://orch.example.com' });
}
const byId = (report: DiagnosticsReport, id: CheckResult['id']) => report.checks.find((c) => c.id === id)!;
const open = async () => ({ outcome: 'open' as const, address: '10.0.0.5:443' });
const trusted = async () => ({ isTrusted: true as const, protocol: 'TLSv1.3', peer: { subject: 'orch.example.com', issuer: 'Corp CA' } });

describe('diagnostics evidence in the person’s language', () => {
  it('keeps a refused port’s English trace and says it in German, with the code as it came', async () => {
    const report = await diagnose({ tcp: async () => ({ outcome: 'refused', code: 'ECONNREFUSED' }) });
    const tcp = byId(report, 'tcp');
    expect(tcp.evidence).toEqual(['connect orch.example.com:443 → refused (ECONNREFUSED) after 12 ms']);
    expect(checkWords(tcp, de).evidence).toEqual(['Verbindung zu orch.example.com:443 → abgelehnt (ECONNREFUSED) nach 12 ms']);
    expect(byId(report, 'url').evidence).toEqual([
      'Identity Server: https://orch.example.com/identity',
      'API base: https://orch.example.com',
    ]);
    expect(renderParts(de, byId(report, 'url').evidenceText![1]!)).toBe('API-Basis: https://orch.example.com');
  });

  it('writes the report’s evidence lines in German, and an empty answer as an empty body in each language', async () => {
    const report = await diagnose({ tcp: open, tls: trusted }, (url) =>
      url.endsWith('/api/status/version') ? new Response('', { status: 404 }) : new Response('<html>', { status: 404 }),
    );
    const orchestrator = byId(report, 'orchestrator');
    expect(orchestrator.evidence).toEqual([
      'GET https://orch.example.com/api/status/version → 404 in 12 ms: (empty body)',
      'GET https://orch.example.com/api/Status/Get → 404 in 12 ms',
    ]);
    expect(formatCheck(orchestrator, { withEvidence: true, t: de }).split('\n').slice(-2)).toEqual([
      '    · GET https://orch.example.com/api/status/version → 404 in 12 ms: (leerer Inhalt)',
      '    · GET https://orch.example.com/api/Status/Get → 404 in 12 ms',
    ]);
    expect(renderParts(ar, orchestrator.evidenceText![0]!)).toBe(
      'GET https://orch.example.com/api/status/version ← 404 خلال 12 مللي ثانية: (محتوى فارغ)',
    );
    expect(byId(report, 'tls').evidence).toEqual([
      'handshake orch.example.com:443 (TLSv1.3) in 12 ms',
      'subject orch.example.com, issuer Corp CA, valid until ?',
    ]);
  });

  it('says Baton’s own TLS time-out in German, and a TLS stack’s message as it came', async () => {
    const timedOut = await diagnose({ tcp: open, tls: async () => ({ isTrusted: false, code: 'ETIMEDOUT', message: '' }) });
    expect(byId(timedOut, 'tls').evidence).toEqual([
      'handshake orch.example.com:443 → ETIMEDOUT after 12 ms: The TLS handshake did not finish in time.',
    ]);
    expect(checkWords(byId(timedOut, 'tls'), de).evidence).toEqual([
      'Handshake mit orch.example.com:443 → ETIMEDOUT nach 12 ms: Der TLS-Handshake wurde nicht rechtzeitig abgeschlossen.',
    ]);
    const expired = await diagnose({
      tcp: open,
      tls: async () => ({ isTrusted: false, code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' }),
    });
    expect(checkWords(byId(expired, 'tls'), de).evidence).toEqual([
      'Handshake mit orch.example.com:443 → CERT_HAS_EXPIRED nach 12 ms: certificate has expired',
    ]);
  });

  it('masks a token a server echoed, in the English line and in the values the ids carry', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const report = await diagnose(
      { tcp: open, tls: trusted },
      () => new Response(`{"error":"bad","echo":"Bearer ${jwt}"}`, { status: 500 }),
    );
    const orchestrator = byId(report, 'orchestrator');
    expect(JSON.stringify(orchestrator)).not.toContain(jwt);
    expect(orchestrator.evidence[0]).toContain('Bearer [redacted]');
    expect(renderParts(de, orchestrator.evidenceText![0]!)).toContain('Bearer [redacted]');
    // A TLS stack's message goes into the line as it came: the runner masks it too.
    const tls = byId(
      await diagnose({ tcp: open, tls: async () => ({ isTrusted: false, code: 'EPROTO', message: `proxy sent ${jwt}` }) }),
      'tls',
    );
    expect(JSON.stringify(tls)).not.toContain(jwt);
    expect(checkWords(tls, de).evidence[0]).toMatch(/proxy sent \[redacted\]$/);
  });

  it('shows a result from a core without evidence ids in its English lines', () => {
    const old: CheckResult = { id: 'dns', title: 'DNS', status: 'pass', summary: 'ok', evidence: ['lookup x in 3 ms'], durationMs: 3 };
    expect(checkWords(old, de).evidence).toEqual(['lookup x in 3 ms']);
  });

  it('says what Baton’s own robot bridge found in the person’s language, its English lines unchanged', async () => {
    const detection = await detectExecutor({
      platform: 'win32',
      env: { ProgramFiles: 'C:\\Program Files' },
      processesDir: '/srv/processes',
      robotJsPort: 2323,
      probeRobotJs: async () => false,
      isFile: () => false,
      isDirectory: (path) => path === '/srv/processes',
      listDirectory: () => [],
      override: 'command',
    });
    expect(detection.evidence[0]).toBe('Nothing answers as UiPath RobotJS on localhost:2323.');
    expect(detection.evidence.slice(2)).toEqual(['Command processes folder: /srv/processes.', 'Chosen by you: command.']);
    // Each id's English is the bridge's own line, word for word.
    expect(detection.evidenceText.map((line) => inEnglish(line))).toEqual(detection.evidence);

    const status = robotStatusView(
      { state: 'ready', url: 'ws://127.0.0.1:4000/robot', robot: { name: 'r', version: '1', machine: 'm', executor: 'command' } } as never,
      {
        now: NOW,
        activeJobs: 0,
        hasToken: true,
        managed: {
          bridge: {
            url: 'ws://127.0.0.1:4000/robot',
            token: 't',
            executor: 'command',
            evidence: detection.evidence,
            evidenceText: detection.evidenceText,
          },
        },
      },
    );
    expect(status.evidence).toEqual(detection.evidence);
    expect(robotEvidence(status, de)).toEqual([
      'Auf localhost:2323 antwortet nichts als UiPath RobotJS.',
      expect.stringMatching(/^Keine UiRobot\.exe in C:\\Program Files/),
      'Ordner der Befehlsprozesse: /srv/processes.',
      'Von Ihnen gewählt: command.',
    ]);
    expect(robotEvidence({ ...status, evidenceText: undefined }, de)).toEqual(detection.evidence);
  });

  it('says what missing scopes are needed for in English as before, and in German', async () => {
    const claims = Buffer.from(JSON.stringify({ scope: ['OR.Folders.Read', 'openid'] })).toString('base64url');
    const outcome = await scopesCheck.run({ facts: { accessToken: `e30.${claims}.sig` } } as never);
    const summary = outcome.summary as never;
    expect(inEnglish(summary)).toBe(
      'The sign-in lacks OR.Execution.Read, OR.Jobs (needed for listing processes, starting and stopping jobs, following jobs).',
    );
    expect(renderParts(de, summary)).toBe(
      'Der Anmeldung fehlt OR.Execution.Read, OR.Jobs (nötig für das Auflisten der Prozesse, das Starten und Stoppen von Aufträgen, das Verfolgen von Aufträgen).',
    );
    expect(outcome.evidence!.map((line) => inEnglish(line as never))[0]).toBe('granted: OR.Folders.Read openid');
  });

  it('says a refused webhook ping with Orchestrator’s refusal in the person’s language, and the trace of both requests', async () => {
    const hook = { Id: 7, Url: 'https://baton.example.com/webhooks/orchestrator/secret-path', Enabled: true };
    const client = {
      request: async (spec: { path: string }, schema: { parse(value: unknown): unknown }) => {
        if (spec.path === '/odata/Webhooks') return schema.parse({ value: [hook] });
        throw errorFromResponse(403, '{"message":"You are not authorized"}', { permission: 'Webhooks.View' });
      },
    };
    const outcome = await webhookCheck.run({ client } as never);
    expect(inEnglish(outcome.summary as never)).toBe('Orchestrator refused to ping Baton’s webhook: Your account lacks Webhooks.View.');
    expect(renderParts(de, outcome.summary as never)).toBe(
      'Orchestrator hat den Ping an Batons Webhook abgelehnt: Ihrem Konto fehlt Webhooks.View.',
    );
    expect(outcome.evidence!.map((line) => inEnglish(line as never))).toEqual([
      'Webhook 7 → https://baton.example.com/webhooks/orchestrator/… (enabled)',
      'POST /odata/Webhooks(7)/…Ping → failed',
    ]);
    expect(outcome.evidence!.map((line) => renderParts(de, line as never))).toEqual([
      'Webhook 7 → https://baton.example.com/webhooks/orchestrator/… (aktiviert)',
      'POST /odata/Webhooks(7)/…Ping → fehlgeschlagen',
    ]);
  });
});
