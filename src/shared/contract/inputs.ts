import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { MAX_INPUT_ARGUMENTS, MAX_INPUT_ARGUMENTS_CHARS } from './runs';

const processId = z.string().min(1).max(200);

/** The last values a person entered for a process, by argument name; sensitive ones are never among them. */
export const rememberedInputsSchema = z.object({
  processId: z.string(),
  values: z.record(z.string().max(200), z.unknown()),
});
export type RememberedInputs = z.infer<typeof rememberedInputsSchema>;

const valuesSchema = z
  .record(z.string().max(200), z.unknown())
  .refine((values) => Object.keys(values).length <= MAX_INPUT_ARGUMENTS, { message: `at most ${MAX_INPUT_ARGUMENTS} values` })
  .refine((values) => (JSON.stringify(values)?.length ?? 0) <= MAX_INPUT_ARGUMENTS_CHARS, {
    message: `the values may hold at most ${MAX_INPUT_ARGUMENTS_CHARS} characters as JSON`,
  });

/** Remembered inputs: per process of the active profile, kept with the profile's settings, removed by Reset. */
export const inputsMethods = {
  'inputs.get': { params: z.object({ processId }).strict(), result: rememberedInputsSchema },
  /** Keeps the values the person just started a run with; sensitive arguments are dropped by the core. */
  'inputs.remember': { params: z.object({ processId, values: valuesSchema }).strict(), result: rememberedInputsSchema },
  'inputs.forget': { params: z.object({ processId }).strict(), result: rememberedInputsSchema },
} as const satisfies Record<string, MethodSpec>;
