# Sportello — Urdu translation (machine draft, unreviewed). اردو مشینی ترجمے کا مسودہ: ہر عبارت ایک مسودہ ہے جس کا جائزہ اردو جاننے والے کسی شخص نے ابھی لینا ہے۔ Italian (locales/it) is the source.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell (ویب سائٹ کا ڈھانچہ)

# unreviewed
site-name = غیر ملکی رہائشیوں کے لیے معلوماتی مرکز
# unreviewed
site-tagline = غیر ملکی رہائشیوں کے لیے معلومات اور خدمات
# unreviewed
skip-link = مرکزی مواد پر جائیں
# unreviewed
nav-main-label = مرکزی مینو
# unreviewed
nav-home = پہلا صفحہ
# unreviewed
nav-desks = معلوماتی مراکز
# unreviewed
nav-services = آن لائن خدمات
# unreviewed
language-switcher-summary = زبان
# unreviewed
language-switcher-label = زبان منتخب کریں
# unreviewed
translation-incomplete = اس صفحے کے کچھ حصوں کا ابھی ترجمہ نہیں ہوا۔ یہ حصے اطالوی زبان میں دکھائے گئے ہیں۔
# unreviewed
translation-draft = یہ ترجمہ ایک مسودہ ہے: ابھی کسی اہلِ زبان نے اس کا جائزہ نہیں لیا۔
# unreviewed
footer-about = غیر ملکی رہائشیوں کے لیے معلوماتی مراکز کے علاقائی نیٹ ورک کی ایک سروس۔
# unreviewed
footer-demo = نمونے کا ڈیٹا: جن پتوں، فون نمبروں اور دوسری تفصیلات پر «نمونے کا ڈیٹا» لکھا ہے وہ فرضی ہیں۔
# unreviewed
invented-marker = نمونے کا ڈیٹا

## Themes: the name, and a one-line description (موضوعات: نام اور ایک سطر کی وضاحت)

# unreviewed
theme-permesso-di-soggiorno = رہائشی اجازت نامہ (permesso di soggiorno)
    .description = رہائشی اجازت نامے (permesso di soggiorno) کی درخواست، تجدید اور تبدیلی۔
# unreviewed
theme-cittadinanza = شہریت
    .description = اطالوی شہریت (cittadinanza) کی درخواست کیسے دیں اور اپنی درخواست کی پیش رفت کیسے دیکھیں۔
# unreviewed
theme-ricongiungimento-familiare = خاندان کو ساتھ ملانا (ricongiungimento familiare)
    .description = اپنے گھر والوں کو اٹلی بلانا: شرائط اور دستاویزات۔
# unreviewed
theme-residenza-anagrafe = رہائش اور آبادی کا رجسٹر (anagrafe)
    .description = آبادی کے رجسٹر (anagrafe) میں اندراج، رہائش کی تبدیلی اور سرٹیفکیٹ۔
# unreviewed
theme-salute = صحت
    .description = قومی صحت سروس (Servizio sanitario nazionale) میں اندراج، فیملی ڈاکٹر (medico di base)، وقت لینا۔
# unreviewed
theme-scuola = اسکول
    .description = اسکول اور چھوٹے بچوں کی خدمات میں داخلہ۔
# unreviewed
theme-lavoro-formazione = کام اور تربیت
    .description = کام تلاش کرنا، ملازمت کے معاہدے، تربیتی کورس۔
# unreviewed
theme-casa = رہائش
    .description = کرایہ، سرکاری رہائش (case popolari)، رہائش کے موزوں ہونے کا سرٹیفکیٹ (idoneità alloggiativa)۔
# unreviewed
theme-prestazioni-sociali = سماجی امداد
    .description = الاؤنس، بونس اور مالی مدد: کون درخواست دے سکتا ہے۔
# unreviewed
theme-lingua-italiana = اطالوی زبان
    .description = اطالوی زبان کے کورس اور زبان کے ٹیسٹ۔

## Desks (معلوماتی مراکز)

