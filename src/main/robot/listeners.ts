/** A set of listeners where one that throws cannot stop the others or the emitter. */
export interface Listeners<T> {
  add(listener: (value: T) => void): () => void;
  emit(value: T): void;
  readonly size: number;
}

export function createListeners<T>(onError: (error: unknown) => void = () => {}): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit(value) {
      for (const listener of [...set]) {
        try {
          listener(value);
        } catch (error) {
          onError(error);
        }
      }
    },
    get size() {
      return set.size;
    },
  };
}
