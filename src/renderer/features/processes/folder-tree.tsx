import { useRef, useState, type KeyboardEvent } from 'react';
import { Highlight } from './highlight';
import { useT } from '../../app/i18n';
import type { FolderNode } from './process-order';

interface VisibleFolder {
  node: FolderNode;
  level: number;
  setSize: number;
  posInSet: number;
}

/** The folders a person can see now: each folder, and the subfolders of the open ones, in tree order. */
function visibleFolders(root: FolderNode, isOpen: (path: string) => boolean): VisibleFolder[] {
  const shown: VisibleFolder[] = [];
  const walk = (folders: FolderNode[], level: number) => {
    folders.forEach((node, index) => {
      shown.push({ node, level, setSize: folders.length, posInSet: index + 1 });
      if (isOpen(node.path)) walk(node.folders, level + 1);
    });
  };
  walk(root.folders, 2);
  return shown;
}

/**
 * "Group by folder": the folders as a tree, each with how many processes it holds (subfolders
 * included); choosing one shows its processes in the list beside it. A flat tree (levels given by
 * `aria-level`) so each item's name is its own row, not its subfolders'. One tab stop: Up/Down
 * move, Right opens or steps in, Left closes or steps out, Home/End jump, Enter or Space chooses.
 */
export function FolderTree({
  root,
  expanded,
  isAllExpanded,
  terms,
  selectedPath,
  onToggle,
  onSelect,
}: {
  root: FolderNode;
  expanded: readonly string[];
  /** While searching every folder is open, so each match's folder is in view. */
  isAllExpanded: boolean;
  terms: readonly string[];
  /** The folder whose processes the list shows; '' for all. */
  selectedPath: string;
  onToggle(path: string): void;
  onSelect(path: string): void;
}) {
  const { t } = useT();
  const tree = useRef<HTMLUListElement>(null);
  const [activePath, setActivePath] = useState<string>();
  const isOpen = (path: string) => isAllExpanded || expanded.includes(path);
  const shown = visibleFolders(root, isOpen);
  const current =
    activePath !== undefined && (activePath === '' || shown.some((entry) => entry.node.path === activePath)) ? activePath : selectedPath;

  function focusAt(index: number): void {
    const items = [...(tree.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const item = items[Math.max(0, Math.min(index, items.length - 1))];
    if (!item) return;
    setActivePath(item.dataset.path);
    item.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!item) return;
    const path = item.dataset.path ?? '';
    // Index 0 is "All folders"; the folders follow in `shown` order.
    const at = path === '' ? 0 : shown.findIndex((entry) => entry.node.path === path) + 1;
    const entry = shown[at - 1];
    const hasChildren = (entry?.node.folders.length ?? 0) > 0;
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusAt(at + 1),
      ArrowUp: () => focusAt(at - 1),
      Home: () => focusAt(0),
      End: () => focusAt(shown.length),
      ArrowRight: () => {
        if (!entry || !hasChildren) return;
        if (!isOpen(path)) onToggle(path);
        else focusAt(at + 1);
      },
      ArrowLeft: () => {
        if (entry && hasChildren && isOpen(path) && !isAllExpanded) return onToggle(path);
        const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
        focusAt(parent === '' ? 0 : shown.findIndex((candidate) => candidate.node.path === parent) + 1);
      },
      Enter: () => onSelect(path),
      ' ': () => onSelect(path),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  }

  return (
    <ul ref={tree} role="tree" aria-label={t('processes.folders')} className="folder-tree" onKeyDown={onKeyDown}>
      <li
        role="treeitem"
        aria-level={1}
        // Every folder is below it (level 2 and deeper).
        aria-expanded={true}
        aria-selected={selectedPath === ''}
        data-path=""
        tabIndex={current === '' ? 0 : -1}
        className="tree-folder"
        onClick={() => {
          setActivePath('');
          onSelect('');
        }}
      >
        {t('processes.allFolders')} <span className="tree-count">{t('processes.treeCount', { count: root.count })}</span>
      </li>
      {shown.map(({ node, level, setSize, posInSet }) => {
        const hasChildren = node.folders.length > 0;
        const open = isOpen(node.path);
        return (
          <li
            key={node.path}
            role="treeitem"
            aria-level={level}
            aria-setsize={setSize}
            aria-posinset={posInSet}
            aria-expanded={hasChildren ? open : undefined}
            aria-selected={selectedPath === node.path}
            data-path={node.path}
            tabIndex={current === node.path ? 0 : -1}
            className="tree-folder"
            style={{ paddingInlineStart: `${(level - 1) * 16 + 8}px` }}
            onClick={() => {
              setActivePath(node.path);
              onSelect(node.path);
            }}
          >
            <span
              className="tree-twisty icon-direction"
              aria-hidden="true"
              onClick={(event) => {
                if (!hasChildren) return;
                event.stopPropagation();
                onToggle(node.path);
              }}
            >
              {hasChildren ? (open ? '▾' : '▸') : ''}
            </span>
            <Highlight text={node.name} terms={terms} />{' '}
            <span className="tree-count">{t('processes.treeCount', { count: node.count })}</span>
          </li>
        );
      })}
    </ul>
  );
}
