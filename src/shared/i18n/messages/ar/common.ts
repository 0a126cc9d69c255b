import type { Catalog } from '../../catalog';
import type { common as en } from '../en/common';

export const common = {
  save: 'حفظ',
  cancel: 'إلغاء',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  yes: 'نعم',
  no: 'لا',
  remote: 'عن بُعد',
  local: 'محلي',
  listSeparator: ' · ',
  processCount: '{count, plural, zero {لا عمليات} one {عملية واحدة} two {عمليتان} few {# عمليات} many {# عملية} other {# عملية}}',
} satisfies Catalog<typeof en>;
