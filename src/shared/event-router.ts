import { events as eventSchemas, isEventName, type BatonEventSource, type EventName } from './api';

/**
 * The client side of the contract's events, shared by every client (the preload in the desktop
 * window, the web page's WebSocket): listeners per event, payloads checked against the event's
 * schema before any listener sees them, and one listener that throws never starves the others.
 */
export interface EventRouter {
  on: BatonEventSource['on'];
  /** Hands a delivered event to its listeners; an unknown name or a payload off its schema is dropped. */
  deliver(name: unknown, payload: unknown): void;
  /** The events somebody listens to now (to renew subscriptions after a reconnect). */
  events(): EventName[];
  /** Listeners of every event together. */
  readonly size: number;
}

export interface EventRouterOptions {
  /** The first listener of this event came (subscribe on the server). */
  onFirstListener?(event: EventName): void;
  /** The last listener of this event left. */
  onLastListener?(event: EventName): void;
  /** A listener threw, or a delivery was dropped; for the console, never for the page. */
  onProblem?(message: string, error?: unknown): void;
}

export function createEventRouter(options: EventRouterOptions = {}): EventRouter {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let size = 0;

  return {
    on(event, listener) {
      if (!isEventName(event)) throw new TypeError(`Unknown Baton event: ${String(event)}`);
      if (typeof listener !== 'function') throw new TypeError('A Baton event listener must be a function.');
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      // One entry per subscription: the same function subscribed twice is two subscriptions.
      const entry = (payload: unknown) => (listener as (payload: unknown) => void)(payload);
      set.add(entry);
      size += 1;
      if (set.size === 1) options.onFirstListener?.(event);
      let isSubscribed = true;
      return () => {
        if (!isSubscribed) return;
        isSubscribed = false;
        set.delete(entry);
        size -= 1;
        if (set.size > 0 || listeners.get(event) !== set) return;
        listeners.delete(event);
        options.onLastListener?.(event);
      };
    },
    deliver(name, payload) {
      if (!isEventName(name)) return options.onProblem?.(`Dropped an event Baton does not know: ${String(name).slice(0, 80)}`);
      const parsed = eventSchemas[name].safeParse(payload);
      if (!parsed.success) return options.onProblem?.(`Dropped a ${name} event that does not match the contract`, parsed.error);
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          listener(parsed.data);
        } catch (error) {
          options.onProblem?.(`A listener for ${name} threw`, error);
        }
      }
    },
    events: () => [...listeners.keys()],
    get size() {
      return size;
    },
  };
}
