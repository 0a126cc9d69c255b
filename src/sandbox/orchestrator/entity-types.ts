import type { SeedFolder, SeedProcess } from '../seed';
import { folderDto, forVersion, jobDto, releaseDto, webhookDto } from './dto';
import type { CollectionQuery } from './odata/query';
import type { OrchestratorState } from './state';
import type { JobRecord, OrchestratorVersion } from './types';

export interface EntityTypes {
  folder: CollectionQuery;
  release: CollectionQuery;
  job: CollectionQuery;
  webhook: CollectionQuery;
}

const NS = 'UiPath.Server.Configuration.OData';

/** Property names of each entity type, read off a sample DTO (the builders always emit every key). */
export function entityTypes(version: OrchestratorVersion): EntityTypes {
  const folder: SeedFolder = { id: 0, key: '', displayName: '', fullyQualifiedName: '', description: '', parentId: null, parentKey: null };
  const release = {
    id: 0,
    key: '',
    name: '',
    processKey: '',
    processVersion: '',
    description: '',
    folderId: 0,
    isAttended: false,
    requiresUserInteraction: false,
    hiddenForAttendedUser: false,
    jobPriority: 'Normal',
    inputs: [],
    outputs: [],
    defaultInputs: {},
    creationTime: '',
    behaviour: { pendingMs: 0, runMs: 0, outcome: () => ({ state: 'Successful', output: {} }) },
  } satisfies SeedProcess;
  const job = {
    id: 0,
    releaseId: 0,
    folderId: 0,
    creationTime: 0,
    startTime: null,
    endTime: null,
    lastModificationTime: 0,
    jobPriority: 'Normal',
    jobError: null,
  } as unknown as JobRecord;
  const fake = { releases: new Map([[0, release]]), folders: new Map([[0, folder]]) } as unknown as OrchestratorState;
  const keys = (dto: Record<string, unknown>): ReadonlySet<string> => new Set(Object.keys(dto));
  return {
    folder: { typeName: `${NS}.FolderDto`, properties: keys(forVersion(version, 'Folder', folderDto(folder))) },
    release: { typeName: `${NS}.ReleaseDto`, properties: keys(releaseDto(release, folder, version)) },
    job: {
      typeName: `${NS}.JobDto`,
      properties: keys(jobDto(fake, job, version)),
      expandable: new Set(version === 'current' ? ['Robot', 'Release', 'Machine'] : ['Robot', 'Release']),
    },
    webhook: {
      typeName: `${NS}.WebhookDto`,
      properties: keys(
        webhookDto(
          {
            id: 0,
            key: '',
            name: '',
            description: null,
            url: '',
            enabled: true,
            secret: null,
            subscribeToAllEvents: true,
            allowInsecureSsl: false,
            events: [],
          },
          version,
        ),
      ),
    },
  };
}
