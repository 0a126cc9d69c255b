import type { z } from 'zod';
import type { MethodSpec } from '../api';

/** The runs.* methods and events of the contract (filled in by the runs domain). */
export const runsMethods = {} as const satisfies Record<string, MethodSpec>;

export const runsEvents = {} as const satisfies Record<string, z.ZodType>;
