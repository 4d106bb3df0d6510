### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = برگه‌های اطلاعات

## Kinds, states and sections

# unreviewed
kb-kind-sheet = برگهٔ روند اداری
# unreviewed
kb-kind-faq = پرسش رایج
# unreviewed
kb-kind-guide = راهنما
# unreviewed
kb-kind-news = خبر
# unreviewed
kb-status-draft = پیش‌نویس
# unreviewed
kb-status-in_review = در حال بازبینی
# unreviewed
kb-status-published = منتشرشده
# unreviewed
kb-status-archived = بایگانی‌شده
# unreviewed
kb-section-what = این چیست
# unreviewed
kb-section-who = برای چه کسانی است
# unreviewed
kb-section-how = چه باید کرد
# unreviewed
kb-section-needs = چه چیزهایی لازم است
# unreviewed
kb-section-outcome = چه چیزی به دست می‌آورید
# unreviewed
kb-section-time = زمان و مهلت‌ها
# unreviewed
kb-section-cost = هزینه چقدر است
# unreviewed
kb-section-where = به کجا مراجعه کنید
# unreviewed
kb-section-legal_basis = مبانی قانونی
# unreviewed
kb-section-more = اطلاعات بیشتر
# unreviewed
kb-section-contacts = راه‌های تماس
# unreviewed
kb-section-last_update = آخرین به‌روزرسانی
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (کد مالیاتی)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (کارت بیمهٔ درمانی)
# unreviewed
kb-prereq-spid-cie = SPID یا CIE
# unreviewed
kb-prereq-residenza = اقامت ثبت‌شده در شهرداری (residenza)
# unreviewed
kb-prereq-pec = PEC (ایمیل رسمی تأییدشده)

## Public pages

# unreviewed
kb-theme-empty = هنوز برگه‌ای دربارهٔ این موضوع وجود ندارد.
# unreviewed
kb-theme-desks = دفتری پیدا کنید که به این موضوع رسیدگی می‌کند
# unreviewed
kb-texts-in-italian = برگه‌ها به زبان ایتالیایی نوشته شده‌اند.
# unreviewed
kb-legal-review = این برگه پس از تغییر قانون در حال به‌روزرسانی است.
# unreviewed
kb-legal-review-short = نیاز به بررسی: قانون تغییر کرده است
# unreviewed
kb-owner = تهیه‌شده توسط
# unreviewed
kb-prerequisites = اول به این‌ها نیاز دارید
# unreviewed
kb-steps = مراحل
# unreviewed
kb-step-who = چه کسی
# unreviewed
kb-step-where = کجا
# unreviewed
kb-step-bring = چه چیزی همراه ببرید
# unreviewed
kb-step-cost = هزینه
# unreviewed
kb-step-time = زمان
# unreviewed
kb-variant-yours = در منطقهٔ شما:
# unreviewed
kb-variants-other = در مناطق دیگر چطور است
# unreviewed
kb-area-hint = در بعضی مناطق مراحل فرق می‌کند.
# unreviewed
kb-area-choose = دفتر خود را انتخاب کنید تا ببینید در محل زندگی شما کار چطور انجام می‌شود.
# unreviewed
kb-desks = دفترهایی که می‌توانند به شما کمک کنند
# unreviewed
kb-review-by = بررسی بعدی تا تاریخ
# unreviewed
kb-withdrawn-title = برگهٔ لغوشده
# unreviewed
kb-withdrawn-text = این برگه دیگر معتبر نیست و لغو شده است:
# unreviewed
kb-withdrawn-replaced = به جای آن این را ببینید:
# unreviewed
kb-withdrawn-ask = اطلاعات به‌روز را از یکی از دفترها بپرسید

## Workspace

