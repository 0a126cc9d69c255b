import type { z } from 'zod';
import type { MethodSpec } from '../api';

/** The diagnostics.* methods and events of the contract (filled in by the diagnostics domain). */
export const diagnosticsMethods = {} as const satisfies Record<string, MethodSpec>;

export const diagnosticsEvents = {} as const satisfies Record<string, z.ZodType>;
