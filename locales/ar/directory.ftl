### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

finder-intro = ابحث عن المكتب المناسب: قريب منك، يتحدث لغتك، ومفتوح الآن. المراكز الموضوعية، والمكاتب المتخصصة للأجانب، ونقاط الاستقبال الأولى (مكاتب العلاقات مع الجمهور، والمكاتب الاجتماعية).
finder-near-label = بالقرب من (البلدية)
finder-near-hint = اكتب اسم البلدية، مثلاً Bologna.
finder-use-position = استخدم موقعي
finder-language-label = اللغة المستخدمة
finder-any-language = أي لغة
finder-open-now-label = المكاتب المفتوحة الآن فقط
finder-more-filters = مرشحات أخرى
finder-theme-label = الموضوع
finder-any-theme = جميع المواضيع
finder-level-label = نوع المكتب
finder-any-level = جميع الأنواع
finder-channel-label = طريقة التواصل
finder-any-channel = جميع الطرق
finder-province-label = المقاطعة
finder-any-province = جميع المقاطعات
finder-submit = بحث
finder-sorted-by-distance = من الأقرب إلى الأبعد.
finder-no-results = لا يوجد مكتب يطابق البحث. جرّب إزالة بعض المرشحات.
finder-map-label = خريطة المكاتب التي تم العثور عليها
finder-map-attribution = © المساهمون في OpenStreetMap
finder-geojson-link = تنزيل المكاتب العامة (GeoJSON، بيانات مفتوحة)
finder-error-theme = هذا الموضوع غير موجود: اختر موضوعاً من القائمة.
finder-error-level = هذا النوع من المكاتب غير موجود: اختر نوعاً من القائمة.
finder-error-language = هذه اللغة غير صالحة: اختر لغة من القائمة.
finder-error-channel = طريقة التواصل هذه غير موجودة: اختر طريقة من القائمة.
finder-error-page = رقم الصفحة غير صالح: نعرض الصفحة الأولى.
finder-error-position = الموقع غير صالح. اكتب اسم البلدية بدلاً من ذلك.
finder-error-comune = لم نجد البلدية «{ $name }» بين البلديات التي فيها مكتب. جرّب: { $suggestions }.

desk-open = مفتوح الآن
desk-open-until = مفتوح الآن، يغلق الساعة { $time }
desk-closed = مغلق
desk-closed-opens-today = مغلق الآن، يفتح اليوم الساعة { $time }
desk-closed-opens-on = مغلق الآن، يفتح يوم { $day } الساعة { $time }
desk-hours-unknown = مواعيد العمل غير متوفرة: تواصل مع المكتب.
desk-distance = على بعد { $km } كم
number-decimal-separator = .
desk-address-reserved = العنوان غير منشور (في { $comune }): تواصل مع المكتب.
desk-languages-label = اللغات المستخدمة:
desk-where-heading = أين يقع
desk-open-map = عرضه على خريطة OpenStreetMap
desk-accessibility-label = سهولة الوصول:
desk-hours-heading = مواعيد العمل
desk-week-caption = مواعيد العمل هذا الأسبوع (بتوقيت إيطاليا)
desk-week-day = اليوم
desk-week-hours = المواعيد
desk-week-languages = اللغات المستخدمة
desk-today = اليوم
desk-day-closed = مغلق
desk-contact-heading = معلومات الاتصال
desk-phone-label = الهاتف:
desk-channels-label = طريقة التواصل:
desk-updated-on = آخر تحديث: { $date }.
breadcrumb-label = أنت هنا

weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-day-month = { $day } { $month }

desk-edit-title = تعديل المكتب
desk-edit-back = العودة إلى المكتب
desk-edit-name = اسم المكتب
desk-edit-hours = مواعيد العمل
desk-edit-hours-hint = بصيغة OpenStreetMap، مثلاً: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = العطل الرسمية). الإغلاق: Aug off أو 2026 Dec 24-Dec 26 off.
desk-edit-languages = اللغات المستخدمة
desk-edit-languages-hint = رموز ISO مفصولة بفواصل، مثلاً: it, ar, en, zh.
desk-edit-link = تعديل بيانات المكتب
desk-field-opening_hours = مواعيد العمل
desk-field-languages = اللغات
desk-field-phone = الهاتف
desk-field-accessibility = سهولة الوصول
desk-edit-error-name = اكتب اسم المكتب (200 حرف كحد أقصى).
desk-edit-error-hours = مواعيد العمل ليست بصيغة OpenStreetMap.
desk-edit-error-hours-at = مواعيد العمل ليست بصيغة OpenStreetMap: راجع النص ابتداءً من الحرف { $column }.
desk-edit-error-languages = اكتب اللغات برموز ISO من حرفين أو ثلاثة، مفصولة بفواصل.
desk-edit-error-phone = يمكن أن يحتوي الهاتف على أرقام ومسافات و + - / . ( ) فقط.
desk-edit-error-channels = اختر طريقة واحدة على الأقل للتواصل مع المكتب.

