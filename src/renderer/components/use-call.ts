import { useCallback, useEffect, useState } from 'react';
import type { BatonError } from '../../shared/errors';
import { toBatonError } from '../api';

export type CallState<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: BatonError };

/** Runs one contract call on mount (and on `retry`), keeping progress and failure visible. */
export function useCall<T>(run: () => Promise<T>): CallState<T> & { retry(): void } {
  const [state, setState] = useState<CallState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    setState({ status: 'loading' });
    run().then(
      (data) => isCurrent && setState({ status: 'done', data }),
      (error: unknown) => isCurrent && setState({ status: 'failed', error: toBatonError(error) }),
    );
    return () => {
      isCurrent = false;
    };
    // `run` is a new closure every render on purpose; only `round` asks for a new call.
  }, [round]);

  const retry = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, retry };
}
