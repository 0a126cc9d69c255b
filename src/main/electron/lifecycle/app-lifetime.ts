import type { App } from 'electron';
import { createDisposables } from '../../lib';
import type { Logger } from '../../platform';

type Disposer = () => void | Promise<void>;

export interface AppLifetime {
  /** Listens to an `app` event until dispose. */
  listen(event: string, listener: (...args: never[]) => void): void;
  /** Something to undo on dispose; the last one added is undone first. */
  onDispose(disposer: Disposer): void;
  /** True once Baton is quitting: closing a window then really closes it instead of hiding it to the tray. */
  isQuitting(): boolean;
  markQuitting(): void;
  /** Undoes everything once; later calls wait for the first. A part that fails is logged and the rest go on. */
  dispose(): Promise<void>;
  /** From now on a quit waits until everything is disposed. */
  holdQuitUntilDisposed(): void;
}

/** What the desktop app started and the order to undo it in, and the quit that waits for that. */
export function createAppLifetime(app: Pick<App, 'on' | 'removeListener' | 'quit'>, logger: Logger): AppLifetime {
  const disposables = createDisposables((error) => logger.error('A part of Baton did not shut down cleanly', { error: String(error) }));
  let isQuitting = false;

  const dispose = () => {
    isQuitting = true;
    return disposables.dispose();
  };

  return {
    listen(event, listener) {
      app.on(event as 'ready', listener as () => void);
      disposables.add(() => void app.removeListener(event as 'ready', listener as () => void));
    },
    onDispose: (disposer) => void disposables.add(disposer),
    isQuitting: () => isQuitting,
    markQuitting() {
      isQuitting = true;
    },
    dispose,
    holdQuitUntilDisposed() {
      // Electron does not wait for async work in will-quit: hold the quit, dispose, then quit again.
      app.on('will-quit', (event: { preventDefault(): void }) => {
        if (disposables.isDisposed) return;
        event.preventDefault();
        void dispose().finally(() => app.quit());
      });
    },
  };
}
