# Sportello — Urdu translation (machine draft, unreviewed). اردو مشینی ترجمے کا مسودہ: ہر عبارت ایک مسودہ ہے جس کا جائزہ اردو جاننے والے کسی شخص نے ابھی لینا ہے۔ Italian (locales/it) is the source.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages. (آن لائن خدمات کی فہرست اور سروس کے صفحات)

# unreviewed
catalogue-title = آن لائن خدمات
# unreviewed
catalogue-intro = وہ خدمات جو آپ گھر بیٹھے فون یا کمپیوٹر سے استعمال کر سکتے ہیں: کون فراہم کرتا ہے، کس کام آتی ہیں اور لاگ اِن کے لیے کیا چاہیے۔
# unreviewed
catalogue-help = اگر انہیں استعمال کرنے میں آپ کو مدد چاہیے تو نیٹ ورک کا کوئی معلوماتی مرکز آپ کی مدد کر سکتا ہے۔
# unreviewed
catalogue-help-link = معلوماتی مرکز تلاش کریں
# unreviewed
catalogue-empty = فہرست میں ابھی کوئی آن لائن سروس نہیں ہے۔
# unreviewed
catalogue-breadcrumb-label = راستہ
# unreviewed
catalogue-categories-heading = زمرے
# unreviewed
catalogue-category-vita-del-cittadino = روزمرہ زندگی اور دستاویزات
# unreviewed
catalogue-category-istruzione = تعلیم
# unreviewed
catalogue-category-cultura = ثقافت
# unreviewed
catalogue-category-lavoro-formazione = کام اور تربیت
# unreviewed
catalogue-category-salute = صحت
# unreviewed
catalogue-provider = ادارہ:
# unreviewed
catalogue-what = یہ کیا ہے:
# unreviewed
catalogue-who = کون استعمال کر سکتا ہے:
# unreviewed
catalogue-login = لاگ اِن کے لیے کیا چاہیے
# unreviewed
catalogue-login-spid = SPID (اٹلی کی سرکاری ڈیجیٹل شناخت)
# unreviewed
catalogue-login-cie = CIE (اٹلی کا الیکٹرانک شناختی کارڈ)
# unreviewed
catalogue-login-cns = CNS (چِپ والا ہیلتھ کارڈ، tessera sanitaria)
# unreviewed
catalogue-login-none = ڈیجیٹل شناخت کی ضرورت نہیں
# unreviewed
catalogue-plain-note = آسان الفاظ میں:
# unreviewed
catalogue-open-online = آن لائن سروس پر جائیں
# unreviewed
catalogue-external = بیرونی ویب سائٹ
# unreviewed
catalogue-details = سروس کی تفصیل
# unreviewed
catalogue-service-kicker = سروس کی تفصیل
# unreviewed
catalogue-toc-heading = اس صفحے پر
# unreviewed
catalogue-sec-what = یہ کیا ہے
# unreviewed
catalogue-sec-who = کس کے لیے ہے
# unreviewed
catalogue-sec-how = طریقہ کار
# unreviewed
catalogue-sec-need = کیا چاہیے
# unreviewed
catalogue-sec-get = آپ کو کیا ملے گا
# unreviewed
catalogue-sec-time = وقت اور آخری تاریخیں
# unreviewed
catalogue-sec-cost = کتنا خرچ آتا ہے
# unreviewed
catalogue-sec-access = سروس تک رسائی
# unreviewed
catalogue-sec-more = مزید معلومات
# unreviewed
catalogue-sec-contacts = رابطہ
# unreviewed
catalogue-sec-updated = آخری تبدیلی
# unreviewed
catalogue-not-stated = معلومات دستیاب نہیں: کسی معلوماتی مرکز سے پوچھیں۔
# unreviewed
catalogue-no-documents = کسی خاص دستاویز کی ضرورت نہیں۔
# unreviewed
catalogue-access-online = آن لائن
# unreviewed
catalogue-access-book = وقت لیں
# unreviewed
catalogue-by-appointment = یہ سروس پہلے سے وقت لے کر ملتی ہے: وقت لینے کے لیے نیچے دیے گئے کسی مرکز سے رابطہ کریں۔
# unreviewed
catalogue-access-where = کہاں
# unreviewed
catalogue-access-ask = یہ جاننے کے لیے کہ یہ سروس کہاں سے مانگیں، نیٹ ورک کے کسی معلوماتی مرکز سے رابطہ کریں۔
# unreviewed
catalogue-channels = آپ اسے کیسے استعمال کر سکتے ہیں:
# unreviewed
catalogue-channel-in-person = مرکز پر آ کر
# unreviewed
catalogue-channel-phone = فون پر
# unreviewed
catalogue-channel-online = آن لائن
# unreviewed
catalogue-channel-video = ویڈیو کال پر
# unreviewed
catalogue-themes = موضوعات:
# unreviewed
catalogue-category = فہرست کا زمرہ:
# unreviewed
catalogue-provider-website = ادارے کی ویب سائٹ
# unreviewed
catalogue-contacts-desks = معلومات کے لیے آپ نیٹ ورک کے کسی معلوماتی مرکز سے رابطہ کر سکتے ہیں۔
# unreviewed
catalogue-phone = فون:
# unreviewed
catalogue-email = ای میل:
# unreviewed
catalogue-desk-level-l1 = ابتدائی رابطے کا مرکز
# unreviewed
catalogue-desk-level-l2 = خصوصی مرکز
# unreviewed
catalogue-desk-level-hub = موضوعاتی مرکز
# unreviewed
catalogue-cost-free = مفت
# unreviewed
catalogue-cost-euro = { $amount } یورو

