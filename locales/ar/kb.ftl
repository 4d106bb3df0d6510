### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = بطاقات المعلومات

## Kinds, states and sections

# unreviewed
kb-kind-sheet = بطاقة إجراء
# unreviewed
kb-kind-faq = سؤال شائع
# unreviewed
kb-kind-guide = دليل
# unreviewed
kb-kind-news = خبر
# unreviewed
kb-status-draft = مسودة
# unreviewed
kb-status-in_review = قيد المراجعة
# unreviewed
kb-status-published = منشورة
# unreviewed
kb-status-archived = مؤرشفة
# unreviewed
kb-section-what = ما هو
# unreviewed
kb-section-who = لمن هو
# unreviewed
kb-section-how = كيف تقوم بذلك
# unreviewed
kb-section-needs = ماذا تحتاج
# unreviewed
kb-section-outcome = ماذا تحصل عليه
# unreviewed
kb-section-time = المدة والمواعيد النهائية
# unreviewed
kb-section-cost = كم يكلّف
# unreviewed
kb-section-where = إلى أين تتوجّه
# unreviewed
kb-section-legal_basis = المراجع القانونية
# unreviewed
kb-section-more = معلومات إضافية
# unreviewed
kb-section-contacts = جهات الاتصال
# unreviewed
kb-section-last_update = آخر تحديث
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (الرمز الضريبي)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (البطاقة الصحية)
# unreviewed
kb-prereq-spid-cie = SPID أو CIE
# unreviewed
kb-prereq-residenza = الإقامة المسجّلة في البلدية (residenza)
# unreviewed
kb-prereq-pec = PEC (البريد الإلكتروني المعتمد)

## Public pages

# unreviewed
kb-theme-empty = لا توجد بعد بطاقات عن هذا الموضوع.
# unreviewed
kb-theme-desks = ابحث عن مكتب يهتم بهذا الموضوع
# unreviewed
kb-texts-in-italian = البطاقات مكتوبة باللغة الإيطالية.
# unreviewed
kb-legal-review = يجري تحديث هذه البطاقة بعد تغيير في القانون.
# unreviewed
kb-legal-review-short = يجب التحقق: تغيّر القانون
# unreviewed
kb-owner = من إعداد
# unreviewed
kb-prerequisites = تحتاج أولاً إلى
# unreviewed
kb-steps = الخطوات
# unreviewed
kb-step-who = من
# unreviewed
kb-step-where = أين
# unreviewed
kb-step-bring = ماذا تحضر معك
# unreviewed
kb-step-cost = التكلفة
# unreviewed
kb-step-time = المدة
# unreviewed
kb-variant-yours = في منطقتك:
# unreviewed
kb-variants-other = كيف تتم الأمور في مناطق أخرى
# unreviewed
kb-area-hint = في بعض المناطق تكون الخطوات مختلفة.
# unreviewed
kb-area-choose = اختر مكتبك لترى كيف تتم الأمور عندك.
# unreviewed
kb-desks = مكاتب يمكنها أن تساعدك
# unreviewed
kb-review-by = المراجعة القادمة قبل
# unreviewed
kb-withdrawn-title = بطاقة مسحوبة
# unreviewed
kb-withdrawn-text = هذه البطاقة لم تعد صالحة وقد تم سحبها:
# unreviewed
kb-withdrawn-replaced = بدلاً منها تجد:
# unreviewed
kb-withdrawn-ask = اطلب معلومات محدّثة من أحد المكاتب

## Workspace

