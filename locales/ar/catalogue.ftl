### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

catalogue-title = الخدمات الإلكترونية
catalogue-intro = الخدمات التي يمكنك استخدامها من البيت بالهاتف أو بالحاسوب: من يقدّمها، وما فائدتها، وما تحتاجه للدخول إليها.
catalogue-help = إذا احتجت إلى مساعدة لاستخدامها، يمكن لأحد مكاتب الشبكة أن يساعدك.
catalogue-help-link = ابحث عن مكتب
catalogue-empty = لا توجد بعد خدمات إلكترونية في الدليل.
catalogue-breadcrumb-label = مسار التصفح
catalogue-categories-heading = الفئات
catalogue-category-vita-del-cittadino = الحياة اليومية والوثائق
catalogue-category-istruzione = التعليم
catalogue-category-cultura = الثقافة
catalogue-category-lavoro-formazione = العمل والتدريب
catalogue-category-salute = الصحة
catalogue-provider = الجهة:
catalogue-what = ما هي:
catalogue-who = من يمكنه استخدامها:
catalogue-login = ما تحتاجه للدخول
catalogue-login-spid = SPID (الهوية الرقمية العامة الإيطالية)
catalogue-login-cie = CIE (بطاقة الهوية الإلكترونية الإيطالية)
catalogue-login-cns = CNS (البطاقة الصحية ذات الشريحة)
catalogue-login-none = لا حاجة إلى هوية رقمية
catalogue-plain-note = بكلمات بسيطة:
catalogue-open-online = اذهب إلى الخدمة الإلكترونية
catalogue-external = موقع خارجي
catalogue-details = بطاقة الخدمة
catalogue-service-kicker = بطاقة الخدمة
catalogue-toc-heading = في هذه الصفحة
catalogue-sec-what = ما هي
catalogue-sec-who = لمن هي
catalogue-sec-how = كيف تفعل
catalogue-sec-need = ما تحتاجه
catalogue-sec-get = ما تحصل عليه
catalogue-sec-time = المدة والمواعيد النهائية
catalogue-sec-cost = التكلفة
catalogue-sec-access = الوصول إلى الخدمة
catalogue-sec-more = معلومات إضافية
catalogue-sec-contacts = جهات الاتصال
catalogue-sec-updated = آخر تحديث
catalogue-not-stated = المعلومة غير متوفرة: اسأل أحد المكاتب.
catalogue-no-documents = لا حاجة إلى وثائق خاصة.
catalogue-access-online = عبر الإنترنت
catalogue-access-book = احجز موعدًا
catalogue-by-appointment = هذه الخدمة بموعد مسبق: اتصل بأحد المكاتب أدناه لتحديده.
catalogue-access-where = أين
catalogue-access-ask = لمعرفة أين تطلب هذه الخدمة، توجّه إلى أحد مكاتب الشبكة.
catalogue-channels = كيف يمكنك استخدامها:
catalogue-channel-in-person = في المكتب
catalogue-channel-phone = بالهاتف
catalogue-channel-online = عبر الإنترنت
catalogue-channel-video = بمكالمة فيديو
catalogue-themes = المواضيع:
catalogue-category = فئة الدليل:
catalogue-provider-website = موقع الجهة
catalogue-contacts-desks = للاستعلام يمكنك التوجّه إلى أحد مكاتب الشبكة.
catalogue-phone = الهاتف:
catalogue-email = البريد الإلكتروني:
catalogue-desk-level-l1 = مكتب المستوى الأول
catalogue-desk-level-l2 = مكتب متخصص
catalogue-desk-level-hub = مركز موضوعي
catalogue-cost-free = مجانًا
catalogue-decimal-separator = ,
catalogue-cost-euro = { $amount } يورو

## Editing services in the workspace.

ws-services-title = الخدمات
ws-services-intro = الخدمات التي يمكنك تعديلها: التي تقدّمها مكاتبك والتابعة لجهاتك.
ws-services-empty = لا توجد خدمة ضمن أدوارك.

service-edit-title = تعديل الخدمة
service-edit-back = العودة إلى الخدمة
service-edit-link = تعديل بيانات الخدمة
service-edit-name = اسم الخدمة
service-edit-eligibility = من يمكنه طلبها
service-edit-application = كيف تُطلب
service-edit-outcome = ماذا تحصل عليه
service-edit-wait-time = المدة
service-edit-fees = التكاليف
service-edit-documents = المستندات المطلوبة
service-edit-documents-hint = مستند واحد في كل سطر.
service-edit-url = العنوان الإلكتروني للخدمة
service-edit-channels = كيف تُستخدم الخدمة
service-edit-login-hint = للخدمات عبر الإنترنت فقط.
service-edit-plain-note = ملاحظة بكلمات بسيطة
service-edit-plain-note-hint = لمن يقرأ الإيطالية لغةً ثانية: جمل قصيرة وكلمات شائعة.

service-edit-error-name = اكتب اسم الخدمة (200 حرف على الأكثر).
service-edit-error-channels = اختر طريقة واحدة على الأقل لاستخدام الخدمة.
service-edit-error-login = الدخول بـ SPID أو CIE أو CNS للخدمات عبر الإنترنت فقط، و«لا حاجة إلى هوية رقمية» يستبعد الخيارات الأخرى.
service-edit-error-documents = 30 مستندًا على الأكثر، كل منها 300 حرف على الأكثر.

edit-field-eligibility_description = من يمكنه طلبها
edit-field-application_process = كيف تُطلب
edit-field-outcome = ماذا تحصل عليه
edit-field-wait_time = المدة
edit-field-fees_description = التكاليف
edit-field-url = العنوان الإلكتروني
edit-field-plain_note = ملاحظة بكلمات بسيطة
edit-field-login = الدخول عبر الإنترنت
edit-field-required_documents = المستندات
