import type { RenderProcessGoneDetails, WebContents } from 'electron';
import type { Translator } from '../../../shared/i18n';
import { englishTranslator, selectKey } from '../../../shared/message-parts';
import type { Logger } from '../../platform';

export type CrashChoice = 'reload' | 'quit';

export interface RendererCrashOptions {
  contents: Pick<WebContents, 'on' | 'removeListener' | 'reload' | 'isDestroyed'>;
  /** Tells the person what happened (the second time) and asks what to do. */
  explain(problem: { title: string; detail: string }): Promise<CrashChoice>;
  quit(): void;
  /** The host's language of the moment (English when absent). */
  translator?: () => Translator;
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
    const t = options.translator?.() ?? englishTranslator;
    void options
      .explain({
        title: t.t('tray.crashTitle'),
        detail: t.t('tray.crashDetail', {
          reason: selectKey(details.reason),
          rawReason: details.reason,
          code: String(details.exitCode),
        }),
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
