# Sportello — Urdu translation (machine draft, unreviewed). اردو مشینی ترجمے کا مسودہ: ہر عبارت ایک مسودہ ہے جس کا جائزہ اردو جاننے والے کسی شخص نے ابھی لینا ہے۔ Italian (locales/it) is the source.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace (عملہ: لاگ اِن اور کام کی جگہ)

# unreviewed
login-title = عملے کا لاگ اِن
# unreviewed
login-intro = یہ حصہ صرف معلوماتی مراکز کے نیٹ ورک کے عملے کے لیے ہے۔
# unreviewed
login-email = ای میل ایڈریس
# unreviewed
login-password = پاس ورڈ
# unreviewed
login-submit = لاگ اِن کریں
# unreviewed
login-refused = ای میل یا پاس ورڈ غلط ہے، یا اکاؤنٹ بند کر دیا گیا ہے۔
# unreviewed
login-throttled = بہت زیادہ ناکام کوششیں ہو گئی ہیں۔ { $seconds ->
    [one] { $seconds } سیکنڈ
   *[other] { $seconds } سیکنڈ
} بعد دوبارہ کوشش کریں۔
# unreviewed
workspace-welcome = خوش آمدید، { $name }۔
# unreviewed
workspace-roles-heading = آپ کے کردار
# unreviewed
workspace-no-roles = ابھی آپ کو کوئی کردار نہیں دیا گیا: نیٹ ورک کی رابطہ کاری کرنے والوں سے پوچھیں۔
# unreviewed
workspace-nav-profile = پروفائل
# unreviewed
workspace-nav-audit = سرگرمیوں کا ریکارڈ
# unreviewed
profile-title = آپ کا پروفائل
# unreviewed
profile-email = ای میل:
# unreviewed
profile-password-heading = پاس ورڈ تبدیل کریں
# unreviewed
profile-current-password = موجودہ پاس ورڈ
# unreviewed
profile-new-password = نیا پاس ورڈ (کم از کم 12 حروف)
# unreviewed
profile-confirm-password = نیا پاس ورڈ دوبارہ لکھیں
# unreviewed
profile-password-submit = پاس ورڈ تبدیل کریں
# unreviewed
profile-password-changed = پاس ورڈ تبدیل ہو گیا۔ باقی کھلے ہوئے سیشن بند کر دیے گئے ہیں۔
# unreviewed
profile-password-wrong = موجودہ پاس ورڈ درست نہیں۔
# unreviewed
profile-password-mismatch = دونوں نئے پاس ورڈ ایک جیسے نہیں ہیں۔
# unreviewed
profile-password-too-short = نیا پاس ورڈ کم از کم 12 حروف کا ہونا چاہیے۔
# unreviewed
role-admin = انتظامیہ
# unreviewed
role-coordinator = علاقائی رابطہ کاری
# unreviewed
role-hub_editor = موضوعاتی مرکز کی ادارت
# unreviewed
role-l2_operator = خصوصی مرکز کا کارکن
# unreviewed
role-l1_operator = ابتدائی رابطے کے مرکز کا کارکن
# unreviewed
role-translator = ترجمہ
# unreviewed
role-trainer = تربیت
# unreviewed
role-viewer = صرف دیکھنے کی اجازت
# unreviewed
scope-network = پورا نیٹ ورک
# unreviewed
scope-organisation = ادارہ { $target }
# unreviewed
scope-desk = مرکز { $target }
# unreviewed
scope-theme = موضوع { $target }
# unreviewed
scope-language = زبان { $target }

## Two-factor authentication (دو مرحلوں والی تصدیق)

# unreviewed
workspace-nav-twofa = دو مرحلوں والی تصدیق
# unreviewed
code-title = تصدیقی کوڈ
# unreviewed
code-intro = اپنے فون پر تصدیق والی ایپ کھولیں اور 6 ہندسوں کا کوڈ لکھیں۔ اگر فون آپ کے پاس نہیں ہے تو اپنے بحالی کوڈز میں سے ایک استعمال کریں۔
# unreviewed
code-label = کوڈ
# unreviewed
code-submit = تصدیق کریں
# unreviewed
code-refused = کوڈ درست نہیں یا پہلے استعمال ہو چکا ہے۔ نئے کوڈ کے ساتھ دوبارہ کوشش کریں۔
# unreviewed
code-attempts-exhausted = بہت زیادہ غلط کوڈ: حفاظت کے لیے سائن اِن منسوخ کر دیا گیا۔ اپنا ای میل اور پاس ورڈ دوبارہ درج کریں۔
# unreviewed
twofa-title = دو مرحلوں والی تصدیق
# unreviewed
twofa-intro = دو مرحلوں والی تصدیق کے ساتھ لاگ اِن کے لیے پاس ورڈ اور ایک کوڈ دونوں چاہییں۔ یہ کوڈ آپ کے فون کی ایک ایپ بناتی ہے اور یہ ہر 30 سیکنڈ بعد بدل جاتا ہے۔
# unreviewed
twofa-required = آپ کے کردار کے لیے دو مرحلوں والی تصدیق ضروری ہے: عملے کا حصہ استعمال کرنے کے لیے اسے چالو کریں۔
# unreviewed
twofa-start = دو مرحلوں والی تصدیق چالو کریں
# unreviewed
twofa-step-scan = تصدیق والی ایپ سے یہ QR کوڈ اسکین کریں۔
# unreviewed
twofa-qr-label = تصدیق والی ایپ کے لیے QR کوڈ
# unreviewed
twofa-step-link = آپ فون پر یہ لنک بھی کھول سکتے ہیں:
# unreviewed
twofa-step-key = یا یہ کلید ایپ میں لکھیں:
# unreviewed
twofa-step-confirm = وہ کوڈ لکھیں جو ایپ اس وقت دکھا رہی ہے۔
# unreviewed
twofa-confirm-submit = تصدیق کریں اور چالو کریں
# unreviewed
twofa-enabled-now = دو مرحلوں والی تصدیق چالو ہو گئی۔
# unreviewed
twofa-recovery-heading = بحالی کوڈز
# unreviewed
twofa-recovery-intro = یہ کوڈز کسی محفوظ جگہ پر رکھیں: اگر آپ کا فون گم ہو جائے تو آپ انہیں استعمال کر سکتے ہیں، اور ہر کوڈ صرف ایک بار کام کرتا ہے۔ آپ یہ کوڈز دوبارہ نہیں دیکھ سکیں گے۔
# unreviewed
twofa-active = دو مرحلوں والی تصدیق چالو ہے۔

