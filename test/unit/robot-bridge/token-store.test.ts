import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTokenStore, hashToken } from '../../../src/robot-bridge/token-store';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tokensFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-tokens-'));
  dirs.push(dir);
  return join(dir, 'nested', 'tokens.json');
}

describe('token store', () => {
  it('issues 256-bit tokens and keeps only their SHA-256 hash on disk', () => {
    const file = tokensFile();
    const { token } = createTokenStore({ file }).issue('Baton on laptop');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(token);
    expect(text).toContain(hashToken(token));
  });

  it.skipIf(process.platform === 'win32')(
    'writes the tokens file readable by its owner only (0600; POSIX modes, so skipped on Windows)',
    () => {
      const file = tokensFile();
      createTokenStore({ file }).issue('Baton');
      expect(statSync(file).mode & 0o777).toBe(0o600);
    },
  );

  it('recognises an issued token after a restart and forgets it once revoked', () => {
    const file = tokensFile();
    const { id, token } = createTokenStore({ file }).issue('Baton');
    const restarted = createTokenStore({ file });
    expect(restarted.verify(token)?.id).toBe(id);
    expect(restarted.verify(`${token}x`)).toBeUndefined();
    expect(createTokenStore({ file }).revoke(id)).toBe(true);
    expect(restarted.verify(token)).toBeUndefined();
  });

  it('accepts pre-shared tokens without writing them anywhere', () => {
    const store = createTokenStore({ preSharedTokens: ['shared-secret'] });
    expect(store.verify('shared-secret')).toMatchObject({ preShared: true });
    expect(store.revoke('pre-shared-1')).toBe(false);
    expect(store.verify('shared-secret')).toBeDefined();
  });
});
