import type { Catalog } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli = {
  errorLine: 'erreur : {message}',
  hintLine: 'conseil : {hint}',
  usageHint: 'Exécutez `baton <commande> --help` pour voir ce que la commande accepte.',
  helpHint: 'Exécutez `baton --help` pour voir les commandes et leurs options.',
} satisfies Catalog<typeof en>;
