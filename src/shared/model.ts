import { z } from 'zod';
import { textPartsSchema } from './message-parts';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Which host the core runs in: the desktop shell, the web host or the command line. */
  host: z.enum(['electron', 'web', 'cli']),
  platform: z.string(),
  /** Versions of the runtimes underneath, for bug reports. */
  runtimes: z.record(z.string(), z.string()),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const deploymentSchema = z.enum(['on-prem', 'automation-suite', 'cloud']);
export type Deployment = z.infer<typeof deploymentSchema>;

export const authMethodSchema = z.enum(['interactive', 'client-credentials', 'pat', 'legacy']);
export type AuthMethod = z.infer<typeof authMethodSchema>;

/** What a person sees of a sign-in problem; the same shape as a BatonError payload. */
const sessionProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  /** The message and hint as message ids, for the person's language (docs/i18n.md). */
  messageText: textPartsSchema.optional(),
  hintText: textPartsSchema.optional(),
});

/**
 * Who is signed in to which profile. Never carries a token: the sign-in URL below holds only
 * public PKCE values (challenge, state, nonce), never the verifier.
 */
export const sessionStatusSchema = z.object({
  state: z.enum(['signed-out', 'signing-in', 'signed-in']),
  profileId: z.string().nullable(),
  profileName: z.string().nullable(),
  user: z
    .object({
      name: z.string(),
      email: z.string().optional(),
    })
    .nullable(),
  orchestratorUrl: z.string().optional(),
  deployment: deploymentSchema.optional(),
  authMethod: authMethodSchema.optional(),
  /** Cloud organization (from the URL). */
  org: z.string().optional(),
  tenant: z.string().optional(),
  /** When the current access token expires (ISO 8601); it is renewed ahead of time. */
  expiresAt: z.string().optional(),
  /** While signing in: the Identity Server page to open if no browser opened by itself. */
  signInUrl: z.string().optional(),
  /** Why the profile is signed out or the last sign-in failed, with what to do. */
  problem: sessionProblemSchema.optional(),
  /**
   * Where this host keeps secrets (the OS keychain, an owner-only file: no keychain here, or memory only), whether a
   * sign-in survives a restart, and the vault's own explanation: `descriptionText` as message ids, `description` its English.
   */
  secretStorage: z
    .object({
      isPersistent: z.boolean(),
      store: z.enum(['keychain', 'file', 'memory']),
      description: z.string(),
      descriptionText: textPartsSchema.optional(),
    })
    .optional(),
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

/** A connection profile as the UI sees it: everything but secrets. */
export const profileViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  orchestratorUrl: z.string(),
  deployment: deploymentSchema,
  org: z.string().optional(),
  tenant: z.string().optional(),
  authMethod: authMethodSchema,
  clientId: z.string(),
  redirectUri: z.string(),
  scopes: z.array(z.string()),
  /** Legacy (19.10) user name, or the client id of a confidential app. */
  username: z.string().optional(),
  isActive: z.boolean(),
  state: z.enum(['signed-out', 'signing-in', 'signed-in']),
  user: z.object({ name: z.string(), email: z.string().optional() }).nullable(),
});
export type ProfileView = z.infer<typeof profileViewSchema>;
