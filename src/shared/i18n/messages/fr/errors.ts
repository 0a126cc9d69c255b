import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'Une erreur s’est produite dans Baton.',
  internalHint: 'Réessayez. Si cela se reproduit, lancez le diagnostic et joignez son rapport à votre demande d’aide.',
} satisfies Catalog<typeof en>;
