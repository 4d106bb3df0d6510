# Sportello — الترجمة العربية (Modern Standard Arabic). الإيطالية (locales/it) هي لغة المصدر واللغة الاحتياطية.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

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
logout-submit = تسجيل الخروج
workspace-title = مساحة الموظفين
workspace-nav-label = قائمة مساحة الموظفين
error-401-title = يلزم تسجيل الدخول
error-401-body = يجب عليك تسجيل الدخول لمشاهدة هذه الصفحة.
error-code-csrf-invalid = انتهت صلاحية النموذج أو أنه غير صالح. ارجع إلى الصفحة السابقة، وأعد تحميل الصفحة، وحاول مرة أخرى.

## إعادة تعيين كلمة المرور والبريد (Password reset and mail)

dev-mail-title = البريد المرسَل (بيئة التطوير)
dev-mail-empty = لا توجد رسائل.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

finder-heading = البحث عن مكتب

desk-by-appointment = بموعد مسبق فقط
desk-email-label = البريد الإلكتروني:
desk-verified-on = تم التحقق من المعلومات في { $date }.

channel-in_person = حضورياً
channel-phone = عبر الهاتف
channel-online = عبر الإنترنت
channel-video = عبر مكالمة فيديو

language-name-it = الإيطالية
language-name-ar = العربية
language-name-en = الإنجليزية
language-name-fr = الفرنسية
language-name-es = الإسبانية
language-name-zh = الصينية
language-name-sq = الألبانية
language-name-ro = الرومانية
language-name-uk = الأوكرانية
language-name-ur = الأردية
language-name-bn = البنغالية
language-name-ru = الروسية
language-name-pt = البرتغالية
language-name-wo = الولوفية
language-name-pa = البنجابية
language-name-tl = التاغالوغية

desk-edit-has-errors = بعض الحقول تحتاج إلى تصحيح؛ لم يُحفظ أي شيء:
desk-edit-description = الوصف
desk-edit-verified = تحققت اليوم من صحة هذه المعلومات
desk-edit-submit = حفظ التعديلات
desk-edit-saved = تم حفظ التعديلات. ستظهر في البوابة العامة خلال ثوانٍ.
desk-public-page = عرض الصفحة العامة
desk-verify-due = يحتاج إلى تحقق: لم يتم تأكيد هذه المعلومات في الأشهر الأخيرة.
desk-history-heading = سجل التعديلات
desk-history-empty = لا توجد تعديلات مسجلة.
desk-history-when = متى (UTC)
desk-history-who = من
desk-history-field = الحقل
desk-history-before = قبل
desk-history-after = بعد
desk-field-name = الاسم
desk-field-description = الوصف
desk-field-channels = طرق التواصل
desk-field-by_appointment = بموعد مسبق فقط
desk-field-email = البريد الإلكتروني
desk-field-verified_on = التحقق
desk-edit-error-email = عنوان البريد الإلكتروني غير صالح.
desk-edit-error-too-long = النص طويل جداً (2000 حرف كحد أقصى).

## Dates in full (service pages and desk pages).

date-full-1 = { $day } يناير { $year }
date-full-2 = { $day } فبراير { $year }
date-full-3 = { $day } مارس { $year }
date-full-4 = { $day } أبريل { $year }
date-full-5 = { $day } مايو { $year }
date-full-6 = { $day } يونيو { $year }
date-full-7 = { $day } يوليو { $year }
date-full-8 = { $day } أغسطس { $year }
date-full-9 = { $day } سبتمبر { $year }
date-full-10 = { $day } أكتوبر { $year }
date-full-11 = { $day } نوفمبر { $year }
date-full-12 = { $day } ديسمبر { $year }

## Web addresses in the editing forms (services and organisations).

edit-url-hint = يبدأ بـ https:// (أو http://).

edit-error-url = يجب أن يبدأ العنوان الإلكتروني بـ https:// أو http:// وألا يحتوي على مسافات.
