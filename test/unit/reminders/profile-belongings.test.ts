import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { createCore } from '../../../src/main/compose';
import { createMemoryPlatform, createMemorySettings } from '../../../src/main/platform/memory';
import { REMEMBERED_INPUTS_KEY } from '../../../src/main/remembered-inputs';
import { REMINDERS_KEY } from '../../../src/main/reminders';
import { RESET_CONFIRMATION } from '../../../src/shared/contract/preferences';

// What belongs to a connection profile (its remembered inputs, its reminders) goes with it, through
// the same handlers every host calls; "Reset Baton" takes every profile's.

const reminder = (id: string, profileId: string | null) => ({
  id,
  ...(profileId === null ? {} : { profileId }),
  processId: `1:${id}`,
  processName: `Process ${id}`,
  folderPath: 'Shared',
  rule: { kind: 'daily', time: '09:00' },
  nextAt: '2030-01-01T09:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
});

async function setup() {
  const settings = createMemorySettings();
  const core = createCore({ platform: createMemoryPlatform({ settings }), version: '0.0.0-test' });
  onTestFinished(() => core.dispose());
  const add = (name: string) =>
    core.handlers['session.profiles.add']({
      name,
      orchestratorUrl: `https://${name.toLowerCase()}.example.test`,
      makeActive: true,
    } as never);
  const finance = (await add('Finance')).id;
  const hr = (await add('HR')).id;
  settings.set(REMEMBERED_INPUTS_KEY, { [finance]: { '1:a': { in_Name: 'Ada' } }, [hr]: { '1:b': { in_Name: 'Bo' } } });
  settings.set(REMINDERS_KEY, [reminder('a', finance), reminder('b', hr), reminder('old', null)]);
  const remembered = () => Object.keys(settings.read(REMEMBERED_INPUTS_KEY, z.record(z.string(), z.unknown())) ?? {});
  const reminderIds = async () => (await core.handlers['reminders.list']({})).map((listed) => listed.id);
  return { core, finance, hr, remembered, reminderIds };
}

describe("a profile's remembered inputs and reminders", () => {
  it("go when the profile is removed, and another profile's stay", async () => {
    const { core, finance, hr, remembered, reminderIds } = await setup();
    expect(await reminderIds()).toEqual(['a', 'b', 'old']);
    await core.handlers['session.profiles.remove']({ id: finance });
    expect(remembered()).toEqual([hr]);
    // A reminder of unknown profile is not anybody's to take away.
    expect(await reminderIds()).toEqual(['b', 'old']);
  });

  it('all go with "Reset Baton"', async () => {
    const { core, remembered, reminderIds } = await setup();
    await core.handlers['preferences.reset']({ confirm: RESET_CONFIRMATION });
    expect(remembered()).toEqual([]);
    expect(await reminderIds()).toEqual([]);
  });

  it('are listed with their profile: its name, whether it is the active one, or unknown', async () => {
    const { core } = await setup();
    const listed = await core.handlers['reminders.list']({});
    expect(listed.map(({ id, profileName, isForActiveProfile }) => ({ id, profileName, isForActiveProfile }))).toEqual([
      { id: 'a', profileName: 'Finance', isForActiveProfile: false },
      { id: 'b', profileName: 'HR', isForActiveProfile: true },
      { id: 'old', profileName: null, isForActiveProfile: false },
    ]);
  });
});
