import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTokenStore } from '../../src/robot-bridge';

const ROOT = resolve(import.meta.dirname, '../..');

/** `baton-robot …` as its own process, with a robot home that is not the one the test's file is in. */
function batonRobot(argv: string[], robotHome: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'baton-robot.mjs'), ...argv], {
      cwd: ROOT,
      env: { ...process.env, BATON_ROBOT_HOME: robotHome },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

describe('baton-robot tokens', () => {
  it('lists and revokes the pairings of the file named by --tokens, as JSON when asked, without their keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baton-robot-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'elsewhere', 'tokens.json');
    const { id } = await createTokenStore({ file }).issue('Baton\u001b[31m on laptop');
    const home = join(dir, 'robot-home');

    const listed = await batonRobot(['tokens', 'list', '--tokens', file, '--json'], home);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([{ id, client: 'Baton [31m on laptop', createdAt: expect.any(String) }]);
    expect(listed.stdout).not.toMatch(/storedKey|serverKey/);

    const revoked = await batonRobot(['tokens', 'revoke', id, '--tokens', file, '--json'], home);
    expect(revoked.code).toBe(0);
    expect(JSON.parse(revoked.stdout)).toEqual({ id, revoked: true });
    expect(await createTokenStore({ file }).list()).toEqual([]);

    const again = await batonRobot(['tokens', 'revoke', id, '--tokens', file], home);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`No token with id ${id} in ${file}`);
  });
});