# unreviewed
kb-ws-title = بطاقات المعلومات
# unreviewed
kb-ws-new-title = بطاقة جديدة
# unreviewed
kb-ws-editor-title = تعديل البطاقة
# unreviewed
kb-ws-history-title = نسخ البطاقة
# unreviewed
kb-ws-new-sheet = بطاقة جديدة
# unreviewed
kb-ws-new-faq = سؤال شائع جديد
# unreviewed
kb-ws-empty = لا توجد بطاقات يمكنك كتابتها أو مراجعتها.
# unreviewed
kb-ws-back = العودة إلى البطاقات
# unreviewed
kb-ws-back-editor = العودة إلى البطاقة
# unreviewed
kb-ws-create = إنشاء المسودة
# unreviewed
kb-ws-save = حفظ نسخة جديدة
# unreviewed
kb-ws-edit-heading = النص
# unreviewed
kb-ws-history-link = النسخ والفروق
# unreviewed
kb-ws-version = النسخة { $n }
# unreviewed
kb-ws-published-version = المنشورة: النسخة { $n }
# unreviewed
kb-ws-moved = تم. أصبحت البطاقة الآن:
# unreviewed
kb-field-title = العنوان
# unreviewed
kb-field-summary = باختصار
# unreviewed
kb-field-tags = كلمات مفتاحية (مفصولة بفواصل)
# unreviewed
kb-field-kind = النوع
# unreviewed
kb-field-theme = الموضوع
# unreviewed
kb-field-hub = المركز الموضوعي المسؤول
# unreviewed
kb-field-status = الحالة
# unreviewed
kb-field-slug = عنوان الصفحة
# unreviewed
kb-field-slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثلاً rinnovo-permesso.
# unreviewed
kb-field-online-url = الخدمة عبر الإنترنت (عنوان http أو https)
# unreviewed
kb-field-body = النص (Markdown)
# unreviewed
kb-steps-hint = املأ سطراً لكل خطوة من الإجراء. الخطوة الفارغة لا تُحفظ.
# unreviewed
kb-step-n = الخطوة { $n }
# unreviewed
kb-variant-n = الصيغة المحلية { $n }
# unreviewed
kb-variant-area = المنطقة
# unreviewed
kb-variant-area-hint = منطقة الصيغة المحلية: رمز المقاطعة (مثلاً BO) أو desk: متبوعاً بعنوان أحد المكاتب (مثلاً desk:hub-salute).
# unreviewed
kb-variant-label = الاسم الظاهر (مثلاً Questura di Bologna)
# unreviewed
kb-minor = تصحيح بسيط (أخطاء كتابية): تبقى الترجمات صالحة
# unreviewed
kb-minor-short = بسيط
# unreviewed
kb-part-title = العنوان
# unreviewed
kb-part-summary = باختصار
# unreviewed
kb-part-who = من
# unreviewed
kb-part-where = أين
# unreviewed
kb-part-bring = ماذا تحضر معك
# unreviewed
kb-part-cost = التكلفة
# unreviewed
kb-part-time = المدة
# unreviewed
kb-part-text = النص
# unreviewed
kb-part-label = اسم الصيغة المحلية
# unreviewed
kb-part-online_url = الخدمة عبر الإنترنت
# unreviewed
kb-part-body = النص
# unreviewed
kb-part-step = الخطوة { $n }: { $field }
# unreviewed
kb-workflow = المراجعة والنشر
# unreviewed
kb-four-eyes-on = في هذا المركز الموضوعي، يجب أن ينشر النسخةَ شخصٌ غير الذي كتبها.
# unreviewed
kb-comment = تعليق
# unreviewed
kb-comment-add = إضافة التعليق
# unreviewed
kb-comments = تعليقات المراجعة
# unreviewed
kb-comments-empty = لا توجد تعليقات بعد.
# unreviewed
kb-publish-at = النشر في تاريخ (اختياري)
# unreviewed
kb-publish-at-hint = بتوقيت روما. اتركه فارغاً للنشر فوراً.
# unreviewed
kb-action-submit = إرسال للمراجعة
# unreviewed
kb-action-return = إعادة إلى الكاتب
# unreviewed
kb-action-publish = الموافقة والنشر
# unreviewed
kb-action-archive = أرشفة
# unreviewed
kb-action-reopen = إعادة الفتح كمسودة
# unreviewed
kb-conflict-title = شخص آخر حفظ النسخة { $n } بينما كنت تكتب
# unreviewed
kb-conflict-text = نص { $editor } موجود في الأسفل؛ ونصك بقي في الاستمارة. إذا حفظت مرة أخرى، يصبح نصك النسخة التالية.
# unreviewed
kb-diff-from = من النسخة
# unreviewed
kb-diff-to = إلى النسخة
# unreviewed
kb-diff-compare = مقارنة
# unreviewed
kb-diff-heading = الفروق من النسخة { $from } إلى النسخة { $to }
# unreviewed
kb-diff-none = لا توجد فروق في النص.
# unreviewed
kb-diff-legend = النص المحذوف عليه خط في الوسط، والنص المضاف تحته خط.
# unreviewed
kb-versions = كل النسخ
# unreviewed
kb-version = النسخة
# unreviewed
kb-editor-system = التحميل الأول

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = هذا ممكن فقط لمن يراجع بطاقات هذا المركز الموضوعي.
# unreviewed
kb-refused-transition = هذا الانتقال غير ممكن من الحالة الحالية للبطاقة.
# unreviewed
kb-refused-stale = تغيّرت البطاقة في هذه الأثناء. انظر إلى النسخة الجديدة وحاول مرة أخرى.
# unreviewed
kb-refused-comment-needed = اكتب تعليقاً يشرح ما يجب تغييره.
# unreviewed
kb-refused-four-eyes = لا يمكنك نشر نسخة كتبتها أنت: يجب أن يوافق عليها شخص آخر.
# unreviewed
kb-refused-schedule-past = يجب أن يكون تاريخ النشر في المستقبل.
# unreviewed
kb-refused-schedule-invalid = تاريخ النشر غير صحيح.
# unreviewed
kb-error-kind = اختر نوع البطاقة.
# unreviewed
kb-error-theme = اختر موضوعاً.
# unreviewed
kb-error-hub = اختر مركزاً موضوعياً يمكنك الكتابة له.
# unreviewed
kb-error-slug = يمكن أن يحتوي العنوان فقط على حروف لاتينية صغيرة وأرقام وشرطات.
# unreviewed
kb-error-slug-taken = توجد بالفعل بطاقة بهذا العنوان في هذا الموضوع.
# unreviewed
kb-error-title-missing = اكتب العنوان.
# unreviewed
kb-error-too-long = النص طويل جداً.
# unreviewed
kb-error-url = يجب أن تكون الخدمة عبر الإنترنت عنوان http أو https.
# unreviewed
kb-error-prerequisite = أحد المتطلبات ليس من بين المتطلبات المسموح بها.
# unreviewed
kb-error-too-many-steps = هناك عدد كبير جداً من الخطوات أو الصيغ المحلية.
# unreviewed
kb-error-step-title = كل خطوة تحتاج إلى عنوان.
# unreviewed
kb-error-variant = كل صيغة محلية تحتاج إلى اسم ونص.
# unreviewed
kb-error-variant-area = منطقة الصيغة المحلية هي رمز مقاطعة (BO) أو desk: مع عنوان أحد المكاتب.
# unreviewed
kb-error-norm = أحد المراجع القانونية غير موجود في السجل.

