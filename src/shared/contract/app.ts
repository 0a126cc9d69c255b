import type { z } from 'zod';
import { appInfoSchema, sessionStatusSchema } from '../model';
import { noParams } from './params';

/** app.* and the session basics; the sign-in domain extends session.* in its own file. */
export const appMethods = {
  'app.info': { params: noParams, result: appInfoSchema },
  'session.status': { params: noParams, result: sessionStatusSchema },
} as const;

export const appEvents = {
  'session.changed': sessionStatusSchema,
} as const satisfies Record<string, z.ZodType>;
