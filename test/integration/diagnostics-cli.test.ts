import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { getFreePort } from '../support/free-port';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin', 'baton.mjs');

let home: string;
let sandbox: Sandbox;
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'baton-cli-doctor-'));
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(home, { recursive: true, force: true });
});

// The language comes from these; each test says which it wants, whatever this machine's are.
const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...neutralEnv } = process.env;

function baton(args: string[], locale: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      // A robot URL where nothing listens, so the result does not depend on this machine.
      env: { ...neutralEnv, ...locale, BATON_HOME: home, BATON_BROWSER: 'none', BATON_LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end();
  });
}

describe('baton doctor', () => {
  it('exits 1 for a closed port, with one line per check and the fix under the failure', async () => {
    const port = await getFreePort();
    const { code, stdout } = await baton(['doctor', '--url', `http://127.0.0.1:${port}`, '--evidence']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✓ Orchestrator URL: /m);
    expect(stdout).toMatch(new RegExp(`^✗ Port reachable \\(TCP\\): .*port ${port}`, 'm'));
    expect(stdout).toMatch(new RegExp(`^ {4}· connect 127\\.0\\.0\\.1:${port} → refused \\(ECONNREFUSED\\) after \\d+ ms$`, 'm'));
    expect(stdout).toMatch(/^ {4}fix: Check the port in the URL/m);
    expect(stdout).toMatch(/^- Orchestrator answers: Not checked\. \(skipped because the Port reachable \(TCP\) check failed\)/m);
    expect(stdout).toMatch(/^Problems found: /m);
  }, 60_000);

  it('exits 0 with --json when nothing fails, and prints the report as one JSON value', async () => {
    const { code, stdout } = await baton(['doctor', '--url', sandbox.orchestratorUrl, '--json']);
    const report = JSON.parse(stdout) as { overall: string; checks: { id: string; status: string }[] };
    expect(report.checks.find((c) => c.id === 'orchestrator')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'identity')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'credentials')?.status).toBe('skipped');
    expect(report.overall).not.toBe('fail');
    expect(code).toBe(0);
  }, 60_000);

  it('speaks German when LANG says so: check titles, summaries, fixes, evidence and the verdict', async () => {
    const port = await getFreePort();
    const { code, stdout } = await baton(['doctor', '--url', `http://127.0.0.1:${port}`, '--evidence'], { LANG: 'de_DE.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✓ Orchestrator-URL: /m);
    expect(stdout).toMatch(new RegExp(`^✗ Port erreichbar \\(TCP\\): 127\\.0\\.0\\.1 hat die Verbindung auf Port ${port} abgelehnt`, 'm'));
    expect(stdout).toMatch(/^ {4}Lösung: Prüfen Sie den Port in der URL/m);
    expect(stdout).toMatch(
      /^- Orchestrator antwortet: Nicht geprüft\. \(übersprungen, weil die Prüfung „Port erreichbar \(TCP\)“ ist fehlgeschlagen\)/m,
    );
    expect(stdout).toMatch(/^Probleme gefunden: /m);
    // --evidence in German too: the words around the address and the code as it came.
    expect(stdout).toMatch(new RegExp(`^ {4}· Verbindung zu 127\\.0\\.0\\.1:${port} → abgelehnt \\(ECONNREFUSED\\) nach \\d+ ms$`, 'm'));
    expect(stdout).toMatch(/^ {4}· API-Basis: http:\/\/127\.0\.0\.1:\d+$/m);
    expect(stdout).not.toMatch(/Port reachable|fix:|connect 127|API base/);
  }, 60_000);

  it('stays English for LANG=C and for a language Baton does not speak, and --json never changes with LANG', async () => {
    const port = await getFreePort();
    const plain = await baton(['doctor', '--url', `http://127.0.0.1:${port}`], { LANG: 'C.UTF-8', LC_MESSAGES: 'pt_BR.UTF-8' });
    expect(plain.stdout).toMatch(new RegExp(`^✗ Port reachable \\(TCP\\): .*port ${port}`, 'm'));
    const json = await baton(['doctor', '--url', `http://127.0.0.1:${port}`, '--json'], { LC_ALL: 'ja_JP.UTF-8' });
    const report = JSON.parse(json.stdout) as {
      checks?: { id: string; title: string; fix?: string; evidence?: string[]; evidenceText?: unknown[][] }[];
    };
    const tcp = report.checks?.find((c) => c.id === 'tcp');
    expect(tcp, `stdout: ${json.stdout.slice(0, 500)}\nstderr: ${json.stderr.slice(0, 500)}`).toBeDefined();
    expect(tcp?.title).toBe('Port reachable (TCP)');
    expect(tcp?.fix).toMatch(/^Check the port in the URL/);
    expect(tcp?.evidence).toEqual([
      expect.stringMatching(new RegExp(`^connect 127\\.0\\.0\\.1:${port} → refused \\(ECONNREFUSED\\) after \\d+ ms$`)),
    ]);
    expect(tcp?.evidenceText?.[0]).toEqual([
      {
        id: 'diagnostics.evConnectFailed',
        values: expect.objectContaining({ address: `127.0.0.1:${port}`, outcome: 'refused', code: 'ECONNREFUSED' }),
      },
    ]);
  }, 60_000);
});
