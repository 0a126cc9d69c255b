import type { Catalog } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli = {
  errorLine: 'error: {message}',
  hintLine: 'sugerencia: {hint}',
  usageHint: 'Ejecute `baton <comando> --help` para ver lo que acepta el comando.',
  helpHint: 'Ejecute `baton --help` para ver los comandos y sus opciones.',
} satisfies Catalog<typeof en>;
