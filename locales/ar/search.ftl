# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = بحث
# unreviewed
search-intro = ابحث في البطاقات والأسئلة الشائعة والأدلة والمكاتب والخدمات، بلغتك وبالإيطالية.
# unreviewed
search-label = عمّ تبحث؟
# unreviewed
search-submit = بحث
# unreviewed
search-box-label = ابحث في الموقع
# unreviewed
search-box-placeholder = ابحث: تصريح الإقامة، الرمز الضريبي…
# unreviewed
search-kind-label = النوع
# unreviewed
search-kind-sheet = البطاقات
# unreviewed
search-kind-faq = الأسئلة الشائعة
# unreviewed
search-kind-guide = الأدلة
# unreviewed
search-kind-news = الأخبار
# unreviewed
search-kind-desk = المكاتب
# unreviewed
search-kind-service = الخدمات
# unreviewed
search-kind-online-service = الخدمات عبر الإنترنت
# unreviewed
search-kind-event = الفعاليات
# unreviewed
search-comune-label = البلدية
# unreviewed
search-any-comune = كل البلديات
# unreviewed
search-open-now = المكاتب المفتوحة الآن فقط
# unreviewed
search-near-me = بالقرب مني
# unreviewed
search-results-heading = النتائج
# unreviewed
search-none = لا توجد نتائج. جرّب كلمات أخرى أو أزل بعض عوامل التصفية.
# unreviewed
search-original = بالإيطالية: لا توجد بعد نسخة بلغتك.
# unreviewed
search-throttled = عمليات بحث كثيرة في وقت قصير من هذا الاتصال. حاول مرة أخرى بعد دقيقة.
# unreviewed
search-pages = صفحات النتائج
# unreviewed
search-previous = النتائج السابقة
# unreviewed
search-next = النتائج التالية
# unreviewed
search-results =
    { $count ->
        [one] نتيجة واحدة
       *[other] { $count } نتيجة
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = عمليات بحث بلا إجابة
# unreviewed
search-gaps-title = ما الذي يبحث عنه القراء
# unreviewed
search-gaps-intro = الأسئلة التي بُحث عنها ثلاث مرات على الأقل في آخر 90 يومًا ولم تجد إلا القليل أو لا شيء، في مواضيع مراكزك وبدون موضوع، والنتائج التي فتحها القراء. أعداد فقط: لا شيء عمّن بحث.
# unreviewed
search-gaps-intro-network = الأسئلة التي بُحث عنها ثلاث مرات على الأقل في آخر 90 يومًا في الشبكة كلها ولم تجد إلا القليل أو لا شيء، والنتائج التي فتحها القراء. أعداد فقط: لا شيء عمّن بحث.
# unreviewed
search-gaps-heading = أسئلة لا تجد إلا القليل أو لا شيء
# unreviewed
search-gaps-none = لا توجد أسئلة بلا إجابة حاليًا.
# unreviewed
search-gaps-col-query = السؤال
# unreviewed
search-gaps-col-lang = اللغة
# unreviewed
search-gaps-col-asked = مرات البحث
# unreviewed
search-gaps-col-empty = بلا نتائج
# unreviewed
search-gaps-col-few = 1–2 نتيجة
# unreviewed
search-gaps-suggest = اكتب إجابة
# unreviewed
search-gaps-any-theme = بدون موضوع
# unreviewed
search-followed-heading = نتائج فُتحت من البحث
# unreviewed
search-followed-none = لم تُفتح أي نتيجة حتى الآن.
# unreviewed
search-followed-col-result = النتيجة
# unreviewed
search-followed-col-clicks = مرات الفتح
