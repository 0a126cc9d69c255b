import { isAbsolute } from 'node:path';
import { said } from '../../../shared/message-parts';
import { checkedPath, createDataFolderFiles } from '../files';
import type { Browser, Clock, Files, Logger, NotificationRequest, Notifier, Platform, SecretVault, SettingsStore } from '../types';

/** In-memory platform for unit tests: every side effect is recorded, nothing touches the OS. */
export function createMemoryVault(): SecretVault & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    persistence: 'session-only',
    entries,
    describe: () => [said('account.memoryForTest')],
    get: async (key) => entries.get(key),
    set: async (key, value) => void entries.set(key, value),
    delete: async (key) => void entries.delete(key),
  };
}

export function createMemorySettings(): SettingsStore & { data: Map<string, unknown>; setAside: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const setAside = new Map<string, unknown>();
  return {
    data,
    setAside,
    location: ':memory:',
    get: <T>(key: string) => structuredClone(data.get(key)) as T | undefined,
    read(key, schema) {
      if (!data.has(key)) return undefined;
      const parsed = schema.safeParse(data.get(key));
      if (parsed.success) return parsed.data;
      setAside.set(key, data.get(key));
      data.delete(key);
      return undefined;
    },
    set: (key, value) => void data.set(key, structuredClone(value)),
    delete: (key) => void data.delete(key),
    clear: () => data.clear(),
  };
}

/** Data-folder files kept in a map by their relative path. */
export function createMemoryDataFiles(): Files & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    read: (path) => entries.get(checkedPath(path)),
    write: (path, text) => void entries.set(checkedPath(path), text),
    remove(path) {
      const gone = checkedPath(path);
      for (const key of [...entries.keys()]) if (key === gone || key.startsWith(`${gone}/`)) entries.delete(key);
    },
    locate: (path) => `:memory:/${checkedPath(path)}`,
  };
}

export function createRecordingBrowser(): Browser & { opened: string[] } {
  const opened: string[] = [];
  return { opened, open: async (url) => void opened.push(url) };
}

export function createRecordingNotifier(): Notifier & { sent: NotificationRequest[] } {
  const sent: NotificationRequest[] = [];
  return { sent, notify: (notification) => void sent.push(notification) };
}

/** A clock that only moves when the test says so. */
export function createManualClock(start = Date.parse('2026-01-01T00:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.push({ at: now + Math.max(0, ms), callback, id });
      return () => void (timers = timers.filter((timer) => timer.id !== id));
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer.id !== due.id);
        now = due.at;
        due.callback();
      }
      now = until;
    },
  };
}

export function createRecordingLogger(): Logger & { lines: { level: string; message: string; fields?: unknown }[] } {
  const lines: { level: string; message: string; fields?: unknown }[] = [];
  const make = (): Logger => ({
    debug: (message, fields) => void lines.push({ level: 'debug', message, fields }),
    info: (message, fields) => void lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => void lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => void lines.push({ level: 'error', message, fields }),
    child: () => make(),
  });
  return Object.assign(make(), { lines });
}

/** A test's platform; given a real `dataDir`, its files go there (a test of what survives on disk). */
export function createMemoryPlatform(overrides: Partial<Platform> = {}): Platform {
  const { dataDir } = overrides;
  return {
    files: dataDir !== undefined && isAbsolute(dataDir) ? createDataFolderFiles(dataDir) : createMemoryDataFiles(),
    host: 'cli',
    dataDir: ':memory:',
    vault: createMemoryVault(),
    settings: createMemorySettings(),
    browser: createRecordingBrowser(),
    notifier: createRecordingNotifier(),
    fetch: (input, init) => fetch(input, init),
    clock: createManualClock(),
    logger: createRecordingLogger(),
    runtimes: { node: process.versions.node },
    ...overrides,
  };
}
