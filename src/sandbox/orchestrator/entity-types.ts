import type { CollectionQuery } from './odata/query';
import type { VersionProfile } from './versions';

export interface EntityTypes {
  folder: CollectionQuery;
  release: CollectionQuery;
  job: CollectionQuery;
  webhook: CollectionQuery;
  log: CollectionQuery;
}

const NS = 'UiPath.Server.Configuration.OData';

/**
 * Each entity type as the profile's OData model has it: `$select`, `$filter` and `$orderby` may
 * name exactly these properties (an unknown one is the OData parser's 400).
 */
export function entityTypes(profile: VersionProfile): EntityTypes {
  const { fields } = profile;
  return {
    folder: { typeName: `${NS}.FolderDto`, properties: fields.Folder },
    release: { typeName: `${NS}.ReleaseDto`, properties: fields.Release },
    job: { typeName: `${NS}.JobDto`, properties: fields.Job, expandable: new Set(profile.jobExpand) },
    webhook: { typeName: `${NS}.WebhookDto`, properties: fields.Webhook },
    log: { typeName: `${NS}.LogDto`, properties: fields.Log },
  };
}
