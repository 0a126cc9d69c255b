import type { BatonError } from '../../shared/errors';
import { toBatonError } from './to-baton-error';

export interface LiveState<T> {
  value: T | undefined;
  /** The last ask failed, and nothing has brought a value since. */
  error: BatonError | undefined;
  isLoading: boolean;
}

export interface LiveValueSource<T, P> {
  /** Asks the core for the whole value. */
  get(): Promise<T>;
  /** What an event does to the value; `undefined` leaves it unknown (e.g. an update before the first list). */
  apply(current: T | undefined, payload: P): T | undefined;
}

export interface LiveValue<T, P> {
  state(): LiveState<T>;
  /** Asks again; an answer to an older ask is dropped. Resolves once this ask has settled. */
  refetch(): Promise<void>;
  /** Asks for a part (the next page) and joins it to the value as it is then, in the same race as `refetch`. */
  load<A>(request: () => Promise<A>, join: (current: T | undefined, answer: A) => T | undefined): Promise<void>;
  /** A value known here (an action's answer), shown at once. */
  set(update: (current: T | undefined) => T | undefined): void;
  /** Drops the answer of any ask in flight. */
  cancel(): void;
  /** The event arrived; call it from the subscription. */
  receive(payload: P): void;
}

/**
 * A value the core owns, fetched whole and kept current by events, as every renderer hook needs it:
 * an answer to an older ask never wins over a newer one, and events that arrive while an ask is in
 * flight are newer than its answer, so they are applied again on top of it.
 */
export function createLiveValue<T, P>(
  source: LiveValueSource<T, P>,
  onChange: (state: LiveState<T>) => void,
  /** A value already at hand, shown until an ask or an event brings another. */
  initial?: T,
): LiveValue<T, P> {
  let state: LiveState<T> = { value: initial, error: undefined, isLoading: false };
  let asked = 0;
  let racing: P[] = [];

  const change = (next: Partial<LiveState<T>>) => {
    state = { ...state, ...next };
    onChange(state);
  };
  // A value shown is news enough that an earlier failure to load it no longer applies.
  const show = (value: T | undefined) => change({ value, ...(value === undefined ? {} : { error: undefined }) });

  function load<A>(request: () => Promise<A>, join: (current: T | undefined, answer: A) => T | undefined): Promise<void> {
    const ask = ++asked;
    racing = [];
    change({ isLoading: true });
    return request().then(
      (answer) => {
        if (ask !== asked) return;
        const value = join(state.value, answer);
        racing = [];
        change({ value, error: undefined, isLoading: false });
      },
      (caught: unknown) => {
        if (ask !== asked) return;
        racing = [];
        change({ error: toBatonError(caught), isLoading: false });
      },
    );
  }

  return {
    state: () => state,
    // Events that raced the ask are newer than its answer: applied again on top of it.
    refetch: () =>
      load(source.get, (_current, answer) => racing.reduce<T | undefined>((value, payload) => source.apply(value, payload), answer)),
    load,
    set: (update) => show(update(state.value)),
    cancel() {
      asked += 1;
      racing = [];
      if (state.isLoading) change({ isLoading: false });
    },
    receive(payload) {
      if (state.isLoading) racing.push(payload);
      show(source.apply(state.value, payload));
    },
  };
}
