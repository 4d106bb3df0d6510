### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## الموظفون: تسجيل الدخول ومساحة العمل (Operators: sign-in and workspace)

login-title = دخول الموظفين
login-intro = مساحة مخصصة لموظفي شبكة المكاتب.
login-email = عنوان البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-refused = البريد الإلكتروني أو كلمة المرور غير صحيحة، أو أن الحساب معطَّل.
login-throttled = محاولات فاشلة كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية.
workspace-welcome = أهلًا وسهلًا، { $name }.
workspace-roles-heading = أدوارك
workspace-no-roles = لم تُسنَد إليك أي أدوار بعد: اطلبها من الجهة المسؤولة عن تنسيق الشبكة.
workspace-nav-profile = الملف الشخصي
workspace-nav-audit = سجل الأنشطة
profile-title = ملفك الشخصي
profile-email = البريد الإلكتروني:
profile-password-heading = تغيير كلمة المرور
profile-current-password = كلمة المرور الحالية
profile-new-password = كلمة المرور الجديدة (12 حرفًا على الأقل)
profile-confirm-password = أعد كتابة كلمة المرور الجديدة
profile-password-submit = تغيير كلمة المرور
profile-password-changed = تم تغيير كلمة المرور، وأُغلقت الجلسات الأخرى المفتوحة.
profile-password-wrong = كلمة المرور الحالية غير صحيحة.
profile-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
profile-password-too-short = يجب أن تتكون كلمة المرور الجديدة من 12 حرفًا على الأقل.
role-admin = الإدارة
role-coordinator = التنسيق الإقليمي
role-hub_editor = تحرير مركز متخصص في موضوع
role-l2_operator = موظف مكتب متخصص
role-l1_operator = موظف مكتب الاستقبال الأولي
role-translator = الترجمة
role-trainer = التدريب
role-viewer = الاطلاع فقط
scope-network = الشبكة كلها
scope-organisation = الجهة { $target }
scope-desk = المكتب { $target }
scope-theme = الموضوع { $target }
scope-language = اللغة { $target }

## التحقق بخطوتين (Two-factor authentication)

workspace-nav-twofa = التحقق بخطوتين
code-title = رمز التحقق
code-intro = افتح تطبيق المصادقة على هاتفك واكتب الرمز المكوَّن من 6 أرقام. إذا لم يكن هاتفك معك، فاستخدم أحد رموز الاسترداد.
code-label = الرمز
code-submit = تحقُّق
code-refused = الرمز غير صالح أو سبق استخدامه. حاول مرة أخرى بالرمز الجديد.
# unreviewed
code-attempts-exhausted = عدد كبير جدًا من الرموز الخاطئة: أُلغي تسجيل الدخول حفاظًا على الأمان. أدخل بريدك الإلكتروني وكلمة المرور من جديد.
twofa-title = التحقق بخطوتين
twofa-intro = مع التحقق بخطوتين، تحتاج عند تسجيل الدخول إلى كلمة المرور وإلى رمز يتغير كل 30 ثانية، ينشئه تطبيق على هاتفك.
twofa-required = يتطلب دورك التحقق بخطوتين: فعِّله لتتمكن من استخدام مساحة الموظفين.
twofa-start = تفعيل التحقق بخطوتين
twofa-step-scan = امسح رمز QR هذا باستخدام تطبيق المصادقة.
twofa-qr-label = رمز QR لتطبيق المصادقة
twofa-step-link = يمكنك أيضًا فتح هذا الرابط على هاتفك:
twofa-step-key = أو اكتب هذا المفتاح في التطبيق:
twofa-step-confirm = اكتب الرمز الذي يعرضه التطبيق الآن.
twofa-confirm-submit = تأكيد وتفعيل
twofa-enabled-now = تم تفعيل التحقق بخطوتين.
twofa-recovery-heading = رموز الاسترداد
twofa-recovery-intro = احفظ هذه الرموز في مكان آمن: ستحتاج إليها إذا فقدت هاتفك، ويمكن استخدام كل رمز مرة واحدة فقط. لن تظهر لك هذه الرموز مرة أخرى.
twofa-active = التحقق بخطوتين مفعَّل.

## إعادة تعيين كلمة المرور والبريد (Password reset and mail)

login-forgot = هل نسيت كلمة المرور؟
reset-title = إعادة تعيين كلمة المرور
reset-intro = اكتب عنوان البريد الإلكتروني لحسابك: سنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-submit = إرسال الرابط
reset-sent = إذا كان العنوان يخص حسابًا نشطًا، فستصلك قريبًا رسالة بريد إلكتروني تحتوي على الرابط. الرابط صالح لمدة 30 دقيقة ولمرة واحدة فقط.
reset-new-title = اختر كلمة مرور جديدة
reset-new-submit = حفظ كلمة المرور الجديدة
reset-done = تم تغيير كلمة المرور. يمكنك الآن تسجيل الدخول بكلمة المرور الجديدة.
reset-link-invalid = انتهت صلاحية هذا الرابط أو سبق استخدامه. اطلب رابطًا جديدًا.
mail-reset-subject = إعادة تعيين كلمة المرور لحسابك في «مكتب المعلومات للمقيمين الأجانب»
mail-reset-body = مرحبًا،
    تلقّينا طلبًا لإعادة تعيين كلمة المرور الخاصة بحسابك.
    لاختيار كلمة مرور جديدة، افتح هذا الرابط خلال { $minutes } دقيقة:
    { $link }
    إذا لم تكن أنت من طلب إعادة تعيين كلمة المرور، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي دون تغيير.

## إدارة الحسابات (Accounts administration)

workspace-nav-users = المستخدمون والأدوار
users-title = المستخدمون والأدوار
users-intro = أسنِد إلى كل شخص الأدوار التي يحتاج إليها، ضمن النطاق المناسب. كل تعديل يُغلق الجلسات المفتوحة لهذا الشخص ويُسجَّل.
users-col-roles = الأدوار
users-disabled = الحساب معطَّل
users-role = الدور
users-scope-kind = النطاق
users-scope-target = أيّها (المعرِّف المختصر)
users-grant-submit = إضافة الدور
users-revoke-submit = إزالة
users-disable-submit = تعطيل الحساب
users-saved = تم حفظ التعديل.
users-error = لم يُحفَظ التعديل: { $reason }
scope-kind-network = الشبكة كلها
scope-kind-organisation = الجهة
scope-kind-desk = المكتب
scope-kind-theme = الموضوع
scope-kind-language = اللغة

## Workspace menu: desks, services and organisations

workspace-nav-desks = مكاتبي

workspace-nav-services = الخدمات
workspace-nav-organisations = الجهات