## Writing aids

# unreviewed
kb-aids = أدوات المساعدة في الكتابة
# unreviewed
kb-aids-unsaved = نتحقق من النص كما كتبته: لم يُحفظ بعد.
# unreviewed
kb-aids-gulpease = مؤشر Gulpease { $score }: { $level }
# unreviewed
kb-aids-level-elementary = سهل لمن يحمل شهادة المرحلة الابتدائية
# unreviewed
kb-aids-level-middle = سهل لمن يحمل شهادة المرحلة الإعدادية
# unreviewed
kb-aids-level-high-school = سهل لمن يحمل شهادة المرحلة الثانوية
# unreviewed
kb-aids-level-hard = صعب حتى على من يحمل شهادة المرحلة الثانوية
# unreviewed
kb-aids-nothing = لا يوجد نص لقياسه بعد.
# unreviewed
kb-aids-needs-override = لنشر هذه البطاقة، يجب على من يراجعها أن يكتب سبب نشرها كما هي: سهولة القراءة أقل من 50 أو توجد كلمة يجب تجنبها وفقاً لميثاق Carta di Roma.
# unreviewed
kb-aids-long = جمل طويلة
# unreviewed
kb-aids-words = { $count ->
    [zero] { $count } كلمة
    [one] { $count } كلمة
    [two] { $count } كلمتان
    [few] { $count } كلمات
    [many] { $count } كلمة
   *[other] { $count } كلمة
}
# unreviewed
kb-aids-words-heading = كلمات يجب تغييرها
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = التحقق من النص
# unreviewed
kb-override-reason = سبب النشر رغم ذلك (إلزامي)
# unreviewed
kb-refused-needs-override = تنبّه أدوات المساعدة في الكتابة إلى هذه البطاقة: لنشرها اكتب سبب نشرها كما هي.
# unreviewed
kb-refused-override-too-long = التبرير طويل جداً.

## The register of norms

