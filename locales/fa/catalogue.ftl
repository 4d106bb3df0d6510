# Sportello — Persian (Farsi) translation (machine draft, unreviewed). پیش‌نویس ترجمهٔ ماشینی فارسی: همهٔ پیام‌ها پیش‌نویس هستند و باید یک بازبین مسلط به فارسی آن‌ها را بررسی کند. Italian (locales/it) is the source.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages. (فهرست خدمات آنلاین و صفحه‌های خدمت)

# unreviewed
catalogue-title = خدمات آنلاین
# unreviewed
catalogue-intro = خدماتی که می‌توانید از خانه، با تلفن همراه یا رایانه استفاده کنید: چه کسی آن‌ها را ارائه می‌دهد، به چه کاری می‌آیند و برای ورود به چه چیزی نیاز دارید.
# unreviewed
catalogue-help = اگر برای استفاده از آن‌ها کمک لازم دارید، یکی از دفترهای شبکه می‌تواند به شما کمک کند.
# unreviewed
catalogue-help-link = پیدا کردن دفتر
# unreviewed
catalogue-empty = هنوز هیچ خدمت آنلاینی در فهرست نیست.
# unreviewed
catalogue-breadcrumb-label = مسیر
# unreviewed
catalogue-categories-heading = دسته‌ها
# unreviewed
catalogue-category-vita-del-cittadino = زندگی روزمره و مدارک
# unreviewed
catalogue-category-istruzione = آموزش و تحصیل
# unreviewed
catalogue-category-cultura = فرهنگ
# unreviewed
catalogue-category-lavoro-formazione = کار و آموزش
# unreviewed
catalogue-category-salute = سلامت
# unreviewed
catalogue-provider = نهاد ارائه‌دهنده:
# unreviewed
catalogue-what = این چیست:
# unreviewed
catalogue-who = چه کسی می‌تواند استفاده کند:
# unreviewed
catalogue-login = برای ورود چه لازم است
# unreviewed
catalogue-login-spid = SPID (هویت دیجیتال عمومی ایتالیا)
# unreviewed
catalogue-login-cie = CIE (کارت شناسایی الکترونیکی ایتالیا)
# unreviewed
catalogue-login-cns = CNS (کارت بهداشت تراشه‌دار، tessera sanitaria)
# unreviewed
catalogue-login-none = هویت دیجیتال لازم نیست
# unreviewed
catalogue-plain-note = به زبان ساده:
# unreviewed
catalogue-open-online = رفتن به خدمت آنلاین
# unreviewed
catalogue-external = سایت بیرونی
# unreviewed
catalogue-details = مشخصات خدمت
# unreviewed
catalogue-service-kicker = مشخصات خدمت
# unreviewed
catalogue-toc-heading = در این صفحه
# unreviewed
catalogue-sec-what = این چیست
# unreviewed
catalogue-sec-who = برای چه کسانی است
# unreviewed
catalogue-sec-how = چه باید کرد
# unreviewed
catalogue-sec-need = چه لازم است
# unreviewed
catalogue-sec-get = چه به دست می‌آورید
# unreviewed
catalogue-sec-time = زمان و مهلت‌ها
# unreviewed
catalogue-sec-cost = هزینه
# unreviewed
catalogue-sec-access = دسترسی به خدمت
# unreviewed
catalogue-sec-more = اطلاعات بیشتر
# unreviewed
catalogue-sec-contacts = راه‌های تماس
# unreviewed
catalogue-sec-updated = آخرین به‌روزرسانی
# unreviewed
catalogue-not-stated = این اطلاعات در دسترس نیست: از یکی از دفترها بپرسید.
# unreviewed
catalogue-no-documents = مدرک خاصی لازم نیست.
# unreviewed
catalogue-access-online = آنلاین
# unreviewed
catalogue-access-book = گرفتن وقت
# unreviewed
catalogue-by-appointment = این خدمت با وقت قبلی است: برای گرفتن وقت با یکی از دفترهای زیر تماس بگیرید.
# unreviewed
catalogue-access-where = کجا
# unreviewed
catalogue-access-ask = برای این‌که بدانید این خدمت را کجا درخواست کنید، به یکی از دفترهای شبکه مراجعه کنید.
# unreviewed
catalogue-channels = چگونه می‌توانید از آن استفاده کنید:
# unreviewed
catalogue-channel-in-person = حضوری در دفتر
# unreviewed
catalogue-channel-phone = تلفنی
# unreviewed
catalogue-channel-online = آنلاین
# unreviewed
catalogue-channel-video = با تماس تصویری
# unreviewed
catalogue-themes = موضوع‌ها:
# unreviewed
catalogue-category = دستهٔ فهرست:
# unreviewed
catalogue-provider-website = وب‌سایت نهاد
# unreviewed
catalogue-contacts-desks = برای اطلاعات می‌توانید به یکی از دفترهای شبکه مراجعه کنید.
# unreviewed
catalogue-phone = تلفن:
# unreviewed
catalogue-email = ایمیل:
# unreviewed
catalogue-desk-level-l1 = دفتر پذیرش اولیه
# unreviewed
catalogue-desk-level-l2 = دفتر تخصصی
# unreviewed
catalogue-desk-level-hub = مرکز موضوعی
# unreviewed
catalogue-cost-free = رایگان
# unreviewed
catalogue-cost-euro = { $amount } یورو