# unreviewed
kb-ws-title = برگه‌های اطلاعات
# unreviewed
kb-ws-new-title = برگهٔ جدید
# unreviewed
kb-ws-editor-title = ویرایش برگه
# unreviewed
kb-ws-history-title = نسخه‌های برگه
# unreviewed
kb-ws-new-sheet = برگهٔ جدید
# unreviewed
kb-ws-new-faq = پرسش رایج جدید
# unreviewed
kb-ws-empty = برگه‌ای نیست که بتوانید بنویسید یا بازبینی کنید.
# unreviewed
kb-ws-back = بازگشت به برگه‌ها
# unreviewed
kb-ws-back-editor = بازگشت به برگه
# unreviewed
kb-ws-create = ساختن پیش‌نویس
# unreviewed
kb-ws-save = ذخیرهٔ نسخهٔ جدید
# unreviewed
kb-ws-edit-heading = متن
# unreviewed
kb-ws-history-link = نسخه‌ها و تفاوت‌ها
# unreviewed
kb-ws-version = نسخهٔ { $n }
# unreviewed
kb-ws-published-version = منتشرشده: نسخهٔ { $n }
# unreviewed
kb-ws-moved = انجام شد. وضعیت برگه اکنون:
# unreviewed
kb-field-title = عنوان
# unreviewed
kb-field-summary = به طور خلاصه
# unreviewed
kb-field-tags = کلیدواژه‌ها (با ویرگول جدا کنید)
# unreviewed
kb-field-kind = نوع
# unreviewed
kb-field-theme = موضوع
# unreviewed
kb-field-hub = مرکز موضوعی مسئول
# unreviewed
kb-field-status = وضعیت
# unreviewed
kb-field-slug = نشانی صفحه
# unreviewed
kb-field-slug-hint = حروف کوچک لاتین، رقم و خط تیره، برای نمونه rinnovo-permesso.
# unreviewed
kb-field-online-url = خدمت آنلاین (نشانی http یا https)
# unreviewed
kb-field-body = متن (Markdown)
# unreviewed
kb-steps-hint = برای هر مرحله از روند یک ردیف پر کنید. مرحلهٔ خالی ذخیره نمی‌شود.
# unreviewed
kb-step-n = مرحلهٔ { $n }
# unreviewed
kb-variant-n = حالت محلی { $n }
# unreviewed
kb-variant-area = منطقه
# unreviewed
kb-variant-area-hint = منطقهٔ یک حالت محلی: کد استان (برای نمونه BO) یا desk: و پس از آن نشانی یک دفتر (برای نمونه desk:hub-salute).
# unreviewed
kb-variant-label = نامی که نمایش داده می‌شود (برای نمونه Questura di Bologna)
# unreviewed
kb-minor = اصلاح جزئی (غلط تایپی): ترجمه‌ها معتبر می‌مانند
# unreviewed
kb-minor-short = جزئی
# unreviewed
kb-part-title = عنوان
# unreviewed
kb-part-summary = به طور خلاصه
# unreviewed
kb-part-who = چه کسی
# unreviewed
kb-part-where = کجا
# unreviewed
kb-part-bring = چه چیزی همراه ببرید
# unreviewed
kb-part-cost = هزینه
# unreviewed
kb-part-time = زمان
# unreviewed
kb-part-text = متن
# unreviewed
kb-part-label = نام حالت محلی
# unreviewed
kb-part-online_url = خدمت آنلاین
# unreviewed
kb-part-body = متن
# unreviewed
kb-part-step = مرحلهٔ { $n }: { $field }
# unreviewed
kb-workflow = بازبینی و انتشار
# unreviewed
kb-four-eyes-on = در این مرکز موضوعی، هر نسخه را کسی غیر از نویسندهٔ آن منتشر می‌کند.
# unreviewed
kb-comment = نظر
# unreviewed
kb-comment-add = افزودن نظر
# unreviewed
kb-comments = نظرهای بازبینی
# unreviewed
kb-comments-empty = هنوز نظری نیست.
# unreviewed
kb-publish-at = تاریخ انتشار (اختیاری)
# unreviewed
kb-publish-at-hint = به وقت رم. برای انتشار فوری خالی بگذارید.
# unreviewed
kb-action-submit = فرستادن برای بازبینی
# unreviewed
kb-action-return = بازگرداندن به نویسنده
# unreviewed
kb-action-publish = تأیید و انتشار
# unreviewed
kb-action-archive = بایگانی
# unreviewed
kb-action-reopen = بازکردن دوباره به صورت پیش‌نویس
# unreviewed
kb-conflict-title = وقتی شما می‌نوشتید، کسی نسخهٔ { $n } را ذخیره کرد
# unreviewed
kb-conflict-text = متن { $editor } در پایین است؛ متن شما در فرم مانده است. اگر دوباره ذخیره کنید، متن شما نسخهٔ بعدی می‌شود.
# unreviewed
kb-diff-from = از نسخهٔ
# unreviewed
kb-diff-to = تا نسخهٔ
# unreviewed
kb-diff-compare = مقایسه
# unreviewed
kb-diff-heading = تفاوت‌ها از نسخهٔ { $from } تا نسخهٔ { $to }
# unreviewed
kb-diff-none = در متن تفاوتی نیست.
# unreviewed
kb-diff-legend = متن حذف‌شده خط‌خورده است و متن اضافه‌شده زیرش خط کشیده شده است.
# unreviewed
kb-versions = همهٔ نسخه‌ها
# unreviewed
kb-version = نسخه
# unreviewed
kb-editor-system = بارگذاری اولیه

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = فقط کسانی که برگه‌های این مرکز موضوعی را بازبینی می‌کنند می‌توانند این کار را انجام دهند.
# unreviewed
kb-refused-transition = این تغییر از وضعیت فعلی برگه ممکن نیست.
# unreviewed
kb-refused-stale = در این فاصله برگه تغییر کرده است. نسخهٔ جدید را ببینید و دوباره امتحان کنید.
# unreviewed
kb-refused-comment-needed = نظری بنویسید و توضیح دهید چه چیزی باید تغییر کند.
# unreviewed
kb-refused-four-eyes = نمی‌توانید نسخه‌ای را که خودتان نوشته‌اید منتشر کنید: باید شخص دیگری آن را تأیید کند.
# unreviewed
kb-refused-schedule-past = تاریخ انتشار باید در آینده باشد.
# unreviewed
kb-refused-schedule-invalid = تاریخ انتشار معتبر نیست.
# unreviewed
kb-error-kind = نوع برگه را انتخاب کنید.
# unreviewed
kb-error-theme = یک موضوع انتخاب کنید.
# unreviewed
kb-error-hub = مرکز موضوعی‌ای را انتخاب کنید که می‌توانید برای آن بنویسید.
# unreviewed
kb-error-slug = نشانی فقط می‌تواند حروف کوچک لاتین، رقم و خط تیره داشته باشد.
# unreviewed
kb-error-slug-taken = در این موضوع برگه‌ای با همین نشانی از قبل وجود دارد.
# unreviewed
kb-error-title-missing = عنوان را بنویسید.
# unreviewed
kb-error-too-long = متن خیلی طولانی است.
# unreviewed
kb-error-url = خدمت آنلاین باید یک نشانی http یا https باشد.
# unreviewed
kb-error-prerequisite = یکی از پیش‌نیازها جزو موارد پیش‌بینی‌شده نیست.
# unreviewed
kb-error-too-many-steps = تعداد مراحل یا حالت‌های محلی بیش از حد است.
# unreviewed
kb-error-step-title = هر مرحله به یک عنوان نیاز دارد.
# unreviewed
kb-error-variant = هر حالت محلی به یک نام و یک متن نیاز دارد.
# unreviewed
kb-error-variant-area = منطقهٔ یک حالت محلی کد یک استان (BO) است یا desk: و نشانی یک دفتر.
# unreviewed
kb-error-norm = یکی از مبانی قانونی در فهرست ثبت‌شده نیست.

