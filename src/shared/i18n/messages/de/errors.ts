import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'Bei Baton ist intern etwas schiefgegangen.',
  internalHint:
    'Versuchen Sie es erneut. Wenn es wieder passiert, führen Sie die Diagnose aus und fügen Sie ihren Bericht Ihrer Anfrage um Hilfe bei.',
} satisfies Catalog<typeof en>;
