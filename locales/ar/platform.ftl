# Sportello — الترجمة العربية (Modern Standard Arabic). الإيطالية (locales/it) هي لغة المصدر واللغة الاحتياطية.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## هيكل الموقع (Site shell)

# unreviewed
site-name = مكتب المعلومات للمقيمين الأجانب
# unreviewed
site-tagline = معلومات وخدمات للمقيمين الأجانب
# unreviewed
skip-link = انتقل إلى المحتوى الرئيسي
# unreviewed
nav-main-label = القائمة الرئيسية
# unreviewed
nav-home = الصفحة الرئيسية
# unreviewed
nav-desks = المكاتب
# unreviewed
nav-services = الخدمات الإلكترونية
# unreviewed
language-switcher-summary = اللغة
# unreviewed
language-switcher-label = اختر اللغة
# unreviewed
translation-incomplete = بعض أجزاء هذه الصفحة غير مترجمة بعد. هذه الأجزاء معروضة باللغة الإيطالية.
# unreviewed
translation-draft = هذه الترجمة مسودة: لم يراجعها بعدُ أحد الناطقين الأصليين باللغة.
# unreviewed
footer-about = خدمة من الشبكة الإقليمية لمكاتب المعلومات الخاصة بالمقيمين الأجانب.
# unreviewed
footer-demo = بيانات للعرض فقط: العناوين وأرقام الهواتف والتفاصيل الأخرى التي تحمل عبارة «بيانات تجريبية» غير حقيقية.
# unreviewed
invented-marker = بيانات تجريبية

## المواضيع: الاسم ووصف من سطر واحد (Themes)

# unreviewed
theme-permesso-di-soggiorno = تصريح الإقامة
    .description = طلب تصريح الإقامة وتجديده وتحويله.
# unreviewed
theme-cittadinanza = الجنسية
    .description = كيف تطلب الجنسية الإيطالية وتتابع طلبك.
# unreviewed
theme-ricongiungimento-familiare = لمّ شمل الأسرة
    .description = إحضار أفراد الأسرة إلى إيطاليا: الشروط والوثائق.
# unreviewed
theme-residenza-anagrafe = الإقامة وسجل السكان
    .description = التسجيل في سجل السكان، وتغيير مكان الإقامة، والشهادات.
# unreviewed
theme-salute = الصحة
    .description = التسجيل في الخدمة الصحية الوطنية، وطبيب الأسرة، وحجز المواعيد.
# unreviewed
theme-scuola = المدرسة
    .description = التسجيل في المدرسة وفي خدمات الطفولة المبكرة.
# unreviewed
theme-lavoro-formazione = العمل والتدريب
    .description = البحث عن عمل، وعقود العمل، ودورات التدريب.
# unreviewed
theme-casa = السكن
    .description = الإيجار، والسكن الاجتماعي، وشهادة صلاحية السكن.
# unreviewed
theme-prestazioni-sociali = المساعدات الاجتماعية
    .description = المنح والعلاوات والمساعدات المالية: من يحق له طلبها.
# unreviewed
theme-lingua-italiana = اللغة الإيطالية
    .description = دورات اللغة الإيطالية واختبارات اللغة.

## المكاتب (Desks)

# unreviewed
desk-level-l1 = مكتب الاستقبال الأولي
# unreviewed
desk-level-l2 = مكتب متخصص في شؤون المقيمين الأجانب
# unreviewed
desk-level-hub = مركز متخصص في موضوع
# unreviewed
desk-themes-label = المواضيع:
# unreviewed
desk-address-label = العنوان:

## الأخطاء (Errors)

# unreviewed
error-request-id = رمز الطلب: { $id }
# unreviewed
error-request-id-help = إذا طلبت المساعدة، فاذكر هذا الرمز.
# unreviewed
error-go-home = اذهب إلى الصفحة الرئيسية
# unreviewed
error-other-languages = هذه الصفحة بلغات أخرى
# unreviewed
error-400-title = طلب غير صالح
# unreviewed
error-400-body = عنوان الصفحة أو البيانات المرسلة غير صالحة. تحقق من العنوان وحاول مرة أخرى.
# unreviewed
error-403-title = الدخول غير مسموح
# unreviewed
error-403-body = ليس لديك إذن بمشاهدة هذه الصفحة.
# unreviewed
error-404-title = الصفحة غير موجودة
# unreviewed
error-404-body = الصفحة التي تبحث عنها غير موجودة أو تم نقلها.
# unreviewed
error-405-title = العملية غير مسموح بها
# unreviewed
error-405-body = هذه الصفحة لا تقبل هذا النوع من الطلبات.
# unreviewed
error-408-title = انتهت المهلة
# unreviewed
error-408-body = استغرق الطلب وقتًا طويلًا جدًا. حاول مرة أخرى بعد قليل.
# unreviewed
error-413-title = البيانات كبيرة جدًا
# unreviewed
error-413-body = حجم البيانات المرسلة أكبر من الحد الأقصى المسموح به.
# unreviewed
error-429-title = طلبات كثيرة جدًا
# unreviewed
error-429-body = أرسلت طلبات كثيرة في وقت قصير. انتظر قليلًا وحاول مرة أخرى.
# unreviewed
error-500-title = حدث خطأ
# unreviewed
error-500-body = حدثت مشكلة من جهتنا. حاول مرة أخرى بعد قليل.
# unreviewed
error-503-title = الخدمة غير متاحة
# unreviewed
error-503-body = الخدمة غير متاحة مؤقتًا. حاول مرة أخرى بعد قليل.

