import { useEffect, useMemo, useRef, useState } from 'react';
import type { EventName, EventPayload } from '../../shared/api';
import { createLiveValue, type LiveState, type LiveValue } from '../api/live-value';
import { useBatonApi, useConnectionState } from '../app/baton-context';

export interface LiveValueOptions<T, E extends EventName> {
  /** What the event does to the value; without it the event's payload is the new value. */
  apply?(current: T | undefined, payload: EventPayload<E>): T | undefined;
  /** Asks again whenever one of these changes (the `get` closure itself may change every render). */
  deps?: readonly unknown[];
  /** While false nothing is asked on its own (an answer in flight is dropped); `refetch` still asks. */
  isEnabled?: boolean;
  /**
   * A value already at hand when the component mounts (an answer that arrived before it): the
   * first render shows it instead of nothing. The first ask still goes out and its answer wins.
   */
  initial?: () => T | undefined;
}

export type LiveValueHandle<T> = LiveState<T> & Pick<LiveValue<T, unknown>, 'refetch' | 'load' | 'set'>;

/**
 * A value from `get`, kept current by `event`: asked on mount, when `deps` change, and again when
 * the link to the core comes back (events sent while it was down are lost) or after a failure.
 */
export function useLiveValue<T, E extends EventName = never>(
  get: () => Promise<T>,
  event?: E,
  options: LiveValueOptions<T, E> = {},
): LiveValueHandle<T> {
  const api = useBatonApi();
  const link = useConnectionState().status;
  const isEnabled = options.isEnabled ?? true;
  // `get` and `apply` are new closures every render; the latest ones are used when an ask or event comes.
  const latest = useRef({ get, apply: options.apply });
  latest.current = { get, apply: options.apply };

  const [state, setState] = useState<LiveState<T>>(() => ({ value: options.initial?.(), error: undefined, isLoading: isEnabled }));
  const initial = useRef(state.value);
  const live = useMemo(
    () =>
      createLiveValue<T, EventPayload<E>>(
        {
          get: () => latest.current.get(),
          apply: (current, payload) => (latest.current.apply ? latest.current.apply(current, payload) : (payload as T)),
        },
        setState,
        initial.current,
      ),
    [],
  );

  useEffect(() => (event ? api.on(event, (payload) => live.receive(payload)) : undefined), [api, event, live]);

  useEffect(() => {
    if (!isEnabled) return;
    void live.refetch();
    return () => live.cancel();
    // `deps` are the caller's reasons to ask again.
  }, [api, live, isEnabled, ...(options.deps ?? [])]);

  const seen = useRef({ wasOpen: link === 'open', hasBeenOpen: link === 'open' });
  const hasFailed = state.error !== undefined;
  useEffect(() => {
    const isBack = link === 'open' && !seen.current.wasOpen;
    const hasMissedEvents = isBack && seen.current.hasBeenOpen && event !== undefined;
    seen.current = { wasOpen: link === 'open', hasBeenOpen: seen.current.hasBeenOpen || link === 'open' };
    if (isEnabled && isBack && (hasMissedEvents || hasFailed)) void live.refetch();
  }, [link, isEnabled, event, hasFailed, live]);

  return { ...state, refetch: live.refetch, load: live.load, set: live.set };
}
