import { describe, expect, it } from 'vitest';
import {
  catalogPhase,
  describeCatalogStatus,
  filterProcesses,
  folderOptions,
  indexCatalog,
} from '../../../src/renderer/features/processes';
import type { Catalog, Process } from '../../../src/shared/contract/catalog';
import { createTranslator } from '../../../src/shared/i18n';

const english = createTranslator('en');

function process(name: string, folderPath: string, extra: Partial<Process> = {}): Process {
  return {
    id: `${folderPath}:${name}`,
    name,
    description: `${name} does its job`,
    version: '1.0.0',
    releaseId: 1,
    releaseKey: name,
    processKey: name,
    folderId: 1,
    folderPath,
    isRunnable: true,
    prefersLocal: false,
    inputArguments: [],
    isFavorite: false,
    ...extra,
  };
}

const names = (list: { process: Process }[]) => list.map((entry) => `${entry.process.folderPath}/${entry.process.name}`);

const catalog = [
  process('Invoice Intake', 'Finance'),
  process('Bank Reconciliation', 'Finance', { description: 'Matches bank statement lines against the ledger.' }),
  process('Invoice Archive', 'Finance/Invoices'),
  process('Hello World', 'Shared', { isFavorite: true }),
  process('Onboarding', 'HR'),
];

describe('process search and folder filter', () => {
  it('lists favourites first, then by name', () => {
    expect(names(indexCatalog(catalog))).toEqual([
      'Shared/Hello World',
      'Finance/Bank Reconciliation',
      'Finance/Invoices/Invoice Archive',
      'Finance/Invoice Intake',
      'HR/Onboarding',
    ]);
  });

  it('matches every term, case-insensitively, in name, folder or description', () => {
    const index = indexCatalog(catalog);
    expect(names(filterProcesses(index, { query: 'INV', folderPath: '' }))).toEqual([
      'Finance/Invoices/Invoice Archive',
      'Finance/Invoice Intake',
    ]);
    expect(names(filterProcesses(index, { query: 'invoice  intake', folderPath: '' }))).toEqual(['Finance/Invoice Intake']);
    expect(names(filterProcesses(index, { query: 'ledger', folderPath: '' }))).toEqual(['Finance/Bank Reconciliation']);
    expect(names(filterProcesses(index, { query: 'hr', folderPath: '' }))).toEqual(['HR/Onboarding']);
  });

  it('does not let a term match across the boundary of two fields', () => {
    const index = indexCatalog([process('Report', 'Sales')]);
    expect(filterProcesses(index, { query: 'reportsales', folderPath: '' })).toEqual([]);
  });

  it('keeps a folder and its subfolders, but not a folder that only shares its prefix', () => {
    const index = indexCatalog([...catalog, process('Payroll', 'Finance2')]);
    expect(names(filterProcesses(index, { query: '', folderPath: 'Finance' }))).toEqual([
      'Finance/Bank Reconciliation',
      'Finance/Invoices/Invoice Archive',
      'Finance/Invoice Intake',
    ]);
    expect(names(filterProcesses(index, { query: 'archive', folderPath: 'Finance/Invoices' }))).toEqual([
      'Finance/Invoices/Invoice Archive',
    ]);
  });

  it('offers every folder once, by path, marking the ones that failed', () => {
    const options = folderOptions(
      [
        { id: 2, path: 'HR', displayName: 'HR', error: { code: 'FORBIDDEN', message: 'no' } },
        { id: 1, path: 'Finance', displayName: 'Finance' },
      ],
      catalog,
    );
    expect(options).toEqual([
      { path: 'Finance', hasError: false },
      { path: 'Finance/Invoices', hasError: false },
      { path: 'HR', hasError: true },
      { path: 'Shared', hasError: false },
    ]);
  });

  // Its speed per keystroke is measured by `npm run bench` (renderer filter), not asserted here.
  it('narrows 10,000 processes keystroke by keystroke, by name and folder', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      process(`Process ${i} ${i % 7 === 0 ? 'invoice' : 'report'}`, `Folder ${i % 200}/Sub ${i % 13}`),
    );
    const index = indexCatalog(many);
    const counts = ['i', 'inv', 'invoice'].map((query) => filterProcesses(index, { query, folderPath: '' }).length);
    expect(counts[2]).toBe(Math.ceil(10_000 / 7));
    expect(counts[0]).toBeGreaterThanOrEqual(counts[1]!);
    expect(counts[1]).toBeGreaterThanOrEqual(counts[2]!);
    expect(
      filterProcesses(index, { query: 'invoice', folderPath: 'Folder 7' }).every((found) =>
        found.process.folderPath.startsWith('Folder 7/'),
      ),
    ).toBe(true);
  });
});

describe('catalog status line and phase', () => {
  const base: Catalog = {
    profileId: 'p1',
    folders: [],
    processes: catalog,
    refreshedAt: '2026-01-01T10:40:00Z',
    source: 'cache',
    isRefreshing: true,
  };

  it('says a cached list is from when it was fetched, and that it is refreshing', () => {
    expect(describeCatalogStatus(base, 5, true, english)).toMatch(/^5 processes · showing processes from \d\d:40( [AP]M)? · refreshing…$/);
  });

  it('counts the matches against the whole catalog', () => {
    expect(describeCatalogStatus({ ...base, source: 'server', isRefreshing: false }, 2, false, english)).toMatch(
      /^2 of 5 processes · updated \d\d:40( [AP]M)?$/,
    );
    expect(
      describeCatalogStatus({ ...base, processes: base.processes.slice(0, 1), source: 'server', isRefreshing: false }, 1, false, english),
    ).toMatch(/^1 process · updated/);
  });

  it('tells signed-out, loading, failed, empty and ready apart', () => {
    expect(catalogPhase({ ...base, profileId: null, processes: [], error: { code: 'AUTH_REQUIRED', message: 'Sign in first.' } })).toBe(
      'signed-out',
    );
    expect(catalogPhase({ ...base, processes: [], source: 'empty', isRefreshing: true })).toBe('loading');
    expect(
      catalogPhase({ ...base, processes: [], source: 'empty', isRefreshing: false, error: { code: 'NETWORK_UNREACHABLE', message: 'x' } }),
    ).toBe('failed');
    expect(catalogPhase({ ...base, processes: [], source: 'server', isRefreshing: false })).toBe('empty');
    expect(catalogPhase({ ...base, error: { code: 'NETWORK_UNREACHABLE', message: 'x' } })).toBe('ready');
  });
});
