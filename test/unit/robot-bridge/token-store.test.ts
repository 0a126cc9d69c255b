import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTokenStore } from '../../../src/robot-bridge/token-store';
import { deriveTokenKeys, tokenIdOf } from '../../../src/shared/robot-auth';

function tokensFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-tokens-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'nested', 'tokens.json');
}

describe('token store', () => {
  it('issues 256-bit tokens and keeps only the challenge keys on disk, never the token', async () => {
    const file = tokensFile();
    const { id, token } = await createTokenStore({ file }).issue('Baton on laptop');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(token);
    const keys = await deriveTokenKeys(token);
    expect(id).toBe(await tokenIdOf(token));
    expect(text).toContain(keys.storedKey);
  });

  it.skipIf(process.platform === 'win32')(
    'writes the tokens file readable by its owner only (0600; POSIX modes, so skipped on Windows)',
    async () => {
      const file = tokensFile();
      await createTokenStore({ file }).issue('Baton');
      expect(statSync(file).mode & 0o777).toBe(0o600);
    },
  );

  it('finds an issued pairing after a restart and forgets it once revoked', async () => {
    const file = tokensFile();
    const { id } = await createTokenStore({ file }).issue('Baton');
    const restarted = createTokenStore({ file });
    expect((await restarted.find(id))?.client).toBe('Baton');
    expect(await restarted.find(`${id}x`)).toBeUndefined();
    expect(createTokenStore({ file }).revoke(id)).toBe(true);
    expect(await restarted.find(id)).toBeUndefined();
  });

  it('accepts pre-shared tokens without writing them anywhere, and they cannot be revoked here', async () => {
    const store = createTokenStore({ preSharedTokens: ['shared-secret'] });
    const id = await tokenIdOf('shared-secret');
    expect(await store.find(id)).toMatchObject({ preShared: true });
    expect(store.revoke(id)).toBe(false);
    expect(await store.find(id)).toBeDefined();
  });

  it('drops the pairings of a protocol-1 tokens file (they cannot answer a challenge) instead of failing', async () => {
    const file = tokensFile();
    await createTokenStore({ file }).issue('first');
    writeFileSync(file, JSON.stringify({ version: 1, tokens: [{ id: 'old', hash: 'a'.repeat(64), client: 'x', createdAt: 'y' }] }));
    const store = createTokenStore({ file });
    expect(await store.list()).toEqual([]);
    await store.issue('again');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 2, tokens: [{ client: 'again' }] });
  });

  it('tells its listeners when another process revokes a pairing in the file', async () => {
    const file = tokensFile();
    const { id } = await createTokenStore({ file }).issue('Baton');
    const watched = createTokenStore({ file });
    const changed = new Promise<void>((resolve) => {
      const stop = watched.onChanged(() => (stop(), resolve()));
    });
    createTokenStore({ file }).revoke(id);
    await changed;
    expect(await watched.find(id)).toBeUndefined();
  });
});
