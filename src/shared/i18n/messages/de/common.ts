import type { Catalog } from '../../catalog';
import type { common as en } from '../en/common';

export const common = {
  save: 'Speichern',
  cancel: 'Abbrechen',
  close: 'Schließen',
  loading: 'Wird geladen…',
  yes: 'Ja',
  no: 'Nein',
  remote: 'Remote',
  local: 'Lokal',
  listSeparator: ' · ',
  processCount: '{count, plural, =0 {keine Prozesse} one {# Prozess} other {# Prozesse}}',
} satisfies Catalog<typeof en>;
