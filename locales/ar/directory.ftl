### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = ابحث عن المكتب المناسب: قريب منك، يتحدث لغتك، ومفتوح الآن. المراكز الموضوعية، والمكاتب المتخصصة للأجانب، ونقاط الاستقبال الأولى (مكاتب العلاقات مع الجمهور، والمكاتب الاجتماعية).
# unreviewed
finder-near-label = بالقرب من (البلدية)
# unreviewed
finder-near-hint = اكتب اسم البلدية، مثلاً Bologna.
# unreviewed
finder-use-position = استخدم موقعي
# unreviewed
finder-language-label = اللغة المستخدمة
# unreviewed
finder-any-language = أي لغة
# unreviewed
finder-open-now-label = المكاتب المفتوحة الآن فقط
# unreviewed
finder-more-filters = مرشحات أخرى
# unreviewed
finder-theme-label = الموضوع
# unreviewed
finder-any-theme = جميع المواضيع
# unreviewed
finder-level-label = نوع المكتب
# unreviewed
finder-any-level = جميع الأنواع
# unreviewed
finder-channel-label = طريقة التواصل
# unreviewed
finder-any-channel = جميع الطرق
# unreviewed
finder-province-label = المقاطعة
# unreviewed
finder-any-province = جميع المقاطعات
# unreviewed
finder-submit = بحث
# unreviewed
finder-sorted-by-distance = من الأقرب إلى الأبعد.
# unreviewed
finder-no-results = لا يوجد مكتب يطابق البحث. جرّب إزالة بعض المرشحات.
# unreviewed
finder-map-label = خريطة المكاتب التي تم العثور عليها
# unreviewed
finder-map-attribution = © المساهمون في OpenStreetMap
# unreviewed
finder-geojson-link = تنزيل المكاتب العامة (GeoJSON، بيانات مفتوحة)
# unreviewed
finder-error-theme = هذا الموضوع غير موجود: اختر موضوعاً من القائمة.
# unreviewed
finder-error-level = هذا النوع من المكاتب غير موجود: اختر نوعاً من القائمة.
# unreviewed
finder-error-language = هذه اللغة غير صالحة: اختر لغة من القائمة.
# unreviewed
finder-error-channel = طريقة التواصل هذه غير موجودة: اختر طريقة من القائمة.
# unreviewed
finder-error-page = رقم الصفحة غير صالح: نعرض الصفحة الأولى.
# unreviewed
finder-error-position = الموقع غير صالح. اكتب اسم البلدية بدلاً من ذلك.
# unreviewed
finder-error-comune = لم نجد البلدية «{ $name }» بين البلديات التي فيها مكتب. جرّب: { $suggestions }.

# unreviewed
desk-open = مفتوح الآن
# unreviewed
desk-open-until = مفتوح الآن، يغلق الساعة { $time }
# unreviewed
desk-closed = مغلق
# unreviewed
desk-closed-opens-today = مغلق الآن، يفتح اليوم الساعة { $time }
# unreviewed
desk-closed-opens-on = مغلق الآن، يفتح يوم { $day } الساعة { $time }
# unreviewed
desk-hours-unknown = مواعيد العمل غير متوفرة: تواصل مع المكتب.
# unreviewed
desk-distance = على بعد { $km } كم
# unreviewed
desk-address-reserved = العنوان غير منشور (في { $comune }): تواصل مع المكتب.
# unreviewed
desk-languages-label = اللغات المستخدمة:
# unreviewed
desk-where-heading = أين يقع
# unreviewed
desk-open-map = عرضه على خريطة OpenStreetMap
# unreviewed
desk-accessibility-label = سهولة الوصول:
# unreviewed
desk-hours-heading = مواعيد العمل
# unreviewed
desk-week-caption = مواعيد العمل هذا الأسبوع (بتوقيت إيطاليا)
# unreviewed
desk-week-day = اليوم
# unreviewed
desk-week-hours = المواعيد
# unreviewed
desk-week-languages = اللغات المستخدمة
# unreviewed
desk-today = اليوم
# unreviewed
desk-day-closed = مغلق
# unreviewed
desk-contact-heading = معلومات الاتصال
# unreviewed
desk-phone-label = الهاتف:
# unreviewed
desk-channels-label = طريقة التواصل:
# unreviewed
desk-updated-on = آخر تحديث: { $date }.
# unreviewed
breadcrumb-label = أنت هنا

