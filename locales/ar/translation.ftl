### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = الترجمات
# unreviewed
translation-intro = الترجمات التي تنتظر المراجعة مسودات، أعدّتها آلة أو شخص ليس من الناطقين الأصليين باللغة. اقرأها بجانب النص الإيطالي: أكّدها كما هي أو صحّحها. تسري المراجعة فورًا على الموقع كله.
# unreviewed
translation-languages-heading = اللغات التي يمكنك مراجعتها
# unreviewed
translation-none = ليست لديك لغات لمراجعتها: اطلبها من الجهة المسؤولة عن تنسيق الشبكة.
# unreviewed
translation-language-count = { $count ->
    [zero] لا توجد رسائل للمراجعة
    [one] رسالة واحدة للمراجعة
    [two] رسالتان للمراجعة
    [few] { $count } رسائل للمراجعة
    [many] { $count } رسالة للمراجعة
   *[other] { $count } رسالة للمراجعة
}
# unreviewed
translation-queue-title = ترجمات تنتظر المراجعة: { $language }
# unreviewed
translation-queue-empty = لا توجد رسائل تنتظر المراجعة بهذه اللغة.
# unreviewed
translation-back = كل اللغات
# unreviewed
translation-source = النص الإيطالي
# unreviewed
translation-current = الترجمة
# unreviewed
translation-help = اترك كما هي العناصر النائبة التي تبدأ بالرمز $ والكلمات الموجودة بين الأقواس المربعة في صيغ الجمع.
# unreviewed
translation-stale = تصحيح سابق أجريته، لم يعد مستخدمًا لأن النص تغيّر:
# unreviewed
translation-confirm = تأكيد كما هي
# unreviewed
translation-correct = حفظ التصحيح
# unreviewed
translation-saved = تم حفظ المراجعة.
# unreviewed
translation-error-syntax = النص غير صالح: تحقّق من الأقواس المعقوصة ومن صيغ الجمع.
# unreviewed
translation-error-variables = يجب أن يستخدم النص العناصر النائبة نفسها الموجودة في النص الإيطالي تمامًا.
# unreviewed
translation-error-plural = يستخدم النص صيغة جمع غير موجودة في هذه اللغة.
# unreviewed
translation-error-empty = لا يمكن أن يكون التصحيح فارغًا.
# unreviewed
translation-error-unknown = هذه الرسالة لم تعد موجودة.
# unreviewed
workspace-nav-translations = الترجمات
