import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { createProfileStore, resolveConnectionLayout } from '../../../src/main/profiles';

describe('connection URLs', () => {
  it('reads a bare host as on-prem with Identity at /identity', () => {
    expect(resolveConnectionLayout('https://orch.example.com/', { tenant: 'Default' })).toEqual({
      orchestratorUrl: 'https://orch.example.com',
      deployment: 'on-prem',
      tenant: 'Default',
      identityUrl: 'https://orch.example.com/identity',
      apiBaseUrl: 'https://orch.example.com',
    });
  });

  it('reads cloud.uipath.com/{org}/{tenant} as Cloud, even when pasted with orchestrator_', () => {
    expect(resolveConnectionLayout('https://cloud.uipath.com/acme/Prod/orchestrator_/odata')).toEqual({
      orchestratorUrl: 'https://cloud.uipath.com/acme/Prod',
      deployment: 'cloud',
      org: 'acme',
      tenant: 'Prod',
      identityUrl: 'https://cloud.uipath.com/identity_',
      apiBaseUrl: 'https://cloud.uipath.com/acme/Prod/orchestrator_',
    });
  });

  it('reads {org}/{tenant} on another host as Automation Suite', () => {
    expect(resolveConnectionLayout('https://suite.corp.local/org/tenant').deployment).toBe('automation-suite');
  });

  it.each([
    ['not a url', 'is not a URL'],
    ['http://orch.example.com', 'only over https'],
    ['ftp://orch.example.com', 'must start with https://'],
    ['https://orch.example.com/a/b/c', 'cannot tell which kind'],
    ['https://cloud.uipath.com', 'names the organization and tenant'],
  ])('refuses %s with a clear message', (url, message) => {
    expect(() => resolveConnectionLayout(url)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: expect.stringContaining(message), hint: expect.any(String) }),
    );
  });

  it('allows plain http on this machine (the sandbox)', () => {
    expect(resolveConnectionLayout('http://127.0.0.1:4000').identityUrl).toBe('http://127.0.0.1:4000/identity');
  });
});

describe('the profile store', () => {
  it('adds profiles with defaults, makes the first active, and refuses a duplicate name', () => {
    const settings = createMemorySettings();
    const store = createProfileStore({ settings });
    const first = store.add({ name: 'Prod', orchestratorUrl: 'https://orch.example.com' });
    expect(first).toMatchObject({ authMethod: 'interactive', clientId: 'baton-desktop', redirectUri: 'http://127.0.0.1:8765/callback' });
    store.add({ name: 'Cloud', orchestratorUrl: 'https://cloud.uipath.com/acme/Prod' });
    expect(store.activeId()).toBe(first.id);
    expect(() => store.add({ name: 'prod', orchestratorUrl: 'https://x.example.com' })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('refuses a redirect URI that is not http on this machine with a port', () => {
    const store = createProfileStore({ settings: createMemorySettings() });
    expect(() => store.add({ name: 'P', orchestratorUrl: 'https://orch.example.com', redirectUri: 'https://evil.example.com/cb' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: expect.stringContaining('http address on this machine') }),
    );
  });

  it('detects the deployment again when the URL changes', () => {
    const store = createProfileStore({ settings: createMemorySettings() });
    const profile = store.add({ name: 'P', orchestratorUrl: 'https://orch.example.com' });
    expect(store.update({ id: profile.id, orchestratorUrl: 'https://cloud.uipath.com/acme/Prod' }).deployment).toBe('cloud');
  });

  it('forgets the active choice when the active profile is removed', () => {
    const store = createProfileStore({ settings: createMemorySettings() });
    const a = store.add({ name: 'A', orchestratorUrl: 'https://a.example.com' });
    const b = store.add({ name: 'B', orchestratorUrl: 'https://b.example.com', makeActive: true });
    store.remove(b.id);
    expect(store.activeId()).toBe(a.id);
  });
});
