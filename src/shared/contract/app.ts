import { z } from 'zod';
import { appInfoSchema, sessionStatusSchema } from '../model';
import { CHECK_IDS } from './diagnostics';
import { noParams } from './params';

/** The window's areas, by the ids its hash routes use (`#/diagnostics`). */
export const AREA_IDS = ['processes', 'runs', 'robot', 'diagnostics', 'settings'] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const showAreaParamsSchema = z
  .object({
    area: z.enum(AREA_IDS),
    /** With `diagnostics`: run the checks and bring this one into view (`#/diagnostics?check=tls`). */
    check: z.enum(CHECK_IDS).optional(),
  })
  .strict()
  .refine((params) => params.check === undefined || params.area === 'diagnostics', {
    message: 'a check belongs to the diagnostics area',
    path: ['check'],
  });
export type ShowAreaParams = z.infer<typeof showAreaParamsSchema>;

/** app.* and the session basics; the sign-in domain extends session.* in its own file. */
export const appMethods = {
  'app.info': { params: noParams, result: appInfoSchema },
  /**
   * Brings the app's main window forward at an area. Only the desktop host has a window apart from
   * the caller's (its quick-launch palette is one); elsewhere the answer is `isShown: false`.
   */
  'app.showArea': { params: showAreaParamsSchema, result: z.object({ isShown: z.boolean() }) },
  'session.status': { params: noParams, result: sessionStatusSchema },
} as const;

export const appEvents = {
  'session.changed': sessionStatusSchema,
} as const satisfies Record<string, z.ZodType>;
