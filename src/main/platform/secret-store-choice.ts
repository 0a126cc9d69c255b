import { z } from 'zod';

/**
 * Where a person may ask Baton to keep secrets (`--secret-store`, BATON_SECRET_STORE): 'auto'
 * tries the OS keychain, then an owner-only file; 'memory' keeps them for one process only.
 */
export const secretStoreChoiceSchema = z.enum(['auto', 'keychain', 'file', 'memory']);
export type SecretStoreChoice = z.infer<typeof secretStoreChoiceSchema>;

/** BATON_SECRET_STORE when it names a store; anything else is 'auto' (the CLI checks its flag itself). */
export function secretStoreFrom(env: Record<string, string | undefined>): SecretStoreChoice {
  const parsed = secretStoreChoiceSchema.safeParse(env.BATON_SECRET_STORE?.trim().toLowerCase());
  return parsed.success ? parsed.data : 'auto';
}
