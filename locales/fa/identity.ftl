# Sportello — Persian (Farsi) translation (machine draft, unreviewed). پیش‌نویس ترجمهٔ ماشینی فارسی: همهٔ پیام‌ها پیش‌نویس هستند و باید یک بازبین مسلط به فارسی آن‌ها را بررسی کند. Italian (locales/it) is the source.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace (کارکنان: ورود و محیط کار)

# unreviewed
login-title = ورود کارکنان
# unreviewed
login-intro = این بخش فقط برای کارکنان شبکهٔ دفترهای راهنمایی است.
# unreviewed
login-email = نشانی ایمیل
# unreviewed
login-password = رمز عبور
# unreviewed
login-submit = ورود
# unreviewed
login-refused = ایمیل یا رمز عبور درست نیست، یا حساب کاربری غیرفعال شده است.
# unreviewed
login-throttled = تلاش‌های ناموفق بیش از حد. { $seconds ->
    [one] { $seconds } ثانیهٔ
   *[other] { $seconds } ثانیهٔ
} دیگر دوباره امتحان کنید.
# unreviewed
workspace-welcome = خوش آمدید، { $name }.
# unreviewed
workspace-roles-heading = نقش‌های شما
# unreviewed
workspace-no-roles = هنوز هیچ نقشی به شما داده نشده است: از هماهنگ‌کنندگان شبکه بخواهید.
# unreviewed
workspace-nav-profile = نمایه
# unreviewed
workspace-nav-audit = گزارش فعالیت‌ها
# unreviewed
profile-title = نمایهٔ شما
# unreviewed
profile-email = ایمیل:
# unreviewed
profile-password-heading = تغییر رمز عبور
# unreviewed
profile-current-password = رمز عبور فعلی
# unreviewed
profile-new-password = رمز عبور جدید (دست‌کم 12 حرف)
# unreviewed
profile-confirm-password = رمز عبور جدید را دوباره بنویسید
# unreviewed
profile-password-submit = تغییر رمز عبور
# unreviewed
profile-password-changed = رمز عبور تغییر کرد. نشست‌های باز دیگر بسته شدند.
# unreviewed
profile-password-wrong = رمز عبور فعلی درست نیست.
# unreviewed
profile-password-mismatch = دو رمز عبور جدید با هم یکی نیستند.
# unreviewed
profile-password-too-short = رمز عبور جدید باید دست‌کم 12 حرف داشته باشد.
# unreviewed
role-admin = مدیریت
# unreviewed
role-coordinator = هماهنگی منطقه‌ای
# unreviewed
role-hub_editor = ویراستار مرکز موضوعی
# unreviewed
role-l2_operator = کارمند دفتر تخصصی
# unreviewed
role-l1_operator = کارمند دفتر پذیرش اولیه
# unreviewed
role-translator = ترجمه
# unreviewed
role-trainer = آموزش
# unreviewed
role-viewer = فقط مشاهده
# unreviewed
scope-network = کل شبکه
# unreviewed
scope-organisation = نهاد { $target }
# unreviewed
scope-desk = دفتر { $target }
# unreviewed
scope-theme = موضوع { $target }
# unreviewed
scope-language = زبان { $target }

## Two-factor authentication (تأیید دومرحله‌ای)

# unreviewed
workspace-nav-twofa = تأیید دومرحله‌ای
# unreviewed
code-title = کد تأیید
# unreviewed
code-intro = برنامهٔ احراز هویت را در تلفن همراه باز کنید و کد 6 رقمی را بنویسید. اگر تلفن همراهتان را ندارید، از یکی از کدهای بازیابی استفاده کنید.
# unreviewed
code-label = کد
# unreviewed
code-submit = تأیید
# unreviewed
code-refused = کد معتبر نیست یا قبلاً استفاده شده است. با کد جدید دوباره امتحان کنید.
# unreviewed
code-attempts-exhausted = کدهای اشتباه زیادی وارد شد: برای امنیت، ورود لغو شد. دوباره ایمیل و رمز عبور خود را وارد کنید.
# unreviewed
twofa-title = تأیید دومرحله‌ای
# unreviewed
twofa-intro = با تأیید دومرحله‌ای، برای ورود هم رمز عبور لازم است و هم یک کد. این کد را برنامه‌ای در تلفن همراه شما می‌سازد و هر 30 ثانیه عوض می‌شود.
# unreviewed
twofa-required = نقش شما به تأیید دومرحله‌ای نیاز دارد: برای استفاده از بخش کارکنان آن را فعال کنید.
# unreviewed
twofa-start = فعال کردن تأیید دومرحله‌ای
# unreviewed
twofa-step-scan = این کد QR را با برنامهٔ احراز هویت اسکن کنید.
# unreviewed
twofa-qr-label = کد QR برای برنامهٔ احراز هویت
# unreviewed
twofa-step-link = در تلفن همراه می‌توانید این لینک را هم باز کنید:
# unreviewed
twofa-step-key = یا این کلید را در برنامه بنویسید:
# unreviewed
twofa-step-confirm = کدی را که برنامه الان نشان می‌دهد بنویسید.
# unreviewed
twofa-confirm-submit = تأیید و فعال کردن
# unreviewed
twofa-enabled-now = تأیید دومرحله‌ای فعال شد.
# unreviewed
twofa-recovery-heading = کدهای بازیابی
# unreviewed
twofa-recovery-intro = این کدها را در جای امنی نگه دارید: اگر تلفن همراهتان گم شود، می‌توانید از آن‌ها استفاده کنید، و هر کد فقط یک بار کار می‌کند. دیگر این کدها را نخواهید دید.
# unreviewed
twofa-active = تأیید دومرحله‌ای فعال است.