## Editing services in the workspace. (خدمات میں ترمیم)

# unreviewed
ws-services-title = خدمات
# unreviewed
ws-services-intro = وہ خدمات جن میں آپ ترمیم کر سکتے ہیں: جو آپ کے مراکز فراہم کرتے ہیں اور جو آپ کے اداروں کی ہیں۔
# unreviewed
ws-services-empty = آپ کے کسی کردار میں کوئی سروس شامل نہیں۔

# unreviewed
service-edit-title = سروس میں ترمیم کریں
# unreviewed
service-edit-back = سروس پر واپس جائیں
# unreviewed
service-edit-link = سروس کی معلومات میں ترمیم کریں
# unreviewed
service-edit-name = سروس کا نام
# unreviewed
service-edit-eligibility = کون درخواست دے سکتا ہے
# unreviewed
service-edit-application = درخواست کیسے دیں
# unreviewed
service-edit-outcome = آپ کو کیا ملے گا
# unreviewed
service-edit-wait-time = کتنا وقت لگتا ہے
# unreviewed
service-edit-fees = اخراجات
# unreviewed
service-edit-documents = ساتھ لانے والی دستاویزات
# unreviewed
service-edit-documents-hint = ہر سطر میں ایک دستاویز۔
# unreviewed
service-edit-url = سروس کا ویب ایڈریس
# unreviewed
service-edit-channels = سروس کیسے استعمال ہوتی ہے
# unreviewed
service-edit-login-hint = صرف آن لائن خدمات کے لیے۔
# unreviewed
service-edit-plain-note = آسان الفاظ میں نوٹ
# unreviewed
service-edit-plain-note-hint = ان لوگوں کے لیے جو اطالوی کو دوسری زبان کے طور پر پڑھتے ہیں: چھوٹے جملے، عام الفاظ۔

# unreviewed
service-edit-error-name = سروس کا نام لکھیں (زیادہ سے زیادہ 200 حروف)۔
# unreviewed
service-edit-error-organisation-only = اس خانے کو صرف وہی بدل سکتے ہیں جو یہ سروس فراہم کرنے والے ادارے کے مدیر ہیں۔
# unreviewed
service-edit-error-channels = سروس استعمال کرنے کا کم از کم ایک طریقہ منتخب کریں۔
# unreviewed
service-edit-error-login = SPID، CIE یا CNS سے لاگ اِن صرف آن لائن خدمات کے لیے ہے، اور «ڈیجیٹل شناخت کی ضرورت نہیں» کے ساتھ باقی کوئی انتخاب نہیں کیا جا سکتا۔
# unreviewed
service-edit-error-documents = زیادہ سے زیادہ 30 دستاویزات، ہر ایک زیادہ سے زیادہ 300 حروف کی۔

# unreviewed
edit-field-eligibility_description = کون درخواست دے سکتا ہے
# unreviewed
edit-field-application_process = درخواست کیسے دیں
# unreviewed
edit-field-outcome = آپ کو کیا ملے گا
# unreviewed
edit-field-wait_time = کتنا وقت لگتا ہے
# unreviewed
edit-field-fees_description = اخراجات
# unreviewed
edit-field-url = ویب ایڈریس
# unreviewed
edit-field-plain_note = آسان الفاظ میں نوٹ
# unreviewed
edit-field-login = آن لائن لاگ اِن
# unreviewed
edit-field-required_documents = دستاویزات
