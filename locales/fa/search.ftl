# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = جستجو
# unreviewed
search-intro = در برگه‌ها، پرسش‌های متداول، راهنماها، باجه‌ها و خدمات جستجو کنید، به زبان خودتان و به ایتالیایی.
# unreviewed
search-label = دنبال چه هستید؟
# unreviewed
search-submit = جستجو
# unreviewed
search-box-label = جستجو در سایت
# unreviewed
search-box-placeholder = جستجو: اجازه اقامت، کد مالیاتی…
# unreviewed
search-kind-label = نوع
# unreviewed
search-kind-sheet = برگه‌ها
# unreviewed
search-kind-faq = پرسش‌های متداول
# unreviewed
search-kind-guide = راهنماها
# unreviewed
search-kind-news = اخبار
# unreviewed
search-kind-desk = باجه‌ها
# unreviewed
search-kind-service = خدمات
# unreviewed
search-kind-online-service = خدمات آنلاین
# unreviewed
search-kind-event = رویدادها
# unreviewed
search-comune-label = کمون
# unreviewed
search-any-comune = همه کمون‌ها
# unreviewed
search-open-now = فقط باجه‌هایی که اکنون باز هستند
# unreviewed
search-near-me = نزدیک من
# unreviewed
search-results-heading = نتایج
# unreviewed
search-none = نتیجه‌ای پیدا نشد. واژه‌های دیگری را امتحان کنید یا برخی فیلترها را بردارید.
# unreviewed
search-original = به ایتالیایی: هنوز نسخه‌ای به زبان شما وجود ندارد.
# unreviewed
search-throttled = جستجوهای زیادی در زمان کوتاه از این اتصال. یک دقیقه دیگر دوباره تلاش کنید.
# unreviewed
search-pages = صفحه‌های نتایج
# unreviewed
search-previous = نتایج قبلی
# unreviewed
search-next = نتایج بعدی
# unreviewed
search-results =
    { $count ->
        [one] یک نتیجه
       *[other] { $count } نتیجه
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = جستجوهای بی‌پاسخ
# unreviewed
search-gaps-title = خوانندگان دنبال چه هستند
# unreviewed
search-gaps-intro = پرسش‌هایی که در ۹۰ روز گذشته دست‌کم سه بار جستجو شده‌اند و کم یا هیچ نتیجه‌ای داشته‌اند، در موضوع‌های مراکز شما و بدون موضوع، و نتیجه‌هایی که خوانندگان باز کرده‌اند. فقط شمارش: هیچ چیز درباره جستجوکننده.
# unreviewed
search-gaps-intro-network = پرسش‌هایی که در ۹۰ روز گذشته در کل شبکه دست‌کم سه بار جستجو شده‌اند و کم یا هیچ نتیجه‌ای داشته‌اند، و نتیجه‌هایی که خوانندگان باز کرده‌اند. فقط شمارش: هیچ چیز درباره جستجوکننده.
# unreviewed
search-gaps-heading = پرسش‌هایی که کم یا هیچ نتیجه‌ای دارند
# unreviewed
search-gaps-none = فعلاً پرسش بی‌پاسخی نیست.
# unreviewed
search-gaps-col-query = پرسش
# unreviewed
search-gaps-col-lang = زبان
# unreviewed
search-gaps-col-asked = دفعات جستجو
# unreviewed
search-gaps-col-empty = بدون نتیجه
# unreviewed
search-gaps-col-few = ۱–۲ نتیجه
# unreviewed
search-gaps-suggest = نوشتن پاسخ
# unreviewed
search-gaps-any-theme = بدون موضوع
# unreviewed
search-followed-heading = نتیجه‌های باز شده از جستجو
# unreviewed
search-followed-none = هنوز نتیجه‌ای باز نشده است.
# unreviewed
search-followed-col-result = نتیجه
# unreviewed
search-followed-col-clicks = دفعات باز شدن
