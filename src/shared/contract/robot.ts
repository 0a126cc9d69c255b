import type { z } from 'zod';
import type { MethodSpec } from '../api';

/** The robot.* methods and events of the contract (filled in by the robot domain). */
export const robotMethods = {} as const satisfies Record<string, MethodSpec>;

export const robotEvents = {} as const satisfies Record<string, z.ZodType>;
