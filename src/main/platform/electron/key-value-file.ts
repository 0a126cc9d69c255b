/** The part of electron-store (and conf, which it extends) the adapters use. */
export interface KeyValueFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  clear(): void;
  readonly path: string;
}

export type OpenKeyValueFile = (name: string) => Promise<KeyValueFile>;

/**
 * Opens `<userData>/<name>.json` through electron-store. Keys are flat (no dot paths):
 * settings and vault keys contain dots, and the in-memory fakes treat them as plain keys too.
 * Imported lazily so that loading this folder never loads electron-store's `electron` import.
 */
export const openElectronStore: OpenKeyValueFile = async (name) => {
  const { default: ElectronStore } = await import('electron-store');
  return new ElectronStore({ name, accessPropertiesByDotNotation: false, clearInvalidConfig: false });
};