# unreviewed
desk-level-l1 = ابتدائی رابطے کا مرکز
# unreviewed
desk-level-l2 = غیر ملکیوں کے لیے خصوصی معلوماتی مرکز
# unreviewed
desk-level-hub = موضوعاتی مرکز
# unreviewed
desk-themes-label = موضوعات:
# unreviewed
desk-address-label = پتا:

## Errors (خرابیاں)

# unreviewed
error-request-id = درخواست کا کوڈ: { $id }
# unreviewed
error-request-id-help = اگر آپ مدد مانگیں تو یہ کوڈ بتائیں۔
# unreviewed
error-go-home = پہلے صفحے پر جائیں
# unreviewed
error-other-languages = یہ صفحہ دوسری زبانوں میں
# unreviewed
error-400-title = درخواست درست نہیں
# unreviewed
error-400-body = ویب ایڈریس یا بھیجا گیا ڈیٹا درست نہیں۔ ایڈریس چیک کریں اور دوبارہ کوشش کریں۔
# unreviewed
error-403-title = رسائی کی اجازت نہیں
# unreviewed
error-403-body = آپ کو یہ صفحہ دیکھنے کی اجازت نہیں ہے۔
# unreviewed
error-404-title = صفحہ نہیں ملا
# unreviewed
error-404-body = جو صفحہ آپ تلاش کر رہے ہیں وہ موجود نہیں یا کسی اور جگہ منتقل کر دیا گیا ہے۔
# unreviewed
error-405-title = اس کام کی اجازت نہیں
# unreviewed
error-405-body = یہ صفحہ اس قسم کی درخواست قبول نہیں کرتا۔
# unreviewed
error-408-title = وقت ختم ہو گیا
# unreviewed
error-408-body = درخواست میں بہت زیادہ وقت لگ گیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
# unreviewed
error-413-title = ڈیٹا بہت بڑا ہے
# unreviewed
error-413-body = بھیجا گیا ڈیٹا اجازت شدہ زیادہ سے زیادہ حد سے بڑا ہے۔
# unreviewed
error-429-title = بہت زیادہ درخواستیں
# unreviewed
error-429-body = آپ نے تھوڑے وقت میں بہت زیادہ درخواستیں بھیجی ہیں۔ تھوڑا انتظار کریں اور دوبارہ کوشش کریں۔
# unreviewed
error-500-title = ایک خرابی پیش آئی
# unreviewed
error-500-body = ہماری طرف سے کچھ غلط ہو گیا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔
# unreviewed
error-503-title = سروس دستیاب نہیں
# unreviewed
error-503-body = سروس عارضی طور پر دستیاب نہیں ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔

## Operators: sign-in and workspace (عملہ: لاگ اِن اور کام کی جگہ)

# unreviewed
nav-workspace = عملے کا حصہ
# unreviewed
logout-submit = لاگ آؤٹ
# unreviewed
workspace-title = عملے کا حصہ
# unreviewed
workspace-nav-label = عملے کے حصے کا مینو
# unreviewed
error-401-title = لاگ اِن ضروری ہے
# unreviewed
error-401-body = یہ صفحہ دیکھنے کے لیے آپ کو لاگ اِن کرنا ہوگا۔
# unreviewed
error-code-csrf-invalid = فارم کی مدت ختم ہو گئی ہے یا یہ درست نہیں۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔

## Password reset and mail (پاس ورڈ ری سیٹ اور ای میل)

# unreviewed
dev-mail-title = بھیجی گئی ای میلز (ڈویلپمنٹ)
# unreviewed
dev-mail-empty = کوئی پیغام نہیں۔

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = معلوماتی مرکز تلاش کریں

# unreviewed
desk-by-appointment = صرف پہلے سے وقت لے کر
# unreviewed
desk-email-label = ای میل:
# unreviewed
desk-verified-on = معلومات کی تصدیق { $date } کو کی گئی۔