## Writing aids

# unreviewed
kb-aids = کمک‌های نگارشی
# unreviewed
kb-aids-unsaved = متن همان‌طور که نوشته‌اید بررسی می‌شود: هنوز ذخیره نشده است.
# unreviewed
kb-aids-gulpease = شاخص Gulpease { $score }: { $level }
# unreviewed
kb-aids-level-elementary = آسان برای کسانی که مدرک پایان دورهٔ ابتدایی دارند
# unreviewed
kb-aids-level-middle = آسان برای کسانی که مدرک پایان دورهٔ متوسطهٔ اول دارند
# unreviewed
kb-aids-level-high-school = آسان برای کسانی که دیپلم متوسطهٔ دوم دارند
# unreviewed
kb-aids-level-hard = دشوار حتی برای کسانی که دیپلم متوسطهٔ دوم دارند
# unreviewed
kb-aids-nothing = هنوز متنی برای سنجش وجود ندارد.
# unreviewed
kb-aids-needs-override = برای انتشار این برگه، کسی که آن را بازبینی می‌کند باید بنویسد چرا باید همین‌طور منتشر شود: خوانایی کمتر از 50 است یا واژه‌ای هست که طبق Carta di Roma باید از آن پرهیز کرد.
# unreviewed
kb-aids-long = جمله‌های طولانی
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } واژه
   *[other] { $count } واژه
}
# unreviewed
kb-aids-words-heading = واژه‌هایی که باید تغییر کنند
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = بررسی متن
# unreviewed
kb-override-reason = چرا با این حال منتشر شود (الزامی)
# unreviewed
kb-refused-needs-override = کمک‌های نگارشی این برگه را علامت زده‌اند: برای انتشار آن بنویسید چرا باید همین‌طور منتشر شود.
# unreviewed
kb-refused-override-too-long = توضیح بیش از حد طولانی است.

