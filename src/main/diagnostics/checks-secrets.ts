import type { CheckDefinition } from './types';

/**
 * Where the sign-in's secrets are kept, so a person on a server learns why they are signed out
 * after every command (memory only) or that a file holds them (no OS keychain).
 */
export const secretsCheck: CheckDefinition = {
  id: 'secrets',
  dependsOn: [],
  async run(ctx) {
    const storage = (await ctx.auth.status(ctx.profile?.id)).secretStorage;
    if (!storage) return { status: 'skipped', summary: 'No profile to keep secrets for.', because: 'only a URL was checked', evidence: [] };
    const evidence = [storage.description];
    if (storage.store === 'keychain') return { status: 'pass', summary: 'Secrets are kept in the OS keychain.', evidence };
    if (storage.store === 'file')
      return {
        status: 'pass',
        summary: 'Secrets are kept in a file only this user (and root) can read: this machine has no OS keychain.',
        evidence,
      };
    return {
      status: 'warn',
      summary: 'Secrets are kept in memory only: the sign-in is forgotten when Baton exits.',
      evidence,
      fix: 'Start a keyring (GNOME Keyring, KWallet), or let Baton keep secrets in an owner-only file: --secret-store file or BATON_SECRET_STORE=file.',
    };
  },
};
