import { describe, expect, it } from 'vitest';
import { createLiveValue, type LiveState } from '../../../src/renderer/api/live-value';
import { BatonError } from '../../../src/shared/errors';

/** A `get` whose answers the test hands out one ask at a time, in any order. */
function controlledGet<T>() {
  const asks: { resolve(value: T): void; reject(error: unknown): void }[] = [];
  const get = () => new Promise<T>((resolve, reject) => asks.push({ resolve, reject }));
  return { get, asks };
}

function liveStatus() {
  const { get, asks } = controlledGet<string>();
  const seen: LiveState<string>[] = [];
  const live = createLiveValue<string, string>({ get, apply: (_current, payload) => payload }, (state) => seen.push(state));
  return { live, asks, seen };
}

describe('a live value', () => {
  // Catches: connectivity showing "offline" again after the core said "online", because the
  // status asked on mount answered after the event.
  it('keeps a newer event when the answer to an older ask arrives late', async () => {
    const { live, asks } = liveStatus();
    const asked = live.refetch();
    live.receive('online');
    asks[0]!.resolve('offline');
    await asked;
    expect(live.state().value).toBe('online');
  });

  it('shows a value at hand from the start, until an answer or an event brings another', async () => {
    const { get, asks } = controlledGet<string>();
    const live = createLiveValue<string, string>({ get, apply: (_current, payload) => payload }, () => {}, 'cached');
    expect(live.state().value).toBe('cached');
    const asked = live.refetch();
    expect(live.state()).toMatchObject({ value: 'cached', isLoading: true });
    asks[0]!.resolve('fresh');
    await asked;
    expect(live.state().value).toBe('fresh');
  });

  it('shows the answer when no event came while it was asked', async () => {
    const { live, asks } = liveStatus();
    const asked = live.refetch();
    asks[0]!.resolve('offline');
    await asked;
    expect(live.state()).toEqual({ value: 'offline', error: undefined, isLoading: false });
  });

  it('drops the answer of an ask that a retry replaced', async () => {
    const { live, asks } = liveStatus();
    const first = live.refetch();
    const second = live.refetch();
    asks[1]!.resolve('new');
    asks[0]!.resolve('old');
    await Promise.all([first, second]);
    expect(live.state().value).toBe('new');
  });

  it('keeps a failure visible, and a retry that answers clears it', async () => {
    const { live, asks } = liveStatus();
    const failed = live.refetch();
    asks[0]!.reject(new BatonError('NETWORK_UNREACHABLE', 'The core did not answer.'));
    await failed;
    expect(live.state().error?.code).toBe('NETWORK_UNREACHABLE');
    expect(live.state().isLoading).toBe(false);

    const retried = live.refetch();
    expect(live.state().isLoading).toBe(true);
    asks[1]!.resolve('online');
    await retried;
    expect(live.state()).toEqual({ value: 'online', error: undefined, isLoading: false });
  });

  it('ignores a failure of an ask that a retry replaced', async () => {
    const { live, asks } = liveStatus();
    const first = live.refetch();
    const second = live.refetch();
    asks[1]!.resolve('online');
    asks[0]!.reject(new BatonError('NETWORK_UNREACHABLE', 'late'));
    await Promise.all([first, second]);
    expect(live.state()).toEqual({ value: 'online', error: undefined, isLoading: false });
  });

  it('replays events that raced an ask on top of its answer, in order', async () => {
    const { get, asks } = controlledGet<number[]>();
    // Like the run history: an update before the first list has nothing to join yet.
    const live = createLiveValue<number[], number>({ get, apply: (current, n) => current && [...current, n] }, () => {});
    const asked = live.refetch();
    live.receive(3);
    live.receive(4);
    expect(live.state().value).toBeUndefined();
    asks[0]!.resolve([1, 2]);
    await asked;
    expect(live.state().value).toEqual([1, 2, 3, 4]);
    live.receive(5);
    expect(live.state().value).toEqual([1, 2, 3, 4, 5]);
  });

  it('drops the answer in flight once cancelled (the screen closed or stopped asking)', async () => {
    const { live, asks } = liveStatus();
    const asked = live.refetch();
    live.cancel();
    asks[0]!.resolve('late');
    await asked;
    expect(live.state()).toEqual({ value: undefined, error: undefined, isLoading: false });
  });

  it('an event with a value clears an earlier failure', async () => {
    const { live, asks } = liveStatus();
    const failed = live.refetch();
    asks[0]!.reject(new BatonError('NETWORK_UNREACHABLE', 'The core did not answer.'));
    await failed;
    live.receive('online');
    expect(live.state()).toEqual({ value: 'online', error: undefined, isLoading: false });
  });

  it('tells its owner of every change', async () => {
    const { live, asks, seen } = liveStatus();
    const asked = live.refetch();
    asks[0]!.resolve('online');
    await asked;
    expect(seen.map((state) => [state.value, state.isLoading])).toEqual([
      [undefined, true],
      ['online', false],
    ]);
  });
});
