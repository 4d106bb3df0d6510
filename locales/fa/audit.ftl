# Sportello — Persian (Farsi) translation (machine draft, unreviewed). پیش‌نویس ترجمهٔ ماشینی فارسی: همهٔ پیام‌ها پیش‌نویس هستند و باید یک بازبین مسلط به فارسی آن‌ها را بررسی کند. Italian (locales/it) is the source.

### Audit: the audit log page.

## Operators: sign-in and workspace (کارکنان: ورود و محیط کار)

# unreviewed
audit-title = گزارش فعالیت‌ها
# unreviewed
audit-filter-action = عملیات (آغاز نام)
# unreviewed
audit-filter-actor = چه کسی (ایمیل)
# unreviewed
audit-filter-submit = فیلتر کردن
# unreviewed
audit-col-when = چه زمانی
# unreviewed
audit-col-who = چه کسی
# unreviewed
audit-col-action = عملیات
# unreviewed
audit-col-object = مورد
# unreviewed
audit-col-ip = نشانی IP
# unreviewed
audit-empty = با این فیلترها هیچ فعالیتی ثبت نشده است.