## Editing services in the workspace. (ویرایش خدمات)

# unreviewed
ws-services-title = خدمات
# unreviewed
ws-services-intro = خدماتی که می‌توانید ویرایش کنید: خدماتی که دفترهای شما ارائه می‌دهند و خدمات نهادهای شما.
# unreviewed
ws-services-empty = هیچ خدمتی در نقش‌های شما نیست.

# unreviewed
service-edit-title = ویرایش خدمت
# unreviewed
service-edit-back = بازگشت به خدمت
# unreviewed
service-edit-link = ویرایش اطلاعات خدمت
# unreviewed
service-edit-name = نام خدمت
# unreviewed
service-edit-eligibility = چه کسی می‌تواند درخواست کند
# unreviewed
service-edit-application = نحوهٔ درخواست
# unreviewed
service-edit-outcome = چه به دست می‌آورید
# unreviewed
service-edit-wait-time = مدت زمان
# unreviewed
service-edit-fees = هزینه‌ها
# unreviewed
service-edit-documents = مدارکی که باید بیاورید
# unreviewed
service-edit-documents-hint = در هر خط یک مدرک.
# unreviewed
service-edit-url = نشانی وب خدمت
# unreviewed
service-edit-channels = راه‌های استفاده از خدمت
# unreviewed
service-edit-login-hint = فقط برای خدمات آنلاین.
# unreviewed
service-edit-plain-note = یادداشت به زبان ساده
# unreviewed
service-edit-plain-note-hint = برای کسانی که ایتالیایی را به عنوان زبان دوم می‌خوانند: جمله‌های کوتاه، کلمه‌های رایج.

# unreviewed
service-edit-error-name = نام خدمت را بنویسید (حداکثر 200 حرف).
# unreviewed
service-edit-error-organisation-only = فقط ویراستاران سازمانی که این خدمت را ارائه می‌دهد می‌توانند این بخش را تغییر دهند.
# unreviewed
service-edit-error-channels = دست‌کم یک راه برای استفاده از خدمت انتخاب کنید.
# unreviewed
service-edit-error-login = ورود با SPID، CIE یا CNS فقط برای خدمات آنلاین است، و گزینهٔ «هویت دیجیتال لازم نیست» با گزینه‌های دیگر با هم انتخاب نمی‌شود.
# unreviewed
service-edit-error-documents = حداکثر 30 مدرک، هر کدام حداکثر 300 حرف.

# unreviewed
edit-field-eligibility_description = چه کسی می‌تواند درخواست کند
# unreviewed
edit-field-application_process = نحوهٔ درخواست
# unreviewed
edit-field-outcome = چه به دست می‌آورید
# unreviewed
edit-field-wait_time = مدت زمان
# unreviewed
edit-field-fees_description = هزینه‌ها
# unreviewed
edit-field-url = نشانی وب
# unreviewed
edit-field-plain_note = یادداشت به زبان ساده
# unreviewed
edit-field-login = ورود آنلاین
# unreviewed
edit-field-required_documents = مدارک
