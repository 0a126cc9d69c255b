import { useEffect, useRef } from 'react';
import { checkTitle, checkWords, type CheckId, type CheckStatus } from '../../../shared/contract/diagnostics';
import { useT } from '../../app/i18n';
import type { CheckRow } from './use-diagnostics';
import '../../components/visually-hidden.css';
import './diagnostics.css';

const MARK: Record<CheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', skipped: '–' };

function CheckItem({ row, isTarget }: { row: CheckRow; isTarget: boolean }) {
  const t = useT();
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
        <span aria-hidden="true">…</span> {t.t('diagnostics.checking', { title: checkTitle(t, row.id as CheckId) })}
      </li>
    );
  }
  // The core's words as message ids, in the window's language (the English strings when a core sent none).
  const words = checkWords(result, t);
  return (
    <li
      className={`diagnostics-check diagnostics-${result.status}${isTarget ? ' diagnostics-target' : ''}`}
      data-check={row.id}
      data-status={result.status}
      {...targetProps}
    >
      {/* A label on a plain span is not read by every screen reader; the word is there as text instead. */}
      <span aria-hidden="true">{MARK[result.status]}</span>
      <span className="visually-hidden">{t.t('diagnostics.statusWord', { status: result.status })}: </span> <strong>{words.title}</strong>:{' '}
      {words.summary}
      {result.status === 'skipped' && words.because ? (
        <span>{t.t('diagnostics.screenSkippedBecause', { because: words.because })}</span>
      ) : null}
      {words.fix && (result.status === 'fail' || result.status === 'warn') ? (
        <p className="diagnostics-fix">{t.t('diagnostics.fix', { fix: words.fix })}</p>
      ) : null}
      {words.evidence.length > 0 ? (
        <details>
          <summary>{t.t('diagnostics.evidence', { duration: result.durationMs })}</summary>
          <ul>
            {words.evidence.map((line, index) => (
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