## The register of norms

# unreviewed
workspace-nav-norms = مبانی قانونی
# unreviewed
kb-norms-title = فهرست ثبت‌شدهٔ قوانین
# unreviewed
kb-norms-intro = قوانینی که برگه‌ها به آن‌ها استناد می‌کنند. وقتی قانونی تغییر می‌کند، تغییر را اعلام کنید: برگه‌هایی که به آن استناد می‌کنند به وضعیت «نیاز به بررسی: قانون تغییر کرده است» درمی‌آیند و مراکز موضوعی مسئول یک ایمیل دریافت می‌کنند.
# unreviewed
kb-norms-norm = قانون
# unreviewed
kb-norms-articles = برگه‌هایی که به آن استناد می‌کنند
# unreviewed
kb-norms-changed = آخرین تغییر اعلام‌شده
# unreviewed
kb-norms-mark = اعلام تغییر
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } برگه
   *[other] { $count } برگه
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] انجام شد: اکنون { $count } برگه نیاز به بررسی دارد.
   *[other] انجام شد: اکنون { $count } برگه نیاز به بررسی دارند.
}
# unreviewed
kb-norms-add = افزودن یا اصلاح یک قانون
# unreviewed
kb-norms-url = نشانی رسمی (برای مثال Normattiva)
# unreviewed
kb-norms-save = ذخیرهٔ قانون
# unreviewed
kb-norm-mail-subject = تغییر قانون: { $norm }
# unreviewed
kb-norm-mail-body = تغییری در { $norm } اعلام شده است. این برگه‌های مرکز موضوعی شما به آن استناد می‌کنند و اکنون در وضعیت «نیاز به بررسی: قانون تغییر کرده است» هستند؛ در درگاه تا وقتی که آن‌ها را پس از بررسی دوباره منتشر نکنید، هشداری نشان می‌دهند:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } برگه پس از تغییر قانون نیاز به بررسی دارد.
   *[other] { $count } برگه پس از تغییر قانون نیاز به بررسی دارند.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = این برگه هنوز به زبان شما ترجمه نشده است: متن ایتالیایی را در پایین می‌بینید.
