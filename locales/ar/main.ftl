# Sportello — الترجمة العربية (Modern Standard Arabic). الإيطالية (locales/it) هي لغة المصدر واللغة الاحتياطية.

## هيكل الموقع (Site shell)

site-name = مكتب المعلومات للمقيمين الأجانب
site-tagline = معلومات وخدمات للمقيمين الأجانب
skip-link = انتقل إلى المحتوى الرئيسي
nav-main-label = القائمة الرئيسية
nav-home = الصفحة الرئيسية
nav-desks = المكاتب
nav-services = الخدمات الإلكترونية
language-switcher-summary = اللغة
language-switcher-label = اختر اللغة
translation-incomplete = بعض أجزاء هذه الصفحة غير مترجمة بعد. هذه الأجزاء معروضة باللغة الإيطالية.
footer-about = خدمة من الشبكة الإقليمية لمكاتب المعلومات الخاصة بالمقيمين الأجانب.
footer-demo = بيانات للعرض فقط: العناوين وأرقام الهواتف والتفاصيل الأخرى التي تحمل عبارة «بيانات تجريبية» غير حقيقية.
invented-marker = بيانات تجريبية

## الصفحة الرئيسية (Home)

home-title = معلومات للمقيمين الأجانب
home-intro = ابحث عن معلومات واضحة عن الوثائق والصحة والمدرسة والعمل والسكن، وعن أقرب مكتب إليك.
home-themes-heading = المواضيع
home-hubs-heading = مراكز الشبكة المتخصصة في المواضيع
home-hubs-intro = تُعِدّ المراكز المتخصصة المعلومات الخاصة بكل موضوع للشبكة كلها.
home-desks-heading = مكاتب المقيمين الأجانب
home-all-desks = { $count ->
    [zero] اعرض مكاتب الشبكة
    [one] اعرض المكتب الوحيد في الشبكة
    [two] اعرض مكتبَي الشبكة
    [few] اعرض كل مكاتب الشبكة ({ $count } مكاتب)
    [many] اعرض كل مكاتب الشبكة ({ $count } مكتبًا)
   *[other] اعرض كل مكاتب الشبكة ({ $count } مكتب)
}
home-no-desks = لا يوجد أي مكتب مسجَّل حتى الآن.

## المواضيع: الاسم ووصف من سطر واحد (Themes)

theme-permesso-di-soggiorno = تصريح الإقامة
    .description = طلب تصريح الإقامة وتجديده وتحويله.
theme-cittadinanza = الجنسية
    .description = كيف تطلب الجنسية الإيطالية وتتابع طلبك.
theme-ricongiungimento-familiare = لمّ شمل الأسرة
    .description = إحضار أفراد الأسرة إلى إيطاليا: الشروط والوثائق.
theme-residenza-anagrafe = الإقامة وسجل السكان
    .description = التسجيل في سجل السكان، وتغيير مكان الإقامة، والشهادات.
theme-salute = الصحة
    .description = التسجيل في الخدمة الصحية الوطنية، وطبيب الأسرة، وحجز المواعيد.
theme-scuola = المدرسة
    .description = التسجيل في المدرسة وفي خدمات الطفولة المبكرة.
theme-lavoro-formazione = العمل والتدريب
    .description = البحث عن عمل، وعقود العمل، ودورات التدريب.
theme-casa = السكن
    .description = الإيجار، والسكن الاجتماعي، وشهادة صلاحية السكن.
theme-prestazioni-sociali = المساعدات الاجتماعية
    .description = المنح والعلاوات والمساعدات المالية: من يحق له طلبها.
theme-lingua-italiana = اللغة الإيطالية
    .description = دورات اللغة الإيطالية واختبارات اللغة.

## المكاتب (Desks)

desk-level-l1 = مكتب الاستقبال الأولي
desk-level-l2 = مكتب متخصص في شؤون المقيمين الأجانب
desk-level-hub = مركز متخصص في موضوع
desk-themes-label = المواضيع:
desk-address-label = العنوان:
desks-title = مكاتب الشبكة
desks-intro = جميع مكاتب الشبكة: المراكز المتخصصة في المواضيع، والمكاتب المتخصصة في شؤون المقيمين الأجانب، ونقاط الاستقبال الأولي (مكاتب العلاقات مع الجمهور URP، ومكاتب الخدمات الاجتماعية).
desks-count = { $count ->
    [zero] لا توجد مكاتب
    [one] مكتب واحد
    [two] مكتبان
    [few] { $count } مكاتب
    [many] { $count } مكتبًا
   *[other] { $count } مكتب
}
pagination-label = الصفحات
pagination-previous = الصفحة السابقة
pagination-next = الصفحة التالية
pagination-status = الصفحة { $page } من { $pages }

