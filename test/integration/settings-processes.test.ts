import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';

const WRITES = 200;

function writer(dir: string, name: string): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'settings-key-writer.ts'), dir, name, String(WRITES)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`writer ${name} exited ${code}: ${output}`))));
  });
}

describe('settings written by two processes at once', () => {
  // The bug this catches: each process kept its own copy and wrote whole files from it, so a
  // profile added by `baton` vanished when the web host saved something else.
  it('keeps every write of both: 200 different keys each, interleaved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-two-writers-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const outputs = await Promise.all([writer(dir, 'cli'), writer(dir, 'web')]);
    expect(outputs).toEqual(['done\n', 'done\n']);
    const saved = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, { i: number; by: string }>;
    for (const name of ['cli', 'web'])
      for (let i = 0; i < WRITES; i += 1) expect(saved[`${name}.${i}`], `${name}.${i} was lost`).toEqual({ i, by: name });
    expect(Object.keys(saved)).toHaveLength(2 * WRITES);
  });
});