# unreviewed
kb-tr-notice-outdated = متن ایتالیایی پس از این ترجمه تغییر کرده است: ممکن است برخی اطلاعات به‌روز نباشد.
# unreviewed
kb-tr-notice-machine = به‌طور خودکار ترجمه شده و هنوز هیچ شخصی آن را بررسی نکرده است.
# unreviewed
kb-tr-notice-current = ترجمه با متن اصلی ایتالیایی مقایسه و بررسی شده است.
# unreviewed
kb-tr-original = متن اصلی را به ایتالیایی بخوانید
# unreviewed
kb-tr-status-missing = نیاز به ترجمه
# unreviewed
kb-tr-status-outdated = نیاز به به‌روزرسانی
# unreviewed
kb-tr-status-machine = ترجمهٔ خودکار، نیاز به بررسی
# unreviewed
kb-tr-status-current = به‌روز
# unreviewed
kb-tr-queue-title = برگه‌های در انتظار ترجمه
# unreviewed
kb-tr-title = ترجمهٔ برگه
# unreviewed
kb-tr-back = بازگشت به برگه‌های در انتظار ترجمه
# unreviewed
kb-tr-diff = تغییرات متن ایتالیایی از زمان ترجمهٔ شما
# unreviewed
kb-tr-source = متن ایتالیایی
# unreviewed
kb-tr-yours = ترجمهٔ شما
# unreviewed
kb-tr-save = ذخیرهٔ ترجمه
# unreviewed
kb-tr-stale = در این فاصله متن ایتالیایی دوباره منتشر شده است. تفاوت‌ها را ببینید و دوباره ذخیره کنید.
# unreviewed
workspace-nav-kb-translations = برگه‌های در انتظار ترجمه

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = تبادل با مؤسسه‌های ترجمه (XLIFF 2.0)
# unreviewed
kb-xliff-intro = یک فایل XLIFF 2.0 با متن ایتالیایی برای ترجمه دانلود کنید و وقتی مؤسسه آن را برگرداند، آن را اینجا وارد کنید. اگر فایل خطایی داشته باشد، هیچ چیزی وارد نمی‌شود.
# unreviewed
kb-xliff-download-todo = دانلود برگه‌هایی که باید ترجمه یا به‌روز شوند
# unreviewed
kb-xliff-download-all = دانلود همهٔ برگه‌های منتشرشده
# unreviewed
kb-xliff-file = فایل XLIFF مؤسسه
# unreviewed
kb-xliff-import = وارد کردن ترجمه‌ها
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count } ترجمه وارد شد.
   *[other] { $count } ترجمه وارد شد.
}
# unreviewed
kb-xliff-refused = هیچ چیزی وارد نشد. فایل را اصلاح کنید و دوباره امتحان کنید:
# unreviewed
kb-xliff-problem = سطر { $line }: { $reason }
# unreviewed
kb-xliff-no-file = یک فایل XLIFF برای وارد کردن انتخاب کنید.
# unreviewed
kb-xliff-too-large = حجم فایل بیشتر از { $max } MB است.
# unreviewed
kb-xliff-encoding = فایل، متن با رمزگذاری UTF-8 نیست.
# unreviewed
kb-xliff-error-malformed = XML درست نوشته نشده است
# unreviewed
kb-xliff-error-not-xliff = این فایل XLIFF 2.0 نیست
# unreviewed
kb-xliff-error-doctype = اعلان DOCTYPE پذیرفته نمی‌شود
# unreviewed
kb-xliff-error-entity = موجودیت &{ $name }; ناشناخته است
# unreviewed
kb-xliff-error-missing-attribute = ویژگی { $name } وجود ندارد
# unreviewed
kb-xliff-error-unexpected = عنصر <{ $name }> در اینجا پیش‌بینی نشده است
# unreviewed
kb-xliff-error-inline-code = کد درون‌خطی <{ $name }> پشتیبانی نمی‌شود
# unreviewed
kb-xliff-error-duplicate-unit = واحد { $name } دو بار آمده است
# unreviewed
kb-xliff-error-bad-version = نسخهٔ { $name } عدد نیست
# unreviewed
kb-xliff-error-language = زبان‌های فایل ({ $name }) از ایتالیایی به این زبان نیستند
# unreviewed
kb-xliff-error-unknown-article = برگهٔ { $name } وجود ندارد یا دیگر منتشرشده نیست
# unreviewed
kb-xliff-error-stale = متن ایتالیایی { $name } پس از خروجی گرفتن تغییر کرده است: فایل را دوباره دانلود کنید
# unreviewed
kb-xliff-error-unknown-unit = واحد { $name } بخشی از این برگه نیست
# unreviewed
kb-xliff-error-untranslated = واحد { $name } ترجمه نشده است
# unreviewed
kb-xliff-error-invalid = فیلد { $name } معتبر نیست