# unreviewed
workspace-nav-norms = المراجع القانونية
# unreviewed
kb-norms-title = سجل النصوص القانونية
# unreviewed
kb-norms-intro = النصوص القانونية التي تذكرها البطاقات. عندما يتغير نص قانوني، أبلغ عن التغيير: تصبح البطاقات التي تذكره «يجب التحقق: تغيّر القانون» وتتلقى المراكز الموضوعية المسؤولة رسالة بريد إلكتروني.
# unreviewed
kb-norms-norm = النص القانوني
# unreviewed
kb-norms-articles = البطاقات التي تذكره
# unreviewed
kb-norms-changed = آخر تغيير تم الإبلاغ عنه
# unreviewed
kb-norms-mark = الإبلاغ عن تغييره
# unreviewed
kb-norms-cited = { $count ->
    [zero] { $count } بطاقة
    [one] { $count } بطاقة
    [two] { $count } بطاقتان
    [few] { $count } بطاقات
    [many] { $count } بطاقة
   *[other] { $count } بطاقة
}
# unreviewed
kb-norms-flagged = { $count ->
    [zero] تم: { $count } بطاقة يجب التحقق منها الآن.
    [one] تم: { $count } بطاقة يجب التحقق منها الآن.
    [two] تم: { $count } بطاقتان يجب التحقق منهما الآن.
    [few] تم: { $count } بطاقات يجب التحقق منها الآن.
    [many] تم: { $count } بطاقة يجب التحقق منها الآن.
   *[other] تم: { $count } بطاقة يجب التحقق منها الآن.
}
# unreviewed
kb-norms-add = إضافة نص قانوني أو تصحيحه
# unreviewed
kb-norms-url = العنوان الرسمي (مثلاً Normattiva)
# unreviewed
kb-norms-save = حفظ النص القانوني
# unreviewed
kb-norm-mail-subject = تغيّر نص قانوني: { $norm }
# unreviewed
kb-norm-mail-body = تم الإبلاغ عن تغيير في { $norm }. هذه البطاقات من مركزكم الموضوعي تذكره وأصبحت الآن «يجب التحقق: تغيّر القانون»؛ وهي تعرض على البوابة تنبيهاً إلى أن تعيدوا نشرها بعد التحقق:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [zero] { $count } بطاقة يجب التحقق منها بعد تغيير في القانون.
    [one] { $count } بطاقة يجب التحقق منها بعد تغيير في القانون.
    [two] { $count } بطاقتان يجب التحقق منهما بعد تغيير في القانون.
    [few] { $count } بطاقات يجب التحقق منها بعد تغيير في القانون.
    [many] { $count } بطاقة يجب التحقق منها بعد تغيير في القانون.
   *[other] { $count } بطاقة يجب التحقق منها بعد تغيير في القانون.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = هذه البطاقة غير مترجمة بعد إلى لغتك: تجد في الأسفل النص باللغة الإيطالية.
