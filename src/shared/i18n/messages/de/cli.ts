import type { Catalog } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli = {
  errorLine: 'Fehler: {message}',
  hintLine: 'Hinweis: {hint}',
  usageHint: 'Führen Sie `baton <Befehl> --help` aus, um zu sehen, was der Befehl annimmt.',
  helpHint: 'Führen Sie `baton --help` aus, um die Befehle und ihre Optionen zu sehen.',
} satisfies Catalog<typeof en>;
