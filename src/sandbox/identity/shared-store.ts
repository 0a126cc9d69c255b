import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

export interface SharedStore {
  /** oidc-provider's `adapter` option: one adapter per model name, all over the same maps. */
  adapterFor(modelName: string): Adapter;
  /** Forgets every session, grant, code and refresh token (already-issued JWTs stay valid). */
  clear(): void;
}

/**
 * In-memory storage shared by every mount, so a code or refresh token issued at
 * `/identity_` is also accepted at `/{org}/identity_` (UiPath's own SDK exchanges the code at
 * the host root and refreshes at the org-scoped URL).
 */
export function createSharedStore(): SharedStore {
  const entries = new Map<string, Entry>();
  const grantMembers = new Map<string, Set<string>>();
  const sessionUids = new Map<string, string>();
  const userCodes = new Map<string, string>();

  const read = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  const remove = (key: string): void => {
    const entry = entries.get(key);
    entries.delete(key);
    const grantId = entry?.payload.grantId;
    if (grantId) grantMembers.get(grantId)?.delete(key);
  };

  function adapterFor(model: string): Adapter {
    const keyOf = (id: string): string => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const key = keyOf(id);
        const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
        entries.set(key, { payload, expiresAt });
        if (payload.grantId) {
          const members = grantMembers.get(payload.grantId) ?? new Set<string>();
          members.add(key);
          grantMembers.set(payload.grantId, members);
        }
        if (model === 'Session' && payload.uid) sessionUids.set(payload.uid, id);
        if (payload.userCode) userCodes.set(payload.userCode, id);
      },
      async find(id) {
        return read(keyOf(id));
      },
      async findByUid(uid) {
        const id = sessionUids.get(uid);
        return id === undefined ? undefined : read(keyOf(id));
      },
      async findByUserCode(userCode) {
        const id = userCodes.get(userCode);
        return id === undefined ? undefined : read(keyOf(id));
      },
      async consume(id) {
        const payload = read(keyOf(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        remove(keyOf(id));
      },
      async revokeByGrantId(grantId) {
        for (const key of grantMembers.get(grantId) ?? []) entries.delete(key);
        grantMembers.delete(grantId);
      },
    };
  }

  return {
    adapterFor,
    clear() {
      entries.clear();
      grantMembers.clear();
      sessionUids.clear();
      userCodes.clear();
    },
  };
}
