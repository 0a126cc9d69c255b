import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

/** What the robot side keeps about a paired client: never the token itself, only its SHA-256. */
export const tokenRecordSchema = z.object({
  id: z.string(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  client: z.string(),
  createdAt: z.string(),
  /** Came from a pre-shared token file; not written to the tokens file and not revocable here. */
  preShared: z.boolean().optional(),
});
export type TokenRecord = z.infer<typeof tokenRecordSchema>;

const tokenFileSchema = z.object({ version: z.literal(1), tokens: z.array(tokenRecordSchema) });

export interface TokenStore {
  /** Creates a token for a client that just paired; returns the only copy of the token. */
  issue(client: string): { id: string; token: string };
  /** The record for a token, or undefined if it is unknown or revoked. */
  verify(token: string): TokenRecord | undefined;
  list(): TokenRecord[];
  /** true if a token with this id existed and is now gone. */
  revoke(id: string): boolean;
  /** Where tokens are kept, for the CLI; undefined when in memory only. */
  readonly location: string | undefined;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens in a JSON file (0600, atomic writes) or in memory when `file` is undefined.
 * `preSharedTokens` are accepted without pairing (unattended set-ups and tests).
 */
export function createTokenStore(options: { file?: string; preSharedTokens?: string[]; now?: () => number } = {}): TokenStore {
  const now = options.now ?? Date.now;
  const records = new Map<string, TokenRecord>();
  // Re-read on every use: `baton-robot tokens revoke` edits the file while the bridge runs.
  function load(): void {
    if (!options.file) return;
    records.clear();
    for (const record of readTokenFile(options.file)) records.set(record.id, record);
  }
  load();
  const preShared: TokenRecord[] = (options.preSharedTokens ?? []).map((token, index) => ({
    id: `pre-shared-${index + 1}`,
    hash: hashToken(token),
    client: 'pre-shared token',
    createdAt: new Date(now()).toISOString(),
    preShared: true,
  }));

  function save(): void {
    if (options.file) writeTokenFile(options.file, [...records.values()]);
  }

  return {
    location: options.file,
    issue(client) {
      load();
      const token = generateToken();
      const record: TokenRecord = { id: randomUUID(), hash: hashToken(token), client, createdAt: new Date(now()).toISOString() };
      records.set(record.id, record);
      save();
      return { id: record.id, token };
    },
    verify(token) {
      load();
      const hash = Buffer.from(hashToken(token), 'hex');
      for (const record of [...preShared, ...records.values()]) {
        if (timingSafeEqual(Buffer.from(record.hash, 'hex'), hash)) return record;
      }
      return undefined;
    },
    list() {
      load();
      return [...preShared, ...records.values()].map((record) => ({ ...record }));
    },
    revoke(id) {
      load();
      const existed = records.delete(id);
      if (existed) save();
      return existed;
    },
  };
}

export function readTokenFile(file: string): TokenRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = tokenFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`The robot tokens file ${file} is not valid; move it away to start afresh.`);
  return parsed.data.tokens;
}

/** Write to a sibling file with 0600, then rename: a crash never leaves a half-written file. */
export function writeTokenFile(file: string, tokens: TokenRecord[]): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: 1, tokens }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

/** A pre-shared token file holds one token per line (blank lines and `#` comments ignored). */
export function readPreSharedTokenFile(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}