# unreviewed
kb-tr-notice-outdated = تغيّر النص الإيطالي بعد هذه الترجمة: قد تكون بعض المعلومات غير محدّثة.
# unreviewed
kb-tr-notice-machine = مترجمة آليًا، ولم يتحقق منها شخص بعد.
# unreviewed
kb-tr-notice-current = ترجمة تم التحقق منها بمقارنتها بالأصل الإيطالي.
# unreviewed
kb-tr-original = اقرأ الأصل باللغة الإيطالية
# unreviewed
kb-tr-status-missing = بحاجة إلى ترجمة
# unreviewed
kb-tr-status-outdated = بحاجة إلى تحديث
# unreviewed
kb-tr-status-machine = ترجمة آلية بحاجة إلى تحقق
# unreviewed
kb-tr-status-current = محدّثة
# unreviewed
kb-tr-queue-title = بطاقات تنتظر الترجمة
# unreviewed
kb-tr-title = ترجمة البطاقة
# unreviewed
kb-tr-back = العودة إلى البطاقات التي تنتظر الترجمة
# unreviewed
kb-tr-diff = ما الذي تغيّر في النص الإيطالي منذ ترجمتك
# unreviewed
kb-tr-source = النص الإيطالي
# unreviewed
kb-tr-yours = ترجمتك
# unreviewed
kb-tr-save = حفظ الترجمة
# unreviewed
kb-tr-stale = في هذه الأثناء نُشر النص الإيطالي من جديد. انظر إلى الفروق واحفظ مرة أخرى.
# unreviewed
workspace-nav-kb-translations = بطاقات تنتظر الترجمة

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = التبادل مع وكالات الترجمة (XLIFF 2.0)
# unreviewed
kb-xliff-intro = نزّل ملف XLIFF 2.0 يحتوي على النص الإيطالي المطلوب ترجمته، وعندما تعيده إليك الوكالة استورده هنا. إذا كان في الملف خطأ فلن يُستورد أي شيء.
# unreviewed
kb-xliff-download-todo = تنزيل البطاقات التي تحتاج إلى ترجمة أو تحديث
# unreviewed
kb-xliff-download-all = تنزيل كل البطاقات المنشورة
# unreviewed
kb-xliff-file = ملف XLIFF من الوكالة
# unreviewed
kb-xliff-import = استيراد الترجمات
# unreviewed
kb-xliff-imported = { $count ->
    [zero] تم استيراد { $count } ترجمة.
    [one] تم استيراد { $count } ترجمة.
    [two] تم استيراد { $count } ترجمتين.
    [few] تم استيراد { $count } ترجمات.
    [many] تم استيراد { $count } ترجمة.
   *[other] تم استيراد { $count } ترجمة.
}
# unreviewed
kb-xliff-refused = لم يُستورد أي شيء. صحّح الملف وحاول مرة أخرى:
# unreviewed
kb-xliff-problem = السطر { $line }: { $reason }
# unreviewed
kb-xliff-no-file = اختر ملف XLIFF لاستيراده.
# unreviewed
kb-xliff-too-large = حجم الملف أكبر من { $max } MB.
# unreviewed
kb-xliff-encoding = الملف ليس نصاً بترميز UTF-8.
# unreviewed
kb-xliff-error-malformed = ملف XML غير مكتوب بشكل صحيح
# unreviewed
kb-xliff-error-not-xliff = هذا ليس ملف XLIFF 2.0
# unreviewed
kb-xliff-error-doctype = تصريح DOCTYPE غير مقبول
# unreviewed
kb-xliff-error-entity = الكيان &{ $name }; غير معروف
# unreviewed
kb-xliff-error-missing-attribute = السمة { $name } مفقودة
# unreviewed
kb-xliff-error-unexpected = العنصر <{ $name }> غير متوقع هنا
# unreviewed
kb-xliff-error-inline-code = الرمز المضمَّن <{ $name }> غير مدعوم
# unreviewed
kb-xliff-error-duplicate-unit = الوحدة { $name } تظهر مرتين
# unreviewed
kb-xliff-error-bad-version = الإصدار { $name } ليس رقماً
# unreviewed
kb-xliff-error-language = لغات الملف ({ $name }) ليست من الإيطالية إلى هذه اللغة
# unreviewed
kb-xliff-error-unknown-article = البطاقة { $name } غير موجودة أو لم تعد منشورة
# unreviewed
kb-xliff-error-stale = تغيّر النص الإيطالي لـ { $name } بعد التصدير: نزّل الملف مرة أخرى
# unreviewed
kb-xliff-error-unknown-unit = الوحدة { $name } ليست جزءاً من البطاقة
# unreviewed
kb-xliff-error-untranslated = الوحدة { $name } غير مترجمة
# unreviewed
kb-xliff-error-invalid = الحقل { $name } غير صالح

## Sheets due for review

