### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = ترجمه‌ها
# unreviewed
translation-intro = ترجمه‌هایی که باید بازبینی شوند پیش‌نویس‌اند: با ماشین ساخته شده‌اند یا به دست کسی که این زبان، زبان مادری‌اش نیست. آن‌ها را کنار متن ایتالیایی بخوانید: همان‌طور که هستند تأییدشان کنید یا اصلاحشان کنید. هر بازبینی فوراً برای کل سایت اعمال می‌شود.
# unreviewed
translation-languages-heading = زبان‌هایی که می‌توانید بازبینی کنید
# unreviewed
translation-none = هیچ زبانی برای بازبینی ندارید: از هماهنگ‌کنندگان شبکه بخواهید.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } پیام برای بازبینی
   *[other] { $count } پیام برای بازبینی
}
# unreviewed
translation-queue-title = ترجمه‌های در انتظار بازبینی: { $language }
# unreviewed
translation-queue-empty = برای این زبان هیچ پیامی در انتظار بازبینی نیست.
# unreviewed
translation-back = همهٔ زبان‌ها
# unreviewed
translation-source = متن ایتالیایی
# unreviewed
translation-current = ترجمه
# unreviewed
translation-help = جانگهدارهایی را که با $ شروع می‌شوند و واژه‌های داخل کروشه در شکل‌های جمع را بدون تغییر نگه دارید.
# unreviewed
translation-stale = اصلاحی که پیش‌تر انجام داده بودید و چون متن تغییر کرده، دیگر استفاده نمی‌شود:
# unreviewed
translation-confirm = تأیید همان‌طور که هست
# unreviewed
translation-correct = ذخیرهٔ اصلاح
# unreviewed
translation-saved = بازبینی ذخیره شد.
# unreviewed
translation-error-syntax = متن معتبر نیست: آکولادها و شکل‌های جمع را بررسی کنید.
# unreviewed
translation-error-variables = متن باید دقیقاً همان جانگهدارهای متن ایتالیایی را به کار ببرد.
# unreviewed
translation-error-plural = متن از شکلی از جمع استفاده می‌کند که این زبان ندارد.
# unreviewed
translation-error-empty = اصلاح نمی‌تواند خالی باشد.
# unreviewed
translation-error-unknown = این پیام دیگر وجود ندارد.
# unreviewed
workspace-nav-translations = ترجمه‌ها
