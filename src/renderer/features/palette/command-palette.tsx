import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { BatonApi } from '../../../shared/api';
import type { CheckId } from '../../../shared/contract/diagnostics';
import { processRefOf, type Run } from '../../../shared/contract/runs';
import { BatonError } from '../../../shared/errors';
import { toBatonError } from '../../api';
import type { MessageId, Translator } from '../../../shared/i18n';
import { useBatonApi } from '../../app/baton-context';
import { useT } from '../../app/i18n';
import { checkForCode } from '../../components';
import { paletteSections, type PaletteEntry, type PaletteSection } from './fuzzy-match';
import { PaletteError } from './palette-error';
import { stateLabel } from '../runs';

type Target = 'remote' | 'local';
type Source = { status: 'loading' } | { status: 'done'; entries: PaletteEntry[] } | { status: 'failed'; error: BatonError };

const TARGET_LABELS: Record<Target, MessageId> = { remote: 'palette.targetRemote', local: 'palette.targetLocal' };
const SECTION_LABELS: Record<NonNullable<PaletteSection['label']>, MessageId> = {
  Favourites: 'palette.sectionFavourites',
  Recent: 'palette.sectionRecent',
  'All processes': 'palette.sectionAll',
};

const RECENT_IN_PALETTE = 5;

/** The processes of `target` run most recently, newest first (remote: catalog ids; local: robot keys). */
async function loadRecentIds(api: BatonApi, target: Target): Promise<string[]> {
  // Without history the palette still lists every process.
  const runs = await api.runs.list({ limit: 100 }).catch(() => []);
  const ids: string[] = [];
  for (const run of runs) {
    if (run.target === target && !ids.includes(processRefOf(run))) ids.push(processRefOf(run));
    if (ids.length === RECENT_IN_PALETTE) break;
  }
  return ids;
}

async function loadEntries(api: BatonApi, target: Target, { t }: Translator): Promise<PaletteEntry[]> {
  if (target === 'remote') {
    const catalog = await api.catalog.get();
    return catalog.processes.map((process) => ({
      id: process.id,
      name: process.name,
      context: process.folderPath,
      isFavorite: process.isFavorite,
      isRunnable: process.isRunnable,
      requiredInputs: process.inputArguments.filter((arg) => arg.isRequired && !arg.hasDefault),
    }));
  }
  const processes = await api.robot.processes();
  return processes.map((process) => ({
    id: process.key,
    name: process.name,
    context: t('palette.thisMachine'),
    isFavorite: false,
    isRunnable: process.installed,
    requiredInputs: process.inputArguments
      .filter((arg) => arg.required && !arg.hasDefault)
      .map((arg) => ({ name: arg.name, kind: arg.type, typeName: arg.type, isSensitive: arg.sensitive })),
  }));
}

/**
 * The quick-launch palette: type to find, Enter runs (or asks for the required inputs first),
 * Tab switches Remote/Local, Esc closes. An error offers its "Check …" link, which Tab reaches
 * before it switches. Everything works from the keyboard alone.
 */
