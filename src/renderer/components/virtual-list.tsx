import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { nextIndex, scrollTopToReveal, visibleRange } from './virtual-window';
import './virtual-list.css';

export interface VirtualListProps<T> {
  items: readonly T[];
  getKey(item: T): string;
  /** Every row has this height in pixels (CSS must agree): it is what makes windowing cheap. */
  rowHeight: number;
  /** The list's accessible name. */
  label: string;
  activeIndex: number;
  onActiveIndexChange(index: number): void;
  /** Enter on a row (not on a control inside it). */
  onActivate?(item: T, index: number): void;
  /** Rendered inside each row; memoize it (React.memo) so scrolling re-renders only new rows. */
  renderRow(item: T, index: number): ReactNode;
  overscan?: number;
}

/**
 * A list that renders only the rows in view (plus a few), so ten thousand rows scroll like ten.
 * One row at a time is in the tab order (roving tabindex); arrows, Page Up/Down, Home and End
 * move it, and the row being moved to is scrolled into view and focused.
 */
export function VirtualList<T>({
  items,
  getKey,
  rowHeight,
  label,
  activeIndex,
  onActiveIndexChange,
  onActivate,
  renderRow,
  overscan = 6,
}: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);
  const focusAfterRender = useRef(false);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setViewportHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const count = items.length;
  const active = Math.min(activeIndex, count - 1);
  const { start, end } = visibleRange({ scrollTop, viewportHeight, rowHeight, count, overscan });
  const indexes: number[] = [];
  // The active row stays rendered even when scrolled away: it is the list's one tab stop.
  if (active >= 0 && (active < start || active >= end)) indexes.push(active);
  for (let index = start; index < end; index += 1) indexes.push(index);

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    viewport.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus({ preventScroll: true });
  });

  const moveTo = useCallback(
    (index: number) => {
      const element = viewport.current;
      if (element) {
        const top = scrollTopToReveal(index, { scrollTop: element.scrollTop, viewportHeight: element.clientHeight, rowHeight });
        if (top !== element.scrollTop) element.scrollTop = top;
        setScrollTop(top);
      }
      focusAfterRender.current = true;
      onActiveIndexChange(index);
    },
    [onActiveIndexChange, rowHeight],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select')) return;
    const isOnRow = target.dataset.index !== undefined;
    if (event.key === 'Enter' && isOnRow && onActivate) {
      const item = items[Number(target.dataset.index)];
      if (item !== undefined) {
        event.preventDefault();
        onActivate(item, Number(target.dataset.index));
      }
      return;
    }
    const pageSize = Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
    const next = nextIndex(event.key, Math.max(0, active), count, pageSize);
    if (next === null) return;
    event.preventDefault();
    moveTo(next);
  }

  return (
    <div ref={viewport} className="virtual-list" onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <div role="list" aria-label={label} className="virtual-list-canvas" style={{ height: count * rowHeight }} onKeyDown={onKeyDown}>
        {indexes.map((index) => {
          const item = items[index] as T;
          return (
            <div
              key={getKey(item)}
              role="listitem"
              aria-setsize={count}
              aria-posinset={index + 1}
              data-index={index}
              data-active={index === active ? 'true' : undefined}
              tabIndex={index === active ? 0 : -1}
              className="virtual-list-row"
              style={{ height: rowHeight, transform: `translateY(${index * rowHeight}px)` }}
              onFocus={(event) => {
                if (event.target === event.currentTarget && index !== active) onActiveIndexChange(index);
              }}
            >
              {renderRow(item, index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
