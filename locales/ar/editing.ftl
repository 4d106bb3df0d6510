## Editing services and organisations in the workspace.

workspace-nav-services = الخدمات
workspace-nav-organisations = الجهات
ws-services-title = الخدمات
ws-services-intro = الخدمات التي يمكنك تعديلها: التي تقدّمها مكاتبك والتابعة لجهاتك.
ws-services-empty = لا توجد خدمة ضمن أدوارك.
ws-orgs-title = الجهات
ws-orgs-intro = الجهات التي يمكنك تعديل بياناتها: التي لديك فيها دور إدارة أو تنسيق، والجهات التابعة لها.
ws-orgs-empty = لا توجد جهة ضمن أدوارك.

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
edit-url-hint = يبدأ بـ https:// (أو http://).
service-edit-channels = كيف تُستخدم الخدمة
service-edit-login-hint = للخدمات عبر الإنترنت فقط.
service-edit-plain-note = ملاحظة بكلمات بسيطة
service-edit-plain-note-hint = لمن يقرأ الإيطالية لغةً ثانية: جمل قصيرة وكلمات شائعة.

service-edit-error-name = اكتب اسم الخدمة (200 حرف على الأكثر).
service-edit-error-channels = اختر طريقة واحدة على الأقل لاستخدام الخدمة.
service-edit-error-login = الدخول بـ SPID أو CIE أو CNS للخدمات عبر الإنترنت فقط، و«لا حاجة إلى هوية رقمية» يستبعد الخيارات الأخرى.
service-edit-error-documents = 30 مستندًا على الأكثر، كل منها 300 حرف على الأكثر.
edit-error-url = يجب أن يبدأ العنوان الإلكتروني بـ https:// أو http:// وألا يحتوي على مسافات.

org-edit-title = تعديل الجهة
org-edit-back = العودة إلى الجهات
org-edit-link = تعديل بيانات الجهة
org-edit-name = اسم الجهة
org-edit-alternate-name = اسم آخر أو اختصار
org-edit-website = الموقع الإلكتروني
org-edit-error-name = اكتب اسم الجهة (200 حرف على الأكثر).
org-edit-error-alternate-name = يمكن أن يحتوي الاسم الآخر على 200 حرف على الأكثر.

edit-field-eligibility_description = من يمكنه طلبها
edit-field-application_process = كيف تُطلب
edit-field-outcome = ماذا تحصل عليه
edit-field-wait_time = المدة
edit-field-fees_description = التكاليف
edit-field-url = العنوان الإلكتروني
edit-field-plain_note = ملاحظة بكلمات بسيطة
edit-field-login = الدخول عبر الإنترنت
edit-field-required_documents = المستندات
edit-field-alternate_name = اسم آخر
edit-field-website = الموقع الإلكتروني
