import { useCallback, useState } from 'react';
import { z } from 'zod';
import { SORT_KEYS, type SortKey } from './process-order';

const STORAGE_KEY = 'baton.processes.view';

const viewOptionsSchema = z.object({
  isGroupedByFolder: z.boolean().catch(false),
  sort: z.enum(SORT_KEYS).catch('name'),
  /** Folder paths open in the "Group by folder" tree. */
  expanded: z.array(z.string().max(1000)).max(5000).catch([]),
});
export type ViewOptions = z.infer<typeof viewOptionsSchema>;

const DEFAULTS: ViewOptions = { isGroupedByFolder: false, sort: 'name', expanded: [] };

/**
 * How the person last arranged the list (grouping, order, open folders): view state, so it lives
 * in the page's storage, not the core. Storage that is missing, full or hand-edited gives the defaults.
 */
export function readViewOptions(storage: Pick<Storage, 'getItem'> | undefined): ViewOptions {
  try {
    const text = storage?.getItem(STORAGE_KEY);
    if (!text) return DEFAULTS;
    const parsed = viewOptionsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

function writeViewOptions(storage: Pick<Storage, 'setItem'> | undefined, options: ViewOptions): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Private mode or a full quota: the arrangement lasts for this page only.
  }
}

function pageStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function useViewOptions(): {
  options: ViewOptions;
  setGroupedByFolder(value: boolean): void;
  setSort(value: SortKey): void;
  toggleFolder(path: string): void;
} {
  const [options, setOptions] = useState(() => readViewOptions(pageStorage()));
  const update = useCallback((change: (current: ViewOptions) => ViewOptions) => {
    setOptions((current) => {
      const next = change(current);
      writeViewOptions(pageStorage(), next);
      return next;
    });
  }, []);
  return {
    options,
    setGroupedByFolder: useCallback((value) => update((current) => ({ ...current, isGroupedByFolder: value })), [update]),
    setSort: useCallback((value) => update((current) => ({ ...current, sort: value })), [update]),
    toggleFolder: useCallback(
      (path) =>
        update((current) => ({
          ...current,
          expanded: current.expanded.includes(path) ? current.expanded.filter((open) => open !== path) : [...current.expanded, path],
        })),
      [update],
    ),
  };
}
