import { said, verbatim } from '../../shared/message-parts';
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
    if (!storage)
      return {
        status: 'skipped',
        summary: said('diagnostics.noProfileForSecrets'),
        because: said('diagnostics.onlyUrlChecked'),
        evidence: [],
      };
    // The secret store describes itself (its kind and where it keeps them), in ids when the core sent them.
    const evidence = [storage.descriptionText ?? verbatim(storage.description)];
    if (storage.store === 'keychain') return { status: 'pass', summary: said('diagnostics.secretsKeychain'), evidence };
    if (storage.store === 'file')
      return {
        status: 'pass',
        summary: said('diagnostics.secretsFile'),
        evidence,
      };
    return {
      status: 'warn',
      summary: said('diagnostics.secretsMemory'),
      evidence,
      fix: said('diagnostics.secretsMemoryFix'),
    };
  },
};