## الموظفون: تسجيل الدخول ومساحة العمل (Operators: sign-in and workspace)

# unreviewed
nav-workspace = مساحة الموظفين
# unreviewed
logout-submit = تسجيل الخروج
# unreviewed
workspace-title = مساحة الموظفين
# unreviewed
workspace-nav-label = قائمة مساحة الموظفين
# unreviewed
error-401-title = يلزم تسجيل الدخول
# unreviewed
error-401-body = يجب عليك تسجيل الدخول لمشاهدة هذه الصفحة.
# unreviewed
error-code-csrf-invalid = انتهت صلاحية النموذج أو أنه غير صالح. ارجع إلى الصفحة السابقة، وأعد تحميل الصفحة، وحاول مرة أخرى.

## إعادة تعيين كلمة المرور والبريد (Password reset and mail)

# unreviewed
dev-mail-title = البريد المرسَل (بيئة التطوير)
# unreviewed
dev-mail-empty = لا توجد رسائل.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = البحث عن مكتب

# unreviewed
desk-by-appointment = بموعد مسبق فقط
# unreviewed
desk-email-label = البريد الإلكتروني:
# unreviewed
desk-verified-on = تم التحقق من المعلومات في { $date }.

# unreviewed
channel-in_person = حضورياً
# unreviewed
channel-phone = عبر الهاتف
# unreviewed
channel-online = عبر الإنترنت
# unreviewed
channel-video = عبر مكالمة فيديو

# unreviewed
language-name-it = الإيطالية
# unreviewed
language-name-ar = العربية
# unreviewed
language-name-en = الإنجليزية
# unreviewed
language-name-fr = الفرنسية
# unreviewed
language-name-es = الإسبانية
# unreviewed
language-name-zh = الصينية
# unreviewed
language-name-sq = الألبانية
# unreviewed
language-name-ro = الرومانية
# unreviewed
language-name-uk = الأوكرانية
# unreviewed
language-name-ur = الأردية
# unreviewed
language-name-bn = البنغالية
# unreviewed
language-name-fa = الفارسية
# unreviewed
language-name-ru = الروسية
# unreviewed
language-name-pt = البرتغالية
# unreviewed
language-name-wo = الولوفية
# unreviewed
language-name-pa = البنجابية
# unreviewed
language-name-tl = التاغالوغية

# unreviewed
desk-edit-has-errors = بعض الحقول تحتاج إلى تصحيح؛ لم يُحفظ أي شيء:
# unreviewed
desk-edit-description = الوصف
# unreviewed
desk-edit-verified = تحققت اليوم من صحة هذه المعلومات
# unreviewed
desk-edit-submit = حفظ التعديلات
# unreviewed
desk-edit-saved = تم حفظ التعديلات. ستظهر في البوابة العامة خلال ثوانٍ.
# unreviewed
desk-public-page = عرض الصفحة العامة
# unreviewed
desk-verify-due = يحتاج إلى تحقق: لم يتم تأكيد هذه المعلومات في الأشهر الأخيرة.
# unreviewed
desk-history-heading = سجل التعديلات
# unreviewed
desk-history-empty = لا توجد تعديلات مسجلة.
# unreviewed
desk-history-when = متى (UTC)
# unreviewed
desk-history-who = من
# unreviewed
desk-history-field = الحقل
# unreviewed
desk-history-before = قبل
# unreviewed
desk-history-after = بعد
# unreviewed
desk-field-name = الاسم
# unreviewed
desk-field-description = الوصف
# unreviewed
desk-field-channels = طرق التواصل
# unreviewed
desk-field-by_appointment = بموعد مسبق فقط
# unreviewed
desk-field-email = البريد الإلكتروني
# unreviewed
desk-field-verified_on = التحقق
# unreviewed
desk-edit-error-email = عنوان البريد الإلكتروني غير صالح.
# unreviewed
desk-edit-error-too-long = النص طويل جداً (2000 حرف كحد أقصى).

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = { $day } يناير { $year }
# unreviewed
date-full-2 = { $day } فبراير { $year }
# unreviewed
date-full-3 = { $day } مارس { $year }
# unreviewed
date-full-4 = { $day } أبريل { $year }
# unreviewed
date-full-5 = { $day } مايو { $year }
# unreviewed
date-full-6 = { $day } يونيو { $year }
# unreviewed
date-full-7 = { $day } يوليو { $year }
# unreviewed
date-full-8 = { $day } أغسطس { $year }
# unreviewed
date-full-9 = { $day } سبتمبر { $year }
# unreviewed
date-full-10 = { $day } أكتوبر { $year }
# unreviewed
date-full-11 = { $day } نوفمبر { $year }
# unreviewed
date-full-12 = { $day } ديسمبر { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = يبدأ بـ https:// (أو http://).

# unreviewed
edit-error-url = يجب أن يبدأ العنوان الإلكتروني بـ https:// أو http:// وألا يحتوي على مسافات.
