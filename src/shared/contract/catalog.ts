import type { z } from 'zod';
import type { MethodSpec } from '../api';

/** The catalog.* methods and events of the contract (filled in by the catalog domain). */
export const catalogMethods = {} as const satisfies Record<string, MethodSpec>;

export const catalogEvents = {} as const satisfies Record<string, z.ZodType>;
