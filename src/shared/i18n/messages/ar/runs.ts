import type { Catalog } from '../../catalog';
import type { runs as en } from '../en/runs';

export const runs = {
  state:
    '{state, select, pending {قيد الانتظار} running {قيد التشغيل} suspended {معلّق} stopping {جارٍ الإيقاف} successful {ناجح} faulted {فاشل} stopped {متوقف} other {غير معروف}}',
  paused: '{state} (متوقف مؤقتًا)',
  whyNoPause: 'لا يستطيع Orchestrator إيقاف مهمة قيد التشغيل مؤقتًا؛ أوقفها بدلًا من ذلك.',
  region: 'التشغيلات',
  loading: 'جارٍ تحميل التشغيلات…',
  empty: 'لا توجد تشغيلات بعد. ابدأ عملية بزر «تشغيل» الخاص بها.',
  missing: 'لم يعد هذا التشغيل في السجل: يحتفظ Baton بأحدث التشغيلات لكل اتصال.',
  history: 'سجل التشغيلات',
  finished: '{name}: {state}',
  focusedLabel: '{name}، {state}',
  earlierLines: 'الأسطر السابقة غير معروضة.',
  showAllInOrchestrator: 'عرض الكل في Orchestrator',
  log: 'السجل',
  level: '{level, select, trace {تتبع:} info {معلومات:} warn {تحذير:} error {خطأ:} other {سجل:}}',
  status: 'الحالة',
  elapsed: 'المدة',
  startedAt: 'بدأ {time}',
  output: 'المخرجات',
  kill: 'إنهاء فوري',
  stop: 'إيقاف',
  resume: 'استئناف',
  pause: 'إيقاف مؤقت',
  actionFailed: '{message} {hint}',
} satisfies Catalog<typeof en>;
