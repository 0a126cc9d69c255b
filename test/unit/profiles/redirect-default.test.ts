import { describe, expect, it } from 'vitest';
import { createMemorySettings } from '../../../src/main/platform/memory';
import { createProfileStore } from '../../../src/main/profiles';

// Issue 20: the default moved from http://localhost:8765/callback to RFC 8252 §8.3's loopback
// literal. External apps registered with the old text must keep working, and Identity Server
// matches the registered text exactly, so a saved profile must never be moved to the new default.
describe('the default sign-in redirect', () => {
  it('is the IPv4 loopback literal with a fixed port for a new profile', () => {
    const store = createProfileStore({ settings: createMemorySettings() });
    expect(store.add({ name: 'Prod', orchestratorUrl: 'https://orch.example.com' }).redirectUri).toBe('http://127.0.0.1:8765/callback');
  });

  it('keeps the earlier localhost default of a saved profile when the profile is edited', () => {
    const settings = createMemorySettings();
    const store = createProfileStore({ settings });
    const saved = store.add({
      name: 'Prod',
      orchestratorUrl: 'https://orch.example.com',
      redirectUri: 'http://localhost:8765/callback',
    });
    const edited = store.update({ id: saved.id, name: 'Production', orchestratorUrl: 'https://orch2.example.com' });
    expect(edited.redirectUri).toBe('http://localhost:8765/callback');
    expect(createProfileStore({ settings }).get(saved.id).redirectUri).toBe('http://localhost:8765/callback');
  });
});
