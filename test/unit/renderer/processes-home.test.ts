import { describe, expect, it } from 'vitest';
import { indexCatalog } from '../../../src/renderer/features/processes';
import { matchRanges, searchTerms } from '../../../src/renderer/features/processes/highlight';
import { favouriteProcesses, lastRunTimes, planQuickRun, recentRuns } from '../../../src/renderer/features/processes/home-model';
import { orchestratorLink, shareLink } from '../../../src/renderer/features/processes/orchestrator-links';
import { groupByFolder, sortProcesses, type FolderNode } from '../../../src/renderer/features/processes/process-order';
import { readViewOptions } from '../../../src/renderer/features/processes/view-options';
import { paletteSections, type PaletteEntry } from '../../../src/renderer/features/palette/fuzzy-match';
import type { ArgumentSchema, Process } from '../../../src/shared/contract/catalog';
import type { Run } from '../../../src/shared/contract/runs';
import { localRun, remoteRun } from '../../support/runs';

function process(name: string, folderPath: string, extra: Partial<Process> = {}): Process {
  return {
    id: `${folderPath}:${name}`,
    name,
    description: `${name} does its job`,
    version: '1.0.0',
    releaseId: 1,
    releaseKey: name,
    processKey: name,
    folderId: 7,
    folderPath,
    isRunnable: true,
    prefersLocal: false,
    inputArguments: [],
    isFavorite: false,
    ...extra,
  };
}

function run(processId: string, createdAt: string): Run {
  return remoteRun({ id: `${processId}@${createdAt}`, profileId: 'p', processId, processName: processId, state: 'successful', createdAt });
}

const text = (name: string, extra: Partial<ArgumentSchema> = {}): ArgumentSchema => ({
  name,
  kind: 'string',
  typeName: 'System.String',
  isRequired: false,
  hasDefault: false,
  ...extra,
});

describe('Favourites and Recent', () => {
  it('shows favourites by name and leaves the others out', () => {
    const shown = favouriteProcesses([
      process('Zeta', 'A', { isFavorite: true }),
      process('Alpha', 'B'),
      process('Beta', 'A', { isFavorite: true }),
    ]);
    expect(shown.map((p) => p.name)).toEqual(['Beta', 'Zeta']);
  });

  it('lists the newest run of each process once, newest first', () => {
    const runs = [run('a', '2026-01-03'), run('b', '2026-01-02'), run('a', '2026-01-01'), run('c', '2025-12-31')];
    expect(recentRuns(runs, 2).map((r) => r.id)).toEqual(['a@2026-01-03', 'b@2026-01-02']);
  });

  it('keeps a local and a remote run of the same process apart', () => {
    const runs = [run('a', '2026-01-03'), localRun({ id: 'a-local', processKey: 'a', createdAt: '2026-01-02' })];
    expect(recentRuns(runs)).toHaveLength(2);
  });
});

describe('one-click runs', () => {
  const mailbox = text('in_Mailbox', { isRequired: true });
  const password = text('in_Password', { isSensitive: true, typeName: 'System.Security.SecureString' });

  it('starts at once when every required input is known', () => {
    const plan = planQuickRun(process('Intake', 'F', { inputArguments: [mailbox] }), {
      known: { in_Mailbox: 'ap@x' },
      isRemoteAvailable: true,
    });
    expect(plan).toEqual({ kind: 'start', params: { target: 'remote', processId: 'F:Intake', inputArguments: { in_Mailbox: 'ap@x' } } });
  });

  it('asks when a required input is missing', () => {
    const plan = planQuickRun(process('Intake', 'F', { inputArguments: [mailbox] }), { isRemoteAvailable: true });
    expect(plan).toEqual({ kind: 'ask', texts: { in_Mailbox: '' } });
  });

  it('asks for a sensitive input again and never fills it in, even when a value is offered', () => {
    const plan = planQuickRun(process('Reset', 'F', { inputArguments: [mailbox, password] }), {
      known: { in_Mailbox: 'ap@x', in_Password: 'hunter2' },
      isRemoteAvailable: true,
    });
    expect(plan).toEqual({ kind: 'ask', texts: { in_Mailbox: 'ap@x', in_Password: '' } });
  });

  it('asks rather than starting remotely while Orchestrator is out of reach', () => {
    expect(planQuickRun(process('Health', 'F'), { isRemoteAvailable: false }).kind).toBe('ask');
  });
});

