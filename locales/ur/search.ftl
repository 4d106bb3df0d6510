# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = تلاش
# unreviewed
search-intro = شیٹس، عام سوالات، رہنما کتابچوں، کاؤنٹرز اور خدمات میں تلاش کریں، اپنی زبان میں اور اطالوی میں۔
# unreviewed
search-label = آپ کیا تلاش کر رہے ہیں؟
# unreviewed
search-submit = تلاش کریں
# unreviewed
search-box-label = سائٹ میں تلاش کریں
# unreviewed
search-box-placeholder = تلاش: رہائشی اجازت نامہ، ٹیکس کوڈ…
# unreviewed
search-kind-label = قسم
# unreviewed
search-kind-sheet = شیٹس
# unreviewed
search-kind-faq = عام سوالات
# unreviewed
search-kind-guide = رہنما
# unreviewed
search-kind-news = خبریں
# unreviewed
search-kind-desk = کاؤنٹرز
# unreviewed
search-kind-service = خدمات
# unreviewed
search-kind-online-service = آن لائن خدمات
# unreviewed
search-kind-event = تقریبات
# unreviewed
search-comune-label = کمیون
# unreviewed
search-any-comune = تمام کمیون
# unreviewed
search-open-now = صرف ابھی کھلے کاؤنٹرز
# unreviewed
search-near-me = میرے قریب
# unreviewed
search-results-heading = نتائج
# unreviewed
search-none = کوئی نتیجہ نہیں۔ دوسرے الفاظ آزمائیں یا کچھ فلٹر ہٹا دیں۔
# unreviewed
search-original = اطالوی میں: آپ کی زبان میں ابھی کوئی ورژن نہیں ہے۔
# unreviewed
search-throttled = اس کنکشن سے کم وقت میں بہت زیادہ تلاشیں۔ ایک منٹ بعد دوبارہ کوشش کریں۔
# unreviewed
search-pages = نتائج کے صفحات
# unreviewed
search-previous = پچھلے نتائج
# unreviewed
search-next = اگلے نتائج
# unreviewed
search-results =
    { $count ->
        [one] ایک نتیجہ
       *[other] { $count } نتائج
    }
