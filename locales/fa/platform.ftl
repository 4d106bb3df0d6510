# Sportello — Persian (Farsi) translation (machine draft, unreviewed). پیش‌نویس ترجمهٔ ماشینی فارسی: همهٔ پیام‌ها پیش‌نویس هستند و باید یک بازبین مسلط به فارسی آن‌ها را بررسی کند. Italian (locales/it) is the source.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell (ساختار سایت)

# unreviewed
site-name = دفتر راهنمایی ساکنان خارجی
# unreviewed
site-tagline = اطلاعات و خدمات برای ساکنان خارجی
# unreviewed
skip-link = رفتن به محتوای اصلی
# unreviewed
nav-main-label = منوی اصلی
# unreviewed
nav-home = صفحهٔ اصلی
# unreviewed
nav-desks = دفترهای راهنمایی
# unreviewed
nav-services = خدمات آنلاین
# unreviewed
language-switcher-summary = زبان
# unreviewed
language-switcher-label = زبان را انتخاب کنید
# unreviewed
translation-incomplete = بعضی بخش‌های این صفحه هنوز ترجمه نشده‌اند. این بخش‌ها به زبان ایتالیایی نشان داده می‌شوند.
# unreviewed
translation-draft = این ترجمه پیش‌نویس است: هنوز هیچ گویشور بومی آن را بازبینی نکرده است.
# unreviewed
footer-about = خدمتی از شبکهٔ منطقه‌ای دفترهای راهنمایی برای ساکنان خارجی.
# unreviewed
footer-demo = داده‌های نمایشی: نشانی‌ها، شماره‌تلفن‌ها و جزئیات دیگری که با «دادهٔ نمونه» مشخص شده‌اند ساختگی هستند.
# unreviewed
invented-marker = دادهٔ نمونه

## Themes: the name, and a one-line description (موضوع‌ها: نام و توضیح یک‌خطی)

# unreviewed
theme-permesso-di-soggiorno = اجازهٔ اقامت (permesso di soggiorno)
    .description = درخواست، تمدید و تبدیل اجازهٔ اقامت (permesso di soggiorno).
# unreviewed
theme-cittadinanza = تابعیت
    .description = چگونه تابعیت ایتالیا (cittadinanza) را درخواست کنید و پرونده‌تان را پیگیری کنید.
# unreviewed
theme-ricongiungimento-familiare = پیوستن خانواده (ricongiungimento familiare)
    .description = آوردن اعضای خانواده به ایتالیا: شرایط و مدارک.
# unreviewed
theme-residenza-anagrafe = اقامتگاه و ثبت احوال (anagrafe)
    .description = ثبت‌نام در دفتر ثبت احوال (anagrafe)، تغییر محل سکونت و گواهی‌ها.
# unreviewed
theme-salute = سلامت
    .description = ثبت‌نام در خدمات درمانی ملی (Servizio sanitario nazionale)، پزشک خانواده (medico di base)، گرفتن نوبت.
# unreviewed
theme-scuola = مدرسه
    .description = ثبت‌نام در مدرسه و در خدمات کودکان خردسال.
# unreviewed
theme-lavoro-formazione = کار و آموزش
    .description = پیدا کردن کار، قرارداد کار، دوره‌های آموزشی.
# unreviewed
theme-casa = مسکن
    .description = اجاره، مسکن دولتی (case popolari)، گواهی مناسب بودن خانه (idoneità alloggiativa).
# unreviewed
theme-prestazioni-sociali = کمک‌های اجتماعی
    .description = کمک‌هزینه‌ها، بُن‌ها (bonus) و کمک‌های مالی: چه کسی می‌تواند درخواست کند.
# unreviewed
theme-lingua-italiana = زبان ایتالیایی
    .description = کلاس‌های زبان ایتالیایی و آزمون‌های زبان.

## Desks (دفترها)

# unreviewed
desk-level-l1 = دفتر پذیرش اولیه
# unreviewed
desk-level-l2 = دفتر تخصصی ویژهٔ ساکنان خارجی
# unreviewed
desk-level-hub = مرکز موضوعی
# unreviewed
desk-themes-label = موضوع‌ها:
# unreviewed
desk-address-label = نشانی:

## Errors (خطاها)

# unreviewed
error-request-id = کد درخواست: { $id }
# unreviewed
error-request-id-help = اگر کمک می‌خواهید، این کد را بگویید.
# unreviewed
error-go-home = رفتن به صفحهٔ اصلی
# unreviewed
error-other-languages = این صفحه به زبان‌های دیگر
# unreviewed
error-400-title = درخواست نامعتبر
# unreviewed
error-400-body = نشانی وب یا داده‌های فرستاده‌شده معتبر نیستند. نشانی را بررسی کنید و دوباره امتحان کنید.
# unreviewed
error-403-title = دسترسی مجاز نیست
# unreviewed
error-403-body = شما اجازهٔ دیدن این صفحه را ندارید.
# unreviewed
error-404-title = صفحه پیدا نشد
# unreviewed
error-404-body = صفحه‌ای که دنبالش هستید وجود ندارد یا جابه‌جا شده است.
# unreviewed
error-405-title = این کار مجاز نیست
# unreviewed
error-405-body = این صفحه این نوع درخواست را نمی‌پذیرد.
# unreviewed
error-408-title = زمان تمام شد
# unreviewed
error-408-body = درخواست بیش از حد طول کشید. کمی بعد دوباره امتحان کنید.
# unreviewed
error-413-title = داده‌ها خیلی بزرگ است
# unreviewed
error-413-body = داده‌های فرستاده‌شده از بیشترین اندازهٔ مجاز بزرگ‌تر است.
# unreviewed
error-429-title = درخواست‌های بیش از حد
# unreviewed
error-429-body = شما در مدت کوتاهی درخواست‌های زیادی فرستاده‌اید. کمی صبر کنید و دوباره امتحان کنید.
# unreviewed
error-500-title = خطایی رخ داد
# unreviewed
error-500-body = مشکلی از طرف ما پیش آمد. کمی بعد دوباره امتحان کنید.
# unreviewed
error-503-title = سرویس در دسترس نیست
# unreviewed
error-503-body = سرویس موقتاً در دسترس نیست. کمی بعد دوباره امتحان کنید.

