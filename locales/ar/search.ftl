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
