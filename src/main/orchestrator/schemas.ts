import { z } from 'zod';

// Lenient on purpose: 19.10 through current add and drop fields (reference/orchestrator-api.md §4.2, §5.2, §6.2).
const optionalString = z.string().nullish();
const optionalBool = z.boolean().nullish();

export const folderDtoSchema = z
  .object({
    Id: z.number(),
    Key: optionalString,
    DisplayName: optionalString,
    FullyQualifiedName: optionalString,
  })
  .loose();
export type FolderDto = z.infer<typeof folderDtoSchema>;

export const releaseDtoSchema = z
  .object({
    Id: z.number(),
    Key: z.string(),
    Name: optionalString,
    ProcessKey: optionalString,
    ProcessVersion: optionalString,
    Description: optionalString,
    InputArguments: optionalString,
    Arguments: z.object({ Input: optionalString, Output: optionalString }).loose().nullish(),
    OrganizationUnitId: z.number().nullish(),
    OrganizationUnitFullyQualifiedName: optionalString,
    HiddenForAttendedUser: optionalBool,
    RequiresUserInteraction: optionalBool,
    IsAttended: optionalBool,
    IsProcessDeleted: optionalBool,
    LastModificationTime: optionalString,
  })
  .loose();
export type ReleaseDto = z.infer<typeof releaseDtoSchema>;

/** A row of the lean listing (`releaseChangeFields`); the change stamp's fields stay as they come (loose). */
export const releaseStampSchema = z
  .object({
    Id: z.number(),
    Key: z.string(),
    ProcessVersion: optionalString,
    OrganizationUnitId: z.number().nullish(),
    LastModificationTime: optionalString,
    InputArguments: optionalString,
  })
  .loose();
export type ReleaseStampDto = z.infer<typeof releaseStampSchema>;

export const jobDtoSchema = z
  .object({
    Id: z.number(),
    Key: optionalString,
    State: z.string(),
    Info: optionalString,
    StartTime: optionalString,
    EndTime: optionalString,
    CreationTime: optionalString,
    // A JSON object as a string in REST, an object in webhook payloads: accept both.
    OutputArguments: z.union([z.string(), z.record(z.string(), z.unknown())]).nullish(),
    Reference: optionalString,
    OrganizationUnitId: z.number().nullish(),
  })
  .loose();
export type JobDto = z.infer<typeof jobDtoSchema>;

export function collectionSchema<T extends z.ZodType>(item: T) {
  return z.object({ '@odata.count': z.number().optional(), value: z.array(item) }).loose();
}

/** Lean `$select=Id` rows. */
export const idRowSchema = z.object({ Id: z.number() }).loose();