# unreviewed
weekday-1 = الاثنين
# unreviewed
weekday-2 = الثلاثاء
# unreviewed
weekday-3 = الأربعاء
# unreviewed
weekday-4 = الخميس
# unreviewed
weekday-5 = الجمعة
# unreviewed
weekday-6 = السبت
# unreviewed
weekday-7 = الأحد
# unreviewed
month-1 = يناير
# unreviewed
month-2 = فبراير
# unreviewed
month-3 = مارس
# unreviewed
month-4 = أبريل
# unreviewed
month-5 = مايو
# unreviewed
month-6 = يونيو
# unreviewed
month-7 = يوليو
# unreviewed
month-8 = أغسطس
# unreviewed
month-9 = سبتمبر
# unreviewed
month-10 = أكتوبر
# unreviewed
month-11 = نوفمبر
# unreviewed
month-12 = ديسمبر
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = تعديل المكتب
# unreviewed
desk-edit-back = العودة إلى المكتب
# unreviewed
desk-edit-name = اسم المكتب
# unreviewed
desk-edit-hours = مواعيد العمل
# unreviewed
desk-edit-hours-hint = بصيغة OpenStreetMap، مثلاً: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = العطل الرسمية). الإغلاق: Aug off أو 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = اللغات المستخدمة
# unreviewed
desk-edit-languages-hint = رموز ISO مفصولة بفواصل، مثلاً: it, ar, en, zh.
# unreviewed
desk-edit-link = تعديل بيانات المكتب
# unreviewed
desk-field-opening_hours = مواعيد العمل
# unreviewed
desk-field-languages = اللغات
# unreviewed
desk-field-phone = الهاتف
# unreviewed
desk-field-accessibility = سهولة الوصول
# unreviewed
desk-edit-error-name = اكتب اسم المكتب (200 حرف كحد أقصى).
# unreviewed
desk-edit-error-hours = مواعيد العمل ليست بصيغة OpenStreetMap.
# unreviewed
desk-edit-error-hours-at = مواعيد العمل ليست بصيغة OpenStreetMap: راجع النص ابتداءً من الحرف { $column }.
# unreviewed
desk-edit-error-languages = اكتب اللغات برموز ISO من حرفين أو ثلاثة، مفصولة بفواصل.
# unreviewed
desk-edit-error-phone = يمكن أن يحتوي الهاتف على أرقام ومسافات و + - / . ( ) فقط.
# unreviewed
desk-edit-error-channels = اختر طريقة واحدة على الأقل للتواصل مع المكتب.

