# Sportello — Urdu translation (machine draft, unreviewed). اردو مشینی ترجمے کا مسودہ: ہر عبارت ایک مسودہ ہے جس کا جائزہ اردو جاننے والے کسی شخص نے ابھی لینا ہے۔ Italian (locales/it) is the source.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory). (مراکز کی تلاش، مرکز کے صفحات اور اوقات)

# unreviewed
finder-intro = صحیح معلوماتی مرکز تلاش کریں: آپ کے قریب، آپ کی زبان بولنے والا، اور ابھی کھلا ہوا۔ یہاں موضوعاتی مراکز، غیر ملکیوں کے لیے خصوصی مراکز اور ابتدائی رابطے کی جگہیں (URP یعنی عوامی رابطے کے دفاتر، اور سماجی خدمات کے دفاتر) شامل ہیں۔
# unreviewed
finder-near-label = بلدیہ (comune) کے قریب
# unreviewed
finder-near-hint = بلدیہ (comune) کا نام لکھیں، مثال کے طور پر Bologna۔
# unreviewed
finder-use-position = میرا مقام استعمال کریں
# unreviewed
finder-language-label = بولی جانے والی زبان
# unreviewed
finder-any-language = کوئی بھی زبان
# unreviewed
finder-open-now-label = صرف وہ مراکز جو ابھی کھلے ہیں
# unreviewed
finder-more-filters = مزید فلٹر
# unreviewed
finder-theme-label = موضوع
# unreviewed
finder-any-theme = تمام موضوعات
# unreviewed
finder-level-label = مرکز کی قسم
# unreviewed
finder-any-level = تمام اقسام
# unreviewed
finder-channel-label = رابطے کا طریقہ
# unreviewed
finder-any-channel = تمام طریقے
# unreviewed
finder-province-label = صوبہ (provincia)
# unreviewed
finder-any-province = تمام صوبے
# unreviewed
finder-submit = تلاش کریں
# unreviewed
finder-sorted-by-distance = سب سے قریب والا پہلے۔
# unreviewed
finder-no-results = آپ کی تلاش سے کوئی مرکز نہیں ملا۔ کچھ فلٹر ہٹا کر دیکھیں۔
# unreviewed
finder-map-label = ملنے والے مراکز کا نقشہ
# unreviewed
finder-map-attribution = © OpenStreetMap کے معاونین
# unreviewed
finder-geojson-link = عوامی مراکز کا ڈیٹا ڈاؤن لوڈ کریں (GeoJSON، اوپن ڈیٹا)
# unreviewed
finder-error-theme = یہ موضوع موجود نہیں: فہرست میں سے ایک منتخب کریں۔
# unreviewed
finder-error-level = مرکز کی یہ قسم موجود نہیں: فہرست میں سے ایک منتخب کریں۔
# unreviewed
finder-error-language = یہ زبان درست نہیں: فہرست میں سے ایک منتخب کریں۔
# unreviewed
finder-error-channel = رابطے کا یہ طریقہ موجود نہیں: فہرست میں سے ایک منتخب کریں۔
# unreviewed
finder-error-page = صفحہ نمبر درست نہیں: ہم پہلا صفحہ دکھا رہے ہیں۔
# unreviewed
finder-error-position = مقام درست نہیں۔ اس کے بجائے بلدیہ (comune) کا نام لکھیں۔
# unreviewed
finder-error-comune = ہمیں «{ $name }» نام کی بلدیہ ان بلدیات میں نہیں ملی جہاں کوئی مرکز ہے۔ یہ آزمائیں: { $suggestions }۔

# unreviewed
desk-open = ابھی کھلا ہے
# unreviewed
desk-open-until = ابھی کھلا ہے، { $time } بجے بند ہوگا
# unreviewed
desk-closed = بند
# unreviewed
desk-closed-opens-today = ابھی بند ہے، آج { $time } بجے کھلے گا
# unreviewed
desk-closed-opens-on = ابھی بند ہے، { $day } کو { $time } بجے کھلے گا
# unreviewed
desk-hours-unknown = اوقات دستیاب نہیں: مرکز سے رابطہ کریں۔
# unreviewed
desk-distance = { $km } کلومیٹر دور
# unreviewed
desk-address-reserved = پتا ظاہر نہیں کیا جاتا ({ $comune } میں): مرکز سے رابطہ کریں۔
# unreviewed
desk-languages-label = بولی جانے والی زبانیں:
# unreviewed
desk-where-heading = کہاں ہے
# unreviewed
desk-open-map = OpenStreetMap کے نقشے پر دیکھیں
# unreviewed
desk-accessibility-label = معذور افراد کے لیے سہولت:
# unreviewed
desk-hours-heading = اوقات
# unreviewed
desk-week-caption = اس ہفتے کے اوقات (اٹلی کا وقت)
# unreviewed
desk-week-day = دن
# unreviewed
desk-week-hours = اوقات
# unreviewed
desk-week-languages = بولی جانے والی زبانیں
# unreviewed
desk-today = آج
# unreviewed
desk-day-closed = بند
# unreviewed
desk-contact-heading = رابطہ
# unreviewed
desk-phone-label = فون:
# unreviewed
desk-channels-label = رابطے کا طریقہ:
# unreviewed
desk-updated-on = آخری تبدیلی: { $date }۔
# unreviewed
breadcrumb-label = آپ یہاں ہیں

