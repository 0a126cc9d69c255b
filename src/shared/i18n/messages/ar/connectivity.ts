import type { Catalog } from '../../catalog';
import type { connectivity as en } from '../en/connectivity';

export const connectivity = {
  offlineReason:
    'تعذر الوصول إلى Orchestrator على {server} منذ {since, time, short}{hasFailure, select, yes {: {failure}} other {.}} التشغيل عن بُعد متوقف مؤقتًا؛ والتشغيل المحلي لا يزال يعمل.',
  degradedReason: 'يُفشل Orchestrator على {server} بعض الطلبات{hasFailure, select, yes { ({failure})} other {}}؛ قد تفشل بعض الإجراءات.',
  signedOutReason: 'سجّل الدخول لتشغيل العمليات على Orchestrator.',
  remoteRefused:
    'يتعذر الوصول إلى Orchestrator على {server} (غير متصل منذ {since, time, short})، لذا لا يمكن بدء عمليات التشغيل عن بُعد أو إيقافها الآن.',
  remoteRefusedHint:
    'شغّل العملية محليًا على روبوت هذا الجهاز، أو أعد المحاولة بعد عودة الاتصال؛ لا يُضاف شيء إلى قائمة انتظار للتشغيل لاحقًا.',
  bannerOffline: 'غير متصل منذ {since, time, short}',
  bannerOfflineWithCatalog: 'غير متصل منذ {since, time, short} — تُعرض العمليات كما كانت في {catalogAt, time, short}',
  bannerDegraded: 'يواجه Orchestrator مشكلات منذ {since, time, short} — قد تفشل بعض الإجراءات',
  remoteBlocked:
    'غير متصل منذ {since, time, short}: يتعذر الوصول إلى Orchestrator، لذا التشغيل عن بُعد متوقف مؤقتًا. التشغيل المحلي لا يزال يعمل.',
} satisfies Catalog<typeof en>;
