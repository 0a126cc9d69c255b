import type { SecretVault } from '../platform';
import type { ManagedBridge } from './bridge-launcher';
import { robotTokenKey } from './robot-client';

/** The vault, answering the pre-shared token for the one bridge URL it is bound to; never stores it. */
export function withPreSharedToken(vault: SecretVault, token: string | undefined, boundUrl: string): SecretVault {
  if (!token) return vault;
  const boundKey = robotTokenKey(boundUrl);
  return {
    persistence: vault.persistence,
    describe: () => vault.describe(),
    get: async (key) => (await vault.get(key)) ?? (key === boundKey ? token : undefined),
    set: (key, value) => vault.set(key, value),
    delete: (key) => vault.delete(key),
  };
}

/** The vault, answering the in-memory secret of the bridge Baton started for that bridge's URL only. */
export function withManagedToken(vault: SecretVault, managed: () => ManagedBridge | undefined): SecretVault {
  return {
    persistence: vault.persistence,
    describe: () => vault.describe(),
    get: async (key) => {
      const bridge = managed();
      return bridge && key === robotTokenKey(bridge.url) ? bridge.token : vault.get(key);
    },
    set: (key, value) => vault.set(key, value),
    delete: (key) => vault.delete(key),
  };
}
