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
  storedInKeychain:
    'تُخزَّن الأسرار مشفّرة في {keychain, select, darwin {سلسلة مفاتيح macOS} win32 {مدير بيانات الاعتماد في Windows} other {حلقة مفاتيح Secret Service (GNOME Keyring / KWallet)}}.',
  storedInFile: 'تُخزَّن الأسرار في {path}، ويمكن لهذا المستخدم وللمستخدم root قراءتها (لا توجد سلسلة مفاتيح لنظام التشغيل على هذا الجهاز).',
  encryptedByOs: 'يشفّر نظام التشغيل الأسرار وتُخزَّن في {path}.',
  encryptedByOsBackend: 'يشفّر نظام التشغيل ({backend}) الأسرار وتُخزَّن في {path}.',
  memoryChosen: 'تُحفظ الأسرار في الذاكرة فقط وتُنسى عند إغلاق Baton، لأنك اخترت حفظ الأسرار في الذاكرة فقط.',
  memoryKeychainRequired:
    'تُحفظ الأسرار في الذاكرة فقط وتُنسى عند إغلاق Baton، لأنه لا يمكن استخدام {keychain, select, darwin {سلسلة مفاتيح macOS} win32 {مدير بيانات الاعتماد في Windows} other {حلقة مفاتيح Secret Service (GNOME Keyring / KWallet)}} هنا ({reason})، وسياسة المسؤول تشترط سلسلة المفاتيح.',
  memoryFromEnvironment: 'تُحفظ الأسرار في الذاكرة فقط وتُنسى عند إغلاق Baton، لأن هذا الأمر يأخذ اتصاله وبيانات اعتماده من البيئة.',
  memoryThisSession: 'تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط، كما اخترت.',
  memoryNoKeychain: 'تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط: لا يوفّر هذا النظام لـ Baton سلسلة مفاتيح لنظام التشغيل.',
  memoryNoKeychainPolicy:
    'تُحفظ الأسرار في الذاكرة لهذه الجلسة فقط: لا يوفّر هذا النظام لـ Baton سلسلة مفاتيح لنظام التشغيل، وسياسة المسؤول لا تسمح بملف للأسرار.',
  installKeyring: 'ثبّت حلقة مفاتيح (GNOME Keyring أو KWallet) أو ألغِ قفلها، ثم أعد تشغيل Baton.',
  memoryForTest: 'تُحفظ الأسرار في الذاكرة لهذا الاختبار فقط.',
} satisfies Catalog<typeof en>;
