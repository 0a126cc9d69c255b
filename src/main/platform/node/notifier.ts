import type { Notifier } from '../types';

/**
 * Notifications for hosts without a desktop shell. The web host writes a line on stderr for
 * whoever watches its terminal (the page shows its own); the CLI reports results itself, so
 * there a notification would only repeat them.
 */
export function createNodeNotifier(options: { host: 'web' | 'cli'; writeErr?: (text: string) => void }): Notifier {
  if (options.host === 'cli') return { notify: () => {} };
  const writeErr = options.writeErr ?? ((text: string) => void process.stderr.write(text));
  return { notify: ({ title, body }) => writeErr(`${title}: ${body}\n`) };
}
