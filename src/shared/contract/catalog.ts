import { z } from 'zod';
import type { MethodSpec } from './method-spec';
import { batonErrorPayloadSchema } from '../errors';
import { noParams } from './params';

/** One input argument of a process, parsed from the release's `Arguments.Input`. */
export const argumentSchemaSchema = z.object({
  name: z.string(),
  /** Baton's kind of value, used to build the form and convert input. */
  kind: z.enum(['string', 'integer', 'number', 'boolean', 'datetime', 'json']),
  /** The .NET type UiPath reports, e.g. `System.String`, for display. */
  typeName: z.string(),
  isRequired: z.boolean(),
  hasDefault: z.boolean(),
  defaultValue: z.unknown().optional(),
  description: z.string().optional(),
  /** A secret (a password, a key): its value is masked where it is typed, and never kept once the run has started. */
  isSensitive: z.boolean().optional(),
});
export type ArgumentSchema = z.infer<typeof argumentSchemaSchema>;

export const folderSchema = z.object({
  id: z.number(),
  key: z.string().optional(),
  /** `FullyQualifiedName`, e.g. `Finance/Invoices`. */
  path: z.string(),
  displayName: z.string(),
  /** Set when this folder's processes could not be listed; the other folders stay visible. */
  error: batonErrorPayloadSchema.optional(),
});
export type Folder = z.infer<typeof folderSchema>;

/** Baton's catalog entry: an Orchestrator release as a person sees it. */
export const processSchema = z.object({
  /** Stable id: `<folderId>:<releaseKey>`. */
  id: z.string(),
  name: z.string(),
  description: z.string(),
  version: z.string(),
  releaseId: z.number(),
  releaseKey: z.string(),
  processKey: z.string(),
  folderId: z.number(),
  folderPath: z.string(),
  /** The person may start jobs of it (Jobs.Create in its folder); otherwise view only. */
  isRunnable: z.boolean(),
  /** Attended / requires user interaction: a local run is suggested. */
  prefersLocal: z.boolean(),
  inputArguments: z.array(argumentSchemaSchema),
  isFavorite: z.boolean(),
});
export type Process = z.infer<typeof processSchema>;

export const catalogSchema = z.object({
  profileId: z.string().nullable(),
  folders: z.array(folderSchema),
  processes: z.array(processSchema),
  /** When the server last answered a full refresh (ISO 8601), null if never. */
  refreshedAt: z.string().nullable(),
  /** `cache`: shown from the last run while a refresh may be under way. */
  source: z.enum(['empty', 'cache', 'server']),
  isRefreshing: z.boolean(),
  /** A refresh that failed as a whole (the cached list stays). */
  error: batonErrorPayloadSchema.optional(),
});
export type Catalog = z.infer<typeof catalogSchema>;

export const catalogMethods = {
  'catalog.get': { params: noParams, result: catalogSchema },
  'catalog.refresh': { params: noParams, result: catalogSchema },
  'catalog.setFavorite': {
    params: z.object({ processId: z.string().min(1).max(200), isFavorite: z.boolean() }).strict(),
    result: processSchema,
  },
} as const satisfies Record<string, MethodSpec>;

export const catalogEvents = {
  'catalog.changed': catalogSchema,
} as const satisfies Record<string, z.ZodType>;
