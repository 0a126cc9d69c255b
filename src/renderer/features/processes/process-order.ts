import type { MessageId } from '../../../shared/i18n';
import type { IndexedProcess } from './catalog-filter';

export const SORT_KEYS = ['name', 'folder', 'lastRun'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, MessageId> = {
  name: 'processes.sortName',
  folder: 'processes.sortFolder',
  lastRun: 'processes.sortLastRun',
};

const collator = new Intl.Collator();

/**
 * The list in the chosen order. `name` keeps the index's order (favourites first, then name);
 * `lastRun` puts the processes run most recently first and the others after, by name.
 */
export function sortProcesses(
  entries: readonly IndexedProcess[],
  sort: SortKey,
  lastRunAt: ReadonlyMap<string, string>,
): readonly IndexedProcess[] {
  if (sort === 'name') return entries;
  const sorted = [...entries];
  if (sort === 'folder') {
    sorted.sort((a, b) => collator.compare(a.process.folderPath, b.process.folderPath) || collator.compare(a.process.name, b.process.name));
  } else {
    // ISO 8601 times compare as text; '' (never run) sorts after every time.
    sorted.sort((a, b) => (lastRunAt.get(b.process.id) ?? '').localeCompare(lastRunAt.get(a.process.id) ?? ''));
  }
  return sorted;
}

/** One folder of the "Group by folder" tree: its own processes, its subfolders, and how many in all. */
export interface FolderNode {
  /** Full path, e.g. `Finance/Invoices`; the tree's root has ''. */
  path: string;
  /** The last segment, e.g. `Invoices`. */
  name: string;
  folders: FolderNode[];
  processes: IndexedProcess[];
  /** Processes in this folder and every subfolder. */
  count: number;
}

/** The processes as a folder tree, folders by name; the processes keep the order they came in. */
export function groupByFolder(entries: readonly IndexedProcess[]): FolderNode {
  const root: FolderNode = { path: '', name: '', folders: [], processes: [], count: 0 };
  const byPath = new Map<string, FolderNode>([['', root]]);
  const nodeFor = (path: string): FolderNode => {
    const existing = byPath.get(path);
    if (existing) return existing;
    const cut = path.lastIndexOf('/');
    const parent = nodeFor(cut === -1 ? '' : path.slice(0, cut));
    const node: FolderNode = { path, name: cut === -1 ? path : path.slice(cut + 1), folders: [], processes: [], count: 0 };
    parent.folders.push(node);
    byPath.set(path, node);
    return node;
  };
  for (const entry of entries) {
    const path = entry.process.folderPath;
    nodeFor(path).processes.push(entry);
    root.count += 1;
    // Every ancestor counts it too: `Finance/Invoices` adds to `Finance` and `Finance/Invoices`.
    const segments = path.split('/');
    for (let depth = 1; depth <= segments.length; depth += 1) nodeFor(segments.slice(0, depth).join('/')).count += 1;
  }
  const sortFolders = (node: FolderNode) => {
    node.folders.sort((a, b) => collator.compare(a.name, b.name));
    node.folders.forEach(sortFolders);
  };
  sortFolders(root);
  return root;
}
