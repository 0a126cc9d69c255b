import type { Folder, Process } from '../../../shared/contract/catalog';

/** A process with what filtering needs computed once per catalog, not once per keystroke. */
export interface IndexedProcess {
  process: Process;
  /** Lowercased name, folder path and description, separated so a term cannot span two fields. */
  searchKey: string;
  /** Lowercased folder path followed by '/', so a folder filter also matches its subfolders by prefix. */
  folderKey: string;
}

export interface ProcessFilter {
  query: string;
  /** A folder path; its subfolders match too. Empty: every folder. */
  folderPath: string;
}

// Created once: String#localeCompare sets up the locale's rules on every call, which made sorting
// 10,000 processes take 90-200 ms in Chromium; a collator's compare gives the same order.
const collator = new Intl.Collator();

/** Favourites first, then by name and folder; the order the list shows. */
export function indexCatalog(processes: readonly Process[]): IndexedProcess[] {
  const indexed = processes.map((process) => ({
    process,
    searchKey: `${process.name}\u0000${process.folderPath}\u0000${process.description}`.toLowerCase(),
    folderKey: `${process.folderPath.toLowerCase()}/`,
  }));
  return indexed.sort(
    (a, b) =>
      Number(b.process.isFavorite) - Number(a.process.isFavorite) ||
      collator.compare(a.process.name, b.process.name) ||
      collator.compare(a.process.folderPath, b.process.folderPath),
  );
}

/** Every whitespace-separated term must appear somewhere in the name, folder or description. */
export function filterProcesses(index: readonly IndexedProcess[], filter: ProcessFilter): IndexedProcess[] {
  const terms = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  const folder = filter.folderPath ? `${filter.folderPath.toLowerCase()}/` : '';
  if (terms.length === 0 && !folder) return index as IndexedProcess[];
  const matches: IndexedProcess[] = [];
  for (const entry of index) {
    if (folder && !entry.folderKey.startsWith(folder)) continue;
    let isMatch = true;
    for (const term of terms) {
      if (!entry.searchKey.includes(term)) {
        isMatch = false;
        break;
      }
    }
    if (isMatch) matches.push(entry);
  }
  return matches;
}

/** The folders to offer in the folder filter: every folder the catalog knows, by path. */
export function folderOptions(folders: readonly Folder[], processes: readonly Process[]): { path: string; hasError: boolean }[] {
  const byPath = new Map<string, boolean>();
  for (const folder of folders) byPath.set(folder.path, Boolean(folder.error));
  for (const process of processes) if (!byPath.has(process.folderPath)) byPath.set(process.folderPath, false);
  return [...byPath].map(([path, hasError]) => ({ path, hasError })).sort((a, b) => collator.compare(a.path, b.path));
}
