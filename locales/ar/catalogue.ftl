### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = الخدمات الإلكترونية
# unreviewed
catalogue-intro = الخدمات التي يمكنك استخدامها من البيت بالهاتف أو بالحاسوب: من يقدّمها، وما فائدتها، وما تحتاجه للدخول إليها.
# unreviewed
catalogue-help = إذا احتجت إلى مساعدة لاستخدامها، يمكن لأحد مكاتب الشبكة أن يساعدك.
# unreviewed
catalogue-help-link = ابحث عن مكتب
# unreviewed
catalogue-empty = لا توجد بعد خدمات إلكترونية في الدليل.
# unreviewed
catalogue-breadcrumb-label = مسار التصفح
# unreviewed
catalogue-categories-heading = الفئات
# unreviewed
catalogue-category-vita-del-cittadino = الحياة اليومية والوثائق
# unreviewed
catalogue-category-istruzione = التعليم
# unreviewed
catalogue-category-cultura = الثقافة
# unreviewed
catalogue-category-lavoro-formazione = العمل والتدريب
# unreviewed
catalogue-category-salute = الصحة
# unreviewed
catalogue-provider = الجهة:
# unreviewed
catalogue-what = ما هي:
# unreviewed
catalogue-who = من يمكنه استخدامها:
# unreviewed
catalogue-login = ما تحتاجه للدخول
# unreviewed
catalogue-login-spid = SPID (الهوية الرقمية العامة الإيطالية)
# unreviewed
catalogue-login-cie = CIE (بطاقة الهوية الإلكترونية الإيطالية)
# unreviewed
catalogue-login-cns = CNS (البطاقة الصحية ذات الشريحة)
# unreviewed
catalogue-login-none = لا حاجة إلى هوية رقمية
# unreviewed
catalogue-plain-note = بكلمات بسيطة:
# unreviewed
catalogue-open-online = اذهب إلى الخدمة الإلكترونية
# unreviewed
catalogue-external = موقع خارجي
# unreviewed
catalogue-details = بطاقة الخدمة
# unreviewed
catalogue-service-kicker = بطاقة الخدمة
# unreviewed
catalogue-toc-heading = في هذه الصفحة
# unreviewed
catalogue-sec-what = ما هي
# unreviewed
catalogue-sec-who = لمن هي
# unreviewed
catalogue-sec-how = كيف تفعل
# unreviewed
catalogue-sec-need = ما تحتاجه
# unreviewed
catalogue-sec-get = ما تحصل عليه
# unreviewed
catalogue-sec-time = المدة والمواعيد النهائية
# unreviewed
catalogue-sec-cost = التكلفة
# unreviewed
catalogue-sec-access = الوصول إلى الخدمة
# unreviewed
catalogue-sec-more = معلومات إضافية
# unreviewed
catalogue-sec-contacts = جهات الاتصال
# unreviewed
catalogue-sec-updated = آخر تحديث
# unreviewed
catalogue-not-stated = المعلومة غير متوفرة: اسأل أحد المكاتب.
# unreviewed
catalogue-no-documents = لا حاجة إلى وثائق خاصة.
# unreviewed
catalogue-access-online = عبر الإنترنت
# unreviewed
catalogue-access-book = احجز موعدًا
# unreviewed
catalogue-by-appointment = هذه الخدمة بموعد مسبق: اتصل بأحد المكاتب أدناه لتحديده.
# unreviewed
catalogue-access-where = أين
# unreviewed
catalogue-access-ask = لمعرفة أين تطلب هذه الخدمة، توجّه إلى أحد مكاتب الشبكة.
# unreviewed
catalogue-channels = كيف يمكنك استخدامها:
# unreviewed
catalogue-channel-in-person = في المكتب
# unreviewed
catalogue-channel-phone = بالهاتف
# unreviewed
catalogue-channel-online = عبر الإنترنت
# unreviewed
catalogue-channel-video = بمكالمة فيديو
# unreviewed
catalogue-themes = المواضيع:
# unreviewed
catalogue-category = فئة الدليل:
# unreviewed
catalogue-provider-website = موقع الجهة
# unreviewed
catalogue-contacts-desks = للاستعلام يمكنك التوجّه إلى أحد مكاتب الشبكة.
# unreviewed
catalogue-phone = الهاتف:
# unreviewed
catalogue-email = البريد الإلكتروني:
# unreviewed
catalogue-desk-level-l1 = مكتب المستوى الأول
# unreviewed
catalogue-desk-level-l2 = مكتب متخصص
# unreviewed
catalogue-desk-level-hub = مركز موضوعي
# unreviewed
catalogue-cost-free = مجانًا
# unreviewed
catalogue-cost-euro = { $amount } يورو

## Editing services in the workspace.

# unreviewed
ws-services-title = الخدمات
# unreviewed
ws-services-intro = الخدمات التي يمكنك تعديلها: التي تقدّمها مكاتبك والتابعة لجهاتك.
# unreviewed
ws-services-empty = لا توجد خدمة ضمن أدوارك.

# unreviewed
service-edit-title = تعديل الخدمة
# unreviewed
service-edit-back = العودة إلى الخدمة
# unreviewed
service-edit-link = تعديل بيانات الخدمة
# unreviewed
service-edit-name = اسم الخدمة
# unreviewed
service-edit-eligibility = من يمكنه طلبها
# unreviewed
service-edit-application = كيف تُطلب
# unreviewed
service-edit-outcome = ماذا تحصل عليه
# unreviewed
service-edit-wait-time = المدة
# unreviewed
service-edit-fees = التكاليف
# unreviewed
service-edit-documents = المستندات المطلوبة
# unreviewed
service-edit-documents-hint = مستند واحد في كل سطر.
# unreviewed
service-edit-url = العنوان الإلكتروني للخدمة
# unreviewed
service-edit-channels = كيف تُستخدم الخدمة
# unreviewed
service-edit-login-hint = للخدمات عبر الإنترنت فقط.
# unreviewed
service-edit-plain-note = ملاحظة بكلمات بسيطة
# unreviewed
service-edit-plain-note-hint = لمن يقرأ الإيطالية لغةً ثانية: جمل قصيرة وكلمات شائعة.

# unreviewed
service-edit-error-name = اكتب اسم الخدمة (200 حرف على الأكثر).
# unreviewed
service-edit-error-organisation-only = لا يمكن تغيير هذا الحقل إلا لمحرري الجهة التي تقدم الخدمة.
# unreviewed
service-edit-error-channels = اختر طريقة واحدة على الأقل لاستخدام الخدمة.
# unreviewed
service-edit-error-login = الدخول بـ SPID أو CIE أو CNS للخدمات عبر الإنترنت فقط، و«لا حاجة إلى هوية رقمية» يستبعد الخيارات الأخرى.
# unreviewed
service-edit-error-documents = 30 مستندًا على الأكثر، كل منها 300 حرف على الأكثر.

# unreviewed
edit-field-eligibility_description = من يمكنه طلبها
# unreviewed
edit-field-application_process = كيف تُطلب
# unreviewed
edit-field-outcome = ماذا تحصل عليه
# unreviewed
edit-field-wait_time = المدة
# unreviewed
edit-field-fees_description = التكاليف
# unreviewed
edit-field-url = العنوان الإلكتروني
# unreviewed
edit-field-plain_note = ملاحظة بكلمات بسيطة
# unreviewed
edit-field-login = الدخول عبر الإنترنت
# unreviewed
edit-field-required_documents = المستندات
