import { z } from 'zod';
import { authMethodSchema } from '../../shared/model';
import type { Logger, SecretVault } from '../platform';
import type { StoredCredentials } from './types';

const storedCredentialsSchema = z.object({
  method: authMethodSchema,
  refreshToken: z.string().optional(),
  idToken: z.string().optional(),
  clientSecret: z.string().optional(),
  pat: z.string().optional(),
  password: z.string().optional(),
  accessToken: z.string().optional(),
  accessTokenExpiresAt: z.number().optional(),
  user: z.object({ name: z.string(), email: z.string().optional() }),
});

export interface CredentialStore {
  read(profileId: string): Promise<StoredCredentials | undefined>;
  write(profileId: string, credentials: StoredCredentials): Promise<void>;
  forget(profileId: string): Promise<void>;
}

/** One vault entry per profile, JSON; the vault decides how it is protected at rest. */
export function createCredentialStore(deps: { vault: SecretVault; logger: Logger }): CredentialStore {
  const keyOf = (profileId: string) => `baton.auth.${profileId}`;
  return {
    async read(profileId) {
      const raw = await deps.vault.get(keyOf(profileId));
      if (raw === undefined) return undefined;
      try {
        return storedCredentialsSchema.parse(JSON.parse(raw));
      } catch {
        deps.logger.warn('Stored sign-in data could not be read and was forgotten', { profileId });
        await deps.vault.delete(keyOf(profileId));
        return undefined;
      }
    },
    write: (profileId, credentials) => deps.vault.set(keyOf(profileId), JSON.stringify(credentials)),
    forget: (profileId) => deps.vault.delete(keyOf(profileId)),
  };
}
