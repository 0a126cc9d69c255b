import type { Catalog } from '../../catalog';
import type { about as en } from '../en/about';

export const about = {
  footer: 'حول Baton',
  hostElectron: 'تطبيق سطح المكتب',
  hostWeb: 'مضيف الويب',
  hostCli: 'سطر الأوامر',
  unavailable: 'معلومات الإصدار غير متاحة.',
  loading: 'جارٍ تحميل الإصدار…',
  heading: 'حول نسخة Baton هذه',
  version: 'الإصدار',
  host: 'المضيف',
  platform: 'النظام الأساسي',
} satisfies Catalog<typeof en>;
