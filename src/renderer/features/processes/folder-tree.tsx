import { useRef, useState, type KeyboardEvent } from 'react';
import type { Process } from '../../../shared/contract/catalog';
import type { IndexedProcess } from './catalog-filter';
import { Highlight } from './highlight';
import type { FolderNode } from './process-order';
import { viewOnlyReason } from './process-row';

/**
 * "Group by folder": a tree of folders (with how many processes each holds) and their processes.
 * One tab stop (roving tabindex): Up/Down move, Right opens or steps in, Left closes or steps
 * out, Home/End jump, Enter opens a folder or a process's details.
 */
export function FolderTree({
  root,
  expanded,
  isAllExpanded,
  terms,
  onToggle,
  onDetails,
  onRun,
  onFavorite,
}: {
  root: FolderNode;
  expanded: readonly string[];
  /** While searching every folder is open, so each match is in view. */
  isAllExpanded: boolean;
  terms: readonly string[];
  onToggle(path: string): void;
  onDetails(process: Process): void;
  onRun(process: Process): void;
  onFavorite(process: Process): void;
}) {
  const tree = useRef<HTMLUListElement>(null);
  const [activeKey, setActiveKey] = useState<string>();
  const isOpen = (path: string) => isAllExpanded || expanded.includes(path);
  const items = () => [...(tree.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
  const firstKey = root.folders[0] ? `folder:${root.folders[0].path}` : root.processes[0] ? `process:${root.processes[0].process.id}` : '';
  const currentKey = activeKey ?? firstKey;

  function focusItem(element: HTMLElement | undefined): void {
    if (!element) return;
    setActiveKey(element.dataset.key);
    element.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item || event.target !== item) return;
    const all = items();
    const at = all.indexOf(item);
    const folderPath = item.dataset.folder;
    const parent = item.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? undefined;
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(all[at + 1]),
      ArrowUp: () => focusItem(all[at - 1]),
      Home: () => focusItem(all[0]),
      End: () => focusItem(all[all.length - 1]),
      ArrowRight: () => {
        if (folderPath === undefined) return;
        if (!isOpen(folderPath)) onToggle(folderPath);
        else focusItem(all[at + 1]);
      },
      ArrowLeft: () => {
        if (folderPath !== undefined && isOpen(folderPath) && !isAllExpanded) onToggle(folderPath);
        else focusItem(parent);
      },
      Enter: () => {
        if (folderPath !== undefined) onToggle(folderPath);
        else item.querySelector<HTMLButtonElement>('.process-name-button')?.click();
      },
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  const renderFolder = (folder: FolderNode, level: number) => {
    const key = `folder:${folder.path}`;
    const open = isOpen(folder.path);
    return (
      <li
        key={key}
        role="treeitem"
        aria-level={level}
        aria-expanded={open}
        aria-label={`${folder.name} (${folder.count})`}
        data-key={key}
        data-folder={folder.path}
        tabIndex={key === currentKey ? 0 : -1}
        className="tree-folder"
        onFocus={(event) => event.target === event.currentTarget && setActiveKey(key)}
      >
        <span
          className="tree-folder-label"
          onClick={() => {
            setActiveKey(key);
            onToggle(folder.path);
          }}
          aria-hidden="true"
        >
          <span className="tree-twisty">{open ? '▾' : '▸'}</span>
          <Highlight text={folder.name} terms={terms} /> <span className="tree-count">({folder.count})</span>
        </span>
        {open ? (
          <ul role="group">
            {folder.folders.map((child) => renderFolder(child, level + 1))}
            {folder.processes.map((entry) => renderProcess(entry, level + 1))}
          </ul>
        ) : null}
      </li>
    );
  };

  const renderProcess = ({ process }: IndexedProcess, level: number) => {
    const key = `process:${process.id}`;
    const isActive = key === currentKey;
    const isRunDisabled = !process.isRunnable && !process.prefersLocal;
    return (
      <li
        key={key}
        role="treeitem"
        aria-level={level}
        aria-label={process.name}
        data-key={key}
        tabIndex={isActive ? 0 : -1}
        className="tree-process"
        onFocus={(event) => event.target === event.currentTarget && setActiveKey(key)}
      >
        <button
          type="button"
          className="process-star"
          aria-pressed={process.isFavorite}
          aria-label={`Favourite ${process.name}`}
          tabIndex={isActive ? 0 : -1}
          onClick={() => onFavorite(process)}
        >
          <span aria-hidden="true">{process.isFavorite ? '★' : '☆'}</span>
        </button>
        <button type="button" className="process-name-button" tabIndex={isActive ? 0 : -1} onClick={() => onDetails(process)}>
          <Highlight text={process.name} terms={terms} />
        </button>
        <span className="tree-process-description">
          {process.description ? <Highlight text={process.description} terms={terms} /> : null}
        </span>
        <button
          type="button"
          className="process-run"
          aria-label={`Run ${process.name}`}
          tabIndex={isActive ? 0 : -1}
          disabled={isRunDisabled}
          title={!process.isRunnable ? viewOnlyReason(process) : undefined}
          onClick={() => onRun(process)}
        >
          Run
        </button>
      </li>
    );
  };

  return (
    <ul ref={tree} role="tree" aria-label="Processes by folder" className="folder-tree" onKeyDown={onKeyDown}>
      {root.folders.map((folder) => renderFolder(folder, 1))}
      {root.processes.map((entry) => renderProcess(entry, 1))}
    </ul>
  );
}
