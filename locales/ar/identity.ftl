### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## الموظفون: تسجيل الدخول ومساحة العمل (Operators: sign-in and workspace)

# unreviewed
login-title = دخول الموظفين
# unreviewed
login-intro = مساحة مخصصة لموظفي شبكة المكاتب.
# unreviewed
login-email = عنوان البريد الإلكتروني
# unreviewed
login-password = كلمة المرور
# unreviewed
login-submit = تسجيل الدخول
# unreviewed
login-refused = البريد الإلكتروني أو كلمة المرور غير صحيحة، أو أن الحساب معطَّل.
# unreviewed
login-throttled = محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
# unreviewed
workspace-welcome = أهلًا وسهلًا، { $name }.
# unreviewed
workspace-roles-heading = أدوارك
# unreviewed
workspace-no-roles = لم تُسنَد إليك أي أدوار بعد: اطلبها من الجهة المسؤولة عن تنسيق الشبكة.
# unreviewed
workspace-nav-profile = الملف الشخصي
# unreviewed
workspace-nav-audit = سجل الأنشطة
# unreviewed
profile-title = ملفك الشخصي
# unreviewed
profile-email = البريد الإلكتروني:
# unreviewed
profile-password-heading = تغيير كلمة المرور
# unreviewed
profile-current-password = كلمة المرور الحالية
# unreviewed
profile-new-password = كلمة المرور الجديدة (12 حرفًا على الأقل)
# unreviewed
profile-confirm-password = أعد كتابة كلمة المرور الجديدة
# unreviewed
profile-password-submit = تغيير كلمة المرور
# unreviewed
profile-password-changed = تم تغيير كلمة المرور، وأُغلقت الجلسات الأخرى المفتوحة.
# unreviewed
profile-password-wrong = كلمة المرور الحالية غير صحيحة.
# unreviewed
profile-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
# unreviewed
profile-password-too-short = يجب أن تتكون كلمة المرور الجديدة من 12 حرفًا على الأقل.
# unreviewed
role-admin = الإدارة
# unreviewed
role-coordinator = التنسيق الإقليمي
# unreviewed
role-hub_editor = تحرير مركز متخصص في موضوع
# unreviewed
role-l2_operator = موظف مكتب متخصص
# unreviewed
role-l1_operator = موظف مكتب الاستقبال الأولي
# unreviewed
role-translator = الترجمة
# unreviewed
role-trainer = التدريب
# unreviewed
role-viewer = الاطلاع فقط
# unreviewed
scope-network = الشبكة كلها
# unreviewed
scope-organisation = الجهة { $target }
# unreviewed
scope-desk = المكتب { $target }
# unreviewed
scope-theme = الموضوع { $target }
# unreviewed
scope-language = اللغة { $target }

## التحقق بخطوتين (Two-factor authentication)

# unreviewed
workspace-nav-twofa = التحقق بخطوتين
# unreviewed
code-title = رمز التحقق
# unreviewed
code-intro = افتح تطبيق المصادقة على هاتفك واكتب الرمز المكوَّن من 6 أرقام. إذا لم يكن هاتفك معك، فاستخدم أحد رموز الاسترداد.
# unreviewed
code-label = الرمز
# unreviewed
code-submit = تحقُّق
# unreviewed
code-refused = الرمز غير صالح أو سبق استخدامه. حاول مرة أخرى بالرمز الجديد.
# unreviewed
code-attempts-exhausted = عدد كبير جدًا من الرموز الخاطئة: أُلغي تسجيل الدخول حفاظًا على الأمان. أدخل بريدك الإلكتروني وكلمة المرور من جديد.
# unreviewed
twofa-title = التحقق بخطوتين
# unreviewed
twofa-intro = مع التحقق بخطوتين، تحتاج عند تسجيل الدخول إلى كلمة المرور وإلى رمز يتغير كل 30 ثانية، ينشئه تطبيق على هاتفك.
# unreviewed
twofa-required = يتطلب دورك التحقق بخطوتين: فعِّله لتتمكن من استخدام مساحة الموظفين.
# unreviewed
twofa-start = تفعيل التحقق بخطوتين
# unreviewed
twofa-step-scan = امسح رمز QR هذا باستخدام تطبيق المصادقة.
# unreviewed
twofa-qr-label = رمز QR لتطبيق المصادقة
# unreviewed
twofa-step-link = يمكنك أيضًا فتح هذا الرابط على هاتفك:
# unreviewed
twofa-step-key = أو اكتب هذا المفتاح في التطبيق:
# unreviewed
twofa-step-confirm = اكتب الرمز الذي يعرضه التطبيق الآن.
# unreviewed
twofa-confirm-submit = تأكيد وتفعيل
# unreviewed
twofa-enabled-now = تم تفعيل التحقق بخطوتين.
# unreviewed
twofa-recovery-heading = رموز الاسترداد
# unreviewed
twofa-recovery-intro = احفظ هذه الرموز في مكان آمن: ستحتاج إليها إذا فقدت هاتفك، ويمكن استخدام كل رمز مرة واحدة فقط. لن تظهر لك هذه الرموز مرة أخرى.
# unreviewed
twofa-active = التحقق بخطوتين مفعَّل.

