import type { Catalog } from '../../catalog';
import type { cli as en } from '../en/cli';

export const cli = {
  errorLine: 'خطأ: {message}',
  hintLine: 'تلميح: {hint}',
  usageHint: 'شغّل `baton <command> --help` لمعرفة ما يقبله الأمر.',
  helpHint: 'شغّل `baton --help` لعرض الأوامر وخياراتها.',
} satisfies Catalog<typeof en>;
