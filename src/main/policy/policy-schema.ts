import { z } from 'zod';
import { authMethodSchema, deploymentSchema } from '../../shared/model';

const httpsUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', `${what} must be an https:// URL.`);

/** A connection profile the administrator provides; the same fields a person would enter. */
export const presetProfileSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    orchestratorUrl: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), 'orchestratorUrl must be an http(s) URL.'),
    tenant: z.string().trim().min(1).max(200).optional(),
    deployment: deploymentSchema.optional(),
    authMethod: authMethodSchema.optional(),
    clientId: z.string().trim().min(1).max(200).optional(),
    redirectUri: z.string().trim().min(1).max(2000).optional(),
    scopes: z
      .array(z.string().regex(/^[\w.:/-]+$/))
      .max(100)
      .optional(),
  })
  .strict();
export type PresetProfile = z.infer<typeof presetProfileSchema>;

/**
 * The machine-wide admin policy file (docs/install.md "Admin policy"). Unknown keys are an
 * error, so a misspelt lock is reported instead of silently not locking anything.
 */
export const policySchema = z
  .object({
    $schema: z.string().optional(),
    /** Profiles added for every person on this machine (matched by name; never duplicated). */
    profiles: z.array(presetProfileSchema).max(50).default([]),
    /** Only the preset profiles' Orchestrator URLs may be used; presets cannot be removed or repointed. */
    lockOrchestratorUrl: z.boolean().default(false),
    /** No runs on this machine's robot (remote Orchestrator jobs still work). */
    disableLocalRuns: z.boolean().default(false),
    /** No connection to the local robot bridge at all (implies no local runs). */
    disableRobotBridge: z.boolean().default(false),
    /** Secrets only in the OS keychain: the owner-only secrets file is refused (docs/security.md). */
    requireKeychain: z.boolean().default(false),
    updates: z
      .object({
        /** Generic electron-updater feed replacing the one built into the app. */
        feedUrl: httpsUrl('updates.feedUrl').optional(),
        /** false: never check for updates (the admin deploys new versions). */
        enabled: z.boolean().default(true),
      })
      .strict()
      .default({ enabled: true }),
  })
  .strict()
  .superRefine((policy, context) => {
    if (policy.lockOrchestratorUrl && policy.profiles.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['lockOrchestratorUrl'],
        message: 'lockOrchestratorUrl needs at least one preset profile to lock to.',
      });
    }
    const names = policy.profiles.map((profile) => profile.name.toLowerCase());
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate) context.addIssue({ code: 'custom', path: ['profiles'], message: `Two preset profiles are named "${duplicate}".` });
  });
export type Policy = z.output<typeof policySchema>;

/** No policy file: nothing preset, nothing locked. */
export const EMPTY_POLICY: Policy = policySchema.parse({});

/** What `policy.status` reports: plain JSON for the contract. */
// The status crosses the contract, so its schema lives in src/shared.
export { policyStatusSchema, type PolicyStatus } from '../../shared/contract/policy';
