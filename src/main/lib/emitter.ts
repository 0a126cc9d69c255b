/**
 * Listeners of one kind of value. A listener that throws cannot stop the others or the code that
 * emitted (its error goes to `onListenerError`); `size` lets tests prove that nothing leaks.
 */
export interface Emitter<T> {
  on(listener: (value: T) => void): () => void;
  emit(value: T): void;
  readonly size: number;
}

export function createEmitter<T>(onListenerError: (error: unknown) => void = () => {}): Emitter<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    on(listener) {
      // A wrapper per subscription, so the same function subscribed twice is two subscriptions.
      const subscription = (value: T) => listener(value);
      listeners.add(subscription);
      return () => void listeners.delete(subscription);
    },
    emit(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    get size() {
      return listeners.size;
    },
  };
}