describe('sort and group by folder', () => {
  const index = indexCatalog([
    process('Beta', 'Finance/Invoices'),
    process('Alpha', 'HR'),
    process('Gamma', 'Finance'),
    process('Delta', 'Finance/Invoices'),
  ]);
  const names = (list: readonly { process: Process }[]) => list.map((entry) => entry.process.name);

  it('sorts by folder, then name', () => {
    expect(names(sortProcesses(index, 'folder', new Map()))).toEqual(['Gamma', 'Beta', 'Delta', 'Alpha']);
  });

  it('sorts by last run, newest first, never-run processes last', () => {
    const times = lastRunTimes([run('HR:Alpha', '2026-01-01T09:00:00Z'), run('Finance:Gamma', '2026-01-02T09:00:00Z')]);
    expect(names(sortProcesses(index, 'lastRun', times)).slice(0, 2)).toEqual(['Gamma', 'Alpha']);
  });

  it('groups into a folder tree whose counts include subfolders', () => {
    const root = groupByFolder(index);
    const describe = (node: FolderNode): unknown => ({
      name: node.name,
      count: node.count,
      processes: names(node.processes),
      folders: node.folders.map(describe),
    });
    expect(root.count).toBe(4);
    expect(root.folders.map(describe)).toEqual([
      {
        name: 'Finance',
        count: 3,
        processes: ['Gamma'],
        folders: [{ name: 'Invoices', count: 2, processes: ['Beta', 'Delta'], folders: [] }],
      },
      { name: 'HR', count: 1, processes: ['Alpha'], folders: [] },
    ]);
  });

  it('keeps the arrangement it can read and falls back to defaults for what it cannot', () => {
    const stored = (value: unknown) => ({ getItem: () => (typeof value === 'string' ? value : JSON.stringify(value)) });
    expect(readViewOptions(stored({ isGroupedByFolder: true, sort: 'lastRun', expanded: ['HR'] }))).toEqual({
      isGroupedByFolder: true,
      sort: 'lastRun',
      expanded: ['HR'],
    });
    expect(readViewOptions(stored({ isGroupedByFolder: 'yes', sort: 'size', expanded: 3 }))).toEqual({
      isGroupedByFolder: false,
      sort: 'name',
      expanded: [],
    });
    expect(readViewOptions(stored('{not json')).sort).toBe('name');
  });
});

describe('search highlight', () => {
  it('marks every place each term matches, merged where they overlap', () => {
    expect(matchRanges('Invoice Intake', searchTerms('in  TAKE'))).toEqual([
      [0, 2],
      [8, 14],
    ]);
  });

  it('marks nothing when nothing matches', () => {
    expect(matchRanges('Hello', ['xyz'])).toEqual([]);
  });
});

describe('links', () => {
  it('shares a baton://run link by name and folder', () => {
    expect(shareLink({ name: 'Invoice Intake', folderPath: 'Finance/Invoices' })).toBe(
      'baton://run?process=Invoice+Intake&folder=Finance%2FInvoices',
    );
  });

  it('points into Orchestrator at the folder, under orchestrator_ outside on-premises', () => {
    expect(orchestratorLink({ folderId: 7 }, { orchestratorUrl: 'https://orch.example/', deployment: 'on-prem' })).toBe(
      'https://orch.example/processes?fid=7',
    );
    expect(orchestratorLink({ folderId: 7 }, { orchestratorUrl: 'https://cloud.uipath.com/acme/Default', deployment: 'cloud' })).toBe(
      'https://cloud.uipath.com/acme/Default/orchestrator_/processes?fid=7',
    );
  });
});

describe('palette sections', () => {
  const entry = (id: string, isFavorite = false): PaletteEntry => ({
    id,
    name: id,
    context: 'F',
    isFavorite,
    isRunnable: true,
    requiredInputs: [],
  });
  const entries = [entry('Alpha'), entry('Beta', true), entry('Gamma'), entry('Delta')];

  it('puts favourites, then recent processes, before the rest when nothing is typed', () => {
    const sections = paletteSections(entries, ['Gamma', 'Beta', 'Gone'], '');
    expect(sections.map((section) => [section.label, section.entries.map((e) => e.id)])).toEqual([
      ['Favourites', ['Beta']],
      ['Recent', ['Gamma']],
      ['All processes', ['Alpha', 'Delta']],
    ]);
  });

  it('shows only the matches once the person types', () => {
    const sections = paletteSections(entries, ['Gamma'], 'gam');
    expect(sections).toEqual([{ entries: [entry('Gamma')] }]);
  });
});
