import { z } from 'zod';
import { rowOf } from './row-checks';

// Lenient on purpose: 19.10 through current add and drop fields (reference/orchestrator-api.md §4.2, §5.2, §6.2).
const optionalString = z.string().nullish();

export const folderDtoSchema = z
  .object({
    Id: z.number(),
    Key: optionalString,
    DisplayName: optionalString,
    FullyQualifiedName: optionalString,
  })
  .loose();
export type FolderDto = z.infer<typeof folderDtoSchema>;

/** A release row of `/odata/Releases` as Baton selects it (`releaseFields`: fewer on older versions). */
export interface ReleaseDto {
  Id: number;
  Key: string;
  Name?: string | null;
  ProcessKey?: string | null;
  ProcessVersion?: string | null;
  Description?: string | null;
  InputArguments?: string | null;
  Arguments?: { Input?: string | null; Output?: string | null; [field: string]: unknown } | null;
  OrganizationUnitId?: number | null;
  OrganizationUnitFullyQualifiedName?: string | null;
  HiddenForAttendedUser?: boolean | null;
  RequiresUserInteraction?: boolean | null;
  IsAttended?: boolean | null;
  IsProcessDeleted?: boolean | null;
  LastModificationTime?: string | null;
  [field: string]: unknown;
}

// Release listings carry 10,000 rows and more: checked by hand (row-checks.ts), not by zod.
export const releaseDtoSchema = rowOf<ReleaseDto>({
  required: { Id: 'number', Key: 'string' },
  optional: {
    Name: 'string',
    ProcessKey: 'string',
    ProcessVersion: 'string',
    Description: 'string',
    InputArguments: 'string',
    Arguments: { optional: { Input: 'string', Output: 'string' } },
    OrganizationUnitId: 'number',
    OrganizationUnitFullyQualifiedName: 'string',
    HiddenForAttendedUser: 'boolean',
    RequiresUserInteraction: 'boolean',
    IsAttended: 'boolean',
    IsProcessDeleted: 'boolean',
    LastModificationTime: 'string',
  },
});

/** A row of the lean listing (`releaseChangeFields`); the change stamp's fields stay as they come. */
export interface ReleaseStampDto {
  Id: number;
  Key: string;
  ProcessVersion?: string | null;
  OrganizationUnitId?: number | null;
  LastModificationTime?: string | null;
  InputArguments?: string | null;
  [field: string]: unknown;
}

export const releaseStampSchema = rowOf<ReleaseStampDto>({
  required: { Id: 'number', Key: 'string' },
  optional: { ProcessVersion: 'string', OrganizationUnitId: 'number', LastModificationTime: 'string', InputArguments: 'string' },
});

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

/** Lean `$select=Id` rows (the Jobs.Create pass: 10,000 rows for 10,000 releases). */
export const idRowSchema = rowOf<{ Id: number }>({ required: { Id: 'number' } });