## الأخطاء (Errors)

error-request-id = رمز الطلب: { $id }
error-request-id-help = إذا طلبت المساعدة، فاذكر هذا الرمز.
error-go-home = اذهب إلى الصفحة الرئيسية
error-other-languages = هذه الصفحة بلغات أخرى
error-400-title = طلب غير صالح
error-400-body = عنوان الصفحة أو البيانات المرسلة غير صالحة. تحقق من العنوان وحاول مرة أخرى.
error-403-title = الدخول غير مسموح
error-403-body = ليس لديك إذن بمشاهدة هذه الصفحة.
error-404-title = الصفحة غير موجودة
error-404-body = الصفحة التي تبحث عنها غير موجودة أو تم نقلها.
error-405-title = العملية غير مسموح بها
error-405-body = هذه الصفحة لا تقبل هذا النوع من الطلبات.
error-408-title = انتهت المهلة
error-408-body = استغرق الطلب وقتًا طويلًا جدًا. حاول مرة أخرى بعد قليل.
error-413-title = البيانات كبيرة جدًا
error-413-body = حجم البيانات المرسلة أكبر من الحد الأقصى المسموح به.
error-429-title = طلبات كثيرة جدًا
error-429-body = أرسلت طلبات كثيرة في وقت قصير. انتظر قليلًا وحاول مرة أخرى.
error-500-title = حدث خطأ
error-500-body = حدثت مشكلة من جهتنا. حاول مرة أخرى بعد قليل.
error-503-title = الخدمة غير متاحة
error-503-body = الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.

## الموظفون: تسجيل الدخول ومساحة العمل (Operators: sign-in and workspace)

nav-workspace = مساحة الموظفين
login-title = دخول الموظفين
login-intro = مساحة مخصصة لموظفي شبكة المكاتب.
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-refused = البريد الإلكتروني أو كلمة المرور غير صحيحة، أو أن الحساب معطَّل.
login-throttled = محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
logout-submit = تسجيل الخروج
workspace-title = مساحة الموظفين
workspace-welcome = أهلًا وسهلًا، { $name }.
workspace-roles-heading = أدوارك
workspace-no-roles = لم تُسنَد إليك أي أدوار بعد: اطلبها من الجهة المسؤولة عن تنسيق الشبكة.
workspace-nav-label = قائمة مساحة الموظفين
workspace-nav-profile = الملف الشخصي
workspace-nav-audit = سجل الأنشطة
profile-title = ملفك الشخصي
profile-email = البريد الإلكتروني:
profile-password-heading = تغيير كلمة المرور
profile-current-password = كلمة المرور الحالية
profile-new-password = كلمة المرور الجديدة (12 حرفًا على الأقل)
profile-confirm-password = أعد كتابة كلمة المرور الجديدة
profile-password-submit = تغيير كلمة المرور
profile-password-changed = تم تغيير كلمة المرور، وأُغلقت الجلسات الأخرى المفتوحة.
profile-password-wrong = كلمة المرور الحالية غير صحيحة.
profile-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
profile-password-too-short = يجب أن تتكون كلمة المرور الجديدة من 12 حرفًا على الأقل.
audit-title = سجل الأنشطة
audit-filter-action = الإجراء (يبدأ بـ)
audit-filter-actor = مَن (البريد الإلكتروني)
audit-filter-submit = تصفية
audit-col-when = متى
audit-col-who = مَن
audit-col-action = الإجراء
audit-col-object = العنصر
audit-col-ip = عنوان IP
audit-empty = لا توجد أنشطة مسجَّلة تطابق عوامل التصفية هذه.
role-admin = الإدارة
role-coordinator = التنسيق الإقليمي
role-hub_editor = تحرير مركز متخصص في موضوع
role-l2_operator = موظف مكتب متخصص
role-l1_operator = موظف مكتب الاستقبال الأولي
role-translator = الترجمة
role-trainer = التدريب
role-viewer = الاطلاع فقط
scope-network = الشبكة كلها
scope-organisation = الجهة { $target }
scope-desk = المكتب { $target }
scope-theme = الموضوع { $target }
scope-language = اللغة { $target }
error-401-title = يلزم تسجيل الدخول
error-401-body = يجب عليك تسجيل الدخول لمشاهدة هذه الصفحة.
error-code-csrf-invalid = انتهت صلاحية النموذج أو أنه غير صالح. ارجع إلى الصفحة السابقة، وأعد تحميل الصفحة، وحاول مرة أخرى.

