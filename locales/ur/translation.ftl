### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = ترجمے
# unreviewed
translation-intro = جن ترجموں کا جائزہ لینا ہے وہ مسودے ہیں، جو مشین نے یا کسی ایسے شخص نے کیے ہیں جس کی یہ مادری زبان نہیں۔ انہیں اطالوی متن کے ساتھ رکھ کر پڑھیں: جیسے ہیں ویسے ہی ان کی تصدیق کریں یا انہیں درست کریں۔ جائزہ فوراً پوری ویب سائٹ پر لاگو ہو جاتا ہے۔
# unreviewed
translation-languages-heading = وہ زبانیں جن کا آپ جائزہ لے سکتے ہیں
# unreviewed
translation-none = آپ کے پاس جائزے کے لیے کوئی زبان نہیں: نیٹ ورک کی رابطہ کاری کرنے والوں سے پوچھیں۔
# unreviewed
translation-language-count = { $count ->
    [one] جائزے کے لیے { $count } پیغام
   *[other] جائزے کے لیے { $count } پیغامات
}
# unreviewed
translation-queue-title = جائزے کے لیے ترجمے: { $language }
# unreviewed
translation-queue-empty = اس زبان میں جائزے کے لیے کوئی پیغام نہیں۔
# unreviewed
translation-back = تمام زبانیں
# unreviewed
translation-source = اطالوی متن
# unreviewed
translation-current = ترجمہ
# unreviewed
translation-help = $ سے شروع ہونے والے پلیس ہولڈرز اور جمع کی شکلوں میں چوکور بریکٹ کے اندر لکھے الفاظ کو جوں کا توں رہنے دیں۔
# unreviewed
translation-stale = آپ کی ایک پچھلی درستی، جو اب استعمال نہیں ہو رہی کیونکہ متن بدل گیا ہے:
# unreviewed
translation-confirm = جیسا ہے ویسا ہی تصدیق کریں
# unreviewed
translation-correct = درستی محفوظ کریں
# unreviewed
translation-saved = جائزہ محفوظ ہو گیا۔
# unreviewed
translation-error-syntax = متن درست نہیں: کرلی بریکٹ اور جمع کی شکلیں چیک کریں۔
# unreviewed
translation-error-variables = متن میں بالکل وہی پلیس ہولڈرز استعمال ہونے چاہییں جو اطالوی متن میں ہیں۔
# unreviewed
translation-error-plural = متن میں جمع کی ایسی شکل استعمال ہوئی ہے جو اس زبان میں نہیں ہوتی۔
# unreviewed
translation-error-empty = درستی خالی نہیں ہو سکتی۔
# unreviewed
translation-error-unknown = یہ پیغام اب موجود نہیں۔
# unreviewed
workspace-nav-translations = ترجمے
