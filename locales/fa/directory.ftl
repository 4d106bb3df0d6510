# Sportello — Persian (Farsi) translation (machine draft, unreviewed). پیش‌نویس ترجمهٔ ماشینی فارسی: همهٔ پیام‌ها پیش‌نویس هستند و باید یک بازبین مسلط به فارسی آن‌ها را بررسی کند. Italian (locales/it) is the source.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory). (جست‌وجوی دفتر، صفحه‌های دفتر و ساعت کار)

# unreviewed
finder-intro = دفتر مناسب را پیدا کنید: نزدیک شما، با زبان شما، و همین حالا باز. در این فهرست مراکز موضوعی، دفترهای تخصصی ویژهٔ ساکنان خارجی و دفترهای پذیرش اولیه (URP یعنی دفتر ارتباط با مردم، و دفترهای خدمات اجتماعی) هستند.
# unreviewed
finder-near-label = نزدیک به (شهر، comune)
# unreviewed
finder-near-hint = نام شهر (comune) را بنویسید، برای مثال Bologna.
# unreviewed
finder-use-position = استفاده از موقعیت من
# unreviewed
finder-language-label = زبان گفت‌وگو
# unreviewed
finder-any-language = هر زبانی
# unreviewed
finder-open-now-label = فقط دفترهایی که الان باز هستند
# unreviewed
finder-more-filters = فیلترهای بیشتر
# unreviewed
finder-theme-label = موضوع
# unreviewed
finder-any-theme = همهٔ موضوع‌ها
# unreviewed
finder-level-label = نوع دفتر
# unreviewed
finder-any-level = همهٔ انواع
# unreviewed
finder-channel-label = راه تماس
# unreviewed
finder-any-channel = همهٔ راه‌ها
# unreviewed
finder-province-label = استان (provincia)
# unreviewed
finder-any-province = همهٔ استان‌ها
# unreviewed
finder-submit = جست‌وجو
# unreviewed
finder-sorted-by-distance = از نزدیک‌ترین به دورترین.
# unreviewed
finder-no-results = هیچ دفتری با جست‌وجوی شما جور نیست. چند فیلتر را بردارید و دوباره امتحان کنید.
# unreviewed
finder-map-label = نقشهٔ دفترهای پیدا شده
# unreviewed
finder-map-attribution = © مشارکت‌کنندگان OpenStreetMap
# unreviewed
finder-geojson-link = دانلود دفترهای عمومی (GeoJSON، دادهٔ باز)
# unreviewed
finder-error-theme = این موضوع وجود ندارد: یکی را از فهرست انتخاب کنید.
# unreviewed
finder-error-level = این نوع دفتر وجود ندارد: یکی را از فهرست انتخاب کنید.
# unreviewed
finder-error-language = این زبان معتبر نیست: یکی را از فهرست انتخاب کنید.
# unreviewed
finder-error-channel = این راه تماس وجود ندارد: یکی را از فهرست انتخاب کنید.
# unreviewed
finder-error-page = شمارهٔ صفحه معتبر نیست: صفحهٔ اول را نشان می‌دهیم.
# unreviewed
finder-error-position = موقعیت معتبر نیست. به جای آن نام شهر (comune) را بنویسید.
# unreviewed
finder-error-comune = شهر «{ $name }» را میان شهرهایی که دفتر دارند پیدا نکردیم. این‌ها را امتحان کنید: { $suggestions }.

# unreviewed
desk-open = الان باز است
# unreviewed
desk-open-until = الان باز است، ساعت { $time } بسته می‌شود
# unreviewed
desk-closed = بسته
# unreviewed
desk-closed-opens-today = الان بسته است، امروز ساعت { $time } باز می‌شود
# unreviewed
desk-closed-opens-on = الان بسته است، { $day } ساعت { $time } باز می‌شود
# unreviewed
desk-hours-unknown = ساعت کار در دسترس نیست: با دفتر تماس بگیرید.
# unreviewed
desk-distance = { $km } کیلومتر فاصله
# unreviewed
desk-address-reserved = نشانی منتشر نمی‌شود (در { $comune }): با دفتر تماس بگیرید.
# unreviewed
desk-languages-label = زبان‌های گفت‌وگو:
# unreviewed
desk-where-heading = کجاست
# unreviewed
desk-open-map = دیدن روی نقشهٔ OpenStreetMap
# unreviewed
desk-accessibility-label = دسترسی برای افراد دارای معلولیت:
# unreviewed
desk-hours-heading = ساعت کار
# unreviewed
desk-week-caption = ساعت کار این هفته (به وقت ایتالیا)
# unreviewed
desk-week-day = روز
# unreviewed
desk-week-hours = ساعت
# unreviewed
desk-week-languages = زبان‌های گفت‌وگو
# unreviewed
desk-today = امروز
# unreviewed
desk-day-closed = بسته
# unreviewed
desk-contact-heading = راه‌های تماس
# unreviewed
desk-phone-label = تلفن:
# unreviewed
desk-channels-label = راه تماس:
# unreviewed
desk-updated-on = آخرین به‌روزرسانی: { $date }.
# unreviewed
breadcrumb-label = شما این‌جا هستید

