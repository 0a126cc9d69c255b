import type { Catalog } from '../../catalog';
import type { diagnostics as en } from '../en/diagnostics';

export const diagnostics = {
  checkTitle:
    '{check, select, url {عنوان URL لـ Orchestrator} dns {تحليل اسم المضيف (DNS)} tcp {إمكانية الوصول إلى المنفذ (TCP)} tls {الثقة في الشهادة (TLS)} orchestrator {استجابة Orchestrator} identity {اكتشاف Identity Server} credentials {صلاحية تسجيل الدخول} secrets {حفظ الأسرار} scopes {النطاقات الممنوحة} folders {إمكانية قراءة المجلدات} processes {العمليات المرئية} runPermission {إذن تشغيل العملية} robot {جسر الروبوت} robotProcess {العملية مثبتة على الروبوت} clock {تزامن الساعة مع الخادم} webhook {إمكانية الوصول إلى Webhook} other {{check}}}',

  notChecked: 'لم يتم التحقق.',
  becauseCheckFailed: 'فشل التحقق «{check}»',
  becauseCheckSkipped: 'تم تخطي التحقق «{check}»',
  couldNotFinish: 'تعذر إكمال التحقق:',
  unexpectedError: 'خطأ غير متوقع.',
  runAgainFix: 'شغّل عمليات التحقق مرة أخرى؛ وإذا استمرت المشكلة، فأرفق هذا التقرير عند طلب المساعدة.',
  noSuchProfile: 'لا يوجد ملف تعريف اتصال بهذا الاسم.',
  noSuchProfileHint: 'اختر أحد ملفات التعريف لديك (baton profile list).',

  noProfileYet: 'لا يوجد ملف تعريف اتصال بعد.',
  noProfileYetFix: 'أضف ملف تعريف بعنوان URL الخاص بـ Orchestrator (الإعدادات، أو baton profile add NAME --url URL).',
  urlKind:
    '{url} هو عنوان URL لـ Orchestrator {deployment, select, onPrem {محلي} cloud {على Automation Cloud} other {على Automation Suite}}.',
  urlUnusable: '«{url}» ليس عنوان URL صالحًا لـ Orchestrator.',
  urlUnusableFix: 'أدخل العنوان الذي تفتح به Orchestrator في المتصفح.',

  dnsResolves: 'يُحلَّل {host} إلى {addresses}.',
  dnsFails: 'تعذر تحليل اسم المضيف {host} ({code}).',
  dnsFailsFix:
    'تحقق من كتابة {host} في عنوان URL لـ Orchestrator. إذا كان اسمًا داخليًا، فاتصل بشبكة الشركة أو بالشبكة الافتراضية الخاصة (VPN)، أو اطلب من قسم تقنية المعلومات اسم DNS الصحيح.',

  tcpOpen: 'المنفذ {port} على {host} يقبل الاتصالات.',
  tcpRefused: 'رفض {host} الاتصال على المنفذ {port}: لا شيء يستمع هناك.',
  tcpRefusedFix:
    'تحقق من المنفذ في عنوان URL ({port})؛ إذا كان صحيحًا، فإن Orchestrator (أو موقع IIS أو موازن التحميل الخاص به) متوقف: راجع المسؤول عنه.',
  tcpTimeout: 'لا رد من {host} على المنفذ {port} خلال {seconds} ث: يُرجَّح أن جدار حماية أو وكيلًا يُسقط الاتصال.',
  tcpTimeoutFix: 'اطلب من قسم تقنية المعلومات السماح بالاتصالات الصادرة إلى {host}:{port}، أو اتصل عبر VPN أو الوكيل الذي تستخدمه مؤسستك.',
  tcpUnreachable: 'تعذر الوصول إلى {host} على المنفذ {port} ({code}).',
  tcpUnreachableFix: 'تحقق من اتصال الشبكة (Wi-Fi، VPN) ومن عنوان URL لـ Orchestrator.',

  tlsNotApplicable: 'لا يوجد TLS للتحقق منه.',
  tlsPlainHttp: 'يستخدم عنوان URL بروتوكول http غير المشفر على هذا الجهاز',
  tlsTrusted: 'شهادة {host} موثوقة وتطابق الاسم.',
  tlsSelfSigned: 'يقدّم {host} شهادة موقّعة ذاتيًا لا يثق بها هذا الكمبيوتر.',
  tlsPrivateCa: 'شهادة {host} صادرة عن مرجع مصدق لا يثق به هذا الكمبيوتر (مرجع داخلي أو خاص).',
  tlsUntrustedFix:
    'لا تعمل الشهادات الموقّعة ذاتيًا والمراجع المصدقة الخاصة إلا إذا وثق بها هذا الكمبيوتر؛ ولا يتخطى Baton هذا التحقق أبدًا. اطلب من مسؤول Orchestrator شهادة المرجع المصدق (أو استخدام شهادة من مرجع عام).',
  tlsExpired: 'شهادة {host} منتهية الصلاحية أو لم تصبح صالحة بعد.',
  tlsExpiredFix: 'اطلب من مسؤول Orchestrator تجديد شهادة الخادم؛ وتحقق أيضًا من تاريخ هذا الكمبيوتر ووقته.',
  tlsWrongName: 'شهادة {host} صادرة لاسم آخر.',
  tlsWrongNameFix: 'استخدم في عنوان URL لـ Orchestrator اسم المضيف الذي صدرت له الشهادة، أو اطلب من المسؤول شهادة تتضمن {host}.',
  tlsFailed: 'فشلت مصافحة TLS مع {host} ({code}).',
  tlsFailedFix: 'تحقق من أن {host}:{port} يقدّم https (وليس http غير مشفر) وأنه لا يوجد وكيل يعترضه.',
  trustCa:
    '{platform, select, win32 {ثبّت شهادة المرجع المصدق لمؤسستك في «المراجع المصدقة الجذر الموثوقة» (certlm.msc، أو: certutil -addstore -f Root ca.crt)، ثم أعد تشغيل Baton.} darwin {أضف شهادة المرجع المصدق لمؤسستك إلى سلسلة مفاتيح النظام واجعلها موثوقة (sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ca.crt)، ثم أعد تشغيل Baton.} other {انسخ شهادة المرجع المصدق لمؤسستك إلى /usr/local/share/ca-certificates/ (ملف ‎.crt) وشغّل sudo update-ca-certificates، ثم أعد تشغيل Baton.}}',
  trustCaNode: 'لسطر أوامر baton والمضيف على الويب، عيّن أيضًا NODE_EXTRA_CA_CERTS=/path/to/ca.pem.',

  serverUntrusted: 'لم يستجب {what}: شهادته غير موثوقة.',
  serverTimedOut: 'لم يستجب {what} في الوقت المحدد.',
  serverSilent: 'لم يستجب {what}.',
  serverUntrustedFix: 'راجع التحقق من TLS: يجب أن يثق هذا الكمبيوتر بشهادة الخادم.',
  serverSilentFix: 'تحقق من عنوان URL ومن الشبكة؛ وراجع التحقق من TCP.',
  orchestratorKindMismatch: 'يستجيب Orchestrator {version}، لكنه يصف نفسه بأنه {kind} بينما يبدو عنوان URL من نوع {deployment}.',
  useOrgTenantUrl: "استخدم https://host/'{organization}'/'{tenant}' عنوانًا.",
  useBareHostUrl: 'استخدم المضيف وحده (https://host) عنوانًا لـ Orchestrator مستقل.',
  orchestratorAnswers: 'يستجيب Orchestrator {version}.',
  orchestratorAnswersKind: 'يستجيب Orchestrator {version} ({kind}).',
  orchestratorAnswersOld: 'يستجيب Orchestrator (إصدار أقدم لا يعلن عن رقمه).',
  orchestratorHtml: 'هناك ما يستجيب على هذا العنوان، لكنه ليس واجهة Orchestrator البرمجية (صفحة HTML: وكيل أو موقع آخر).',
  orchestratorNoStatus: 'لم تستجب نقاط نهاية الحالة في Orchestrator (HTTP {status}).',
  orchestratorOnPremFix:
    'تحقق من عنوان URL: عنوان Orchestrator المستقل هو المضيف وحده الذي تفتحه في المتصفح. إذا كان صحيحًا، فاسأل المسؤول عما إذا كان Orchestrator يعمل (GET /api/health).',
  orchestratorCloudFix:
    "تحقق من اسمي المؤسسة والمستأجر في عنوان URL (https://host/'{organization}'/'{tenant}') كما يظهران في شريط عنوان المتصفح.",
  identityMissing: 'مستند الاكتشاف الخاص بـ Identity Server غير موجود في {url} (HTTP {status}).',
  identityOnPremFix:
    'يقدّم Orchestrator المستقل من الإصدار 20.4 فما فوق خادم Identity Server على ‎/identity. لا يتضمن Orchestrator 19.10 هذا الخادم: استخدم طريقة تسجيل الدخول القديمة (اسم المستخدم وكلمة المرور).',
  identityCloudFix:
    'يقدّم Automation Cloud وAutomation Suite خادم Identity Server على ‎/identity_ في المضيف: تحقق من اسم المضيف في عنوان URL.',
  identityOtherHost: 'يعرّف Identity Server نفسه بأنه {issuer}، وليس {expected} كما في عنوان URL لـ Orchestrator.',
  identityOtherHostFix:
    'استخدم اسم المضيف نفسه الذي يستخدمه Identity Server ({issuerHost}) في عنوان URL لـ Orchestrator، أو اطلب من المسؤول ضبط عنوان URL العام لـ Identity Server على {expected}.',
  identityAnswers: 'يستجيب Identity Server على {url}.',

  noDateHeader: 'لم يرسل الخادم ترويسة Date.',
  noServerTime: 'لم يذكر الخادم وقته',
  clockFar:
    'ساعة هذا الكمبيوتر {direction, select, ahead {متقدمة على} other {متأخرة عن}} الخادم بمقدار {seconds} ث: تبدو عمليات تسجيل الدخول منتهية الصلاحية أو غير صالحة بعد.',
  clockOff: 'ساعة هذا الكمبيوتر {direction, select, ahead {متقدمة على} other {متأخرة عن}} الخادم بمقدار {seconds} ث.',
  clockAgrees: 'ساعة هذا الكمبيوتر متوافقة مع الخادم.',
  clockFix:
    '{platform, select, win32 {فعّل «تعيين الوقت تلقائيًا» (الإعدادات ← الوقت واللغة ← التاريخ والوقت) واضغط «المزامنة الآن».} darwin {فعّل «تعيين التاريخ والوقت تلقائيًا» (إعدادات النظام ← عام ← التاريخ والوقت).} other {فعّل وقت الشبكة: sudo timedatectl set-ntp true.}}',

  noProfileToSignIn: 'لا يوجد ملف تعريف لتسجيل الدخول به.',
  onlyUrlChecked: 'تم التحقق من عنوان URL فقط',
  redirectUnknown: 'لا يعرف Identity Server معرّف URI لإعادة التوجيه {redirectUri} للعميل {clientId}.',
  redirectUnknownFix:
    'سجّل {redirectUri} بدقة (المخطط والمنفذ والمسار والشرطة المائلة الأخيرة) كعنوان URL لإعادة التوجيه في التطبيق الخارجي، أو اضبط معرّف URI لإعادة التوجيه في ملف التعريف على المعرّف المسجّل.',
  clientUnknown: 'لا يعرف Identity Server معرّف العميل {clientId}.',
  clientUnknownFix:
    'انسخ معرّف التطبيق (App ID) للتطبيق الخارجي (الإدارة ← التطبيقات الخارجية) إلى معرّف العميل في ملف التعريف؛ وتحقق من أنك تستخدم البيئة الصحيحة.',
  notSignedInBecause: 'لم يتم تسجيل الدخول:',
  notSignedIn: 'لم يتم تسجيل الدخول إلى {profile}.',
  signInFix: 'سجّل الدخول (زر تسجيل الدخول، أو {command}).',
  renewRefused: 'انتهت صلاحية تسجيل الدخول ورفض Identity Server تجديده.',
  signInAgainFix: 'سجّل الدخول مرة أخرى ({command}).',
  tokenRefused: 'لا يقبل Orchestrator تسجيل الدخول.',
  tokenRefusedFix:
    'صدر الرمز المميز لمؤسسة أو مستأجر آخر: تحقق من المؤسسة/المستأجر في عنوان URL (محليًا: اسم المستأجر)، ثم سجّل الدخول مرة أخرى.',
  signedInAs: 'تم تسجيل الدخول باسم {name}؛ يقبل Orchestrator تسجيل الدخول.',
  signedInAsSomeone: 'تم تسجيل الدخول؛ يقبل Orchestrator تسجيل الدخول.',

  noProfileForSecrets: 'لا يوجد ملف تعريف لحفظ أسراره.',
  secretsKeychain: 'تُحفظ الأسرار في سلسلة مفاتيح نظام التشغيل.',
  secretsFile: 'تُحفظ الأسرار في ملف لا يقرؤه إلا هذا المستخدم (والمستخدم root): لا توجد سلسلة مفاتيح للنظام على هذا الجهاز.',
  secretsMemory: 'تُحفظ الأسرار في الذاكرة فقط: يُنسى تسجيل الدخول عند إغلاق Baton.',
  secretsMemoryFix:
    'شغّل حلقة مفاتيح (GNOME Keyring، KWallet)، أو دع Baton يحفظ الأسرار في ملف خاص بالمالك: --secret-store file أو BATON_SECRET_STORE=file.',

  tokenOpaque: 'لا يذكر رمز الوصول نطاقاته.',
  tokenOpaqueBecause: 'الرمز المميز معتم (رمز وصول شخصي أو تسجيل دخول بالإصدار 19.10)',
  scopesAll: 'يمنح تسجيل الدخول كل النطاقات التي يحتاجها Baton.',
  scopesNotAsked:
    'لا يطلب ملف التعريف {scopes}: {count, plural, one {أضفه} two {أضفهما} other {أضفها}} إلى نطاقات ملف التعريف، ثم سجّل الدخول مرة أخرى.',
  scopesNotGranted:
    'اطلب من المسؤول إضافة {scopes} إلى نطاقات {kind, select, application {التطبيق} other {المستخدم}} في التطبيق الخارجي (الإدارة ← التطبيقات الخارجية)، ثم سجّل الخروج وسجّل الدخول مرة أخرى.',
  scopesMissing: 'يفتقر تسجيل الدخول إلى {scopes} (مطلوب لـ {uses}).',

  callFailed: '{what, select, folders {تعذرت قراءة مجلداتك:} processes {تعذر سرد العمليات:} other {تعذرت قراءة أذونات التشغيل:}}',
  requestFailed: 'فشل الطلب.',
  callFailedFix: 'شغّل عمليات التحقق مرة أخرى؛ وإذا استمر الفشل، فراجع مسؤول Orchestrator.',
  noFolders: 'لم يتم تعيينك لأي مجلد، لذا لا يمكن عرض أي عملية.',
  noFoldersFix: 'اطلب من مسؤول Orchestrator تعيين حسابك (أو مجموعته) للمجلدات التي تعمل فيها، بدور مثل Automation User.',
  folderMissing: 'المجلد {folder} غير موجود أو لم يتم تعيينك له.',
  folderMissingFix: 'تحقق من مسار المجلد (المسار الكامل، مثل Finance/Invoices)؛ واطلب من المسؤول تعيينك لـ {folder} إذا كان ينبغي أن تراه.',
  foldersReadable:
    '{count, plural, zero {لا يمكنك قراءة أي مجلد} one {يمكنك قراءة مجلد واحد} two {يمكنك قراءة مجلدين} few {يمكنك قراءة # مجلدات} many {يمكنك قراءة # مجلدًا} other {يمكنك قراءة # مجلد}}.',
  noProcesses: 'لا توجد عملية مرئية في مجلداتك.',
  noProcessesFix: 'يجب نشر العمليات وتوزيعها في مجلد تنتمي إليه، ويحتاج دورك فيه إلى Processes.View: راجع مسؤول Orchestrator.',
  processesVisible:
    '{count, plural, zero {لا توجد عمليات مرئية} one {عملية واحدة مرئية} two {عمليتان مرئيتان} few {# عمليات مرئية} many {# عملية مرئية} other {# عملية مرئية}}.',
  processNotInFolder: 'العملية {process} غير مرئية في {folder}.',
  processNowhere: 'العملية {process} غير مرئية في أي من مجلداتك.',
  processElsewhereFix: 'اختر المجلد الذي توجد فيه ({folders})، أو اطلب من المسؤول توزيعها في {folder}.',
  processNameFix: 'تحقق من اسم العملية (كما يظهر في Orchestrator ← العمليات)؛ واطلب من المسؤول توزيعها في مجلد تنتمي إليه.',
  processesVisibleWith:
    '{count, plural, zero {لا توجد عمليات مرئية} one {عملية واحدة مرئية} two {عمليتان مرئيتان} few {# عمليات مرئية} many {# عملية مرئية} other {# عملية مرئية}}، منها {process}.',
  processesVisibleWithIn:
    '{count, plural, zero {لا توجد عمليات مرئية} one {عملية واحدة مرئية} two {عمليتان مرئيتان} few {# عمليات مرئية} many {# عملية مرئية} other {# عملية مرئية}}، منها {process} في {folder}.',
  noProcessChosen: 'لم يتم اختيار أي عملية (--process NAME --folder PATH)',
  runPermissionUnknown: 'لا يستطيع هذا الإصدار من Orchestrator أن يحدد مسبقًا ما إذا كان مسموحًا لك بتشغيلها.',
  runPermissionUnknownFix: 'جرّب تشغيلها؛ وإذا رُفض ذلك، فاطلب Jobs.Create في المجلد.',
  mayRun: 'يمكنك تشغيل {process} في {hasFolder, select, yes {{folder}} other {مجلدها}}.',
  mayNotRun: 'يمكنك رؤية {process} لكن لا يمكنك تشغيلها: يفتقر دورك في {hasFolder, select, yes {{folder}} other {مجلدها}} إلى Jobs.Create.',
  mayNotRunFix:
    'اطلب من مسؤول Orchestrator دورًا يتضمن Jobs.Create (وJobs.View) في {hasFolder, select, yes {{folder}} other {مجلدها}}، مثل Automation User.',

  noRobotConnection: 'لا يوجد اتصال بالروبوت في هذا المضيف',
  robotReady: 'تم الاقتران بجسر الروبوت على هذا الجهاز؛ جاهز للتشغيل.',
  robotReadyExecutor: 'تم الاقتران بجسر الروبوت على هذا الجهاز (المنفّذ {executor})؛ جاهز للتشغيل.',
  robotUnpaired: 'يستجيب جسر الروبوت لكن Baton غير مقترن به.',
  robotUnpairedFix:
    'اقترن: افتح الروبوت ← اقتران واكتب الرمز المكون من 8 أرقام الذي يعرضه جسر الروبوت على هذا الجهاز (أو شغّل baton robot pair).',
  robotSilent: 'لا يستجيب جسر الروبوت على {url}.',
  startBridgeFix: 'شغّل جسر الروبوت (baton-robot) على هذا الجهاز.',
  noBridgeAt: 'لا يستجيب أي جسر روبوت على {url}: التشغيل المحلي غير متاح (التشغيل عن بُعد غير متأثر).',
  noRobot: 'لم يُعثر على روبوت على هذا الجهاز: التشغيل المحلي غير متاح (التشغيل عن بُعد غير متأثر).',
  startBridgeLocalFix: 'شغّل جسر الروبوت (baton-robot) على هذا الجهاز لتشغيل العمليات محليًا.',
  noProcessChosenRobot: 'لم يتم اختيار أي عملية (--process NAME)',
  robotNotReady: 'جسر الروبوت غير جاهز',
  robotNoList: 'لم يسرد الروبوت عملياته.',
  robotNoListFix: 'أعد تشغيل جسر الروبوت وشغّل عمليات التحقق مرة أخرى.',
  notOnRobot: 'العملية {process} غير مثبتة على روبوت هذا الجهاز.',
  notOnRobotFix: 'ثبّت الحزمة {process} على هذا الجهاز (UiPath Assistant، أو مجلد عمليات الروبوت)، أو شغّلها عن بُعد بدلًا من ذلك.',
  notInstalledYet: 'العملية {process} متاحة لهذا الروبوت لكنها غير مثبتة بعد؛ سيثبتها Baton عند أول تشغيل محلي.',
  notInstalledYetFix: 'لا حاجة لأي إجراء، ما لم يكن التثبيت محظورًا على هذا الجهاز: ثبّتها حينئذٍ من UiPath Assistant.',
  installed: 'العملية {process} {version} مثبتة على روبوت هذا الجهاز.',

  statusWord: '{status, select, pass {نجح} fail {فشل} warn {تحذير} other {تم التخطي}}',
  line: '{title}: {summary}',
  skippedBecause: '(تم التخطي لأن {because})',
  fixLine: 'الحل: {fix}',
  verdict:
    '{overall, select, fail {تم العثور على مشكلات} warn {يعمل، مع تحذيرات} other {نجحت جميع عمليات التحقق}}: {passed} ناجحة، {failed} فاشلة، {warnings} تحذيرات، {skipped} تم تخطيها.',
  reportHeader: 'تشخيص Baton ({finishedAt})',
  reportHeaderFor: 'تشخيص Baton لـ {target} ({finishedAt})',
  reportProfile: 'ملف التعريف {name}',

  heading: 'عمليات التحقق من الاتصال',
  intro:
    'يتحقق من عنوان URL لـ Orchestrator والشبكة والشهادة وتسجيل الدخول والنطاقات والمجلدات والعمليات والروبوت على هذا الجهاز، ويوضح كيفية إصلاح ما يفشل.',
  processLabel: 'العملية (اختياري)',
  processPlaceholder: 'مثل Hello World',
  folderLabel: 'المجلد (اختياري)',
  folderPlaceholder: 'مثل Finance/Invoices',
  run: 'تشغيل عمليات التحقق',
  running: 'جارٍ التحقق…',
  fromError: 'من خطأ: راجع «{title}» أدناه.',
  checksLabel: 'عمليات التحقق',
  overall: '{overall, select, fail {تم العثور على مشكلات.} warn {يعمل، مع تحذيرات.} other {نجحت جميع عمليات التحقق.}}',
  copy: 'نسخ التقرير',
  copied: 'تم النسخ (لا يحتوي على رموز مميزة أو أسرار).',
  copyFailed: 'تعذر النسخ: حدد عمليات التحقق أعلاه وانسخها بدلًا من ذلك.',
  checking: '{title}: جارٍ التحقق…',
  screenSkippedBecause: ' (تم التخطي لأن {because})',
  fix: 'الحل: {fix}',
  evidence: 'الأدلة ({duration} مللي ثانية)',
  connectionFailed: 'لا يستطيع Baton الوصول إلى Orchestrator هذا بعد: راجع الحل أسفل التحقق الفاشل.',
  connectionWarned: 'يستجيب Orchestrator، مع تحذيرات.',
  connectionPassed: 'يستجيب Orchestrator على هذا العنوان. سجّل الدخول للتحقق من الباقي.',
  webhookUnlisted: 'تعذّر على Baton سرد خطافات الويب في Orchestrator هذا: تصل تحديثات المهام بالاستطلاع.',
  webhookNone: 'غير مُعدّ: ليس لدى Baton خطاف ويب في Orchestrator هذا، لذا تصل تحديثات المهام بالاستطلاع.',
  webhookNoneBecause: 'لم يُعيَّن عنوان URL عام (BATON_WEBHOOK_URL)، أو أن Baton هذا لا يعمل',
  webhookOff: 'أوقف Orchestrator خطاف ويب Baton إلى {url} بعد فشل تسليم: لا يمكنه الوصول إلى Baton هناك. تصل تحديثات المهام بالاستطلاع.',
  webhookOffFix:
    'اجعل عنوان URL قابلاً للوصول من Orchestrator (DNS عام، جدار حماية، وكيل عكسي بـ TLS)، ثم أعد تشغيل Baton؛ راجع docs/webhooks.md.',
  webhookPingRefused: 'رفض Orchestrator اختبار خطاف ويب Baton: {reason}',
  webhookPingFix: 'يحتاج الاختبار إلى OR.Webhooks وإذن Webhooks.View.',
  webhookPassed: 'لدى Orchestrator خطاف ويب Baton وقد قبل تسليمًا تجريبيًا إليه.',
} satisfies Catalog<typeof en>;
