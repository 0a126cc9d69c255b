import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { authMethodSchema, deploymentSchema, profileViewSchema, sessionStatusSchema } from '../model';
import { noParams } from './params';

const profileId = z.string().min(1).max(200);
const name = z.string().trim().min(1, 'A profile needs a name.').max(100);
const scopes = z.array(z.string().regex(/^[\w.:/-]+$/, 'A scope is one word such as OR.Jobs.')).max(100);

/** The fields a person may set on a profile; the service validates URLs and derives the rest. */
const profileFields = {
  name,
  orchestratorUrl: z.string().trim().min(1, 'Enter the Orchestrator URL.').max(2000),
  tenant: z.string().trim().min(1).max(200).optional(),
  deployment: deploymentSchema.optional(),
  authMethod: authMethodSchema.optional(),
  clientId: z.string().trim().min(1).max(200).optional(),
  redirectUri: z.string().trim().min(1).max(2000).optional(),
  scopes: scopes.optional(),
  username: z.string().trim().min(1).max(200).optional(),
  /** Interactive sign-in's `acr_values`, only for organisations that want it (e.g. `tenantName:acme`). */
  acrValues: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .regex(/^[\w.:|-]+( [\w.:|-]+)*$/, 'acr_values are words such as tenantName:acme, separated by spaces.')
    .optional(),
};

export const profileInputSchema = z.object({ ...profileFields, makeActive: z.boolean().optional() }).strict();
export const profileUpdateSchema = z
  .object({
    id: profileId,
    ...profileFields,
    name: profileFields.name.optional(),
    orchestratorUrl: profileFields.orchestratorUrl.optional(),
  })
  .strict();
export type ProfileInput = z.output<typeof profileInputSchema>;
export type ProfileUpdate = z.output<typeof profileUpdateSchema>;

/**
 * Secrets arrive here as params (the person typed them) and go straight to the vault; no
 * result or event ever carries one back.
 */
export const signInParamsSchema = z
  .object({
    profileId: profileId.optional(),
    /** false: do not open the system browser; the UI or CLI shows `signInUrl` instead. */
    openBrowser: z.boolean().optional(),
    clientSecret: z.string().min(1).max(4000).optional(),
    pat: z.string().min(1).max(4000).optional(),
    username: z.string().min(1).max(200).optional(),
    password: z.string().min(1).max(1000).optional(),
    /** Legacy sign-in only: keep the password in the vault to renew the 30-minute token. */
    rememberPassword: z.boolean().optional(),
    timeoutSeconds: z.number().int().min(5).max(3600).optional(),
  })
  .strict();
export type SignInParams = z.output<typeof signInParamsSchema>;

export const signOutParamsSchema = z.object({ profileId: profileId.optional(), endBrowserSession: z.boolean().optional() }).strict();

const profileListSchema = z.object({ activeProfileId: z.string().nullable(), profiles: z.array(profileViewSchema) });

/** The session.* methods: who is signed in where, connection profiles, sign-in and sign-out. */
export const sessionMethods = {
  'session.status': { params: noParams, result: sessionStatusSchema },
  'session.profiles.list': { params: noParams, result: profileListSchema },
  'session.profiles.add': { params: profileInputSchema, result: profileViewSchema },
  'session.profiles.update': { params: profileUpdateSchema, result: profileViewSchema },
  'session.profiles.remove': { params: z.object({ id: profileId }).strict(), result: profileListSchema },
  'session.profiles.setActive': { params: z.object({ id: profileId }).strict(), result: sessionStatusSchema },
  'session.signIn': { params: signInParamsSchema, result: sessionStatusSchema },
  'session.cancelSignIn': { params: z.object({ profileId: profileId.optional() }).strict(), result: sessionStatusSchema },
  'session.signOut': { params: signOutParamsSchema, result: sessionStatusSchema },
} as const satisfies Record<string, MethodSpec>;

export const sessionEvents = {
  /** The active profile's session changed: a switch, a sign-in or sign-out, a renewal. */
  'session.changed': sessionStatusSchema,
} as const satisfies Record<string, z.ZodType>;
