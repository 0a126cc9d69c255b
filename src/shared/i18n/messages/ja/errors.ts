import type { Catalog } from '../../catalog';
import type { errors as en } from '../en/errors';

export const errors = {
  verbatim: '{text}',
  internal: 'Baton の内部で問題が発生しました。',
  internalHint: 'もう一度お試しください。繰り返し発生する場合は、診断を実行し、サポートを依頼する際にそのレポートを添付してください。',
} satisfies Catalog<typeof en>;
