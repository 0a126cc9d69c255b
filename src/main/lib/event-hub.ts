import type { BatonEventSource, EventName, EventPayload, Unsubscribe } from '../../shared/api';

/** The core's typed event bus: services emit, hosts subscribe (and unsubscribe). */
export interface EventHub extends BatonEventSource {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Listener count, so tests can prove that nothing leaks. */
  listenerCount(event?: EventName): number;
}

export function createEventHub(onListenerError: (error: unknown) => void = () => {}): EventHub {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  return {
    on(event, listener): Unsubscribe {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
    emit(event, payload) {
      for (const listener of [...(listeners.get(event) ?? [])]) {
        // One broken subscriber must not stop the others or the service that emitted.
        try {
          (listener as (payload: EventPayload<typeof event>) => void)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    listenerCount(event) {
      if (event) return listeners.get(event)?.size ?? 0;
      let total = 0;
      for (const set of listeners.values()) total += set.size;
      return total;
    },
  };
}
