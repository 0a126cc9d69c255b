/** Something to undo: a disposer function or an object with `dispose()`; either may be async. */
export type Disposable = (() => unknown) | { dispose(): unknown };

/**
 * What a service or host must undo when it stops, undone newest first. One part that fails does
 * not keep the others from being undone (its error goes to `onError`); anything added after
 * disposal is undone at once, so a late start cannot leak.
 */
export interface Disposables {
  add<D extends Disposable>(disposable: D): D;
  dispose(): Promise<void>;
  readonly isDisposed: boolean;
}

export function createDisposables(onError: (error: unknown) => void = () => {}): Disposables {
  const stack: Disposable[] = [];
  let disposing: Promise<void> | undefined;

  async function undo(disposable: Disposable): Promise<void> {
    try {
      await (typeof disposable === 'function' ? disposable() : disposable.dispose());
    } catch (error) {
      onError(error);
    }
  }

  return {
    add(disposable) {
      if (disposing) void undo(disposable);
      else stack.push(disposable);
      return disposable;
    },
    dispose() {
      disposing ??= (async () => {
        for (const disposable of stack.splice(0).reverse()) await undo(disposable);
      })();
      return disposing;
    },
    get isDisposed() {
      return disposing !== undefined;
    },
  };
}