## Password reset and mail (بازنشانی رمز عبور و ایمیل)

# unreviewed
login-forgot = رمز عبور را فراموش کرده‌اید؟
# unreviewed
reset-title = بازنشانی رمز عبور
# unreviewed
reset-intro = نشانی ایمیل حساب کاربری خود را بنویسید: برایتان لینکی می‌فرستیم تا رمز عبور جدیدی انتخاب کنید.
# unreviewed
reset-submit = فرستادن لینک
# unreviewed
reset-sent = اگر این نشانی متعلق به یک حساب کاربری فعال باشد، به‌زودی ایمیلی با لینک دریافت می‌کنید. لینک 30 دقیقه اعتبار دارد و فقط یک بار کار می‌کند.
# unreviewed
reset-new-title = رمز عبور جدید را انتخاب کنید
# unreviewed
reset-new-submit = ذخیرهٔ رمز عبور جدید
# unreviewed
reset-done = رمز عبور تغییر کرد. اکنون می‌توانید با رمز عبور جدید وارد شوید.
# unreviewed
reset-link-invalid = این لینک منقضی شده یا قبلاً استفاده شده است. لینک جدیدی درخواست کنید.
# unreviewed
mail-reset-subject = بازنشانی رمز عبور «دفتر راهنمایی ساکنان خارجی» (Sportello stranieri)
# unreviewed
mail-reset-body = سلام،
    درخواستی برای بازنشانی رمز عبور حساب کاربری شما دریافت کردیم.
    برای انتخاب رمز عبور جدید، این لینک را تا { $minutes ->
        [one] { $minutes } دقیقهٔ
       *[other] { $minutes } دقیقهٔ
    } دیگر باز کنید:
    { $link }
    اگر شما درخواست بازنشانی رمز عبور نداده‌اید، این پیام را نادیده بگیرید: رمز عبور شما همان قبلی می‌ماند.

## Accounts administration (مدیریت حساب‌ها)

# unreviewed
workspace-nav-users = کاربران و نقش‌ها
# unreviewed
users-title = کاربران و نقش‌ها
# unreviewed
users-intro = به هر کس نقش‌هایی را که لازم دارد، در حوزهٔ درست، بدهید. هر تغییر نشست‌های باز آن شخص را می‌بندد و ثبت می‌شود.
# unreviewed
users-col-roles = نقش‌ها
# unreviewed
users-disabled = حساب کاربری غیرفعال است
# unreviewed
users-role = نقش
# unreviewed
users-scope-kind = حوزه
# unreviewed
users-scope-target = کدام (کد کوتاه)
# unreviewed
users-grant-submit = افزودن نقش
# unreviewed
users-revoke-submit = برداشتن
# unreviewed
users-disable-submit = غیرفعال کردن حساب کاربری
# unreviewed
users-saved = تغییر ذخیره شد.
# unreviewed
users-error = تغییر ذخیره نشد: { $reason }
# unreviewed
scope-kind-network = کل شبکه
# unreviewed
scope-kind-organisation = نهاد
# unreviewed
scope-kind-desk = دفتر
# unreviewed
scope-kind-theme = موضوع
# unreviewed
scope-kind-language = زبان

## Workspace menu: desks, services and organisations (منوی محیط کار)

# unreviewed
workspace-nav-desks = دفترهای من

# unreviewed
workspace-nav-services = خدمات
# unreviewed
workspace-nav-organisations = نهادها
