import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { BatonError } from '../../../shared/errors';
import type { Logger, SettingsStore } from '../types';

const CONFIG_NAME = 'settings';

/**
 * Settings in `<dir>/settings.json` through conf, which writes atomically. Keys are flat (no
 * dot-path nesting) so the file behaves like the in-memory fake the services are tested with.
 * A file that cannot be parsed is moved aside, never silently dropped: conf's own
 * `clearInvalidConfig` would overwrite it on the next write and lose the person's profiles.
 */
export function createFileSettings(options: { dir: string; logger: Logger; now?: () => number }): SettingsStore {
  const now = options.now ?? Date.now;
  const open = () =>
    new Conf<Record<string, unknown>>({
      cwd: options.dir,
      configName: CONFIG_NAME,
      accessPropertiesByDotNotation: false,
      clearInvalidConfig: false,
    });
  const path = join(options.dir, `${CONFIG_NAME}.json`);

  let conf: Conf<Record<string, unknown>>;
  try {
    conf = open();
  } catch (error) {
    if (!existsSync(path)) throw settingsUnavailable(path, error);
    const backup = `${path}.corrupt-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(path, backup);
    } catch (renameError) {
      throw settingsUnavailable(path, renameError);
    }
    options.logger.warn('The settings file could not be read; it was set aside and Baton starts with default settings.', {
      file: path,
      backup,
      reason: error instanceof Error ? error.message : String(error),
    });
    conf = open();
  }

  // conf re-reads and re-parses the whole file on every get; this store is the file's only writer
  // in the process, so the parsed document is read once and kept, and updated by its own writes.
  const doc = new Map<string, unknown>(Object.entries(conf.store));
  return {
    location: conf.path,
    // Copies, as conf's fresh parse gave: a caller changing what it read must not change the settings.
    get: <T>(key: string) => structuredClone(doc.get(key)) as T | undefined,
    set: (key, value) => {
      if (value === undefined) {
        conf.delete(key);
        doc.delete(key);
        return;
      }
      conf.set(key, value);
      doc.set(key, structuredClone(value));
    },
    clear: () => {
      conf.clear();
      doc.clear();
    },
    delete: (key) => {
      conf.delete(key);
      doc.delete(key);
    },
  };
}

function settingsUnavailable(path: string, cause: unknown): BatonError {
  return new BatonError('INTERNAL', `Baton cannot open its settings file ${path}.`, {
    hint: 'Check that the folder exists and that you may write to it, or point BATON_HOME at another folder.',
    cause,
  });
}
