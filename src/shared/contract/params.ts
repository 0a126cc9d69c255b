import { z } from 'zod';

/** The params schema of a method that takes none: extra keys are refused, not ignored. */
export const noParams = z.object({}).strict();
