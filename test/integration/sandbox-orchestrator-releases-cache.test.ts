import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { touchCatalog } from '../../src/sandbox/orchestrator';
import { startTestSandbox, type TestSandbox } from '../support/sandbox';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox({ folders: 12, processesPerFolder: 10 });
});
afterAll(async () => {
  await sb?.close();
});

const ids = (body: { value: Array<{ Id: number }> }): number[] => body.value.map((v) => v.Id);

describe('the sandbox release listing, built once per caller and paged as slices', () => {
  it('pages through a cross-folder listing without gaps or repeats, in the same order as one big page', async () => {
    const whole = await sb.call('/odata/Releases?$count=true&$select=Id');
    const pages: number[] = [];
    for (let skip = 0; skip < whole.json['@odata.count']; skip += 25)
      pages.push(...ids((await sb.call(`/odata/Releases?$top=25&$skip=${skip}&$select=Id`)).json));
    expect(pages).toEqual(ids(whole.json));
    expect(new Set(pages).size).toBe(whole.json['@odata.count']);
  });

  it('lists a changed catalog after touchCatalog, not the cached one', async () => {
    const before = (await sb.call('/odata/Releases?$count=true&$top=0')).json['@odata.count'];
    const { state } = sb.orchestrator;
    const [id, release] = [...state.releases][0]!;
    state.releases.delete(id);
    touchCatalog(state);
    try {
      expect((await sb.call('/odata/Releases?$count=true&$top=0')).json['@odata.count']).toBe(before - 1);
    } finally {
      state.releases.set(id, release);
      touchCatalog(state);
    }
    expect((await sb.call('/odata/Releases?$count=true&$top=0')).json['@odata.count']).toBe(before);
  });

  it('keeps callers apart: a user without Jobs.Create sees none of the runnable listing another user sees', async () => {
    const alice = await sb.call('/odata/Releases?mandatoryPermissions=Jobs.Create&$count=true&$top=0');
    const bob = await sb.call('/odata/Releases?mandatoryPermissions=Jobs.Create&$count=true&$top=0', { as: 'bob' });
    expect(alice.json['@odata.count']).toBeGreaterThan(0);
    expect(bob.json['@odata.count']).toBe(0);
  });
});
