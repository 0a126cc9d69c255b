import type { Catalog } from '../../catalog';
import type { signIn as en } from '../en/sign-in';

export const signIn = {
  waiting: 'في انتظار تسجيل الدخول…',
  profileAndUrl: '{profile} - {url}',
  checkingCredentials: 'جارٍ التحقق من بيانات الاعتماد مع Orchestrator…',
  preparingPage: 'جارٍ تجهيز صفحة تسجيل الدخول…',
  inBrowser: 'سجّل الدخول في صفحة Identity Server في متصفحك؛ وسيتابع Baton تلقائيًا. لم تظهر نافذة المتصفح؟',
  openPage: 'فتح صفحة تسجيل الدخول',
  newTab: 'تُفتح في علامة تبويب جديدة. سجّل الدخول هناك؛ ستتابع هذه الصفحة تلقائيًا، وستخبرك علامة التبويب متى يمكن إغلاقها.',
  cancel: 'إلغاء',
  signedOutOf: 'تم تسجيل الخروج من {profile}',
  signInToSee: 'سجّل الدخول لرؤية عملياتك.',
  signInAgain: 'تسجيل الدخول مرة أخرى',
  editConnection: 'تحرير الاتصال',
  addConnection: 'إضافة اتصال',
  connectionTest: 'اختبار الاتصال',
  testing: 'جارٍ الاختبار…',
  test: 'اختبار الاتصال',
  testingUrl: 'جارٍ اختبار {url}',
  testedUrl: 'تم اختبار {url}',
  testedUrlChanged: 'تم اختبار {url} (تغيّر عنوان URL منذ ذلك الحين: اختبر مرة أخرى)',
  testResults: 'نتائج اختبار الاتصال',
} satisfies Catalog<typeof en>;