## Operators: sign-in and workspace (کارکنان: ورود و محیط کار)

# unreviewed
nav-workspace = بخش کارکنان
# unreviewed
logout-submit = خروج
# unreviewed
workspace-title = بخش کارکنان
# unreviewed
workspace-nav-label = منوی بخش کارکنان
# unreviewed
error-401-title = ورود لازم است
# unreviewed
error-401-body = برای دیدن این صفحه باید وارد شوید.
# unreviewed
error-code-csrf-invalid = فرم منقضی شده یا معتبر نیست. به صفحهٔ قبل برگردید، صفحه را دوباره بارگذاری کنید و دوباره امتحان کنید.

## Password reset and mail (بازنشانی رمز عبور و ایمیل)

# unreviewed
dev-mail-title = ایمیل‌های فرستاده‌شده (محیط توسعه)
# unreviewed
dev-mail-empty = پیامی نیست.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = پیدا کردن دفتر

# unreviewed
desk-by-appointment = فقط با وقت قبلی
# unreviewed
desk-email-label = ایمیل:
# unreviewed
desk-verified-on = اطلاعات در تاریخ { $date } بررسی شده است.

# unreviewed
channel-in_person = حضوری
# unreviewed
channel-phone = تلفنی
# unreviewed
channel-online = آنلاین
# unreviewed
channel-video = با تماس تصویری

# unreviewed
language-name-it = ایتالیایی
# unreviewed
language-name-ar = عربی
# unreviewed
language-name-en = انگلیسی
# unreviewed
language-name-fr = فرانسوی
# unreviewed
language-name-es = اسپانیایی
# unreviewed
language-name-zh = چینی
# unreviewed
language-name-sq = آلبانیایی
# unreviewed
language-name-ro = رومانیایی
# unreviewed
language-name-uk = اوکراینی
# unreviewed
language-name-ur = اردو
# unreviewed
language-name-bn = بنگالی
# unreviewed
language-name-fa = فارسی
# unreviewed
language-name-ru = روسی
# unreviewed
language-name-pt = پرتغالی
# unreviewed
language-name-wo = وولوف
# unreviewed
language-name-pa = پنجابی
# unreviewed
language-name-tl = تاگالوگ

# unreviewed
desk-edit-has-errors = بعضی از خانه‌ها باید اصلاح شوند؛ هیچ چیزی ذخیره نشد:
# unreviewed
desk-edit-description = توضیحات
# unreviewed
desk-edit-verified = امروز بررسی کردم که این اطلاعات درست است
# unreviewed
desk-edit-submit = ذخیرهٔ تغییرات
# unreviewed
desk-edit-saved = تغییرات ذخیره شد. درگاه عمومی تا چند ثانیهٔ دیگر آن‌ها را نشان می‌دهد.
# unreviewed
desk-public-page = دیدن صفحهٔ عمومی
# unreviewed
desk-verify-due = نیاز به بررسی: این اطلاعات در چند ماه گذشته تأیید نشده است.
# unreviewed
desk-history-heading = تاریخچهٔ تغییرات
# unreviewed
desk-history-empty = هیچ تغییری ثبت نشده است.
# unreviewed
desk-history-when = چه زمانی (UTC)
# unreviewed
desk-history-who = چه کسی
# unreviewed
desk-history-field = خانه
# unreviewed
desk-history-before = قبل
# unreviewed
desk-history-after = بعد
# unreviewed
desk-field-name = نام
# unreviewed
desk-field-description = توضیحات
# unreviewed
desk-field-channels = راه‌های تماس
# unreviewed
desk-field-by_appointment = فقط با وقت قبلی
# unreviewed
desk-field-email = ایمیل
# unreviewed
desk-field-verified_on = بررسی
# unreviewed
desk-edit-error-email = نشانی ایمیل معتبر نیست.
# unreviewed
desk-edit-error-too-long = متن خیلی طولانی است (حداکثر 2000 حرف).

## Dates in full (service pages and desk pages). (تاریخ کامل)

# unreviewed
# Gregorian month names in the Iranian form; Afghan (Dari) readers often use جنوری، فبروری، مارچ… — a reviewer may choose.
date-full-1 = { $day } ژانویه { $year }
# unreviewed
date-full-2 = { $day } فوریه { $year }
# unreviewed
date-full-3 = { $day } مارس { $year }
# unreviewed
date-full-4 = { $day } آوریل { $year }
# unreviewed
date-full-5 = { $day } مه { $year }
# unreviewed
date-full-6 = { $day } ژوئن { $year }
# unreviewed
date-full-7 = { $day } ژوئیه { $year }
# unreviewed
date-full-8 = { $day } اوت { $year }
# unreviewed
date-full-9 = { $day } سپتامبر { $year }
# unreviewed
date-full-10 = { $day } اکتبر { $year }
# unreviewed
date-full-11 = { $day } نوامبر { $year }
# unreviewed
date-full-12 = { $day } دسامبر { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = با https:// (یا http://) شروع کنید.

# unreviewed
edit-error-url = نشانی وب باید با https:// یا http:// شروع شود و فاصله نداشته باشد.
