import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'حدث خطأ ما داخل Baton.',
  internalHint: 'حاول مرة أخرى. وإذا تكرر ذلك، فشغّل التشخيص وأرفق تقريره عند طلب المساعدة.',
} satisfies Catalog<typeof en>;