## إعادة تعيين كلمة المرور والبريد (Password reset and mail)

# unreviewed
login-forgot = هل نسيت كلمة المرور؟
# unreviewed
reset-title = إعادة تعيين كلمة المرور
# unreviewed
reset-intro = اكتب عنوان البريد الإلكتروني لحسابك: سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
# unreviewed
reset-submit = إرسال الرابط
# unreviewed
reset-sent = إذا كان العنوان يخص حسابًا نشطًا، فستصلك قريبًا رسالة بريد إلكتروني تحتوي على الرابط. الرابط صالح لمدة 30 دقيقة ولمرة واحدة فقط.
# unreviewed
reset-new-title = اختر كلمة مرور جديدة
# unreviewed
reset-new-submit = حفظ كلمة المرور الجديدة
# unreviewed
reset-done = تم تغيير كلمة المرور. يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.
# unreviewed
reset-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.
# unreviewed
mail-reset-subject = إعادة تعيين كلمة المرور لحسابك في «مكتب المعلومات للمقيمين الأجانب»
# unreviewed
mail-reset-body = مرحبًا،
    تلقّينا طلبًا لإعادة تعيين كلمة المرور الخاصة بحسابك.
    لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }:
    { $link }
    إذا لم تكن أنت من طلب إعادة تعيين كلمة المرور، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي دون تغيير.

## إدارة الحسابات (Accounts administration)

# unreviewed
workspace-nav-users = المستخدمون والأدوار
# unreviewed
users-title = المستخدمون والأدوار
# unreviewed
users-intro = أسنِد إلى كل شخص الأدوار التي يحتاج إليها، ضمن النطاق المناسب. كل تعديل يُغلق الجلسات المفتوحة لهذا الشخص ويُسجَّل.
# unreviewed
users-col-roles = الأدوار
# unreviewed
users-disabled = الحساب معطَّل
# unreviewed
users-role = الدور
# unreviewed
users-scope-kind = النطاق
# unreviewed
users-scope-target = أيّها (المعرِّف المختصر)
# unreviewed
users-grant-submit = إضافة الدور
# unreviewed
users-revoke-submit = إزالة
# unreviewed
users-disable-submit = تعطيل الحساب
# unreviewed
users-saved = تم حفظ التعديل.
# unreviewed
users-error = لم يُحفَظ التعديل: { $reason }
# unreviewed
scope-kind-network = الشبكة كلها
# unreviewed
scope-kind-organisation = الجهة
# unreviewed
scope-kind-desk = المكتب
# unreviewed
scope-kind-theme = الموضوع
# unreviewed
scope-kind-language = اللغة

## Workspace menu: desks, services and organisations

# unreviewed
workspace-nav-desks = مكاتبي

# unreviewed
workspace-nav-services = الخدمات
# unreviewed
workspace-nav-organisations = الجهات
