import { useCallback } from 'react';
import type { BatonError } from '../../shared/errors';
import { useLiveValue } from './use-live-value';

export type CallState<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: BatonError };

/** Runs one contract call on mount (and on `retry`), keeping progress and failure visible. */
export function useCall<T>(run: () => Promise<T>): CallState<T> & { retry(): void } {
  const call = useLiveValue(run);
  const { refetch } = call;
  const retry = useCallback(() => void refetch(), [refetch]);
  if (call.isLoading) return { status: 'loading', retry };
  if (call.error) return { status: 'failed', error: call.error, retry };
  return { status: 'done', data: call.value as T, retry };
}