export function CommandPalette({
  onClose,
  onOpenDiagnostics,
  initialTarget = 'remote',
}: {
  onClose(): void;
  /** Leads to Diagnostics at the check an error's link names; where that is depends on the palette's host. */
  onOpenDiagnostics(check: CheckId): void | Promise<unknown>;
  initialTarget?: Target;
}) {
  const api = useBatonApi();
  const translator = useT();
  const { t } = translator;
  const [target, setTarget] = useState<Target>(initialTarget);
  const [sources, setSources] = useState<Partial<Record<Target, Source>>>({});
  const [recentIds, setRecentIds] = useState<Partial<Record<Target, string[]>>>({});
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [inputsFor, setInputsFor] = useState<PaletteEntry | undefined>();
  const [values, setValues] = useState<Record<string, string>>({});
  const [run, setRun] = useState<Run | undefined>();
  const [error, setError] = useState<BatonError | undefined>();
  const [isStarting, setIsStarting] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const source = sources[target];

  useEffect(() => {
    if (sources[target]) return;
    setSources((current) => ({ ...current, [target]: { status: 'loading' } }));
    // Recent comes on its own: the list is usable (and Enter works) before the history answers.
    void loadRecentIds(api, target).then((ids) => setRecentIds((current) => ({ ...current, [target]: ids })));
    loadEntries(api, target, translator).then(
      (entries) => setSources((current) => ({ ...current, [target]: { status: 'done', entries } })),
      (failure: unknown) => setSources((current) => ({ ...current, [target]: { status: 'failed', error: toBatonError(failure) } })),
    );
  }, [api, target, sources, translator]);

  // Follow the started run live, so the palette shows it reaching its end.
  const runId = run?.id;
  useEffect(() => {
    if (!runId) return undefined;
    let hasUpdate = false;
    const stop = api.on('run.updated', (update) => {
      if (update.id !== runId) return;
      hasUpdate = true;
      setRun(update);
    });
    // The run may have moved on before the subscription reached the core.
    api.runs.get({ runId }).then(
      (current) => !hasUpdate && setRun(current),
      () => {},
    );
    return stop;
  }, [api, runId]);

  const sections = useMemo(
    () => (source?.status === 'done' ? paletteSections(source.entries, recentIds[target] ?? [], query) : []),
    [source, recentIds, target, query],
  );
  const matches = useMemo(() => sections.flatMap((section) => section.entries), [sections]);
  const active = matches[Math.min(activeIndex, matches.length - 1)];
  const runError = run?.error ? BatonError.fromPayload(run.error) : undefined;
  const shownErrors = [inputsFor || source?.status !== 'failed' ? undefined : source.error, error, runError];
  const hasCheckLink = shownErrors.some((shown) => shown && checkForCode(shown.code));
  const checkLinks = () => [...(dialogRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-check]') ?? [])];

  async function start(entry: PaletteEntry, inputArguments?: Record<string, string>) {
    setError(undefined);
    setIsStarting(true);
    try {
      const started =
        target === 'remote'
          ? await api.runs.start({ target: 'remote', processId: entry.id, inputArguments })
          : await api.runs.start({ target: 'local', processKey: entry.id, inputArguments });
      setRun(started);
      setInputsFor(undefined);
      searchRef.current?.focus();
    } catch (failure) {
      setError(toBatonError(failure));
    } finally {
      setIsStarting(false);
    }
  }

  function launch(entry: PaletteEntry | undefined) {
    if (!entry || isStarting) return;
    if (!entry.isRunnable) {
      setError(
        new BatonError('FORBIDDEN', t('palette.notAllowed', { name: entry.name }), {
          hint: t('palette.notAllowedHint', { permission: 'Jobs.Create' }),
        }),
      );
      return;
    }
    if (entry.requiredInputs.length > 0) {
      setValues({});
      setInputsFor(entry);
      return;
    }
    void start(entry);
  }

  function switchTarget() {
    setTarget((current) => (current === 'remote' ? 'local' : 'remote'));
    setActiveIndex(0);
    // A launch error was about the other target's process.
    setError(undefined);
  }

  function openCheck(check: CheckId) {
    Promise.resolve(onOpenDiagnostics(check)).catch((failure: unknown) => setError(toBatonError(failure)));
  }

  // In the search view Tab goes from the last "Check …" link on to the other target, as it does from the search box.
  function onCheckLinkKey(event: KeyboardEvent<HTMLAnchorElement>) {
    if (inputsFor || event.key !== 'Tab' || event.shiftKey || event.currentTarget !== checkLinks().at(-1)) return;
    event.preventDefault();
    switchTarget();
    searchRef.current?.focus();
  }

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActiveIndex((index) => Math.min(index + 1, Math.max(matches.length - 1, 0)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActiveIndex((index) => Math.max(index - 1, 0));
        break;
      case 'Enter':
        event.preventDefault();
        launch(active);
        break;
      case 'Tab': {
        event.preventDefault();
        const link = event.shiftKey ? undefined : checkLinks()[0];
        if (link) link.focus();
        else switchTarget();
        break;
      }
    }
  }

  function onDialogKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    if (inputsFor) {
      setInputsFor(undefined);
      searchRef.current?.focus();
    } else onClose();
  }

  function onSubmitInputs(event: FormEvent) {
    event.preventDefault();
    if (inputsFor) void start(inputsFor, values);
  }

  return (
    <div ref={dialogRef} className="palette" role="dialog" aria-modal="true" aria-label={t('palette.label')} onKeyDown={onDialogKey}>
      <div className="palette-targets" role="group" aria-label={t('palette.targets')}>
        {(['remote', 'local'] as const).map((candidate) => (
          <span
            key={candidate}
            className="palette-target"
            data-active={candidate === target}
            aria-current={candidate === target ? 'true' : undefined}
          >
            {t(TARGET_LABELS[candidate])}
          </span>
        ))}
      </div>
      {inputsFor ? (
        <form className="palette-inputs" aria-label={t('palette.inputsFor', { name: inputsFor.name })} onSubmit={onSubmitInputs}>
          <p className="palette-inputs-title">{t('palette.needsInputs', { name: inputsFor.name })}</p>
          {inputsFor.requiredInputs.map((arg, index) => (
            <label key={arg.name} className="palette-field">
              <span>
                {arg.name} <span className="palette-muted">{t('palette.typeName', { type: arg.typeName })}</span>
              </span>
              <input
                autoFocus={index === 0}
                required
                type={arg.isSensitive ? 'password' : 'text'}
                autoComplete="off"
                value={values[arg.name] ?? ''}
                onChange={(event) => setValues((current) => ({ ...current, [arg.name]: event.target.value }))}
              />
            </label>
          ))}
          <button type="submit" disabled={isStarting}>
            {isStarting ? t('palette.starting') : target === 'remote' ? t('palette.runRemotely') : t('palette.runHere')}
          </button>
        </form>
      ) : (
        <>
          <input
            ref={searchRef}
            className="palette-search"
            autoFocus
            role="combobox"
            aria-label={t('palette.search')}
            aria-expanded={matches.length > 0}
            aria-controls={listId}
            aria-activedescendant={active ? `${listId}-${matches.indexOf(active)}` : undefined}
            aria-autocomplete="list"
            placeholder={t('palette.placeholder')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActiveIndex(0);
            }}
            onKeyDown={onSearchKey}
          />
          <div
            id={listId}
            className="palette-list"
            role="listbox"
            aria-label={t('palette.listLabel', { target: t(TARGET_LABELS[target]) })}
          >
            {sections.map((section) => {
              const options = section.entries.map((entry) => {
                const index = matches.indexOf(entry);
                return (
                  <div
                    key={entry.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={entry === active}
                    className="palette-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => launch(entry)}
                  >
                    <span className="palette-name">
                      {entry.isFavorite ? <span aria-label={t('palette.favourite')}>★ </span> : null}
                      {entry.requiredInputs.length > 0 ? t('palette.needsInputsName', { name: entry.name }) : entry.name}
                    </span>
                    <span className="palette-muted">{entry.context}</span>
                  </div>
                );
              });
              if (!section.label) return options;
              return (
                <div key={section.label} role="group" aria-label={t(SECTION_LABELS[section.label])} className="palette-section">
                  <span className="palette-section-label" aria-hidden="true">
                    {t(SECTION_LABELS[section.label])}
                  </span>
                  <div className="palette-section-list">{options}</div>
                </div>
              );
            })}
          </div>
          <PaletteSourceState
            source={source}
            query={query}
            count={matches.length}
            onOpenCheck={openCheck}
            onCheckLinkKey={onCheckLinkKey}
          />
        </>
      )}
      {error ? <PaletteError error={error} onOpenCheck={openCheck} onLinkKeyDown={onCheckLinkKey} /> : null}
      {run ? (
        <p className="palette-run" role="status" data-testid="palette-run" data-state={run.state}>
          {t('palette.runState', { name: run.processName, state: stateLabel(run.state, translator) })}
        </p>
      ) : null}
      {runError ? <PaletteError error={runError} onOpenCheck={openCheck} onLinkKeyDown={onCheckLinkKey} /> : null}
      <p className="palette-help palette-muted">{t('palette.help', { withCheckLink: String(hasCheckLink && !inputsFor) })}</p>
    </div>
  );
}

function PaletteSourceState({
  source,
  query,
  count,
  onOpenCheck,
  onCheckLinkKey,
}: {
  source: Source | undefined;
  query: string;
  count: number;
  onOpenCheck(check: CheckId): void;
  onCheckLinkKey(event: KeyboardEvent<HTMLAnchorElement>): void;
}) {
  const { t } = useT();
  if (!source || source.status === 'loading')
    return (
      <p className="palette-muted" role="status">
        {t('palette.loading')}
      </p>
    );
  if (source.status === 'failed') return <PaletteError error={source.error} onOpenCheck={onOpenCheck} onLinkKeyDown={onCheckLinkKey} />;
  if (count === 0)
    return (
      <p className="palette-muted" role="status">
        {query ? t('palette.noMatch', { query }) : t('palette.none')}
      </p>
    );
  return (
    <p className="visually-hidden" role="status">
      {t('common.processCount', { count })}
    </p>
  );
}
