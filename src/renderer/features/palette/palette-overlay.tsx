import { useEffect, useRef, useState } from 'react';
import type { CheckId } from '../../../shared/contract/diagnostics';
import { useBatonApi } from '../../app/baton-context';
import { diagnosticsHref } from '../../components';
import { useDefaultRunTarget } from '../preferences';
import { CommandPalette } from './command-palette';
import { isPaletteShortcut } from './fuzzy-match';
import './palette.css';

/**
 * The palette as an overlay over the window (web host, and the main window in the desktop
 * app): Ctrl+Alt+B / Cmd+Option+B or Ctrl+K / Cmd+K opens it; focus returns where it was on close.
 */
export function PaletteOverlay({ initialTarget }: { initialTarget?: 'remote' | 'local' }) {
  const [isOpen, setIsOpen] = useState(false);
  const defaultTarget = useDefaultRunTarget();
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteShortcut(event)) return;
      event.preventDefault();
      setIsOpen((wasOpen) => {
        if (!wasOpen) returnFocus.current = document.activeElement;
        return true;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!isOpen) return null;
  const close = () => {
    setIsOpen(false);
    const previous = returnFocus.current;
    if (previous instanceof HTMLElement) queueMicrotask(() => previous.focus());
  };
  // The page behind the overlay is the app itself: close, and let it route to Diagnostics.
  const openDiagnostics = (check: CheckId) => {
    close();
    window.location.hash = diagnosticsHref(check);
  };
  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && close()}>
      <CommandPalette onClose={close} onOpenDiagnostics={openDiagnostics} initialTarget={initialTarget ?? defaultTarget} />
    </div>
  );
}

/**
 * The desktop app's always-on-top palette window renders only this. It has no Diagnostics of its
 * own: a "Check …" link asks the host to bring the main window forward there (which also puts the palette away).
 */
export function PaletteWindow({ onClose, initialTarget }: { onClose(): void; initialTarget?: 'remote' | 'local' }) {
  const api = useBatonApi();
  const defaultTarget = useDefaultRunTarget();
  const showing = useShowCount();
  return (
    <div className="palette-window">
      <CommandPalette
        // The window is hidden, not closed, between uses: each showing starts afresh (empty query, no old run).
        key={`${showing}:${defaultTarget}`}
        onClose={onClose}
        onOpenDiagnostics={(check) => api.app.showArea({ target: { kind: 'check', checkId: check } })}
        initialTarget={initialTarget ?? defaultTarget}
      />
    </div>
  );
}

/** Counts the times the page became visible again (a hidden window shown). */
function useShowCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') setCount((value) => value + 1);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);
  return count;
}
