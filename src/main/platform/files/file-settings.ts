import { join } from 'node:path';
import type { Logger, SettingsStore } from '../types';
import { createJsonFileStore, type SetAside } from './json-file-store';
import { ensurePrivateDir } from './owner-only';

export const SETTINGS_FILE = 'settings.json';

export interface FileSettings extends SettingsStore {
  /** What was set aside since this store opened (an unreadable file, keys of the wrong shape). */
  readonly setAside: readonly SetAside[];
}

/**
 * Settings in `<dir>/settings.json`, shared by every Baton process of this user: each write
 * changes only its own key under an inter-process lock (see json-file-store). Keys are flat:
 * settings keys contain dots and are never paths into nested objects.
 */
export function createFileSettings(options: { dir: string; logger: Logger; now?: () => number }): FileSettings {
  const { logger } = options;
  const setAside: SetAside[] = [];
  ensurePrivateDir(options.dir);
  const file = createJsonFileStore({
    path: join(options.dir, SETTINGS_FILE),
    now: options.now,
    onSetAside: (event) => {
      setAside.push(event);
      logger.warn(describeOne(event));
    },
  });
  const get = <T>(key: string) => {
    const value = file.read()[key];
    // A copy, so a caller changing what it read cannot change the settings.
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
    set: (key, value) =>
      file.update((doc) => {
        if (value === undefined) delete doc[key];
        else doc[key] = structuredClone(value);
      }),
    delete: (key) => file.update((doc) => void delete doc[key]),
    clear: () => file.update((doc) => Object.keys(doc).forEach((key) => delete doc[key])),
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
