import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import type { Run } from '../../../shared/contract/runs';
import { BatonError } from '../../../shared/errors';
import { ErrorBanner } from '../../components/error-banner';
import { VirtualList } from '../../components/virtual-list';
import '../../components/visually-hidden.css';
import { useHashParam } from '../../app/hash-param';
import { useT } from '../../app/i18n';
import { errorText } from '../../components/error-text';
import { useSession } from '../account';
import { remoteBlockReason, useConnectivity } from '../connectivity';
import { useDefaultRunTarget } from '../preferences';
import { useRobotStatus } from '../robot';
import { RunsPanel, useRuns } from '../runs';
import { filterProcesses, folderOptions, indexCatalog, type IndexedProcess } from './catalog-filter';
import { catalogPhase, describeCatalogStatus } from './catalog-status';
import { FolderTree } from './folder-tree';
import { searchTerms } from './highlight';
import { HomeSection } from './home-section';
import { favouriteProcesses, lastRunTimes, recentRuns } from './home-model';
import { ProcessDetails } from './process-details';
import { groupByFolder, SORT_KEYS, SORT_LABELS, sortProcesses, type SortKey } from './process-order';
import { PROCESS_ROW_HEIGHT, ProcessRow } from './process-row';
import { RunDialog } from './run-dialog';
import type { ArgumentTexts } from './argument-values';
import { useQuickRun } from './use-quick-run';
import { useViewOptions } from './view-options';
import { useCatalog } from './use-catalog';
import './processes.css';

