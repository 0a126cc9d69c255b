import type { z } from 'zod';

/** One contract method: the schema its params are checked by, and the one its answer keeps to. */
export interface MethodSpec {
  params: z.ZodType;
  result: z.ZodType;
}