# unreviewed
channel-in_person = خود آ کر
# unreviewed
channel-phone = فون پر
# unreviewed
channel-online = آن لائن
# unreviewed
channel-video = ویڈیو کال پر

# unreviewed
language-name-it = اطالوی
# unreviewed
language-name-ar = عربی
# unreviewed
language-name-en = انگریزی
# unreviewed
language-name-fr = فرانسیسی
# unreviewed
language-name-es = ہسپانوی
# unreviewed
language-name-zh = چینی
# unreviewed
language-name-sq = البانوی
# unreviewed
language-name-ro = رومانیائی
# unreviewed
language-name-uk = یوکرینی
# unreviewed
language-name-ur = اردو
# unreviewed
language-name-bn = بنگالی
# unreviewed
language-name-fa = فارسی
# unreviewed
language-name-ru = روسی
# unreviewed
language-name-pt = پرتگالی
# unreviewed
language-name-wo = وولوف
# unreviewed
language-name-pa = پنجابی
# unreviewed
language-name-tl = ٹیگالوگ

# unreviewed
desk-edit-has-errors = کچھ خانوں کو درست کرنا ہے؛ کچھ بھی محفوظ نہیں ہوا:
# unreviewed
desk-edit-description = تفصیل
# unreviewed
desk-edit-verified = میں نے آج تصدیق کی ہے کہ یہ معلومات درست ہیں
# unreviewed
desk-edit-submit = تبدیلیاں محفوظ کریں
# unreviewed
desk-edit-saved = تبدیلیاں محفوظ ہو گئیں۔ عوامی پورٹل چند سیکنڈ میں انہیں دکھا دے گا۔
# unreviewed
desk-public-page = عوامی صفحہ دیکھیں
# unreviewed
desk-verify-due = تصدیق ضروری ہے: ان معلومات کی پچھلے چند مہینوں میں تصدیق نہیں ہوئی۔
# unreviewed
desk-history-heading = تبدیلیوں کی تاریخ
# unreviewed
desk-history-empty = کوئی تبدیلی درج نہیں۔
# unreviewed
desk-history-when = کب (UTC)
# unreviewed
desk-history-who = کس نے
# unreviewed
desk-history-field = خانہ
# unreviewed
desk-history-before = پہلے
# unreviewed
desk-history-after = بعد میں
# unreviewed
desk-field-name = نام
# unreviewed
desk-field-description = تفصیل
# unreviewed
desk-field-channels = رابطے کے طریقے
# unreviewed
desk-field-by_appointment = صرف پہلے سے وقت لے کر
# unreviewed
desk-field-email = ای میل
# unreviewed
desk-field-verified_on = تصدیق
# unreviewed
desk-edit-error-email = ای میل ایڈریس درست نہیں۔
# unreviewed
desk-edit-error-too-long = متن بہت لمبا ہے (زیادہ سے زیادہ 2000 حروف)۔

## Dates in full (service pages and desk pages). (پوری تاریخ)

# unreviewed
date-full-1 = { $day } جنوری { $year }
# unreviewed
date-full-2 = { $day } فروری { $year }
# unreviewed
date-full-3 = { $day } مارچ { $year }
# unreviewed
date-full-4 = { $day } اپریل { $year }
# unreviewed
date-full-5 = { $day } مئی { $year }
# unreviewed
date-full-6 = { $day } جون { $year }
# unreviewed
date-full-7 = { $day } جولائی { $year }
# unreviewed
date-full-8 = { $day } اگست { $year }
# unreviewed
date-full-9 = { $day } ستمبر { $year }
# unreviewed
date-full-10 = { $day } اکتوبر { $year }
# unreviewed
date-full-11 = { $day } نومبر { $year }
# unreviewed
date-full-12 = { $day } دسمبر { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = https:// (یا http://) سے شروع کریں۔

# unreviewed
edit-error-url = ویب ایڈریس https:// یا http:// سے شروع ہونا چاہیے اور اس میں کوئی خالی جگہ نہیں ہونی چاہیے۔