/** J2: every process across folders, searchable and filterable, each one run with a click. */
export function ProcessesView() {
  const translator = useT();
  const { t } = translator;
  const catalogState = useCatalog();
  const { catalog, loadError, actionError, isRefreshing, refresh, setFavorite, retry, dismissActionError } = catalogState;
  const runs = useRuns(200);
  const robot = useRobotStatus();
  const session = useSession();
  const isRemoteAvailable = !remoteBlockReason(useConnectivity());
  const view = useViewOptions();
  const [query, setQuery] = useState('');
  const [folderPath, setFolderPath] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [dialogFor, setDialogFor] = useState<{ process: Process; texts?: ArgumentTexts; target?: 'remote' | 'local' }>();
  const [detailsFor, setDetailsFor] = useState<Process>();
  const [started, setStarted] = useState<Run>();
  const search = useRef<HTMLInputElement>(null);
  const defaultTarget = useDefaultRunTarget();
  const runFromLink = useHashParam('run');
  const [missingFromLink, setMissingFromLink] = useState<string>();

  const index = useMemo(() => indexCatalog(catalog?.processes ?? []), [catalog?.processes]);
  // Typing stays responsive even if filtering ever falls behind: React renders the list after the input.
  const deferredQuery = useDeferredValue(query);
  const lastRunAt = useMemo(() => lastRunTimes(runs.runs ?? []), [runs.runs]);
  const filtered = useMemo(
    () => sortProcesses(filterProcesses(index, { query: deferredQuery, folderPath }), view.options.sort, lastRunAt),
    [index, deferredQuery, folderPath, view.options.sort, lastRunAt],
  );
  const terms = useMemo(() => searchTerms(deferredQuery), [deferredQuery]);
  // The tree counts what the search matches in every folder; the list shows the chosen folder's.
  const tree = useMemo(
    () => (view.options.isGroupedByFolder ? groupByFolder(filterProcesses(index, { query: deferredQuery, folderPath: '' })) : undefined),
    [view.options.isGroupedByFolder, index, deferredQuery],
  );
  const favourites = useMemo(() => favouriteProcesses(catalog?.processes ?? []), [catalog?.processes]);
  // Remote runs of another connection profile cannot be run again from this profile's catalog.
  const profileId = catalog?.profileId;
  const recent = useMemo(
    () => recentRuns((runs.runs ?? []).filter((run) => run.target === 'local' || run.profileId === profileId)),
    [runs.runs, profileId],
  );
  const activeProfile = session.profiles?.profiles.find((profile) => profile.isActive);
  const folders = useMemo(() => folderOptions(catalog?.folders ?? [], catalog?.processes ?? []), [catalog?.folders, catalog?.processes]);
  const failedFolders = catalog?.folders.filter((folder) => folder.error) ?? [];

  useEffect(() => setActiveIndex(0), [deferredQuery, folderPath]);

  // "/" jumps to the search box from anywhere in the view, unless the person is typing somewhere.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      event.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const openRun = useCallback((process: Process, texts?: ArgumentTexts, target?: 'remote' | 'local') => {
    setStarted(undefined);
    setDetailsFor(undefined);
    setDialogFor({ process, texts, target });
  }, []);
  const openDetails = useCallback((process: Process) => setDetailsFor(process), []);

  const quickRun = useQuickRun({
    processes: catalog?.processes,
    isRemoteAvailable,
    onAsk: openRun,
    onStarted: (run) => {
      runs.upsert(run);
      setStarted(run);
    },
    onMissing: setMissingFromLink,
  });
  // `#/processes?run=ID` (the tray's favourites, deep links that lack inputs): that process's run
  // dialog, once the catalog is in. The hash then goes back to the plain area, so a reload does not reopen it.
  const handledLink = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!runFromLink) {
      handledLink.current = undefined;
      return;
    }
    if (handledLink.current === runFromLink || !catalog || catalog.source === 'empty') return;
    handledLink.current = runFromLink;
    const process = catalog.processes.find((candidate) => candidate.id === runFromLink);
    setMissingFromLink(process ? undefined : runFromLink);
    if (process) openRun(process);
    // Replaced, not pushed: Back does not reopen it, and the same link works again later.
    window.location.replace('#/processes');
  }, [runFromLink, catalog, openRun]);

  const toggleFavorite = useCallback((process: Process) => setFavorite(process.id, !process.isFavorite), [setFavorite]);
  const renderRow = useCallback(
    (entry: IndexedProcess, rowIndex: number) => (
      <ProcessRow
        process={entry.process}
        isActive={rowIndex === activeIndex}
        onRun={openRun}
        onFavorite={toggleFavorite}
        onDetails={openDetails}
        terms={terms}
      />
    ),
    [activeIndex, openRun, toggleFavorite, openDetails, terms],
  );
  const activate = useCallback(
    (entry: IndexedProcess) => {
      if (entry.process.isRunnable || entry.process.prefersLocal) openRun(entry.process);
    },
    [openRun],
  );
  // Enter on a row: its details (the Run button is one Tab away).
  const activateRow = useCallback((entry: IndexedProcess) => openDetails(entry.process), [openDetails]);

  function focusList(): void {
    document.querySelector<HTMLElement>('.processes-list [role="listitem"][tabindex="0"]')?.focus();
  }

  const phase = catalog ? catalogPhase(catalog) : undefined;

  return (
    <div className="processes-layout">
      <div className="processes-main">
        {phase !== 'signed-out' ? (
          <HomeSection
            isLoading={phase !== 'ready' && phase !== 'empty'}
            favourites={favourites}
            recent={recent}
            onRunFavourite={(process) => void quickRun.runFavourite(process)}
            onRunAgain={(run) => void quickRun.runAgain(run)}
            onDetails={openDetails}
            startingId={quickRun.startingId}
          />
        ) : null}
        {quickRun.error ? <ErrorBanner error={quickRun.error} onDismiss={quickRun.dismissError} /> : null}
        <div className="processes-toolbar" role="search">
          <input
            ref={search}
            type="search"
            className="processes-search"
            aria-label={t('processes.search')}
            aria-keyshortcuts="/"
            placeholder={t('processes.searchPlaceholder', { key: '/' })}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                focusList();
              } else if (event.key === 'Enter' && filtered[activeIndex]) {
                event.preventDefault();
                activate(filtered[activeIndex]);
              }
            }}
          />
          <select
            aria-label={t('processes.folder')}
            className="processes-folder"
            value={folderPath}
            onChange={(event) => setFolderPath(event.target.value)}
          >
            <option value="">{t('processes.allFolders')}</option>
            {folders.map((folder) => (
              <option key={folder.path} value={folder.path}>
                {folder.hasError ? t('processes.folderNotListed', { folder: folder.path }) : folder.path}
              </option>
            ))}
          </select>
          <label className="processes-group">
            <input
              type="checkbox"
              checked={view.options.isGroupedByFolder}
              onChange={(event) => view.setGroupedByFolder(event.target.checked)}
            />
            {t('processes.groupByFolder')}
          </label>
          <label className="processes-sort">
            {t('processes.sortBy')}{' '}
            <select value={view.options.sort} onChange={(event) => view.setSort(event.target.value as SortKey)}>
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(SORT_LABELS[key])}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={refresh}
            disabled={isRefreshing || phase === 'signed-out' || catalog === undefined}
            aria-busy={isRefreshing || undefined}
          >
            {t('processes.refresh')}
          </button>
        </div>
        <p className="processes-status" role="status" aria-live="polite">
          {catalog && (phase === 'ready' || phase === 'empty')
            ? describeCatalogStatus(catalog, filtered.length, isRefreshing, translator)
            : ''}
        </p>
        {started ? (
          <p className="processes-started" role="status">
            {t('processes.started', { name: started.processName, target: started.target })}
          </p>
        ) : null}
        {missingFromLink ? (
          <p className="processes-started" role="status">
            {t('processes.missingFromLink')}
          </p>
        ) : null}
        {loadError ? <ErrorBanner error={loadError} onRetry={retry} /> : null}
        {actionError ? <ErrorBanner error={actionError} onRetry={refresh} onDismiss={dismissActionError} /> : null}
        {catalog?.error && phase !== 'signed-out' ? <ErrorBanner error={BatonError.fromPayload(catalog.error)} onRetry={refresh} /> : null}
        {failedFolders.length > 0 ? (
          <ul className="processes-folder-errors" aria-label={t('processes.failedFolders')}>
            {failedFolders.map((folder) => (
              <li key={folder.id} className="banner banner-warning">
                <div className="banner-text">
                  <p className="banner-message">
                    {t('processes.folderError', {
                      folder: folder.path,
                      message: folder.error ? errorText(folder.error, translator).message : '',
                    })}
                  </p>
                  {folder.error?.hint ? <p className="banner-hint">{errorText(folder.error, translator).hint}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        <div className={tree ? 'processes-body processes-body-grouped' : 'processes-body'}>
          {!catalog && !loadError ? <ListPlaceholder>{t('processes.loading')}</ListPlaceholder> : null}
          {phase === 'signed-out' ? (
            <div className="card processes-empty">
              <h2>{t('processes.signedOut')}</h2>
              <p>{catalog?.error?.hint ? errorText(catalog.error, translator).hint : t('processes.signedOutHint')}</p>
            </div>
          ) : null}
          {phase === 'loading' ? <ListPlaceholder>{t('processes.loadingFromServer')}</ListPlaceholder> : null}
          {phase === 'empty' ? (
            <div className="card processes-empty">
              <h2>{t('processes.empty')}</h2>
              <p>{t('processes.emptyHint')}</p>
            </div>
          ) : null}
          {phase === 'ready' && filtered.length === 0 ? (
            <div className="card processes-empty">
              <h2>{t('processes.noMatch')}</h2>
              <p>
                {folderPath ? t('processes.noMatchInFolder', { query, folder: folderPath }) : t('processes.noMatchQuery', { query })}{' '}
                <button
                  type="button"
                  onClick={() => {
                    setQuery('');
                    setFolderPath('');
                    search.current?.focus();
                  }}
                >
                  {t('processes.clearSearch')}
                </button>
              </p>
            </div>
          ) : null}
          {phase === 'ready' && tree ? (
            <div className="processes-tree">
              <FolderTree
                root={tree}
                expanded={view.options.expanded}
                isAllExpanded={terms.length > 0}
                terms={terms}
                selectedPath={folderPath}
                onToggle={view.toggleFolder}
                onSelect={setFolderPath}
              />
            </div>
          ) : null}
          {phase === 'ready' && filtered.length > 0 ? (
            <div className="processes-list">
              <VirtualList
                items={filtered}
                getKey={(entry) => entry.process.id}
                rowHeight={PROCESS_ROW_HEIGHT}
                label={t('processes.list')}
                activeIndex={activeIndex}
                onActiveIndexChange={setActiveIndex}
                onActivate={activateRow}
                renderRow={renderRow}
              />
            </div>
          ) : null}
        </div>
      </div>
      <aside className="processes-runs">
        <RunsPanel state={runs} limit={8} />
      </aside>
      {detailsFor ? (
        <ProcessDetails
          process={detailsFor}
          runs={runs.runs ?? []}
          profile={activeProfile}
          now={Date.now()}
          onRun={(process) => openRun(process)}
          onClose={() => setDetailsFor(undefined)}
        />
      ) : null}
      {dialogFor ? (
        <RunDialog
          process={dialogFor.process}
          initialTexts={dialogFor.texts}
          initialTarget={dialogFor.target}
          preferredTarget={defaultTarget}
          local={robot.localAvailability({ processKey: dialogFor.process.processKey, name: dialogFor.process.name })}
          onClose={() => setDialogFor(undefined)}
          onStarted={(run) => {
            runs.upsert(run);
            setStarted(run);
            setDialogFor(undefined);
          }}
        />
      ) : null}
    </div>
  );
}

/** Stands where the list will be, with the list's frame and height, so nothing moves when it arrives. */
function ListPlaceholder({ children }: { children: string }) {
  return (
    <div className="processes-placeholder">
      <p role="status">{children}</p>
    </div>
  );
}
