import type { Catalog } from '../../catalog';
import type { common as en } from '../en/common';

export const common = {
  save: 'Enregistrer',
  cancel: 'Annuler',
  close: 'Fermer',
  loading: 'Chargement…',
  yes: 'Oui',
  no: 'Non',
  remote: 'À distance',
  local: 'Local',
  listSeparator: ' · ',
  processCount: '{count, plural, =0 {aucun processus} one {# processus} other {# processus}}',
} satisfies Catalog<typeof en>;
