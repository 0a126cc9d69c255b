import { describe, expect, it, onTestFinished } from 'vitest';
import { createCore } from '../../src/main/compose';
import { createMemoryPlatform, createRecordingLogger } from '../../src/main/platform/memory';
import { loadPolicy } from '../../src/main/policy';
import { createDispatcher } from '../../src/shared/dispatch';

// The admin policy as every host applies it: loaded from a file, enforced by the core behind the contract.

async function coreWithPolicy(policy: unknown) {
  const loaded = await loadPolicy({
    path: '/etc/baton/policy.json',
    readFile: async () => JSON.stringify(policy),
    logger: createRecordingLogger(),
  });
  const core = createCore({ platform: createMemoryPlatform({ host: 'web' }), version: '1.0.0', policy: loaded });
  onTestFinished(() => core.dispose());
  return createDispatcher(core.handlers);
}

const preset = { name: 'Contoso', orchestratorUrl: 'https://orchestrator.contoso.test', tenant: 'Default' };

describe('the admin policy behind the contract', () => {
  it('adds the preset profile and refuses other Orchestrators when the URL is locked', async () => {
    const call = await coreWithPolicy({ profiles: [preset], lockOrchestratorUrl: true });
    const listed = (await call('session.profiles.list', {})) as { profiles: { name: string }[] };
    expect(listed.profiles.map((profile) => profile.name)).toEqual(['Contoso']);
    await expect(call('session.profiles.add', { name: 'Elsewhere', orchestratorUrl: 'https://other.test' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const after = (await call('session.profiles.list', {})) as { profiles: unknown[] };
    expect(after.profiles).toHaveLength(1);
  });

  it('refuses local runs when the administrator disabled them, saying why', async () => {
    const call = await coreWithPolicy({ disableLocalRuns: true });
    await expect(call('runs.start', { target: 'local', processKey: 'hello-world' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('reports what the policy locks through policy.status', async () => {
    const call = await coreWithPolicy({ profiles: [preset], lockOrchestratorUrl: true, disableRobotBridge: true });
    expect(await call('policy.status', {})).toMatchObject({
      state: 'applied',
      locks: { orchestratorUrl: true, robotBridge: true },
      presetProfiles: ['Contoso'],
    });
  });

  it('ignores an invalid policy file and says so, leaving the person free', async () => {
    const call = await coreWithPolicy({ lockOrchestratorUrl: 'yes please' });
    expect(await call('policy.status', {})).toMatchObject({ state: 'invalid', locks: { orchestratorUrl: false } });
    await expect(call('session.profiles.add', { name: 'Mine', orchestratorUrl: 'https://mine.test' })).resolves.toMatchObject({
      name: 'Mine',
    });
  });
});
