import type { Catalog } from '../../catalog';
import type { notifications as en } from '../en/notifications';

export const notifications = {
  runFinished: '{state, select, successful {اكتملت {name}} faulted {فشلت {name}} stopped {تم إيقاف {name}} other {انتهت {name}}}',
  runSuccessful: 'ناجح.',
  runStopped: 'تم الإيقاف.',
  runFaultedNoReason: 'فشل التشغيل دون ذكر سبب.',
  caughtUpTitle:
    '{count, plural, zero {لم ينته أي تشغيل أثناء عدم اتصالك} one {انتهى تشغيل أثناء عدم اتصالك} two {انتهى تشغيلان أثناء عدم اتصالك} few {انتهت # عمليات تشغيل أثناء عدم اتصالك} many {انتهت # عملية تشغيل أثناء عدم اتصالك} other {انتهت # عملية تشغيل أثناء عدم اتصالك}}',
  caughtUpLine: '{name}: {state, select, successful {ناجح} faulted {فاشل} stopped {متوقف} other {{state}}}',
  signInExpiredTitle: 'انتهت صلاحية تسجيل الدخول',
  signInExpiredBody: 'سجّل الدخول مرة أخرى إلى {hasProfile, select, yes {{profile}} other {Orchestrator}} لمواصلة تشغيل العمليات.',
  pairingTitle: 'يطلب الروبوت الاقتران',
  pairingBody: 'أدخل الرمز الذي يعرضه الروبوت لتشغيل العمليات على هذا الجهاز.',
  reminderTitle: '{isMissed, select, yes {فائت: حان وقت تشغيل {name}} other {حان وقت تشغيل {name}}}',
  reminderMissedNote: 'وصل بينما كان Baton مغلقًا.',
  reminderAsk: 'ابدأه الآن، أو أجّله 10 دقائق، أو تجاهله.',
  reminderOtherProfile:
    'إنه لملف التعريف {hasProfile, select, yes {{profile}} other {(محذوف)}}، وهو ليس الملف النشط: انتقل إليه في Baton لبدئه.',
  action: '{action, select, start {بدء} snooze {تأجيل 10 دقائق} other {تجاهل}}',
  noSuchButton: 'لم يعد لهذا الإشعار هذا الزر.',
  noSuchButtonHint: 'افتح Baton: ينتظرك التذكير هناك مع بدء وتأجيل 10 دقائق وتجاهل.',
  region: 'الإشعارات',
  dismiss: 'تجاهل: {title}',
  linkRefusedTitle: 'تم رفض رابط Baton',
  stillRunningTitle: 'لا يزال Baton يعمل',
  stillRunningBody: 'يواصل Baton العمل في علبة النظام. أغلقه من قائمة العلبة.',
} satisfies Catalog<typeof en>;