## Sheets due for review

# unreviewed
workspace-nav-kb-review = برگه‌هایی که باید بازبینی شوند
# unreviewed
kb-review-title = برگه‌هایی که باید بازبینی شوند
# unreviewed
kb-review-intro = برگه‌های منتشرشدهٔ مراکز موضوعی شما که تاریخ بازبینی‌شان گذشته است یا ظرف 30 روز آینده فرا می‌رسد.
# unreviewed
kb-review-due = بازبینی تا تاریخ
# unreviewed
kb-review-overdue = سررسید گذشته
# unreviewed
kb-review-soon = سررسید نزدیک
# unreviewed
kb-review-none = هیچ برگه‌ای نیاز به بازبینی ندارد.
# unreviewed
kb-review-mark = تأیید می‌کنم که هنوز درست است
# unreviewed
kb-review-marked = برگه تأیید شد: بازبینی بعدی تا { $date } است.

## Readers' ratings

# unreviewed
kb-rating-legend = آیا این صفحه واضح بود؟
# unreviewed
kb-rating-1 = اصلاً واضح نبود
# unreviewed
kb-rating-2 = چندان واضح نبود
# unreviewed
kb-rating-3 = تا حدی واضح بود
# unreviewed
kb-rating-4 = واضح بود
# unreviewed
kb-rating-5 = خیلی واضح بود
# unreviewed
kb-rating-comment = چه چیزی کم بود یا فهمیدنش سخت بود؟ (اختیاری: اطلاعات شخصی ننویسید)
# unreviewed
kb-rating-send = ارسال
# unreviewed
kb-rating-thanks = سپاسگزاریم: پاسخ شما به ما کمک می‌کند این صفحه را بهتر کنیم.
# unreviewed
kb-rating-invalid = یک پاسخ از 1 تا 5 انتخاب کنید.
# unreviewed
kb-rating-too-long = نظر خیلی طولانی است (حداکثر { $max } نویسه).
# unreviewed
kb-rating-limited = پاسخ‌های زیادی از اتصال شما رسیده است: بعداً دوباره امتحان کنید.
# unreviewed
kb-ratings-title = پاسخ‌های خوانندگان
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } پاسخ، میانگین { $average } از 5
   *[other] { $count } پاسخ، میانگین { $average } از 5
}
# unreviewed
kb-ratings-none = هنوز هیچ خواننده‌ای پاسخ نداده است.
# unreviewed
kb-ratings-comments = آخرین نظرها
# unreviewed
kb-leaflet-link = بروشور برای چاپ (PDF، A4)
# unreviewed
kb-leaflet-scan = برای صفحهٔ به‌روز، کد را اسکن کنید
# unreviewed
kb-replaced-by = جایگزین‌شده با (اختیاری)
# unreviewed
kb-replaced-by-hint = نشانی برگهٔ منتشرشده‌ای که جای آن را می‌گیرد، برای نمونه /it/salute/iscrizione-ssn. صفحهٔ کنارگذاشته و کدهای QR بروشورهای چاپ‌شده به آنجا می‌برند.
# unreviewed
kb-refused-replacement = این نشانی به برگهٔ منتشرشده‌ای نمی‌رسد: آن را بررسی کنید و دوباره بکوشید، یا خانه را خالی بگذارید.
# unreviewed
kb-glossary = اصطلاحات واژه‌نامه
# unreviewed
kb-glossary-hint = اصطلاحات حقوقی که این متن به کار می‌برد: همیشه همین‌طور بنویسید و بار اول برای خواننده توضیح دهید که چیستند.
# unreviewed
kb-glossary-count = دفعات در متن: { $count }
# unreviewed
kb-glossary-translator = واژه‌نامه برای این زبان
# unreviewed
kb-glossary-translator-hint = اصطلاحات حقوقی متن ایتالیایی با ترجمهٔ توافق‌شده: از آن استفاده کنید تا خواننده همان واژه‌ها را در ادارات و فرم‌ها ببیند.
# unreviewed
kb-glossary-unreviewed = ترجمه هنوز بررسی نشده
# unreviewed
kb-glossary-none = ترجمهٔ توافق‌شده‌ای نیست
# unreviewed
kb-mt = ترجمهٔ ماشینی
# unreviewed
kb-mt-hint = از سرویس ترجمهٔ ماشینی یک پیش‌نویس بخواهید: تا وقتی آن را بازبینی و ذخیره نکنید، با اعلان «ترجمهٔ ماشینی، هنوز بررسی نشده» منتشر می‌شود.
# unreviewed
kb-mt-action = ساخت پیش‌نویس ماشینی
# unreviewed
kb-mt-done = پیش‌نویس ماشینی ذخیره شد: آن را بخوانید و ذخیره کنید تا اعلان برداشته شود.
# unreviewed
kb-mt-refused-readability = متن ایتالیایی برای ترجمهٔ ماشینی خوب بیش از حد دشوار است (شاخص Gulpease زیر ۵۰): از مرکز بخواهید آن را ساده کند، یا دستی ترجمه کنید.
# unreviewed
kb-mt-refused-human = این زبان ترجمه‌ای دارد که یک انسان انجام داده: بازنویسی نمی‌شود. آن را با تغییرات متن ایتالیایی دستی به‌روز کنید.
# unreviewed
kb-mt-unavailable = سرویس ترجمهٔ ماشینی پاسخ نمی‌دهد: چیزی ذخیره نشد. بعداً دوباره بکوشید یا دستی ترجمه کنید.
# unreviewed
workspace-nav-kb-links = پیوندهایی که باید اصلاح شوند
# unreviewed
kb-links-title = پیوندهایی که باید اصلاح شوند
# unreviewed
kb-links-intro = هر شب بررسی‌کنندهٔ پیوندها نشانی‌های بیرونی برگه‌های منتشرشده و ارجاعات حقوقی را، بی‌شتاب و هرگز به سوی نشانی‌های داخلی، بازدید می‌کند. اینجا آن‌هایی از برگه‌های شما که کار نمی‌کنند آمده است.
# unreviewed
kb-links-none = در برگه‌های شما پیوندی برای اصلاح نیست.
# unreviewed
kb-links-broken = سایت با خطا پاسخ می‌دهد ({ $status })
# unreviewed
kb-links-refused = بررسی نشد: نشانی عمومی وب نیست
# unreviewed
kb-links-unreachable = سایت پاسخ نمی‌دهد

