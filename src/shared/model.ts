import { z } from 'zod';

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
});
export type SessionStatus = z.infer<typeof sessionStatusSchema>;