# unreviewed
weekday-1 = دوشنبه
# unreviewed
weekday-2 = سه‌شنبه
# unreviewed
weekday-3 = چهارشنبه
# unreviewed
weekday-4 = پنجشنبه
# unreviewed
weekday-5 = جمعه
# unreviewed
weekday-6 = شنبه
# unreviewed
weekday-7 = یکشنبه
# unreviewed
# Gregorian month names in the Iranian form; Afghan (Dari) readers often use جنوری، فبروری، مارچ… — a reviewer may choose.
month-1 = ژانویه
# unreviewed
month-2 = فوریه
# unreviewed
month-3 = مارس
# unreviewed
month-4 = آوریل
# unreviewed
month-5 = مه
# unreviewed
month-6 = ژوئن
# unreviewed
month-7 = ژوئیه
# unreviewed
month-8 = اوت
# unreviewed
month-9 = سپتامبر
# unreviewed
month-10 = اکتبر
# unreviewed
month-11 = نوامبر
# unreviewed
month-12 = دسامبر
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = ویرایش دفتر
# unreviewed
desk-edit-back = بازگشت به دفتر
# unreviewed
desk-edit-name = نام دفتر
# unreviewed
desk-edit-hours = ساعت کار
# unreviewed
desk-edit-hours-hint = با قالب OpenStreetMap، برای مثال: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = تعطیلات رسمی). روزهای تعطیل: Aug off یا 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = زبان‌های گفت‌وگو
# unreviewed
desk-edit-languages-hint = کدهای ISO که با ویرگول جدا شده‌اند، برای مثال: it, ar, en, zh.
# unreviewed
desk-edit-link = ویرایش اطلاعات دفتر
# unreviewed
desk-field-opening_hours = ساعت کار
# unreviewed
desk-field-languages = زبان‌ها
# unreviewed
desk-field-phone = تلفن
# unreviewed
desk-field-accessibility = دسترسی‌پذیری
# unreviewed
desk-edit-error-name = نام دفتر را بنویسید (حداکثر 200 حرف).
# unreviewed
desk-edit-error-hours = ساعت کار با قالب OpenStreetMap نوشته نشده است.
# unreviewed
desk-edit-error-hours-at = ساعت کار با قالب OpenStreetMap نوشته نشده است: از حرف شمارهٔ { $column } بررسی کنید.
# unreviewed
desk-edit-error-languages = زبان‌ها را با کدهای ISO دو یا سه‌حرفی بنویسید و با ویرگول جدا کنید.
# unreviewed
desk-edit-error-phone = شمارهٔ تلفن فقط می‌تواند رقم، فاصله و + - / . ( ) داشته باشد.
# unreviewed
desk-edit-error-channels = دست‌کم یک راه برای تماس با دفتر انتخاب کنید.