desk-services-heading = الخدمات المقدمة هنا
desk-services-none = لا توجد خدمات مسجلة لهذا المكتب: اسأل المكتب.
desk-how-to-book = لزيارة هذا المكتب احجز موعداً: اتصل أو اكتب إلى جهات الاتصال أدناه.
desk-hubs-heading = المراكز الموضوعية المرجعية
desk-hubs-intro = في الأسئلة الأصعب حول هذه المواضيع يلجأ المكتب إلى المراكز الموضوعية في الشبكة.
desk-edit-address = العنوان
desk-edit-postcode = الرمز البريدي
desk-edit-comune = البلدية
desk-edit-province = المقاطعة (رمز من حرفين، مثلاً BO)
desk-edit-latitude = خط العرض
desk-edit-longitude = خط الطول
desk-edit-position-hint = بالدرجات العشرية، مثلاً 44.4939 و 11.3426 (تجدها على OpenStreetMap).
desk-edit-sensitive = عنوان غير منشور
desk-edit-sensitive-hint = للمرافق المحمية: لا يظهر العنوان والموقع أبداً في البوابة ولا على الخريطة ولا في البيانات المفتوحة.
desk-edit-error-address = اكتب العنوان (200 حرف كحد أقصى).
desk-edit-error-comune = اكتب البلدية (100 حرف كحد أقصى).
desk-edit-error-postcode = الرمز البريدي طويل جداً.
desk-edit-error-province = اكتب المقاطعة برمزها المكون من حرفين، مثلاً BO.
desk-edit-error-position = اكتب خط العرض وخط الطول بالدرجات العشرية: خط العرض بين -90 و 90، وخط الطول بين -180 و 180.
desk-field-address = العنوان
desk-field-postcode = الرمز البريدي
desk-field-comune = البلدية
desk-field-province = المقاطعة
desk-field-position = الموقع
desk-field-sensitive = عنوان غير منشور
desk-edit-language-hours = لغات تُستخدم في أوقات معينة فقط
desk-edit-language-hours-hint = سطر لكل لغة: الرمز والمواعيد بصيغة OpenStreetMap، مثلاً «ar Mo,We,Fr 09:00-13:00». اللغات غير المذكورة هنا تُستخدم طوال مواعيد العمل.
desk-edit-error-slot = يحتاج كل سطر إلى رمز لغة مستخدمة في المكتب ومواعيدها بصيغة OpenStreetMap، مثلاً: ar Mo,We 09:00-13:00.
desk-field-language_hours = لغات في أوقات معينة

## المكاتب (Desks)

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

## Workspace: desks

ws-desks-title = مكاتبي
ws-desks-intro = المكاتب التي لديك دور فيها.
ws-desks-empty = لا يشمل أيٌّ من أدوارك مكتبًا.

## Editing organisations in the workspace.

ws-orgs-title = الجهات
ws-orgs-intro = الجهات التي يمكنك تعديل بياناتها: التي لديك فيها دور إدارة أو تنسيق، والجهات التابعة لها.
ws-orgs-empty = لا توجد جهة ضمن أدوارك.

org-edit-title = تعديل الجهة
org-edit-back = العودة إلى الجهات
org-edit-link = تعديل بيانات الجهة
org-edit-name = اسم الجهة
org-edit-alternate-name = اسم آخر أو اختصار
org-edit-website = الموقع الإلكتروني
org-edit-error-name = اكتب اسم الجهة (200 حرف على الأكثر).
org-edit-error-alternate-name = يمكن أن يحتوي الاسم الآخر على 200 حرف على الأكثر.

edit-field-alternate_name = اسم آخر
edit-field-website = الموقع الإلكتروني
