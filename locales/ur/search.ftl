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

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = بغیر جواب کی تلاشیں
# unreviewed
search-gaps-title = قارئین کیا تلاش کرتے ہیں
# unreviewed
search-gaps-intro = وہ سوالات جو پچھلے 90 دنوں میں کم از کم تین بار تلاش کیے گئے اور جن کا کم یا کوئی نتیجہ نہیں ملا، آپ کے مراکز کے موضوعات میں اور بغیر موضوع کے، اور وہ نتائج جو قارئین نے کھولے۔ صرف گنتی: تلاش کرنے والے کے بارے میں کچھ نہیں۔
# unreviewed
search-gaps-intro-network = وہ سوالات جو پچھلے 90 دنوں میں پورے نیٹ ورک میں کم از کم تین بار تلاش کیے گئے اور جن کا کم یا کوئی نتیجہ نہیں ملا، اور وہ نتائج جو قارئین نے کھولے۔ صرف گنتی: تلاش کرنے والے کے بارے میں کچھ نہیں۔
# unreviewed
search-gaps-heading = وہ سوالات جن کا کم یا کوئی نتیجہ نہیں
# unreviewed
search-gaps-none = فی الحال کوئی بغیر جواب سوال نہیں۔
# unreviewed
search-gaps-col-query = سوال
# unreviewed
search-gaps-col-lang = زبان
# unreviewed
search-gaps-col-asked = تلاش کیا گیا
# unreviewed
search-gaps-col-empty = کوئی نتیجہ نہیں
# unreviewed
search-gaps-col-few = 1–2 نتائج
# unreviewed
search-gaps-suggest = جواب لکھیں
# unreviewed
search-gaps-any-theme = کوئی موضوع نہیں
# unreviewed
search-followed-heading = تلاش سے کھولے گئے نتائج
# unreviewed
search-followed-none = ابھی تک کوئی نتیجہ نہیں کھولا گیا۔
# unreviewed
search-followed-col-result = نتیجہ
# unreviewed
search-followed-col-clicks = کھولا گیا