# unreviewed
desk-services-heading = خدماتی که این‌جا ارائه می‌شود
# unreviewed
desk-services-none = هیچ خدمتی برای این دفتر ثبت نشده است: از خود دفتر بپرسید.
# unreviewed
desk-how-to-book = برای رفتن به این دفتر وقت بگیرید: با راه‌های تماس زیر تلفن بزنید یا پیام بنویسید.
# unreviewed
desk-hubs-heading = مراکز موضوعی مرجع
# unreviewed
desk-hubs-intro = برای سخت‌ترین پرسش‌ها دربارهٔ این موضوع‌ها، این دفتر از مراکز موضوعی شبکه کمک می‌گیرد.
# unreviewed
desk-edit-address = نشانی
# unreviewed
desk-edit-postcode = کد پستی (CAP)
# unreviewed
desk-edit-comune = شهر (comune)
# unreviewed
desk-edit-province = استان (کد دوحرفی، برای مثال BO)
# unreviewed
desk-edit-latitude = عرض جغرافیایی
# unreviewed
desk-edit-longitude = طول جغرافیایی
# unreviewed
desk-edit-position-hint = به درجهٔ اعشاری، برای مثال 44.4939 و 11.3426 (این اعداد را در OpenStreetMap پیدا می‌کنید).
# unreviewed
desk-edit-sensitive = نشانی غیرعمومی
# unreviewed
desk-edit-sensitive-hint = برای مکان‌های حفاظت‌شده: نشانی و موقعیت هرگز در درگاه، روی نقشه یا در داده‌های باز نشان داده نمی‌شوند.
# unreviewed
desk-edit-error-address = نشانی را بنویسید (حداکثر 200 حرف).
# unreviewed
desk-edit-error-sensitive = فقط هماهنگ‌کنندگان شبکه می‌توانند محرمانه بودن نشانی را تغییر دهند.
# unreviewed
desk-edit-error-comune = نام شهر را بنویسید (حداکثر 100 حرف).
# unreviewed
desk-edit-error-postcode = کد پستی (CAP) خیلی طولانی است.
# unreviewed
desk-edit-error-province = استان را با کد دوحرفی آن بنویسید، برای مثال BO.
# unreviewed
desk-edit-error-position = عرض و طول جغرافیایی را به درجهٔ اعشاری بنویسید: عرض بین -90 و 90، طول بین -180 و 180.
# unreviewed
desk-field-address = نشانی
# unreviewed
desk-field-postcode = کد پستی (CAP)
# unreviewed
desk-field-comune = شهر (comune)
# unreviewed
desk-field-province = استان
# unreviewed
desk-field-position = موقعیت
# unreviewed
desk-field-sensitive = نشانی غیرعمومی
# unreviewed
desk-edit-language-hours = زبان‌هایی که فقط در ساعت‌های خاصی صحبت می‌شوند
# unreviewed
desk-edit-language-hours-hint = برای هر زبان یک خط: کد زبان و ساعت‌ها با قالب OpenStreetMap، برای مثال «ar Mo,We,Fr 09:00-13:00». زبان‌هایی که این‌جا نیامده‌اند در همهٔ ساعت‌های کار دفتر صحبت می‌شوند.
# unreviewed
desk-edit-error-slot = هر خط باید کد یکی از زبان‌هایی را که در دفتر صحبت می‌شود و ساعت‌های آن را با قالب OpenStreetMap داشته باشد، برای مثال: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = زبان‌ها در ساعت‌های خاص

## Desks (دفترها)

# unreviewed
desks-title = دفترهای شبکه
# unreviewed
desks-intro = همهٔ دفترهای شبکه: مراکز موضوعی، دفترهای تخصصی ویژهٔ ساکنان خارجی و دفترهای پذیرش اولیه (URP یعنی دفتر ارتباط با مردم، و دفترهای خدمات اجتماعی).
# unreviewed
# Persian keeps the noun singular after a number; both variants are the same on purpose.
desks-count = { $count ->
    [one] { $count } دفتر
   *[other] { $count } دفتر
}
# unreviewed
pagination-label = صفحه‌ها
# unreviewed
pagination-previous = صفحهٔ قبل
# unreviewed
pagination-next = صفحهٔ بعد
# unreviewed
pagination-status = صفحهٔ { $page } از { $pages }

## Workspace: desks (محیط کار: دفترها)

# unreviewed
ws-desks-title = دفترهای من
# unreviewed
ws-desks-intro = دفترهایی که در آن‌ها نقشی دارید.
# unreviewed
ws-desks-empty = هیچ دفتری در نقش‌های شما نیست.

## Editing organisations in the workspace. (ویرایش نهادها)

# unreviewed
ws-orgs-title = نهادها
# unreviewed
ws-orgs-intro = نهادهایی که می‌توانید اطلاعاتشان را ویرایش کنید: نهادهایی که در آن‌ها نقش مدیریت یا هماهنگی دارید، همراه با نهادهای زیرمجموعهٔ آن‌ها.
# unreviewed
ws-orgs-empty = هیچ نهادی در نقش‌های شما نیست.

# unreviewed
org-edit-title = ویرایش نهاد
# unreviewed
org-edit-back = بازگشت به نهادها
# unreviewed
org-edit-link = ویرایش اطلاعات نهاد
# unreviewed
org-edit-name = نام نهاد
# unreviewed
org-edit-alternate-name = نام دیگر یا مخفف
# unreviewed
org-edit-website = وب‌سایت
# unreviewed
org-edit-error-name = نام نهاد را بنویسید (حداکثر 200 حرف).
# unreviewed
org-edit-error-alternate-name = نام دیگر حداکثر می‌تواند 200 حرف داشته باشد.

# unreviewed
edit-field-alternate_name = نام دیگر
# unreviewed
edit-field-website = وب‌سایت
