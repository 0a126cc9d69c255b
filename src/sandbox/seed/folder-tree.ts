import { stableGuid } from './ids';
import type { SeedFolder } from './types';

export const DEFAULT_FOLDER_PATHS: ReadonlyArray<[path: string, description: string]> = [
  ['Shared', 'Processes everyone in the company may use.'],
  ['Finance', 'Finance department automations.'],
  ['Finance/Invoices', 'Accounts payable: invoice intake to posting.'],
  ['Finance/Close', 'Month-end and year-end close.'],
  ['HR', 'People operations.'],
  ['HR/Onboarding', 'Joiners and leavers.'],
  ['IT Ops', 'Service desk and infrastructure chores.'],
  ['Sales', 'Sales operations.'],
  ['Sales/EMEA', 'EMEA-specific sales processes.'],
];

const FIRST_FOLDER_ID = 46832;

/** Builds folders from fully qualified paths; parents must come before their children. */
export function buildFolders(paths: ReadonlyArray<readonly [string, string]>): SeedFolder[] {
  const byPath = new Map<string, SeedFolder>();
  return paths.map(([path, description], index) => {
    const cut = path.lastIndexOf('/');
    const parent = cut < 0 ? undefined : byPath.get(path.slice(0, cut));
    const folder: SeedFolder = {
      id: FIRST_FOLDER_ID + index,
      key: stableGuid(`folder:${path}`),
      displayName: cut < 0 ? path : path.slice(cut + 1),
      fullyQualifiedName: path,
      description,
      parentId: parent?.id ?? null,
      parentKey: parent?.key ?? null,
    };
    byPath.set(path, folder);
    return folder;
  });
}

/** The default tree, then generated department folders (two levels) until `count` folders exist. */
export function scaledFolderPaths(count: number): Array<[string, string]> {
  const paths: Array<[string, string]> = DEFAULT_FOLDER_PATHS.slice(0, count).map(([p, d]) => [p, d]);
  let group = 0;
  while (paths.length < count) {
    group += 1;
    const parent = `Department ${String(group).padStart(3, '0')}`;
    paths.push([parent, `Generated department ${group}.`]);
    for (let team = 1; team <= 9 && paths.length < count; team += 1) {
      paths.push([`${parent}/Team ${team}`, `Generated team ${team} of department ${group}.`]);
    }
  }
  return paths;
}
