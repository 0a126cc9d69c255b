import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { deriveTokenKeys } from '../shared/robot-auth';

/**
 * What the robot side keeps about a paired client: never the token, only the two keys of the
 * challenge–response (src/shared/robot-auth.ts). Neither lets anyone answer as the client.
 */
export const tokenRecordSchema = z.object({
  id: z.string(),
  storedKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  serverKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  client: z.string(),
  createdAt: z.string(),
  /** Came from a pre-shared token file or Baton's own launcher; not written to the tokens file and not revocable here. */
  preShared: z.boolean().optional(),
});
export type TokenRecord = z.infer<typeof tokenRecordSchema>;

const TOKEN_FILE_VERSION = 2;
const tokenFileSchema = z.object({ version: z.literal(TOKEN_FILE_VERSION), tokens: z.array(tokenRecordSchema) });
/** Protocol 1 kept SHA-256 hashes, which cannot answer a challenge: those clients pair again. */
const legacyTokenFileSchema = z.object({ version: z.literal(1) });

/** How often a tokens file is checked for changes made by another process (`baton-robot tokens revoke`). */
export const TOKENS_FILE_POLL_MS = 250;

export interface TokenStore {
  /** Creates a token for a client that just paired; returns the only copy of the token. */
  issue(client: string): Promise<{ id: string; token: string }>;
  /** The record for a pairing id, or undefined if it is unknown or revoked. */
  find(id: string): Promise<TokenRecord | undefined>;
  list(): Promise<TokenRecord[]>;
  /** true if a token with this id existed and is now gone. */
  revoke(id: string): boolean;
  /** Accepts one more token without pairing, in memory only (the secret Baton hands to a bridge it starts). */
  addPreShared(token: string, client: string): Promise<TokenRecord>;
  /** Called after any change that may have removed a pairing: a revoke here, or the file changed on disk. */
  onChanged(listener: () => void): () => void;
  /** Where tokens are kept, for the CLI; undefined when in memory only. */
  readonly location: string | undefined;
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
  const listeners = new Set<() => void>();
  // Re-read on every use: `baton-robot tokens revoke` edits the file while the bridge runs.
  function load(): void {
    if (!options.file) return;
    records.clear();
    for (const record of readTokenFile(options.file)) records.set(record.id, record);
  }
  load();
  const preShared = new Map<string, TokenRecord>();
  const addPreShared = async (token: string, client: string): Promise<TokenRecord> => {
    const record: TokenRecord = { ...(await deriveTokenKeys(token)), client, createdAt: new Date(now()).toISOString(), preShared: true };
    preShared.set(record.id, record);
    return record;
  };
  const preSharedReady = Promise.all((options.preSharedTokens ?? []).map((token) => addPreShared(token, 'pre-shared token')));

  function save(): void {
    if (options.file) writeTokenFile(options.file, [...records.values()]);
  }

  function changed(): void {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A broken listener must not stop the others from hearing about a revocation.
      }
    }
  }

  const onFileChanged = (): void => changed();
  let poll: (() => void) | undefined;

  return {
    location: options.file,
    async issue(client) {
      const token = generateToken();
      const keys = await deriveTokenKeys(token);
      load();
      const record: TokenRecord = { ...keys, client, createdAt: new Date(now()).toISOString() };
      records.set(record.id, record);
      save();
      return { id: record.id, token };
    },
    async find(id) {
      await preSharedReady;
      load();
      const record = preShared.get(id) ?? records.get(id);
      return record ? { ...record } : undefined;
    },
    async list() {
      await preSharedReady;
      load();
      return [...preShared.values(), ...records.values()].map((record) => ({ ...record }));
    },
    revoke(id) {
      load();
      const existed = records.delete(id);
      if (existed) {
        save();
        changed();
      }
      return existed;
    },
    addPreShared,
    onChanged(listener) {
      listeners.add(listener);
      // Polling the file's metadata works the same on every OS and across editors that replace the file.
      if (listeners.size === 1 && options.file) poll = pollFile(options.file, onFileChanged);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        poll?.();
        poll = undefined;
      };
    },
  };
}

/**
 * Calls `onChange` when the file is replaced or changed, polling its metadata (the same on every
 * OS and across editors that replace the file). The first look is taken now, synchronously:
 * fs.watchFile takes its first look later, so a change made right after subscribing was missed.
 */
function pollFile(file: string, onChange: () => void): () => void {
  const stampOf = () => {
    try {
      const stat = statSync(file);
      return `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  let last = stampOf();
  const timer = setInterval(() => {
    const now = stampOf();
    if (now === last) return;
    last = now;
    onChange();
  }, TOKENS_FILE_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

export function readTokenFile(file: string): TokenRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (legacyTokenFileSchema.safeParse(json).success) return [];
  const parsed = tokenFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The robot tokens file ${file} is not valid; move it away to start afresh.`);
  return parsed.data.tokens;
}

/** Write to a sibling file with 0600, then rename: a crash never leaves a half-written file. */
export function writeTokenFile(file: string, tokens: TokenRecord[]): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ version: TOKEN_FILE_VERSION, tokens }, null, 2)}\n`, { mode: 0o600 });
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