# unreviewed
workspace-nav-kb-materials = مطالب
# unreviewed
kb-materials-title = مطالب اطلاع‌رسانی
# unreviewed
kb-materials-intro = بروشورها، تصاویر، فایل‌های صوتی و ویدیوهایی که مراکز تخصصی شبکه به زبان‌های گوناگون آماده کرده‌اند.
# unreviewed
kb-materials-filter = فیلتر کردن مطالب
# unreviewed
kb-materials-format = قالب
# unreviewed
kb-materials-any-format = هر قالبی
# unreviewed
kb-materials-submit = نمایش
# unreviewed
kb-materials-found = مطالب
# unreviewed
kb-materials-none = با این فیلترها مطلبی نیست.
# unreviewed
kb-materials-pages = صفحه‌های مطالب
# unreviewed
kb-materials-previous = صفحهٔ قبل
# unreviewed
kb-materials-next = صفحهٔ بعد
# unreviewed
kb-materials-of-article = مطالب برای دریافت
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = تصویر
# unreviewed
kb-material-format-audio = صوتی
# unreviewed
kb-material-format-video = ویدیو
# unreviewed
kb-material-size-kb = { $size } کیلوبایت
# unreviewed
kb-material-size-mb = { $size } مگابایت
# unreviewed
kb-materials-ws-title = مطالب مراکز
# unreviewed
kb-materials-ws-intro = آنچه اینجا می‌افزایید بی‌درنگ عمومی می‌شود، در مخزن مطالب و اگر برگه‌ای انتخاب کنید، در صفحهٔ آن.
# unreviewed
kb-material-field-title = عنوان
# unreviewed
kb-material-field-description = توضیح (اختیاری)
# unreviewed
kb-material-field-language = زبان مطلب
# unreviewed
kb-material-field-article = در برگه نمایش بده (اختیاری)
# unreviewed
kb-material-no-article = فقط در مخزن
# unreviewed
kb-material-what = یک فایل یا یک ویدیو
# unreviewed
kb-material-field-file = فایل
# unreviewed
kb-material-file-hint = PDF، تصویر PNG، JPEG یا WebP، صوت MP3، M4A یا Ogg.
# unreviewed
kb-material-limit = حداکثر { $size } مگابایت.
# unreviewed
kb-material-field-video = یا نشانی یک ویدیو (https://…)
# unreviewed
kb-material-save = افزودن مطلب
# unreviewed
kb-material-add = افزودن یک مطلب
# unreviewed
kb-material-remove = حذف
# unreviewed
kb-material-added = مطلب افزوده شد: اکنون عمومی است.
# unreviewed
kb-material-removed = مطلب همراه با فایلش حذف شد.
# unreviewed
kb-material-error-title = عنوانی بنویسید (حداکثر ۲۰۰ نویسه).
# unreviewed
kb-material-error-description = توضیح بیش از حد بلند است (حداکثر ۲۰۰۰ نویسه).
# unreviewed
kb-material-error-language = زبان مطلب را انتخاب کنید.
# unreviewed
kb-material-error-article = برگه‌ای از همان مرکز انتخاب کنید، یا هیچ‌کدام.
# unreviewed
kb-material-error-file-or-video = یک فایل انتخاب کنید یا نشانی یک ویدیو را بنویسید، نه هر دو را.
# unreviewed
kb-material-error-too-large = فایل بیش از حد بزرگ است: ذخیره نشد. آن را کوچک‌تر کنید و دوباره انتخاب کنید.
# unreviewed
kb-material-error-type = این فایل نه PDF است، نه تصویر (PNG، JPEG، WebP) و نه صوت (MP3، M4A، Ogg): محتوایش این را می‌گوید، نامش هر چه باشد. ذخیره نشد.
# unreviewed
kb-material-error-video = نشانی کامل ویدیو را بنویسید که با https:// شروع شود.

# unreviewed
kb-tr-status-legal = در انتظار بازبینی حقوقی مرکز
# unreviewed
kb-tr-notice-legal = قانونی که این برگه به آن استناد می‌کند تغییر کرده است: مرکز در حال بررسی متن است و سپس این ترجمه هم به‌روز می‌شود.

# unreviewed
kb-links-services = برگه‌های خدماتی که نگه می‌دارید
