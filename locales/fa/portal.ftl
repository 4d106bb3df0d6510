# Sportello — Persian (Farsi) translation (machine draft, unreviewed). پیش‌نویس ترجمهٔ ماشینی فارسی: همهٔ پیام‌ها پیش‌نویس هستند و باید یک بازبین مسلط به فارسی آن‌ها را بررسی کند. Italian (locales/it) is the source.

### Portal: the home page.

## Home (صفحهٔ اصلی)

# unreviewed
home-title = اطلاعات برای ساکنان خارجی
# unreviewed
home-intro = اطلاعات روشن دربارهٔ مدارک، سلامت، مدرسه، کار و مسکن پیدا کنید، و نزدیک‌ترین دفتر به خودتان را هم پیدا کنید.
# unreviewed
home-themes-heading = موضوع‌ها
# unreviewed
home-hubs-heading = مراکز موضوعی شبکه
# unreviewed
home-hubs-intro = مراکز موضوعی اطلاعات هر موضوع را برای کل شبکه آماده می‌کنند.
# unreviewed
home-desks-heading = دفترهای راهنمایی ساکنان خارجی
# unreviewed
home-all-desks = { $count ->
    [one] دیدن تنها دفتر شبکه
   *[other] دیدن همهٔ { $count } دفتر شبکه
}
# unreviewed
home-no-desks = هنوز هیچ دفتری ثبت نشده است.

# unreviewed
home-open-desks-link = دفترهایی که الان باز هستند و به زبان { $language } صحبت می‌کنند