## Password reset and mail (پاس ورڈ ری سیٹ اور ای میل)

# unreviewed
login-forgot = کیا آپ پاس ورڈ بھول گئے ہیں؟
# unreviewed
reset-title = پاس ورڈ ری سیٹ کریں
# unreviewed
reset-intro = اپنے اکاؤنٹ کا ای میل ایڈریس لکھیں: ہم آپ کو نیا پاس ورڈ منتخب کرنے کے لیے ایک لنک بھیجیں گے۔
# unreviewed
reset-submit = لنک بھیجیں
# unreviewed
reset-sent = اگر یہ ایڈریس کسی فعال اکاؤنٹ کا ہے تو جلد ہی آپ کو لنک والی ای میل مل جائے گی۔ یہ لنک 30 منٹ تک اور صرف ایک بار کام کرتا ہے۔
# unreviewed
reset-new-title = نیا پاس ورڈ منتخب کریں
# unreviewed
reset-new-submit = نیا پاس ورڈ محفوظ کریں
# unreviewed
reset-done = پاس ورڈ تبدیل ہو گیا۔ اب آپ نئے پاس ورڈ سے لاگ اِن کر سکتے ہیں۔
# unreviewed
reset-link-invalid = اس لنک کی مدت ختم ہو چکی ہے یا یہ پہلے استعمال ہو چکا ہے۔ نیا لنک منگوائیں۔
# unreviewed
mail-reset-subject = «غیر ملکی رہائشیوں کے لیے معلوماتی مرکز» (Sportello stranieri) کا پاس ورڈ ری سیٹ کریں
# unreviewed
mail-reset-body = محترم صارف،
    ہمیں آپ کے اکاؤنٹ کا پاس ورڈ ری سیٹ کرنے کی درخواست ملی ہے۔
    نیا پاس ورڈ منتخب کرنے کے لیے { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    } کے اندر یہ لنک کھولیں:
    { $link }
    اگر آپ نے پاس ورڈ ری سیٹ کرنے کی درخواست نہیں کی تو اس پیغام کو نظر انداز کر دیں: آپ کا پاس ورڈ پہلے والا ہی رہے گا۔

## Accounts administration (اکاؤنٹس کا انتظام)

# unreviewed
workspace-nav-users = صارفین اور کردار
# unreviewed
users-title = صارفین اور کردار
# unreviewed
users-intro = ہر شخص کو وہ کردار دیں جن کی اسے ضرورت ہے، صحیح دائرے میں۔ ہر تبدیلی اس شخص کے کھلے ہوئے سیشن بند کر دیتی ہے اور ریکارڈ میں درج ہوتی ہے۔
# unreviewed
users-col-roles = کردار
# unreviewed
users-disabled = اکاؤنٹ بند ہے
# unreviewed
users-role = کردار
# unreviewed
users-scope-kind = دائرہ
# unreviewed
users-scope-target = کون سا (مختصر کوڈ)
# unreviewed
users-grant-submit = کردار شامل کریں
# unreviewed
users-revoke-submit = ہٹائیں
# unreviewed
users-disable-submit = اکاؤنٹ بند کریں
# unreviewed
users-saved = تبدیلی محفوظ ہو گئی۔
# unreviewed
users-error = تبدیلی محفوظ نہیں ہوئی: { $reason }
# unreviewed
scope-kind-network = پورا نیٹ ورک
# unreviewed
scope-kind-organisation = ادارہ
# unreviewed
scope-kind-desk = مرکز
# unreviewed
scope-kind-theme = موضوع
# unreviewed
scope-kind-language = زبان

## Workspace menu: desks, services and organisations (کام کی جگہ کا مینو)

# unreviewed
workspace-nav-desks = میرے مراکز

# unreviewed
workspace-nav-services = خدمات
# unreviewed
workspace-nav-organisations = ادارے
