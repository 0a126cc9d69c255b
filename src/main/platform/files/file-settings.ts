import { join } from 'node:path';
import type { Logger, SettingsStore } from '../types';
import type { SetAside } from './json-file-store';
import { openKeyValueFile, type KeyValueFile } from './key-value-file';

export const SETTINGS_FILE = 'settings.json';

export interface FileSettings extends SettingsStore {
  /** What was set aside since this store opened (an unreadable file, keys of the wrong shape). */
  readonly setAside: readonly SetAside[];
}

/**
 * Settings in `<dir>/settings.json`, shared by every Baton process of this user: each write
 * changes only its own key under an inter-process lock (see json-file-store).
 */
export function createFileSettings(options: { dir: string; logger: Logger; now?: () => number }): FileSettings {
  const setAside: SetAside[] = [];
  const file = openKeyValueFile(
    join(options.dir, SETTINGS_FILE),
    (event) => {
      setAside.push(event);
      options.logger.warn(describeOne(event));
    },
    options.now,
  );
  return createKeyValueSettings(file, setAside);
}

/**
 * The SettingsStore over any key-value file (the shared JSON store, or a test's memory map).
 * Reads hand out copies, so a caller changing what it read cannot change the settings; `read`
 * sets a value of the wrong shape aside through the file, which reports it.
 */
export function createKeyValueSettings(file: KeyValueFile, setAside: readonly SetAside[] = []): FileSettings {
  const get = <T>(key: string) => {
    const value = file.get(key);
    return (value === undefined ? undefined : structuredClone(value)) as T | undefined;
  };
  return {
    location: file.path,
    setAside,
    get,
    read(key, schema) {
      const value = get<unknown>(key);
      if (value === undefined) return undefined;
      const parsed = schema.safeParse(value);
      if (parsed.success) return parsed.data;
      file.setAside(key, summariseIssues(parsed.error.issues));
      return undefined;
    },
    set: (key, value) => (value === undefined ? file.delete(key) : file.set(key, value)),
    delete: (key) => file.delete(key),
    clear: () => file.clear(),
  };
}

/** "expected array, received string" for the warning, without echoing the value (it may be long). */
export function summariseIssues(issues: readonly { message: string; path: readonly PropertyKey[] }[]): string {
  const first = issues[0];
  if (!first) return 'unexpected shape';
  const at = first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
  return `${first.message}${at}${issues.length > 1 ? ` and ${issues.length - 1} more` : ''}`;
}

function describeOne(event: SetAside): string {
  return event.key === undefined
    ? `The settings file could not be read (${event.reason}); it was moved to ${event.backup} and Baton starts with default settings.`
    : `The setting "${event.key}" was not valid (${event.reason}); it was moved to ${event.backup} and Baton uses its default.`;
}

/** What was set aside, a sentence each, for a dialog; undefined when nothing was. */
export function describeSetAside(events: readonly SetAside[]): string | undefined {
  return events.length === 0 ? undefined : events.map(describeOne).join('\n');
}
