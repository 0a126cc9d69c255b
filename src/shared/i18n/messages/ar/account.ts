import type { Catalog } from '../../catalog';
import type { account as en } from '../en/account';

export const account = {
  checking: 'جارٍ التحقق من الحساب…',
  signedIn: 'تم تسجيل الدخول',
  whoOnProfile: '{who} · {profile}',
  signingIn: 'جارٍ تسجيل الدخول…',
  notSignedIn: 'لم يتم تسجيل الدخول',
  signedInAs: 'تم تسجيل الدخول باسم {name}',
  signedOut: 'تم تسجيل الخروج',
  sessionOnly: 'يستمر تسجيل دخولك حتى إغلاق Baton: تُنسى الأسرار عند الإغلاق، لذا ستسجّل الدخول مرة أخرى في المرة القادمة.',
  storeLine:
    '{store, select, keychain {الأسرار: في سلسلة مفاتيح نظام التشغيل} file {الأسرار: في ملف لا يقرؤه سواك (والمستخدم root)؛ لا توجد سلسلة مفاتيح على هذا الجهاز} other {الأسرار: في الذاكرة حتى إغلاق Baton}}',
  secretStorage: 'تخزين الأسرار',
  errorCode: 'رمز الخطأ: {code}',
  badge: 'الحساب',
  unavailable: 'حالة الحساب غير متاحة',
  menu: 'قائمة الحساب',
  tenantLine: 'المستأجر {tenant} · {profile}',
  notSignedInTo: 'لم يتم تسجيل الدخول إلى {profile}',
  signInAgain: 'تسجيل الدخول مرة أخرى',
  connections: 'الاتصالات',
  activePrefix: 'نشط · {state}',
  addConnection: 'إضافة اتصال',
  signOut: 'تسجيل الخروج',
  signingOut: 'جارٍ تسجيل الخروج…',
} satisfies Catalog<typeof en>;
