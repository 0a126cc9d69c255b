import type { Catalog } from '../../catalog';
import type { components as en } from '../en/components';

export const components = {
  comingSoon: 'قريبًا',
  noToken: 'هذه الصفحة غير متصلة بـ Baton: فُتحت دون رمز التشغيل الخاص بها.',
  noTokenHint: 'افتح العنوان الكامل الذي طبعه {command}، بما في ذلك الجزء {part}.',
  reconnecting: 'انقطع الاتصال بـ Baton - جارٍ إعادة الاتصال…',
  connecting: 'جارٍ الاتصال بـ Baton…',
  retrying: 'لا يمكن الوصول إلى Baton بعد - جارٍ إعادة المحاولة…',
  stillRunning: 'تحقق من أن {command} ما زال يعمل. المحاولة {attempt, number}.',
  errorCode: 'رمز الخطأ: {code}',
  tryAgain: 'إعادة المحاولة',
  dismiss: 'تجاهل',
  dismissError: 'تجاهل الخطأ',
  checkLink: 'فحص: {title}',
} satisfies Catalog<typeof en>;
