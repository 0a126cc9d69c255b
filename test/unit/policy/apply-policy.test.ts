import { describe, expect, it } from 'vitest';
import { BatonError } from '../../../src/shared/errors';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { applyPolicy, createPolicyGuard, policySchema } from '../../../src/main/policy';
import { createProfileStore } from '../../../src/main/profiles';

const PATH = '/etc/baton/policy.json';
const ACME = { name: 'Acme', orchestratorUrl: 'https://orchestrator.acme.test/', tenant: 'Default' };

function setup(policyJson: unknown, seed?: (store: ReturnType<typeof createProfileStore>) => void) {
  const settings = createMemorySettings();
  let n = 0;
  const inner = createProfileStore({ settings, newId: () => `p${++n}` });
  seed?.(inner);
  const guard = createPolicyGuard(policySchema.parse(policyJson), { path: PATH });
  return { settings, inner, guard, store: applyPolicy(inner, guard) };
}

const forbidden = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BatonError);
    expect((error as BatonError).code).toBe('FORBIDDEN');
    expect((error as BatonError).hint).toBeTruthy();
    return;
  }
  throw new Error('expected FORBIDDEN');
};

describe('applyPolicy on the profile store', () => {
  it('adds the preset profiles once, however often it is applied', () => {
    const { inner, guard, store } = setup({ profiles: [ACME] });
    applyPolicy(inner, guard);
    expect(store.list().map((profile) => [profile.name, profile.orchestratorUrl])).toEqual([['Acme', 'https://orchestrator.acme.test']]);
    expect(store.activeId()).toBe('p1');
  });

  it('keeps a person’s own profile of the same name instead of the preset', () => {
    const { store } = setup({ profiles: [ACME] }, (inner) => inner.add({ name: 'acme', orchestratorUrl: 'https://mine.test' }));
    expect(store.list().map((profile) => profile.orchestratorUrl)).toEqual(['https://mine.test']);
  });

  it('lets people add any Orchestrator when nothing is locked', () => {
    const { store } = setup({ profiles: [ACME] });
    expect(store.add({ name: 'Other', orchestratorUrl: 'https://other.test' }).orchestratorUrl).toBe('https://other.test');
  });

  it('refuses a profile for another Orchestrator when the URL is locked, and writes nothing', () => {
    const { store, settings } = setup({ profiles: [ACME], lockOrchestratorUrl: true });
    const before = JSON.stringify([...settings.data]);
    forbidden(() => store.add({ name: 'Other', orchestratorUrl: 'https://other.test' }));
    expect(JSON.stringify([...settings.data])).toBe(before);
  });

  it('allows a second profile for the locked Orchestrator, written differently', () => {
    const { store } = setup({ profiles: [ACME], lockOrchestratorUrl: true });
    const added = store.add({ name: 'Acme as app', orchestratorUrl: 'HTTPS://Orchestrator.Acme.test', authMethod: 'client-credentials' });
    expect(added.orchestratorUrl).toBe('https://orchestrator.acme.test');
  });

  it('keeps locked presets from being repointed, renamed or removed, but allows other edits', () => {
    const { store } = setup({ profiles: [ACME], lockOrchestratorUrl: true });
    forbidden(() => store.update({ id: 'p1', orchestratorUrl: 'https://other.test' }));
    forbidden(() => store.update({ id: 'p1', name: 'Mine now' }));
    forbidden(() => store.remove('p1'));
    expect(store.update({ id: 'p1', username: 'jane' }).username).toBe('jane');
  });

  it('hides a profile the settings file holds for a URL the lock does not allow', () => {
    const { store } = setup({ profiles: [ACME], lockOrchestratorUrl: true }, (inner) => {
      inner.add({ name: 'Old', orchestratorUrl: 'https://old.test', makeActive: true });
    });
    expect(store.list().map((profile) => profile.name)).toEqual(['Acme']);
    expect(store.activeId()).toBe('p2');
    forbidden(() => store.get('p1'));
    forbidden(() => store.setActive('p1'));
    expect(store.findByName('Old')).toBeUndefined();
  });
});

describe('createPolicyGuard', () => {
  it('turns local runs off when either local runs or the robot bridge are disabled', () => {
    expect(createPolicyGuard(policySchema.parse({}), { path: PATH }).isLocalRunsAllowed()).toBe(true);
    const noLocal = createPolicyGuard(policySchema.parse({ disableLocalRuns: true }), { path: PATH });
    expect(noLocal.isRobotBridgeAllowed()).toBe(true);
    forbidden(() => noLocal.assertLocalRunsAllowed());
    const noBridge = createPolicyGuard(policySchema.parse({ disableRobotBridge: true }), { path: PATH });
    expect(noBridge.isRobotBridgeAllowed()).toBe(false);
    expect(noBridge.isLocalRunsAllowed()).toBe(false);
  });

  it('replaces the built-in update feed, or turns updates off', () => {
    const built = 'https://updates.baton.test';
    expect(createPolicyGuard(policySchema.parse({}), { path: PATH }).updates(built)).toEqual({ enabled: true, feedUrl: built });
    const feed = createPolicyGuard(policySchema.parse({ updates: { feedUrl: 'https://mirror.acme.test/baton' } }), { path: PATH });
    expect(feed.updates(built)).toEqual({ enabled: true, feedUrl: 'https://mirror.acme.test/baton' });
    expect(createPolicyGuard(policySchema.parse({ updates: { enabled: false } }), { path: PATH }).updates(built)).toEqual({
      enabled: false,
    });
  });
});