# unreviewed
weekday-1 = پیر
# unreviewed
weekday-2 = منگل
# unreviewed
weekday-3 = بدھ
# unreviewed
weekday-4 = جمعرات
# unreviewed
weekday-5 = جمعہ
# unreviewed
weekday-6 = ہفتہ
# unreviewed
weekday-7 = اتوار
# unreviewed
month-1 = جنوری
# unreviewed
month-2 = فروری
# unreviewed
month-3 = مارچ
# unreviewed
month-4 = اپریل
# unreviewed
month-5 = مئی
# unreviewed
month-6 = جون
# unreviewed
month-7 = جولائی
# unreviewed
month-8 = اگست
# unreviewed
month-9 = ستمبر
# unreviewed
month-10 = اکتوبر
# unreviewed
month-11 = نومبر
# unreviewed
month-12 = دسمبر
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = مرکز میں ترمیم کریں
# unreviewed
desk-edit-back = مرکز پر واپس جائیں
# unreviewed
desk-edit-name = مرکز کا نام
# unreviewed
desk-edit-hours = کھلنے کے اوقات
# unreviewed
desk-edit-hours-hint = OpenStreetMap کی شکل میں، مثال کے طور پر: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = سرکاری چھٹیاں)۔ بندش: Aug off یا 2026 Dec 24-Dec 26 off۔
# unreviewed
desk-edit-languages = بولی جانے والی زبانیں
# unreviewed
desk-edit-languages-hint = ISO کوڈ، کوما سے الگ کیے ہوئے، مثال کے طور پر: it, ar, en, zh۔
# unreviewed
desk-edit-link = مرکز کی معلومات میں ترمیم کریں
# unreviewed
desk-field-opening_hours = اوقات
# unreviewed
desk-field-languages = زبانیں
# unreviewed
desk-field-phone = فون
# unreviewed
desk-field-accessibility = معذور افراد کے لیے سہولت
# unreviewed
desk-edit-error-name = مرکز کا نام لکھیں (زیادہ سے زیادہ 200 حروف)۔
# unreviewed
desk-edit-error-hours = اوقات OpenStreetMap کی شکل میں نہیں ہیں۔
# unreviewed
desk-edit-error-hours-at = اوقات OpenStreetMap کی شکل میں نہیں ہیں: حرف نمبر { $column } سے چیک کریں۔
# unreviewed
desk-edit-error-languages = زبانیں 2 یا 3 حروف کے ISO کوڈ کی شکل میں لکھیں، کوما سے الگ کر کے۔
# unreviewed
desk-edit-error-phone = فون نمبر میں صرف ہندسے، خالی جگہ اور + - / . ( ) ہو سکتے ہیں۔
# unreviewed
desk-edit-error-channels = مرکز سے رابطے کا کم از کم ایک طریقہ منتخب کریں۔

