import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ALL_DIALECTS,
  createOrchestratorClient,
  dialectFor,
  findJobByReference,
  getJob,
  getJobs,
  getReleasesByKey,
  listFoldersForUser,
  listReleaseStamps,
  listReleasesAcrossFolders,
  listReleasesInFolder,
  listRunnableReleaseIds,
  startJob,
  stopJobs,
} from '../../../src/main/orchestrator';
import type { HttpFetch } from '../../../src/main/platform';
import { createManualClock } from '../../../src/main/platform/memory';

/**
 * Every request Baton sends to a version, recorded from the real client against a scripted
 * server reporting that version, checked against the version's published spec: the path and
 * method exist, each `$select` name is a property of the entity, each other query parameter is
 * declared, each body validates with unknown properties refused and enums checked. The spec is
 * the independent oracle; Baton's own table is what is under test.
 */
const OPENAPI_DIR = join(__dirname, '../../../../shared/reference/openapi');
const hasSpecs = existsSync(OPENAPI_DIR);
if (!hasSpecs) console.log(`Skipping the spec check: ${OPENAPI_DIR} is absent (CI puts ../shared beside the clone).`);

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
  $ref?: string;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  schemas: Record<string, Schema>;
}

function loadSpec(file: string): Spec {
  const text = readFileSync(join(OPENAPI_DIR, file), 'utf8');
  const doc = (file.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: -1 })) as {
    paths: Spec['paths'];
    definitions?: Record<string, Schema>;
    components?: { schemas: Record<string, Schema> };
  };
  return { paths: doc.paths, schemas: doc.components?.schemas ?? doc.definitions ?? {} };
}

function resolve(spec: Spec, schema: Schema): Schema {
  return schema.$ref ? resolve(spec, spec.schemas[schema.$ref.split('/').pop()!]!) : schema;
}

/** Problems of `value` against `schema`: unknown properties, missing required ones, wrong enum values. */
function check(spec: Spec, schema: Schema, value: unknown, path: string, out: string[]): void {
  const s = resolve(spec, schema);
  if (s.allOf) return s.allOf.forEach((part) => check(spec, part, value, path, out));
  if (value === undefined || value === null) return;
  if (s.enum && !s.enum.includes(value)) out.push(`${path}: ${JSON.stringify(value)} is not one of ${s.enum.join(', ')}`);
  if (Array.isArray(value)) return s.items ? value.forEach((v, i) => check(spec, s.items!, v, `${path}[${i}]`, out)) : undefined;
  if (typeof value !== 'object' || !s.properties) return;
  const record = value as Record<string, unknown>;
  for (const name of s.required ?? []) if (record[name] === undefined) out.push(`${path}.${name}: required`);
  for (const [key, v] of Object.entries(record)) {
    const prop = s.properties[key];
    if (!prop) out.push(`${path}.${key}: not a property of the schema`);
    else check(spec, prop, v, `${path}.${key}`, out);
  }
}

/** The spec's path template for a concrete path: `Jobs(12)` → `Jobs({key})` or `Jobs({Id})`. */
function findOperation(spec: Spec, method: string, path: string): { template: string; operation: Operation } | undefined {
  for (const [template, operations] of Object.entries(spec.paths)) {
    const pattern = new RegExp(`^${template.replace(/[.()]/g, '\\$&').replace(/\\\(\{[^}]+\}\\\)/g, '\\(\\d+\\)')}$`);
    const operation = operations[method.toLowerCase()];
    if (operation && pattern.test(path)) return { template, operation };
  }
  return undefined;
}

const ENTITY_OF: Record<string, string> = { Releases: 'ReleaseDto', Jobs: 'JobDto', Folders: 'FolderDto' };
// Headers every version reads although no spec declares them (orchestrator-api.md §2.2, docs' "Building API requests").
const UNDECLARED_HEADERS = new Set(['x-uipath-tenantname', 'x-uipath-folderkey']);

interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body?: unknown;
}

/** Everything Baton asks of a server that reports `apiVersion`, with a legacy sign-in so every folder listing is tried. */
async function everythingBatonSends(apiVersion: string | null, folderRow: Record<string, unknown>): Promise<Sent[]> {
  const sent: Sent[] = [];
  const release = { Id: 1, Key: 'r-1', Name: 'P', OrganizationUnitId: 7, OrganizationUnitFullyQualifiedName: 'Shared' };
  const fetch: HttpFetch = async (input, init) => {
    const url = new URL(String(input));
    const method = init?.method ?? 'GET';
    sent.push({
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    let body: unknown = { '@odata.count': 1, value: [] };
    if (url.pathname.includes('GetAllForCurrentUser')) body = { PageItems: [], Count: 0 };
    else if (url.pathname.includes('FoldersNavigation')) body = [];
    else if (url.pathname.includes('GetCurrentPermissions')) body = { UserId: 1, Permissions: ['Jobs.Create'] };
    else if (url.pathname.endsWith('StartJobs')) body = { value: [{ Id: 5, Key: 'j-5', State: 'Pending' }] };
    else if (/\/odata\/Jobs\(\d+\)$/.test(url.pathname)) body = { Id: 5, State: 'Running' };
    else if (url.pathname.endsWith('/odata/Folders')) body = { '@odata.count': 1, value: [folderRow] };
    else if (url.pathname.endsWith('/odata/Releases')) body = { '@odata.count': 1, value: [release] };
    const response = Response.json(body, { status: method === 'POST' ? 201 : 200 });
    if (apiVersion !== null) response.headers.set('api-supported-versions', apiVersion);
    return response;
  };
  const client = createOrchestratorClient({
    connection: { profileId: 'p', apiBaseUrl: 'http://orch.test', tenant: 'Default', tokenKind: 'legacy' },
    tokens: { getAccessToken: async () => 't', refreshAccessToken: async () => 't' },
    fetch,
    clock: createManualClock(),
  });
  const dialect = await client.dialect();
  await listFoldersForUser(client);
  await listReleasesInFolder(client, 7, 'Shared');
  if (dialect.hasCrossFolderListing) {
    await listReleasesAcrossFolders(client);
    await listRunnableReleaseIds(client);
    await listReleaseStamps(client);
    await getReleasesByKey(client, ['r-1', 'r-2']);
  }
  const request = { folderId: 7, folderPath: 'Shared', releaseKey: 'r-1', inputArguments: { in_Name: 'Ada' }, reference: 'baton-1' };
  await startJob(client, request, 'full');
  await startJob(client, request, 'minimal');
  if (dialect.hasReference) await findJobByReference(client, 7, 'baton-1');
  await getJob(client, 7, 5);
  await getJobs(client, 7, [5, 6]);
  await stopJobs(client, 7, 'Shared', [5], 'SoftStop');
  await stopJobs(client, 7, 'Shared', [5], 'Kill');
  return sent;
}

function problemsOf(spec: Spec, request: Sent): string[] {
  const out: string[] = [];
  const where = `${request.method} ${request.path}`;
  const found = findOperation(spec, request.method, request.path);
  if (!found) return [`${where}: not in the spec`];
  const declared = (found.operation.parameters ?? []).map((p) => p.name.toLowerCase());
  for (const [name, value] of request.query) {
    if (name === '$select') {
      const entity = ENTITY_OF[request.path.match(/\/odata\/(\w+)/)?.[1] ?? ''];
      const schema = entity ? resolve(spec, spec.schemas[entity] ?? {}) : undefined;
      for (const field of value.split(','))
        if (!schema?.properties?.[field]) out.push(`${where}: $select ${field} is not a property of ${entity}`);
    } else if (!declared.includes(name.toLowerCase())) out.push(`${where}: query parameter ${name} is not declared`);
  }
  for (const [name] of request.headers) {
    if (!name.startsWith('x-uipath-') || UNDECLARED_HEADERS.has(name)) continue;
    if (!declared.includes(name)) out.push(`${where}: header ${name} is not declared`);
  }
  if (request.body !== undefined) {
    const bodyParameter = (found.operation.parameters ?? []).find((p) => p.in === 'body');
    const content = found.operation.requestBody?.content;
    const schema = bodyParameter?.schema ?? (content ? Object.values(content)[0]?.schema : undefined);
    if (!schema) out.push(`${where}: the spec takes no body`);
    else check(spec, schema, request.body, `${where} body`, out);
  }
  return out;
}

describe.skipIf(!hasSpecs)('every request Baton sends, against the version’s published spec', () => {
  // 19.10 and 20.4 report no API version; 20.10 reports 11.x; the current spec is API 20.
  // Folder rows as each version's FolderDto has them (19.10 has no IsPersonal, 20.10 adds Key).
  it.each([
    ['swagger-2019.10.json', null, { Id: 7, DisplayName: 'Shared', FullyQualifiedName: 'Shared', ParentId: null }],
    ['swagger-2020.4.json', null, { Id: 7, DisplayName: 'Shared', FullyQualifiedName: 'Shared', IsPersonal: false }],
    ['swagger-2020.10.json', '11.1', { Id: 7, Key: 'f-7', DisplayName: 'Shared', IsPersonal: false }],
    ['orchestrator.yaml', '20.0', { Id: 7, Key: 'f-7', DisplayName: 'Shared', IsPersonal: false }],
  ] as const)('%s (api-supported-versions: %s)', async (file, apiVersion, folderRow) => {
    const spec = loadSpec(file);
    const sent = await everythingBatonSends(apiVersion, folderRow);
    expect(sent.length).toBeGreaterThan(8);
    expect(sent.flatMap((request) => problemsOf(spec, request))).toEqual([]);
  });

  it('the checker refuses an unknown startInfo property and an unknown $select name (so a pass means something)', () => {
    const spec = loadSpec('swagger-2019.10.json');
    const start: Sent = {
      method: 'POST',
      path: '/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs',
      query: new URLSearchParams(),
      headers: new Headers(),
      body: { startInfo: { ReleaseKey: 'k', Strategy: 'ModernJobsCount', Reference: 'x' } },
    };
    expect(problemsOf(spec, start).join('\n')).toMatch(/Reference: not a property[\s\S]*|ModernJobsCount/);
    const list: Sent = {
      method: 'GET',
      path: '/odata/Releases',
      query: new URLSearchParams({ $select: 'Id,IsAttended' }),
      headers: new Headers(),
    };
    expect(problemsOf(spec, list)).toEqual(['GET /odata/Releases: $select IsAttended is not a property of ReleaseDto']);
  });

  // Versions without a published spec: the reference's field table (orchestrator-versions.md §2.1), by hand.
  it('asks API 13–16 only for ReleaseDto fields 20.10 already had, and API 17 only for those plus the v15/v17 rows', () => {
    const spec = loadSpec('swagger-2020.10.json');
    const v11 = Object.keys(resolve(spec, spec.schemas.ReleaseDto!).properties ?? {});
    for (const version of [13, 15, 16]) expect(dialectFor(version).releaseFields.filter((f) => !v11.includes(f))).toEqual([]);
    // LastModificationTime: the v15 row (CLI-15), every build reporting 17 has it.
    const v17 = [...v11, 'IsAttended', 'EntryPointPath', 'HiddenForAttendedUser', 'LastModificationTime'];
    expect(dialectFor(17).releaseFields.filter((f) => !v17.includes(f))).toEqual([]);
  });

  it('asks the lean listing of a warm refresh only for fields of the full listing (so both give the same change stamp)', () => {
    for (const dialect of ALL_DIALECTS) expect(dialect.releaseChangeFields.filter((f) => !dialect.releaseFields.includes(f))).toEqual([]);
  });
});
