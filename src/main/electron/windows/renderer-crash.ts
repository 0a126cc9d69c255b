import type { RenderProcessGoneDetails, WebContents } from 'electron';
import type { Logger } from '../../platform';

export type CrashChoice = 'reload' | 'quit';

export interface RendererCrashOptions {
  contents: Pick<WebContents, 'on' | 'removeListener' | 'reload' | 'isDestroyed'>;
  /** Tells the person what happened (the second time) and asks what to do. */
  explain(problem: { title: string; detail: string }): Promise<CrashChoice>;
  quit(): void;
  logger?: Logger;
}

/**
 * A crashed or killed renderer leaves a blank window. The first time, the page is reloaded
 * without asking (a one-off crash costs the person nothing); if it goes again, reloading
 * silently could loop forever, so the person is told what happened and chooses.
 */
export function watchRendererCrashes(options: RendererCrashOptions): () => void {
  const { contents, logger } = options;
  let hasReloaded = false;
  const onGone = (_event: unknown, details: RenderProcessGoneDetails) => {
    if (contents.isDestroyed()) return;
    logger?.warn('The window’s page stopped', { reason: details.reason, exitCode: details.exitCode });
    if (!hasReloaded) {
      hasReloaded = true;
      contents.reload();
      return;
    }
    void options
      .explain({
        title: 'Baton’s window stopped working',
        detail: `The page ${describe(details)} again after Baton reloaded it once. Your runs are not affected: they go on in Orchestrator and on the robot. Reload to try again; if it keeps happening, the logs folder (Help › Open Logs Folder) has the details.`,
      })
      .then((choice) => {
        if (contents.isDestroyed()) return;
        if (choice === 'reload') contents.reload();
        else options.quit();
      })
      .catch((error: unknown) => logger?.error('Could not explain the stopped page', { error: String(error) }));
  };
  contents.on('render-process-gone', onGone);
  return () => contents.removeListener('render-process-gone', onGone);
}

function describe(details: RenderProcessGoneDetails): string {
  switch (details.reason) {
    case 'oom':
      return 'ran out of memory';
    case 'killed':
      return `was ended by the system (exit code ${details.exitCode})`;
    case 'launch-failed':
      return `could not start (error ${details.exitCode})`;
    case 'integrity-failure':
      return 'failed its code integrity check';
    default:
      return `crashed (${details.reason}, exit code ${details.exitCode})`;
  }
}
