import type { z } from 'zod';
import type { MethodSpec } from '../api';

/** The session.* methods and events of the contract (filled in by the session domain). */
export const sessionMethods = {} as const satisfies Record<string, MethodSpec>;

export const sessionEvents = {} as const satisfies Record<string, z.ZodType>;
