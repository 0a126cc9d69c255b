import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'Algo salió mal dentro de Baton.',
  internalHint: 'Vuelva a intentarlo. Si sigue ocurriendo, ejecute el diagnóstico e incluya su informe cuando pida ayuda.',
} satisfies Catalog<typeof en>;
