import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { createRememberedInputs, MAX_REMEMBERED_PROCESSES, REMEMBERED_INPUTS_KEY } from '../../../src/main/remembered-inputs';
import type { Catalog, Process } from '../../../src/shared/contract/catalog';
import { BatonError } from '../../../src/shared/errors';

const intake: Process = {
  id: '1:intake',
  name: 'Invoice Intake',
  description: '',
  version: '1.0.0',
  releaseId: 1,
  releaseKey: 'intake',
  processKey: 'Intake',
  folderId: 1,
  folderPath: 'Finance',
  isRunnable: true,
  prefersLocal: false,
  isFavorite: false,
  inputArguments: [
    { name: 'in_Mailbox', kind: 'string', typeName: 'System.String', isRequired: true, hasDefault: false },
    {
      name: 'in_Password',
      kind: 'string',
      typeName: 'System.Security.SecureString',
      isRequired: true,
      hasDefault: false,
      isSensitive: true,
    },
  ],
};

function setup(profileId: string | null = 'alice') {
  const settings = createMemorySettings();
  const state = { profileId };
  const service = createRememberedInputs({
    settings,
    catalog: {
      peek: () => ({ profileId: state.profileId }) as Catalog,
      findProcess: async (id) => {
        if (id.startsWith('1:')) return { ...intake, id };
        throw new BatonError('NOT_FOUND', 'No such process.');
      },
    },
  });
  return { settings, state, service };
}

describe('remembered inputs', () => {
  it('gives back the last values for the process, without the sensitive one', async () => {
    const { service } = setup();
    const kept = await service.remember('1:intake', { in_Mailbox: 'ap@x', in_Password: 'hunter2', in_Gone: 1 });
    expect(kept.values).toEqual({ in_Mailbox: 'ap@x' });
    expect((await service.get('1:intake')).values).toEqual({ in_Mailbox: 'ap@x' });
  });

  it('never writes a sensitive value to the settings file', async () => {
    const { service, settings } = setup();
    await service.remember('1:intake', { in_Mailbox: 'ap@x', in_Password: 'hunter2' });
    expect(JSON.stringify(settings.data.get(REMEMBERED_INPUTS_KEY))).not.toContain('hunter2');
  });

  it('keeps each profile apart', async () => {
    const { service, state } = setup();
    await service.remember('1:intake', { in_Mailbox: 'alice@x' });
    state.profileId = 'bob';
    expect((await service.get('1:intake')).values).toEqual({});
    await service.remember('1:intake', { in_Mailbox: 'bob@x' });
    state.profileId = 'alice';
    expect((await service.get('1:intake')).values).toEqual({ in_Mailbox: 'alice@x' });
  });

  it('refuses a process the catalog does not know and stores nothing', async () => {
    const { service, settings } = setup();
    await expect(service.remember('9:nope', { in_Mailbox: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(settings.data.has(REMEMBERED_INPUTS_KEY)).toBe(false);
  });

  it('forgets one process on request, and everything with "Reset Baton" (settings cleared)', async () => {
    const { service, settings } = setup();
    await service.remember('1:a', { in_Mailbox: 'a' });
    await service.remember('1:b', { in_Mailbox: 'b' });
    await service.forget('1:a');
    expect((await service.get('1:a')).values).toEqual({});
    expect((await service.get('1:b')).values).toEqual({ in_Mailbox: 'b' });
    settings.clear();
    expect((await service.get('1:b')).values).toEqual({});
  });

  it('sets aside a stored value of the wrong shape and starts afresh', async () => {
    const { service, settings } = setup();
    settings.data.set(REMEMBERED_INPUTS_KEY, { alice: 'not a record' });
    expect((await service.get('1:intake')).values).toEqual({});
    expect(settings.setAside.has(REMEMBERED_INPUTS_KEY)).toBe(true);
  });

  it('keeps at most the most recently used processes per profile', async () => {
    const { service } = setup();
    for (let i = 0; i <= MAX_REMEMBERED_PROCESSES; i += 1) await service.remember(`1:p${i}`, { in_Mailbox: String(i) });
    expect((await service.get('1:p0')).values).toEqual({});
    expect((await service.get(`1:p${MAX_REMEMBERED_PROCESSES}`)).values).toEqual({ in_Mailbox: String(MAX_REMEMBERED_PROCESSES) });
  });

  it('keeps nothing while no profile is active', async () => {
    const { service, settings } = setup(null);
    expect((await service.remember('1:intake', { in_Mailbox: 'x' })).values).toEqual({});
    expect(settings.data.has(REMEMBERED_INPUTS_KEY)).toBe(false);
  });
});