# unreviewed
desk-services-heading = الخدمات المقدمة هنا
# unreviewed
desk-services-none = لا توجد خدمات مسجلة لهذا المكتب: اسأل المكتب.
# unreviewed
desk-how-to-book = لزيارة هذا المكتب احجز موعداً: اتصل أو اكتب إلى جهات الاتصال أدناه.
# unreviewed
desk-hubs-heading = المراكز الموضوعية المرجعية
# unreviewed
desk-hubs-intro = في الأسئلة الأصعب حول هذه المواضيع يلجأ المكتب إلى المراكز الموضوعية في الشبكة.
# unreviewed
desk-edit-address = العنوان
# unreviewed
desk-edit-postcode = الرمز البريدي
# unreviewed
desk-edit-comune = البلدية
# unreviewed
desk-edit-province = المقاطعة (رمز من حرفين، مثلاً BO)
# unreviewed
desk-edit-latitude = خط العرض
# unreviewed
desk-edit-longitude = خط الطول
# unreviewed
desk-edit-position-hint = بالدرجات العشرية، مثلاً 44.4939 و 11.3426 (تجدها على OpenStreetMap).
# unreviewed
desk-edit-sensitive = عنوان غير منشور
# unreviewed
desk-edit-sensitive-hint = للمرافق المحمية: لا يظهر العنوان والموقع أبداً في البوابة ولا على الخريطة ولا في البيانات المفتوحة.
# unreviewed
desk-edit-error-address = اكتب العنوان (200 حرف كحد أقصى).
# unreviewed
desk-edit-error-sensitive = لا يمكن إلا لمنسقي الشبكة تغيير ما إذا كان العنوان سريًا.
# unreviewed
desk-edit-error-comune = اكتب البلدية (100 حرف كحد أقصى).
# unreviewed
desk-edit-error-postcode = الرمز البريدي طويل جداً.
# unreviewed
desk-edit-error-province = اكتب المقاطعة برمزها المكون من حرفين، مثلاً BO.
# unreviewed
desk-edit-error-position = اكتب خط العرض وخط الطول بالدرجات العشرية: خط العرض بين -90 و 90، وخط الطول بين -180 و 180.
# unreviewed
desk-field-address = العنوان
# unreviewed
desk-field-postcode = الرمز البريدي
# unreviewed
desk-field-comune = البلدية
# unreviewed
desk-field-province = المقاطعة
# unreviewed
desk-field-position = الموقع
# unreviewed
desk-field-sensitive = عنوان غير منشور
# unreviewed
desk-edit-language-hours = لغات تُستخدم في أوقات معينة فقط
# unreviewed
desk-edit-language-hours-hint = سطر لكل لغة: الرمز والمواعيد بصيغة OpenStreetMap، مثلاً «ar Mo,We,Fr 09:00-13:00». اللغات غير المذكورة هنا تُستخدم طوال مواعيد العمل.
# unreviewed
desk-edit-error-slot = يحتاج كل سطر إلى رمز لغة مستخدمة في المكتب ومواعيدها بصيغة OpenStreetMap، مثلاً: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = لغات في أوقات معينة

## المكاتب (Desks)

# unreviewed
desks-title = مكاتب الشبكة
# unreviewed
desks-intro = جميع مكاتب الشبكة: المراكز المتخصصة في المواضيع، والمكاتب المتخصصة في شؤون المقيمين الأجانب، ونقاط الاستقبال الأولي (مكاتب العلاقات مع الجمهور URP، ومكاتب الخدمات الاجتماعية).
# unreviewed
desks-count = { $count ->
    [zero] لا توجد مكاتب
    [one] مكتب واحد
    [two] مكتبان
    [few] { $count } مكاتب
    [many] { $count } مكتبًا
   *[other] { $count } مكتب
}
# unreviewed
pagination-label = الصفحات
# unreviewed
pagination-previous = الصفحة السابقة
# unreviewed
pagination-next = الصفحة التالية
# unreviewed
pagination-status = الصفحة { $page } من { $pages }

## Workspace: desks

# unreviewed
ws-desks-title = مكاتبي
# unreviewed
ws-desks-intro = المكاتب التي لديك دور فيها.
# unreviewed
ws-desks-empty = لا يشمل أيٌّ من أدوارك مكتبًا.

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = الجهات
# unreviewed
ws-orgs-intro = الجهات التي يمكنك تعديل بياناتها: التي لديك فيها دور إدارة أو تنسيق، والجهات التابعة لها.
# unreviewed
ws-orgs-empty = لا توجد جهة ضمن أدوارك.

# unreviewed
org-edit-title = تعديل الجهة
# unreviewed
org-edit-back = العودة إلى الجهات
# unreviewed
org-edit-link = تعديل بيانات الجهة
# unreviewed
org-edit-name = اسم الجهة
# unreviewed
org-edit-alternate-name = اسم آخر أو اختصار
# unreviewed
org-edit-website = الموقع الإلكتروني
# unreviewed
org-edit-error-name = اكتب اسم الجهة (200 حرف على الأكثر).
# unreviewed
org-edit-error-alternate-name = يمكن أن يحتوي الاسم الآخر على 200 حرف على الأكثر.

# unreviewed
edit-field-alternate_name = اسم آخر
# unreviewed
edit-field-website = الموقع الإلكتروني
