import { useEffect, useRef } from 'react';
import type { CheckStatus } from '../../../shared/contract/diagnostics';
import type { CheckRow } from './use-diagnostics';
import '../../components/visually-hidden.css';
import './diagnostics.css';

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', skipped: '–' };
const WORD: Record<CheckStatus, string> = { pass: 'Passed', fail: 'Failed', warn: 'Warning', skipped: 'Skipped' };

function CheckItem({ row, isTarget }: { row: CheckRow; isTarget: boolean }) {
  const item = useRef<HTMLLIElement>(null);
  const result = row.result;

  // The check an error linked to comes into view, with focus, once its result is in.
  useEffect(() => {
    if (!isTarget || !result) return;
    item.current?.scrollIntoView({ block: 'center' });
    item.current?.focus();
  }, [isTarget, result]);

  const targetProps = isTarget ? { ref: item, tabIndex: -1, 'aria-current': true as const } : {};
  if (!result) {
    return (
      <li className="diagnostics-check" data-check={row.id} data-status="running" aria-busy="true" {...targetProps}>
        <span aria-hidden="true">…</span> {row.title}: checking…
      </li>
    );
  }
  return (
    <li
      className={`diagnostics-check diagnostics-${result.status}${isTarget ? ' diagnostics-target' : ''}`}
      data-check={row.id}
      data-status={result.status}
      {...targetProps}
    >
      {/* A label on a plain span is not read by every screen reader; the word is there as text instead. */}
      <span aria-hidden="true">{MARK[result.status]}</span>
      <span className="visually-hidden">{WORD[result.status]}: </span> <strong>{result.title}</strong>: {result.summary}
      {result.status === 'skipped' && result.because ? <span> (skipped because {result.because})</span> : null}
      {result.fix && (result.status === 'fail' || result.status === 'warn') ? <p className="diagnostics-fix">Fix: {result.fix}</p> : null}
      {result.evidence.length > 0 ? (
        <details>
          <summary>Evidence ({result.durationMs} ms)</summary>
          <ul>
            {result.evidence.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** Checks as they run: "checking…" until each result, then ✓ / ✗ / ! / – with the fix and the evidence. */
export function CheckList({ rows, label, target }: { rows: readonly CheckRow[]; label: string; target?: string | undefined }) {
  return (
    <ol className="diagnostics-checks" aria-label={label} aria-live="polite">
      {rows.map((row) => (
        <CheckItem key={row.id} row={row} isTarget={row.id === target} />
      ))}
    </ol>
  );
}