## التحقق بخطوتين (Two-factor authentication)

workspace-nav-twofa = التحقق بخطوتين
code-title = رمز التحقق
code-intro = افتح تطبيق المصادقة على هاتفك واكتب الرمز المكوَّن من 6 أرقام. إذا لم يكن هاتفك معك، فاستخدم أحد رموز الاسترداد.
code-label = الرمز
code-submit = تحقُّق
code-refused = الرمز غير صالح أو سبق استخدامه. حاول مرة أخرى بالرمز الجديد.
twofa-title = التحقق بخطوتين
twofa-intro = مع التحقق بخطوتين، تحتاج عند تسجيل الدخول إلى كلمة المرور وإلى رمز يتغير كل 30 ثانية، ينشئه تطبيق على هاتفك.
twofa-required = يتطلب دورك التحقق بخطوتين: فعِّله لتتمكن من استخدام مساحة الموظفين.
twofa-start = تفعيل التحقق بخطوتين
twofa-step-scan = امسح رمز QR هذا باستخدام تطبيق المصادقة.
twofa-qr-label = رمز QR لتطبيق المصادقة
twofa-step-link = يمكنك أيضًا فتح هذا الرابط على هاتفك:
twofa-step-key = أو اكتب هذا المفتاح في التطبيق:
twofa-step-confirm = اكتب الرمز الذي يعرضه التطبيق الآن.
twofa-confirm-submit = تأكيد وتفعيل
twofa-enabled-now = تم تفعيل التحقق بخطوتين.
twofa-recovery-heading = رموز الاسترداد
twofa-recovery-intro = احفظ هذه الرموز في مكان آمن: ستحتاج إليها إذا فقدت هاتفك، ويمكن استخدام كل رمز مرة واحدة فقط. لن تظهر لك هذه الرموز مرة أخرى.
twofa-active = التحقق بخطوتين مفعَّل.

## إعادة تعيين كلمة المرور والبريد (Password reset and mail)

login-forgot = هل نسيت كلمة المرور؟
reset-title = إعادة تعيين كلمة المرور
reset-intro = اكتب عنوان البريد الإلكتروني لحسابك: سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-submit = إرسال الرابط
reset-sent = إذا كان العنوان يخص حسابًا نشطًا، فستصلك قريبًا رسالة بريد إلكتروني تحتوي على الرابط. الرابط صالح لمدة 30 دقيقة ولمرة واحدة فقط.
reset-new-title = اختر كلمة مرور جديدة
reset-new-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور. يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.
reset-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.
mail-reset-subject = إعادة تعيين كلمة المرور لحسابك في «مكتب المعلومات للمقيمين الأجانب»
mail-reset-body = مرحبًا،
    تلقّينا طلبًا لإعادة تعيين كلمة المرور الخاصة بحسابك.
    لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes } دقيقة:
    { $link }
    إذا لم تكن أنت من طلب إعادة تعيين كلمة المرور، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي دون تغيير.
dev-mail-title = البريد المرسَل (بيئة التطوير)
dev-mail-empty = لا توجد رسائل.

## إدارة الحسابات (Accounts administration)

workspace-nav-users = المستخدمون والأدوار
users-title = المستخدمون والأدوار
users-intro = أسنِد إلى كل شخص الأدوار التي يحتاج إليها، ضمن النطاق المناسب. كل تعديل يُغلق الجلسات المفتوحة لهذا الشخص ويُسجَّل.
users-col-roles = الأدوار
users-disabled = الحساب معطَّل
users-role = الدور
users-scope-kind = النطاق
users-scope-target = أيّها (المعرِّف المختصر)
users-grant-submit = إضافة الدور
users-revoke-submit = إزالة
users-disable-submit = تعطيل الحساب
users-saved = تم حفظ التعديل.
users-error = لم يُحفَظ التعديل: { $reason }
scope-kind-network = الشبكة كلها
scope-kind-organisation = الجهة
scope-kind-desk = المكتب
scope-kind-theme = الموضوع
scope-kind-language = اللغة

## Workspace: desks

workspace-nav-desks = مكاتبي
ws-desks-title = مكاتبي
ws-desks-intro = المكاتب التي لديك دور فيها.
ws-desks-empty = لا يشمل أيٌّ من أدوارك مكتبًا.
