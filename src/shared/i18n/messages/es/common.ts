import type { Catalog } from '../../catalog';
import type { common as en } from '../en/common';

export const common = {
  save: 'Guardar',
  cancel: 'Cancelar',
  close: 'Cerrar',
  loading: 'Cargando…',
  yes: 'Sí',
  no: 'No',
  remote: 'Remoto',
  local: 'Local',
  listSeparator: ' · ',
  processCount: '{count, plural, =0 {ningún proceso} one {# proceso} other {# procesos}}',
} satisfies Catalog<typeof en>;