# unreviewed
workspace-nav-kb-review = بطاقات تحتاج إلى مراجعة
# unreviewed
kb-review-title = بطاقات تحتاج إلى مراجعة
# unreviewed
kb-review-intro = البطاقات المنشورة لمراكزك الموضوعية التي تجاوزت تاريخ المراجعة أو ستبلغه خلال 30 يوماً.
# unreviewed
kb-review-due = المراجعة قبل
# unreviewed
kb-review-overdue = متأخرة
# unreviewed
kb-review-soon = موعدها قريب
# unreviewed
kb-review-none = لا توجد أي بطاقة تحتاج إلى مراجعة.
# unreviewed
kb-review-mark = أؤكد أنها لا تزال صحيحة
# unreviewed
kb-review-marked = تم تأكيد البطاقة: المراجعة القادمة قبل { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = هل كانت هذه الصفحة واضحة؟
# unreviewed
kb-rating-1 = غير واضحة إطلاقاً
# unreviewed
kb-rating-2 = قليلة الوضوح
# unreviewed
kb-rating-3 = واضحة إلى حد ما
# unreviewed
kb-rating-4 = واضحة
# unreviewed
kb-rating-5 = واضحة جداً
# unreviewed
kb-rating-comment = ما الذي كان ناقصاً أو صعب الفهم؟ (اختياري: لا تكتب بيانات شخصية)
# unreviewed
kb-rating-send = إرسال
# unreviewed
kb-rating-thanks = شكراً: إجابتك تساعدنا على تحسين هذه الصفحة.
# unreviewed
kb-rating-invalid = اختر إجابة من 1 إلى 5.
# unreviewed
kb-rating-too-long = التعليق طويل جداً (الحد الأقصى { $max } حرف).
# unreviewed
kb-rating-limited = وصلت إجابات كثيرة جداً من اتصالك: حاول مرة أخرى لاحقاً.
# unreviewed
kb-ratings-title = إجابات القرّاء
# unreviewed
kb-ratings-summary = { $count ->
    [zero] { $count } إجابة، المتوسط { $average } من 5
    [one] { $count } إجابة، المتوسط { $average } من 5
    [two] { $count } إجابتان، المتوسط { $average } من 5
    [few] { $count } إجابات، المتوسط { $average } من 5
    [many] { $count } إجابة، المتوسط { $average } من 5
   *[other] { $count } إجابة، المتوسط { $average } من 5
}
# unreviewed
kb-ratings-none = لم يُجب أي قارئ بعد.
# unreviewed
kb-ratings-comments = آخر التعليقات
# unreviewed
kb-leaflet-link = نشرة للطباعة (PDF، A4)
# unreviewed
kb-leaflet-scan = امسح الرمز للوصول إلى الصفحة المحدّثة
# unreviewed
kb-replaced-by = استُبدلت بـ (اختياري)
# unreviewed
kb-replaced-by-hint = عنوان البطاقة المنشورة التي تحل محلها، مثلاً /it/salute/iscrizione-ssn. ستقود الصفحة المسحوبة ورموز QR في النشرات المطبوعة إليها.
# unreviewed
kb-refused-replacement = هذا العنوان لا يطابق بطاقة منشورة: تحقق منه وحاول مرة أخرى، أو اترك الحقل فارغاً.
# unreviewed
kb-glossary = مصطلحات المسرد
# unreviewed
kb-glossary-hint = مصطلحات قانونية يستخدمها هذا النص: اكتبها دائماً بهذه الطريقة، واشرح للقارئ معناها في المرة الأولى.
# unreviewed
kb-glossary-count = عدد مرات الورود في النص: { $count }
# unreviewed
kb-glossary-translator = المسرد لهذه اللغة
# unreviewed
kb-glossary-translator-hint = المصطلحات القانونية في النص الإيطالي مع الترجمة المتفق عليها: استخدمها ليجد القارئ الكلمات نفسها في المكاتب وعلى الاستمارات.
# unreviewed
kb-glossary-unreviewed = ترجمة لم يُتحقق منها بعد
# unreviewed
kb-glossary-none = لا توجد ترجمة متفق عليها
# unreviewed
kb-mt = الترجمة الآلية
# unreviewed
kb-mt-hint = اطلب مسودة من خدمة الترجمة الآلية: تُنشر مع تنبيه «مترجمة آلياً، لم يتحقق منها شخص بعد» حتى تراجعها وتحفظها.
# unreviewed
kb-mt-action = إنشاء مسودة آلية
# unreviewed
kb-mt-done = حُفظت المسودة الآلية: راجعها واحفظها لإزالة التنبيه.
# unreviewed
kb-mt-refused-readability = النص الإيطالي صعب جداً لترجمة آلية جيدة (مؤشر Gulpease أقل من 50): اطلب من المركز تبسيطه، أو ترجم يدوياً.
# unreviewed
kb-mt-refused-human = لهذه اللغة ترجمة أعدّها شخص: لن تُستبدل. حدّثها يدوياً بتغييرات النص الإيطالي.
# unreviewed
kb-mt-unavailable = خدمة الترجمة الآلية لا تستجيب: لم يُحفظ شيء. حاول لاحقاً أو ترجم يدوياً.
# unreviewed
workspace-nav-kb-links = روابط تحتاج إلى تصحيح
# unreviewed
kb-links-title = روابط تحتاج إلى تصحيح
# unreviewed
kb-links-intro = كل ليلة يزور مدقق الروابط العناوين الخارجية للبطاقات المنشورة والمراجع القانونية، دون استعجال ولا نحو عناوين داخلية أبداً. هنا تجد روابط بطاقاتك التي لا تعمل.
# unreviewed
kb-links-none = لا توجد روابط تحتاج إلى تصحيح في بطاقاتك.
# unreviewed
kb-links-broken = الموقع يرد بخطأ ({ $status })
# unreviewed
kb-links-refused = لم يُفحص: ليس عنواناً عاماً على الويب
# unreviewed
kb-links-unreachable = الموقع لا يرد

# unreviewed
workspace-nav-kb-materials = المواد
# unreviewed
kb-materials-title = مواد إعلامية
# unreviewed
kb-materials-intro = منشورات وصور وتسجيلات صوتية ومقاطع فيديو أعدّتها المراكز المتخصصة في الشبكة، بلغات كثيرة.
# unreviewed
kb-materials-filter = تصفية المواد
# unreviewed
kb-materials-format = الصيغة
# unreviewed
kb-materials-any-format = أي صيغة
# unreviewed
kb-materials-submit = عرض
# unreviewed
kb-materials-found = المواد
# unreviewed
kb-materials-none = لا توجد مواد بهذه المعايير.
# unreviewed
kb-materials-pages = صفحات المواد
# unreviewed
kb-materials-previous = الصفحة السابقة
# unreviewed
kb-materials-next = الصفحة التالية
# unreviewed
kb-materials-of-article = مواد للتنزيل
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = صورة
# unreviewed
kb-material-format-audio = تسجيل صوتي
# unreviewed
kb-material-format-video = فيديو
# unreviewed
kb-material-size-kb = { $size } ك.ب
# unreviewed
kb-material-size-mb = { $size } م.ب
# unreviewed
kb-materials-ws-title = مواد المراكز
# unreviewed
kb-materials-ws-intro = ما تضيفه هنا يصبح عاماً فوراً، في مستودع المواد، وفي صفحة البطاقة إن اخترت واحدة.
# unreviewed
kb-material-field-title = العنوان
# unreviewed
kb-material-field-description = الوصف (اختياري)
# unreviewed
kb-material-field-language = لغة المادة
# unreviewed
kb-material-field-article = اعرضها في البطاقة (اختياري)
# unreviewed
kb-material-no-article = في المستودع فقط
# unreviewed
kb-material-what = ملف أو فيديو
# unreviewed
kb-material-field-file = الملف
# unreviewed
kb-material-file-hint = PDF، صور PNG أو JPEG أو WebP، صوت MP3 أو M4A أو Ogg.
# unreviewed
kb-material-limit = بحد أقصى { $size } م.ب.
# unreviewed
kb-material-field-video = أو عنوان فيديو (https://…)
# unreviewed
kb-material-save = أضف المادة
# unreviewed
kb-material-add = إضافة مادة
# unreviewed
kb-material-remove = حذف
# unreviewed
kb-material-added = أُضيفت المادة: أصبحت عامة الآن.
# unreviewed
kb-material-removed = حُذفت المادة مع ملفها.
# unreviewed
kb-material-error-title = اكتب عنواناً (200 حرف على الأكثر).
# unreviewed
kb-material-error-description = الوصف طويل جداً (2000 حرف على الأكثر).
# unreviewed
kb-material-error-language = اختر لغة المادة.
# unreviewed
kb-material-error-article = اختر بطاقة من المركز نفسه، أو لا شيء.
# unreviewed
kb-material-error-file-or-video = اختر ملفاً أو اكتب عنوان فيديو، لا الاثنين معاً.
# unreviewed
kb-material-error-too-large = الملف كبير جداً: لم يُحفظ. صغّره واختره من جديد.
# unreviewed
kb-material-error-type = هذا الملف ليس PDF ولا صورة (PNG، JPEG، WebP) ولا تسجيلاً صوتياً (MP3، M4A، Ogg): هذا ما يقوله محتواه أياً كان اسمه. لم يُحفظ.
# unreviewed
kb-material-error-video = اكتب العنوان الكامل للفيديو، مبتدئاً بـ https://.

# unreviewed
kb-tr-status-legal = بانتظار المراجعة القانونية من المركز
# unreviewed
kb-tr-notice-legal = تغيّر قانون تذكره هذه البطاقة: يراجع المركز النص، ثم ستُحدَّث هذه الترجمة أيضاً.

# unreviewed
kb-links-services = بطاقات الخدمات التي تتولاها
