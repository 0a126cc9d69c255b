import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatonProcess } from '../support/baton-process';
import { startCliAgainstSandbox, type CliAgainstSandbox } from '../support/cli-harness';

let cli: CliAgainstSandbox;
let dir: string;
const baton = (...argv: string[]) => cli.baton(...argv);

beforeAll(async () => {
  cli = await startCliAgainstSandbox('baton-runs-cli-');
  dir = cli.dir;
});
afterAll(async () => {
  await cli?.close();
});

describe('baton folders, processes, run, jobs and stop against the sandbox', () => {
  it('lists the folders the app may see as JSON', async () => {
    const result = await baton('folders', '--json');
    expect(result.code).toBe(0);
    const paths = (JSON.parse(result.stdout) as { path: string }[]).map((f) => f.path);
    expect(paths).toContain('Shared');
    expect(paths).not.toContain('HR');
  });

  it('filters processes by folder and search words', async () => {
    const result = await baton('processes', '--folder', 'Shared', '--search', 'hello', '--json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { name: string }[]).map((p) => p.name)).toEqual(['Hello World']);
  });

  it('runs a process with --input, waits, prints the output and exits 0', async () => {
    const result = await baton('run', 'Hello World', '--input', 'in_Name=Ada', '--wait', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'successful', outputArguments: { out_Greeting: 'Hello, Ada!' } });
  });

  it('exits 1 when the run faults, with the run and its message on stdout', async () => {
    const result = await baton('run', 'Always Faults Demo', '--wait', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'faulted', error: { message: expect.stringContaining('Simulated failure') } });
  });

  it('takes inputs from --input-json and converts --input text to the argument type', async () => {
    const file = join(dir, 'input.json');
    writeFileSync(file, JSON.stringify({ in_Mailbox: 'ap@corp' }));
    const result = await baton('run', 'Invoice Intake', '--input-json', file, '--input', 'in_MaxInvoices=3', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ state: 'pending', inputArguments: { in_Mailbox: 'ap@corp', in_MaxInvoices: 3 } });
  });

  it('exits 2 with a VALIDATION error naming the field for input that does not fit', async () => {
    const result = await baton('run', 'Invoice Intake', '--input', 'in_Mailbox=ap', '--input', 'in_MaxInvoices=lots', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      error: { code: 'VALIDATION', message: 'in_MaxInvoices must be a whole number, e.g. 42.' },
    });
  });

  it('lists runs newest first and stops an active one', async () => {
    const started = JSON.parse((await baton('run', 'Long Wait Demo', '--json')).stdout) as { id: string };
    const jobs = JSON.parse((await baton('jobs', '--json')).stdout) as { id: string }[];
    expect(jobs[0]!.id).toBe(started.id);
    const stopped = await baton('stop', started.id, '--kill', '--json');
    expect(stopped.code).toBe(0);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ id: started.id, state: 'stopping' });
  });
});

describe('baton run when signed out', () => {
  it('exits 3 with AUTH_REQUIRED, and a person reads two sentences, no log lines', async () => {
    const home = join(dir, 'empty-home');
    const json = await runBatonProcess(['processes', '--json'], { home });
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'AUTH_REQUIRED' } });
    const human = await runBatonProcess(['processes'], { home });
    expect(human.code).toBe(3);
    expect(human.stderr).toMatch(/^error: [^\n]+\nhint: [^\n]+\n$/);
  });
});
