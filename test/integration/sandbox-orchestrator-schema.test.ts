import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchemas, REFERENCE_DIR } from '../support/openapi-schema';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { versionProfile, type OrchestratorVersion } from '../../src/sandbox';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

// The wire error body is camelCase while the spec's ErrorResult is PascalCase (orchestrator-api.md §7.1).
const pascal = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0]!.toUpperCase() + k.slice(1), v]));

/** Property names of one schema of a spec file, read directly (not through the sandbox). */
function propertiesOf(file: string, schema: string): Set<string> {
  const text = readFileSync(`${REFERENCE_DIR}/${file}`, 'utf8');
  const doc = (file.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: -1 })) as {
    components?: { schemas: Record<string, { properties: Record<string, unknown> }> };
    definitions?: Record<string, { properties: Record<string, unknown> }>;
  };
  const schemas = doc.components?.schemas ?? doc.definitions ?? {};
  return new Set(Object.keys(schemas[schema]!.properties));
}

describe('responses match the current Orchestrator OpenAPI schemas', () => {
  let sb: TestSandbox;
  let validate: (name: string, value: unknown) => string[];
  beforeAll(async () => {
    sb = await startTestSandbox();
    validate = loadSchemas('orchestrator.yaml');
  });
  afterAll(async () => {
    await sb?.close();
  });

  it('rejects a value that breaks the schema, so the checks below can fail', () => {
    expect(validate('FolderDto', { Id: 'one', Nope: 1 })).toEqual(
      expect.arrayContaining([
        'FolderDto.DisplayName: required',
        'FolderDto.Id: expected integer',
        'FolderDto.Nope: not a property of the schema',
      ]),
    );
  });

  it('Folders are FolderDto and GetAllForCurrentUser items are CurrentUserFolderDto', async () => {
    for (const f of (await sb.call('/odata/Folders')).json.value) expect(validate('FolderDto', f)).toEqual([]);
    for (const f of (await sb.call('/api/Folders/GetAllForCurrentUser')).json.PageItems)
      expect(validate('CurrentUserFolderDto', f)).toEqual([]);
  });

  it('Releases are ReleaseDto', async () => {
    const all = (await sb.call('/odata/Releases')).json.value;
    expect(all.length).toBeGreaterThan(30);
    for (const r of all) expect(validate('ReleaseDto', r)).toEqual([]);
  });

  it('StartJobs results, Jobs(id) and expanded listings are JobDto', async () => {
    const rel = [...sb.orchestrator.state.releases.values()].find((r) => r.name === 'Always Faults Demo')!;
    const headers = { 'X-UIPATH-OrganizationUnitId': String(rel.folderId) };
    const started = await sb.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
      headers,
      body: { startInfo: { ReleaseKey: rel.key, Strategy: 'ModernJobsCount', JobsCount: 1, InputArguments: '{}' } },
    });
    expect(validate('JobDto', started.json.value[0])).toEqual([]);
    sb.clock.advance(60_000);
    const done = (await sb.call(`/odata/Jobs(${started.json.value[0].Id})`, { headers })).json;
    expect(done.State).toBe('Faulted');
    expect(validate('JobDto', done)).toEqual([]);
    for (const j of (await sb.call('/odata/Jobs?$expand=Robot,Release')).json.value) expect(validate('JobDto', j)).toEqual([]);
  });

  it('the current user is a UserDto and webhooks are WebhookDto', async () => {
    expect(validate('UserDto', (await sb.call('/odata/Users/UiPath.Server.Configuration.OData.GetCurrentUser')).json)).toEqual([]);
    const hook = await sb.call('/odata/Webhooks', {
      body: { Name: 'w', Url: 'http://127.0.0.1:9/x', Enabled: false, SubscribeToAllEvents: true, AllowInsecureSsl: false },
    });
    expect(validate('WebhookDto', hook.json)).toEqual([]);
  });

  it('error bodies are ErrorResult', async () => {
    for (const path of ['/odata/Releases?$top=5000', '/odata/Jobs(1)', '/odata/Releases?$filter=Name%20eq']) {
      const r = await sb.call(path);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(Object.keys(r.json).sort()).toEqual(['errorCode', 'message', 'traceId']);
      expect(validate('ErrorResult', pascal(r.json))).toEqual([]);
    }
  });
});

const SWAGGERS: Array<[OrchestratorVersion, string]> = [
  ['19.10', 'swagger-2019.10.json'],
  ['20.4', 'swagger-2020.4.json'],
  ['20.10', 'swagger-2020.10.json'],
  ['cloud', 'orchestrator.yaml'],
];

describe.each(SWAGGERS)('the %s profile against its published spec (%s)', (version, file) => {
  // The spec is the oracle: the profile's field table must list exactly the spec's properties.
  it.each([
    ['Release', 'ReleaseDto'],
    ['Job', 'JobDto'],
    ['Folder', 'FolderDto'],
    ['StartInfo', 'StartProcessDto'],
    ['Webhook', 'WebhookDto'],
  ] as const)('%s has exactly the properties of %s', (entity, schema) => {
    const spec = propertiesOf(file, schema);
    expect([...versionProfile(version).fields[entity]].sort()).toEqual([...spec].sort());
  });

  it('serves Folders, Releases and Jobs that fit the spec', async () => {
    const sb = await startTestSandbox({ version });
    try {
      const validate = loadSchemas(file);
      for (const f of (await sb.call('/odata/Folders')).json.value) expect(validate('FolderDto', f)).toEqual([]);
      const rel = [...sb.orchestrator.state.releases.values()][0]!;
      const headers = { 'X-UIPATH-OrganizationUnitId': String(rel.folderId) };
      for (const r of (await sb.call('/odata/Releases', { headers })).json.value) expect(validate('ReleaseDto', r)).toEqual([]);
      const started = await sb.call('/odata/Jobs/UiPath.Server.Configuration.OData.StartJobs', {
        headers,
        body: { startInfo: { ReleaseKey: rel.key, Strategy: 'JobsCount', JobsCount: 1 } },
      });
      expect(started.status).toBe(201);
      expect(validate('JobDto', started.json.value[0])).toEqual([]);
      for (const j of (await sb.call('/odata/Jobs?$expand=Robot,Release', { headers })).json.value)
        expect(validate('JobDto', j)).toEqual([]);
    } finally {
      await sb.close();
    }
  });
});