# unreviewed
desk-services-heading = یہاں دستیاب خدمات
# unreviewed
desk-services-none = اس مرکز کے لیے کوئی سروس درج نہیں: مرکز سے پوچھیں۔
# unreviewed
desk-how-to-book = اس مرکز پر جانے کے لیے پہلے وقت لیں: نیچے دیے گئے رابطوں پر فون کریں یا لکھیں۔
# unreviewed
desk-hubs-heading = متعلقہ موضوعاتی مراکز
# unreviewed
desk-hubs-intro = ان موضوعات پر سب سے مشکل سوالات کے لیے یہ مرکز نیٹ ورک کے موضوعاتی مراکز سے مدد لیتا ہے۔
# unreviewed
desk-edit-address = پتا
# unreviewed
desk-edit-postcode = پوسٹ کوڈ (CAP)
# unreviewed
desk-edit-comune = بلدیہ (comune)
# unreviewed
desk-edit-province = صوبہ (دو حروف کا مخفف، مثال کے طور پر BO)
# unreviewed
desk-edit-latitude = عرض بلد
# unreviewed
desk-edit-longitude = طول بلد
# unreviewed
desk-edit-position-hint = اعشاری ڈگریوں میں، مثال کے طور پر 44.4939 اور 11.3426 (یہ OpenStreetMap پر مل جاتے ہیں)۔
# unreviewed
desk-edit-sensitive = پتا عوامی نہیں
# unreviewed
desk-edit-sensitive-hint = محفوظ جگہوں کے لیے: پتا اور مقام کبھی بھی پورٹل، نقشے یا اوپن ڈیٹا میں نظر نہیں آتے۔
# unreviewed
desk-edit-error-address = پتا لکھیں (زیادہ سے زیادہ 200 حروف)۔
# unreviewed
desk-edit-error-sensitive = صرف نیٹ ورک کے کوآرڈینیٹر ہی بدل سکتے ہیں کہ پتہ خفیہ ہے یا نہیں۔
# unreviewed
desk-edit-error-comune = بلدیہ کا نام لکھیں (زیادہ سے زیادہ 100 حروف)۔
# unreviewed
desk-edit-error-postcode = پوسٹ کوڈ (CAP) بہت لمبا ہے۔
# unreviewed
desk-edit-error-province = صوبہ دو حروف کے مخفف سے لکھیں، مثال کے طور پر BO۔
# unreviewed
desk-edit-error-position = عرض بلد اور طول بلد اعشاری ڈگریوں میں لکھیں: عرض بلد -90 اور 90 کے درمیان، طول بلد -180 اور 180 کے درمیان۔
# unreviewed
desk-field-address = پتا
# unreviewed
desk-field-postcode = پوسٹ کوڈ (CAP)
# unreviewed
desk-field-comune = بلدیہ (comune)
# unreviewed
desk-field-province = صوبہ
# unreviewed
desk-field-position = مقام
# unreviewed
desk-field-sensitive = پتا عوامی نہیں
# unreviewed
desk-edit-language-hours = وہ زبانیں جو صرف کچھ اوقات میں بولی جاتی ہیں
# unreviewed
desk-edit-language-hours-hint = ہر زبان کے لیے ایک سطر: کوڈ اور OpenStreetMap کی شکل میں اوقات، مثال کے طور پر «ar Mo,We,Fr 09:00-13:00»۔ جو زبانیں یہاں نہیں لکھی گئیں وہ کھلنے کے تمام اوقات میں بولی جاتی ہیں۔
# unreviewed
desk-edit-error-slot = ہر سطر میں مرکز پر بولی جانے والی کسی زبان کا کوڈ اور OpenStreetMap کی شکل میں اس کے اوقات ہونے چاہییں، مثال کے طور پر: ar Mo,We 09:00-13:00۔
# unreviewed
desk-field-language_hours = کچھ اوقات میں بولی جانے والی زبانیں

## Desks (معلوماتی مراکز)

# unreviewed
desks-title = نیٹ ورک کے معلوماتی مراکز
# unreviewed
desks-intro = نیٹ ورک کے تمام معلوماتی مراکز: موضوعاتی مراکز، غیر ملکیوں کے لیے خصوصی مراکز اور ابتدائی رابطے کی جگہیں (URP یعنی عوامی رابطے کے دفاتر، اور سماجی خدمات کے دفاتر)۔
# unreviewed
desks-count = { $count ->
    [one] { $count } معلوماتی مرکز
   *[other] { $count } معلوماتی مراکز
}
# unreviewed
pagination-label = صفحات
# unreviewed
pagination-previous = پچھلا صفحہ
# unreviewed
pagination-next = اگلا صفحہ
# unreviewed
pagination-status = صفحہ { $page } از { $pages }

## Workspace: desks (کام کی جگہ: مراکز)

# unreviewed
ws-desks-title = میرے مراکز
# unreviewed
ws-desks-intro = وہ مراکز جن میں آپ کا کوئی کردار ہے۔
# unreviewed
ws-desks-empty = آپ کے کسی کردار میں کوئی مرکز شامل نہیں۔

## Editing organisations in the workspace. (اداروں میں ترمیم)

# unreviewed
ws-orgs-title = ادارے
# unreviewed
ws-orgs-intro = وہ ادارے جن کی معلومات میں آپ ترمیم کر سکتے ہیں: جن میں آپ کا انتظامی یا رابطہ کاری کا کردار ہے، اور ان کے ماتحت ادارے۔
# unreviewed
ws-orgs-empty = آپ کے کسی کردار میں کوئی ادارہ شامل نہیں۔

# unreviewed
org-edit-title = ادارے میں ترمیم کریں
# unreviewed
org-edit-back = اداروں پر واپس جائیں
# unreviewed
org-edit-link = ادارے کی معلومات میں ترمیم کریں
# unreviewed
org-edit-name = ادارے کا نام
# unreviewed
org-edit-alternate-name = دوسرا نام یا مخفف
# unreviewed
org-edit-website = ویب سائٹ
# unreviewed
org-edit-error-name = ادارے کا نام لکھیں (زیادہ سے زیادہ 200 حروف)۔
# unreviewed
org-edit-error-alternate-name = دوسرا نام زیادہ سے زیادہ 200 حروف کا ہو سکتا ہے۔

# unreviewed
edit-field-alternate_name = دوسرا نام
# unreviewed
edit-field-website = ویب سائٹ
