### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = معلوماتی شیٹس

## Kinds, states and sections

# unreviewed
kb-kind-sheet = طریقۂ کار کی شیٹ
# unreviewed
kb-kind-faq = عام سوال
# unreviewed
kb-kind-guide = رہنما
# unreviewed
kb-kind-news = خبر
# unreviewed
kb-status-draft = مسودہ
# unreviewed
kb-status-in_review = جائزے میں
# unreviewed
kb-status-published = شائع شدہ
# unreviewed
kb-status-archived = آرکائیو شدہ
# unreviewed
kb-section-what = یہ کیا ہے
# unreviewed
kb-section-who = یہ کس کے لیے ہے
# unreviewed
kb-section-how = کیا کرنا ہے
# unreviewed
kb-section-needs = کیا چاہیے
# unreviewed
kb-section-outcome = آپ کو کیا ملتا ہے
# unreviewed
kb-section-time = وقت اور آخری تاریخیں
# unreviewed
kb-section-cost = کتنا خرچ آتا ہے
# unreviewed
kb-section-where = کہاں جائیں
# unreviewed
kb-section-legal_basis = قانونی حوالے
# unreviewed
kb-section-more = مزید معلومات
# unreviewed
kb-section-contacts = رابطے
# unreviewed
kb-section-last_update = آخری تازہ کاری
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (ٹیکس کوڈ)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (ہیلتھ کارڈ)
# unreviewed
kb-prereq-spid-cie = SPID یا CIE
# unreviewed
kb-prereq-residenza = رجسٹرڈ رہائش (residenza)
# unreviewed
kb-prereq-pec = PEC (تصدیق شدہ ای میل)

## Public pages

# unreviewed
kb-theme-empty = اس موضوع پر ابھی کوئی شیٹ نہیں ہے۔
# unreviewed
kb-theme-desks = ایسا معلوماتی مرکز تلاش کریں جو اس موضوع پر کام کرتا ہے
# unreviewed
kb-texts-in-italian = شیٹس اطالوی زبان میں لکھی گئی ہیں۔
# unreviewed
kb-legal-review = قانون میں تبدیلی کے بعد اس شیٹ کو تازہ کیا جا رہا ہے۔
# unreviewed
kb-legal-review-short = جانچ باقی ہے: قانون بدل گیا ہے
# unreviewed
kb-owner = تیار کردہ
# unreviewed
kb-prerequisites = پہلے آپ کو یہ چاہیے
# unreviewed
kb-steps = مراحل
# unreviewed
kb-step-who = کون
# unreviewed
kb-step-where = کہاں
# unreviewed
kb-step-bring = ساتھ کیا لائیں
# unreviewed
kb-step-cost = خرچ
# unreviewed
kb-step-time = وقت
# unreviewed
kb-variant-yours = آپ کے علاقے میں:
# unreviewed
kb-variants-other = دوسرے علاقوں میں یہ کیسے ہوتا ہے
# unreviewed
kb-area-hint = کچھ علاقوں میں مراحل مختلف ہوتے ہیں۔
# unreviewed
kb-area-choose = اپنا معلوماتی مرکز چنیں تاکہ دیکھ سکیں کہ آپ کے ہاں یہ کیسے ہوتا ہے۔
# unreviewed
kb-desks = معلوماتی مراکز جو آپ کی مدد کر سکتے ہیں
# unreviewed
kb-review-by = اگلی جانچ کی آخری تاریخ
# unreviewed
kb-withdrawn-title = شیٹ واپس لے لی گئی
# unreviewed
kb-withdrawn-text = یہ شیٹ اب درست نہیں ہے اور واپس لے لی گئی ہے:
# unreviewed
kb-withdrawn-replaced = اس کی جگہ یہ دیکھیں:
# unreviewed
kb-withdrawn-ask = کسی معلوماتی مرکز سے تازہ معلومات پوچھیں

## Workspace

# unreviewed
kb-ws-title = معلوماتی شیٹس
# unreviewed
kb-ws-new-title = نئی شیٹ
# unreviewed
kb-ws-editor-title = شیٹ میں ترمیم
# unreviewed
kb-ws-history-title = شیٹ کے ورژن
# unreviewed
kb-ws-new-sheet = نئی شیٹ
# unreviewed
kb-ws-new-faq = نیا عام سوال
# unreviewed
kb-ws-empty = ایسی کوئی شیٹ نہیں جسے آپ لکھ سکیں یا جس کا جائزہ لے سکیں۔
# unreviewed
kb-ws-back = شیٹس پر واپس جائیں
# unreviewed
kb-ws-back-editor = شیٹ پر واپس جائیں
# unreviewed
kb-ws-create = مسودہ بنائیں
# unreviewed
kb-ws-save = نیا ورژن محفوظ کریں
# unreviewed
kb-ws-edit-heading = متن
# unreviewed
kb-ws-history-link = ورژن اور فرق
# unreviewed
kb-ws-version = ورژن { $n }
# unreviewed
kb-ws-published-version = شائع شدہ: ورژن { $n }
# unreviewed
kb-ws-moved = ہو گیا۔ اب شیٹ کی حالت یہ ہے:
# unreviewed
kb-field-title = عنوان
# unreviewed
kb-field-summary = مختصراً
# unreviewed
kb-field-tags = کلیدی الفاظ (کوما سے الگ کریں)
# unreviewed
kb-field-kind = قسم
# unreviewed
kb-field-theme = موضوع
# unreviewed
kb-field-hub = ذمہ دار موضوعاتی مرکز
# unreviewed
kb-field-status = حالت
# unreviewed
kb-field-slug = صفحے کا پتا
# unreviewed
kb-field-slug-hint = انگریزی کے چھوٹے حروف، ہندسے اور ڈیش، مثلاً rinnovo-permesso۔
# unreviewed
kb-field-online-url = آن لائن سروس (http یا https پتا)
# unreviewed
kb-field-body = متن (Markdown)
# unreviewed
kb-steps-hint = طریقۂ کار کے ہر مرحلے کے لیے ایک سطر بھریں۔ خالی مرحلہ محفوظ نہیں ہوتا۔
# unreviewed
kb-step-n = مرحلہ { $n }
# unreviewed
kb-variant-n = مقامی صورت { $n }
# unreviewed
kb-variant-area = علاقہ
# unreviewed
kb-variant-area-hint = مقامی صورت کا علاقہ: صوبے (provincia) کا کوڈ (مثلاً BO) یا desk: اور اس کے بعد کسی معلوماتی مرکز کا پتا (مثلاً desk:hub-salute)۔
# unreviewed
kb-variant-label = دکھایا جانے والا نام (مثلاً Questura di Bologna)
# unreviewed
kb-minor = معمولی درستی (ٹائپنگ کی غلطیاں): ترجمے درست رہتے ہیں
# unreviewed
kb-minor-short = معمولی
# unreviewed
kb-part-title = عنوان
# unreviewed
kb-part-summary = مختصراً
# unreviewed
kb-part-who = کون
# unreviewed
kb-part-where = کہاں
# unreviewed
kb-part-bring = ساتھ کیا لائیں
# unreviewed
kb-part-cost = خرچ
# unreviewed
kb-part-time = وقت
# unreviewed
kb-part-text = متن
# unreviewed
kb-part-label = مقامی صورت کا نام
# unreviewed
kb-part-online_url = آن لائن سروس
# unreviewed
kb-part-body = متن
# unreviewed
kb-part-step = مرحلہ { $n }: { $field }
# unreviewed
kb-workflow = جائزہ اور اشاعت
# unreviewed
kb-four-eyes-on = اس موضوعاتی مرکز میں ورژن وہ شخص شائع کرتا ہے جس نے اسے نہیں لکھا۔
# unreviewed
kb-comment = تبصرہ
# unreviewed
kb-comment-add = تبصرہ شامل کریں
# unreviewed
kb-comments = جائزے کے تبصرے
# unreviewed
kb-comments-empty = ابھی کوئی تبصرہ نہیں۔
# unreviewed
kb-publish-at = اشاعت کی تاریخ (اختیاری)
# unreviewed
kb-publish-at-hint = روم کا وقت۔ فوراً شائع کرنے کے لیے خالی چھوڑ دیں۔
# unreviewed
kb-action-submit = جائزے کے لیے بھیجیں
# unreviewed
kb-action-return = مصنف کو واپس بھیجیں
# unreviewed
kb-action-publish = منظور کریں اور شائع کریں
# unreviewed
kb-action-archive = آرکائیو کریں
# unreviewed
kb-action-reopen = مسودے کے طور پر دوبارہ کھولیں
# unreviewed
kb-conflict-title = جب آپ لکھ رہے تھے، کسی نے ورژن { $n } محفوظ کر دیا
# unreviewed
kb-conflict-text = نیچے { $editor } کا متن ہے؛ آپ کا متن فارم میں موجود ہے۔ اگر آپ دوبارہ محفوظ کریں تو آپ کا متن اگلا ورژن بن جائے گا۔
# unreviewed
kb-diff-from = اس ورژن سے
# unreviewed
kb-diff-to = اس ورژن تک
# unreviewed
kb-diff-compare = موازنہ کریں
# unreviewed
kb-diff-heading = ورژن { $from } سے ورژن { $to } تک فرق
# unreviewed
kb-diff-none = متن میں کوئی فرق نہیں۔
# unreviewed
kb-diff-legend = ہٹائے گئے متن پر لکیر کھنچی ہے، شامل کیے گئے متن کے نیچے لکیر ہے۔
# unreviewed
kb-versions = تمام ورژن
# unreviewed
kb-version = ورژن
# unreviewed
kb-editor-system = ابتدائی اپ لوڈ

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = یہ صرف وہی لوگ کر سکتے ہیں جو اس موضوعاتی مرکز کی شیٹس کا جائزہ لیتے ہیں۔
# unreviewed
kb-refused-transition = شیٹ کی موجودہ حالت سے یہ قدم ممکن نہیں۔
# unreviewed
kb-refused-stale = اس دوران شیٹ بدل گئی ہے۔ نیا ورژن دیکھیں اور دوبارہ کوشش کریں۔
# unreviewed
kb-refused-comment-needed = ایک تبصرہ لکھیں جس میں بتائیں کہ کیا بدلنا ہے۔
# unreviewed
kb-refused-four-eyes = آپ وہ ورژن شائع نہیں کر سکتے جو آپ نے خود لکھا ہے: اسے کسی دوسرے شخص کو منظور کرنا ہوگا۔
# unreviewed
kb-refused-schedule-past = اشاعت کی تاریخ آنے والے وقت کی ہونی چاہیے۔
# unreviewed
kb-refused-schedule-invalid = اشاعت کی تاریخ درست نہیں۔
# unreviewed
kb-error-kind = شیٹ کی قسم چنیں۔
# unreviewed
kb-error-theme = ایک موضوع چنیں۔
# unreviewed
kb-error-hub = ایسا موضوعاتی مرکز چنیں جس کے لیے آپ لکھ سکتے ہیں۔
# unreviewed
kb-error-slug = پتے میں صرف انگریزی کے چھوٹے حروف، ہندسے اور ڈیش ہو سکتے ہیں۔
# unreviewed
kb-error-slug-taken = اس موضوع میں اس پتے والی شیٹ پہلے سے موجود ہے۔
# unreviewed
kb-error-title-missing = عنوان لکھیں۔
# unreviewed
kb-error-too-long = متن بہت لمبا ہے۔
# unreviewed
kb-error-url = آن لائن سروس کا پتا http یا https ہونا چاہیے۔
# unreviewed
kb-error-prerequisite = شرائط میں سے ایک طے شدہ فہرست میں نہیں ہے۔
# unreviewed
kb-error-too-many-steps = مراحل یا مقامی صورتیں بہت زیادہ ہیں۔
# unreviewed
kb-error-step-title = ہر مرحلے کا ایک عنوان ہونا چاہیے۔
# unreviewed
kb-error-variant = ہر مقامی صورت کا ایک نام اور ایک متن ہونا چاہیے۔
# unreviewed
kb-error-variant-area = مقامی صورت کا علاقہ صوبے کا کوڈ (BO) ہوتا ہے یا desk: اور کسی معلوماتی مرکز کا پتا۔
# unreviewed
kb-error-norm = قانونی حوالوں میں سے ایک رجسٹر میں نہیں ہے۔

## Writing aids

# unreviewed
kb-aids = لکھنے میں مدد
# unreviewed
kb-aids-unsaved = متن کو ویسے ہی جانچا جا رہا ہے جیسے آپ نے لکھا ہے: یہ ابھی محفوظ نہیں ہوا۔
# unreviewed
kb-aids-gulpease = Gulpease اشاریہ { $score }: { $level }
# unreviewed
kb-aids-level-elementary = پرائمری اسکول کی سند رکھنے والوں کے لیے آسان
# unreviewed
kb-aids-level-middle = مڈل اسکول کی سند رکھنے والوں کے لیے آسان
# unreviewed
kb-aids-level-high-school = ہائر سیکنڈری اسکول کا ڈپلوما رکھنے والوں کے لیے آسان
# unreviewed
kb-aids-level-hard = ہائر سیکنڈری اسکول کا ڈپلوما رکھنے والوں کے لیے بھی مشکل
# unreviewed
kb-aids-nothing = ابھی ناپنے کے لیے کوئی متن نہیں ہے۔
# unreviewed
kb-aids-needs-override = اس شیٹ کو شائع کرنے کے لیے اس کا جائزہ لینے والے شخص کو لکھنا ہوگا کہ اسے اسی طرح کیوں شائع کیا جائے: پڑھنے میں آسانی 50 سے کم ہے یا Carta di Roma کے مطابق کوئی ایسا لفظ ہے جس سے بچنا چاہیے۔
# unreviewed
kb-aids-long = لمبے جملے
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } لفظ
   *[other] { $count } الفاظ
}
# unreviewed
kb-aids-words-heading = بدلنے والے الفاظ
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = متن جانچیں
# unreviewed
kb-override-reason = پھر بھی شائع کرنے کی وجہ (لازمی)
# unreviewed
kb-refused-needs-override = لکھنے میں مدد نے اس شیٹ کی نشاندہی کی ہے: اسے شائع کرنے کے لیے لکھیں کہ اسے اسی طرح کیوں شائع کیا جائے۔
# unreviewed
kb-refused-override-too-long = وجہ بہت لمبی ہے۔

## The register of norms

# unreviewed
workspace-nav-norms = قانونی حوالے
# unreviewed
kb-norms-title = قوانین کا رجسٹر
# unreviewed
kb-norms-intro = وہ قوانین جن کا شیٹس میں حوالہ دیا گیا ہے۔ جب کوئی قانون بدلے تو تبدیلی کی اطلاع دیں: جو شیٹس اس کا حوالہ دیتی ہیں وہ «جانچ باقی ہے: قانون بدل گیا ہے» ہو جاتی ہیں اور ذمہ دار موضوعاتی مراکز کو ای میل ملتی ہے۔
# unreviewed
kb-norms-norm = قانون
# unreviewed
kb-norms-articles = اس کا حوالہ دینے والی شیٹس
# unreviewed
kb-norms-changed = آخری بار بتائی گئی تبدیلی
# unreviewed
kb-norms-mark = بتائیں کہ یہ بدل گیا ہے
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } شیٹ
   *[other] { $count } شیٹس
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] ہو گیا: اب { $count } شیٹ کی جانچ باقی ہے۔
   *[other] ہو گیا: اب { $count } شیٹس کی جانچ باقی ہے۔
}
# unreviewed
kb-norms-add = قانون شامل کریں یا درست کریں
# unreviewed
kb-norms-url = سرکاری پتہ (مثال کے طور پر Normattiva)
# unreviewed
kb-norms-save = قانون محفوظ کریں
# unreviewed
kb-norm-mail-subject = قانون بدل گیا: { $norm }
# unreviewed
kb-norm-mail-body = اطلاع دی گئی ہے کہ { $norm } میں تبدیلی ہوئی ہے۔ آپ کے موضوعاتی مرکز کی یہ شیٹس اس کا حوالہ دیتی ہیں اور اب «جانچ باقی ہے: قانون بدل گیا ہے» ہیں؛ پورٹل پر یہ اس وقت تک ایک انتباہ دکھاتی ہیں جب تک آپ جانچ کے بعد انہیں دوبارہ شائع نہ کریں:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] قانون میں تبدیلی کے بعد { $count } شیٹ کی جانچ باقی ہے۔
   *[other] قانون میں تبدیلی کے بعد { $count } شیٹس کی جانچ باقی ہے۔
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = یہ شیٹ ابھی آپ کی زبان میں ترجمہ نہیں ہوئی: نیچے آپ کو اطالوی متن ملے گا۔
# unreviewed
kb-tr-notice-outdated = اس ترجمے کے بعد اطالوی متن بدل گیا ہے: ممکن ہے کچھ معلومات تازہ نہ ہوں۔
# unreviewed
kb-tr-notice-machine = خودکار طور پر ترجمہ کی گئی ہے، ابھی کسی شخص نے اس کی جانچ نہیں کی۔
# unreviewed
kb-tr-notice-current = اس ترجمے کی جانچ اطالوی اصل متن سے ملا کر کی گئی ہے۔
# unreviewed
kb-tr-original = اصل متن اطالوی زبان میں پڑھیں
# unreviewed
kb-tr-status-missing = ترجمہ باقی ہے
# unreviewed
kb-tr-status-outdated = تازہ کاری باقی ہے
# unreviewed
kb-tr-status-machine = مشینی ترجمہ، جانچ باقی ہے
# unreviewed
kb-tr-status-current = تازہ ترین
# unreviewed
kb-tr-queue-title = ترجمے کے لیے شیٹس
# unreviewed
kb-tr-title = شیٹ کا ترجمہ
# unreviewed
kb-tr-back = ترجمے کے لیے شیٹس پر واپس جائیں
# unreviewed
kb-tr-diff = آپ کے ترجمے کے بعد اطالوی متن میں کیا بدلا ہے
# unreviewed
kb-tr-source = اطالوی متن
# unreviewed
kb-tr-yours = آپ کا ترجمہ
# unreviewed
kb-tr-save = ترجمہ محفوظ کریں
# unreviewed
kb-tr-stale = اس دوران اطالوی متن دوبارہ شائع ہو گیا ہے۔ فرق دیکھیں اور دوبارہ محفوظ کریں۔
# unreviewed
workspace-nav-kb-translations = ترجمے کے لیے شیٹس

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = ترجمہ ایجنسیوں کے ساتھ تبادلہ (XLIFF 2.0)
# unreviewed
kb-xliff-intro = ترجمے کے لیے اطالوی متن والی XLIFF 2.0 فائل ڈاؤن لوڈ کریں، اور جب ایجنسی اسے واپس بھیجے تو اسے یہاں امپورٹ کریں۔ اگر فائل میں کوئی غلطی ہو تو کچھ بھی امپورٹ نہیں ہوتا۔
# unreviewed
kb-xliff-download-todo = وہ شیٹس ڈاؤن لوڈ کریں جن کا ترجمہ یا اپ ڈیٹ کرنا ہے
# unreviewed
kb-xliff-download-all = تمام شائع شدہ شیٹس ڈاؤن لوڈ کریں
# unreviewed
kb-xliff-file = ایجنسی کی XLIFF فائل
# unreviewed
kb-xliff-import = ترجمے امپورٹ کریں
# unreviewed
kb-xliff-imported = { $count ->
    [one] { $count } ترجمہ امپورٹ ہو گیا۔
   *[other] { $count } ترجمے امپورٹ ہو گئے۔
}
# unreviewed
kb-xliff-refused = کچھ بھی امپورٹ نہیں ہوا۔ فائل درست کریں اور دوبارہ کوشش کریں:
# unreviewed
kb-xliff-problem = سطر { $line }: { $reason }
# unreviewed
kb-xliff-no-file = امپورٹ کرنے کے لیے XLIFF فائل چنیں۔
# unreviewed
kb-xliff-too-large = فائل { $max } MB سے بڑی ہے۔
# unreviewed
kb-xliff-encoding = فائل UTF-8 متن نہیں ہے۔
# unreviewed
kb-xliff-error-malformed = XML درست طریقے سے نہیں لکھا گیا
# unreviewed
kb-xliff-error-not-xliff = یہ XLIFF 2.0 فائل نہیں ہے
# unreviewed
kb-xliff-error-doctype = DOCTYPE کا اعلان قبول نہیں کیا جاتا
# unreviewed
kb-xliff-error-entity = اینٹٹی &{ $name }; نامعلوم ہے
# unreviewed
kb-xliff-error-missing-attribute = ایٹریبیوٹ { $name } موجود نہیں ہے
# unreviewed
kb-xliff-error-unexpected = عنصر <{ $name }> یہاں متوقع نہیں ہے
# unreviewed
kb-xliff-error-inline-code = اِن لائن کوڈ <{ $name }> قابلِ قبول نہیں ہے
# unreviewed
kb-xliff-error-duplicate-unit = یونٹ { $name } دو بار آیا ہے
# unreviewed
kb-xliff-error-bad-version = ورژن { $name } کوئی عدد نہیں ہے
# unreviewed
kb-xliff-error-language = فائل کی زبانیں ({ $name }) اطالوی سے اس زبان میں نہیں ہیں
# unreviewed
kb-xliff-error-unknown-article = شیٹ { $name } موجود نہیں ہے یا اب شائع شدہ نہیں ہے
# unreviewed
kb-xliff-error-stale = ایکسپورٹ کے بعد { $name } کا اطالوی متن بدل گیا ہے: فائل دوبارہ ڈاؤن لوڈ کریں
# unreviewed
kb-xliff-error-unknown-unit = یونٹ { $name } اس شیٹ کا حصہ نہیں ہے
# unreviewed
kb-xliff-error-untranslated = یونٹ { $name } کا ترجمہ نہیں ہوا
# unreviewed
kb-xliff-error-invalid = فیلڈ { $name } درست نہیں ہے

## Sheets due for review

# unreviewed
workspace-nav-kb-review = نظرِ ثانی والی شیٹس
# unreviewed
kb-review-title = نظرِ ثانی والی شیٹس
# unreviewed
kb-review-intro = آپ کے موضوعاتی مراکز کی شائع شدہ شیٹس جن کی نظرِ ثانی کی تاریخ گزر چکی ہے یا 30 دن کے اندر آ رہی ہے۔
# unreviewed
kb-review-due = نظرِ ثانی کی آخری تاریخ
# unreviewed
kb-review-overdue = تاریخ گزر چکی
# unreviewed
kb-review-soon = تاریخ قریب ہے
# unreviewed
kb-review-none = کسی شیٹ پر نظرِ ثانی باقی نہیں ہے۔
# unreviewed
kb-review-mark = میری تصدیق ہے کہ یہ اب بھی درست ہے
# unreviewed
kb-review-marked = شیٹ کی تصدیق ہو گئی: اگلی نظرِ ثانی { $date } تک کرنی ہے۔

## Readers' ratings

# unreviewed
kb-rating-legend = کیا یہ صفحہ واضح تھا؟
# unreviewed
kb-rating-1 = بالکل واضح نہیں
# unreviewed
kb-rating-2 = کم واضح
# unreviewed
kb-rating-3 = کافی حد تک واضح
# unreviewed
kb-rating-4 = واضح
# unreviewed
kb-rating-5 = بہت واضح
# unreviewed
kb-rating-comment = کیا کمی تھی یا کیا سمجھنا مشکل تھا؟ (اختیاری: ذاتی معلومات نہ لکھیں)
# unreviewed
kb-rating-send = بھیجیں
# unreviewed
kb-rating-thanks = شکریہ: آپ کا جواب اس صفحے کو بہتر بنانے میں ہماری مدد کرتا ہے۔
# unreviewed
kb-rating-invalid = 1 سے 5 تک کوئی جواب چنیں۔
# unreviewed
kb-rating-too-long = تبصرہ بہت لمبا ہے (زیادہ سے زیادہ { $max } حروف)۔
# unreviewed
kb-rating-limited = آپ کے کنکشن سے بہت زیادہ جوابات آئے ہیں: کچھ دیر بعد دوبارہ کوشش کریں۔
# unreviewed
kb-ratings-title = قارئین کے جوابات
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } جواب، اوسط 5 میں سے { $average }
   *[other] { $count } جوابات، اوسط 5 میں سے { $average }
}
# unreviewed
kb-ratings-none = ابھی تک کسی قاری نے جواب نہیں دیا۔
# unreviewed
kb-ratings-comments = تازہ ترین تبصرے
# unreviewed
kb-leaflet-link = پرنٹ کرنے کے لیے پرچہ (PDF، A4)
# unreviewed
kb-leaflet-scan = تازہ ترین صفحے کے لیے کوڈ اسکین کریں
# unreviewed
kb-replaced-by = جس سے بدلا گیا (اختیاری)
# unreviewed
kb-replaced-by-hint = اس شائع شدہ شیٹ کا پتا جو اس کی جگہ لیتی ہے، مثلاً /it/salute/iscrizione-ssn۔ واپس لیا گیا صفحہ اور چھپے پرچوں کے QR کوڈ وہاں لے جائیں گے۔
# unreviewed
kb-refused-replacement = یہ پتا کسی شائع شدہ شیٹ کا نہیں: جانچ کر دوبارہ کوشش کریں، یا خانہ خالی چھوڑ دیں۔
# unreviewed
kb-glossary = فرہنگ کی اصطلاحات
# unreviewed
kb-glossary-hint = قانونی اصطلاحات جو یہ متن استعمال کرتا ہے: انہیں ہمیشہ اسی طرح لکھیں، اور پہلی بار قاری کو سمجھائیں کہ یہ کیا ہیں۔
# unreviewed
kb-glossary-count = متن میں کتنی بار: { $count }
# unreviewed
kb-glossary-translator = اس زبان کے لیے فرہنگ
# unreviewed
kb-glossary-translator-hint = اطالوی متن کی قانونی اصطلاحات طے شدہ ترجمے کے ساتھ: یہی استعمال کریں، تاکہ قاری کو دفاتر اور فارموں پر وہی الفاظ ملیں۔
# unreviewed
kb-glossary-unreviewed = ترجمہ ابھی جانچا نہیں گیا
# unreviewed
kb-glossary-none = کوئی طے شدہ ترجمہ نہیں
# unreviewed
kb-mt = مشینی ترجمہ
# unreviewed
kb-mt-hint = مشینی ترجمہ سروس سے مسودہ مانگیں: جب تک آپ اسے دیکھ کر محفوظ نہ کریں، یہ «مشینی ترجمہ، ابھی جانچا نہیں گیا» کے نوٹس کے ساتھ شائع رہے گا۔
# unreviewed
kb-mt-action = مشینی مسودہ بنائیں
# unreviewed
kb-mt-done = مشینی مسودہ محفوظ ہو گیا: اسے پڑھ کر محفوظ کریں تاکہ نوٹس ہٹ جائے۔
# unreviewed
kb-mt-refused-readability = اچھے مشینی ترجمے کے لیے اطالوی متن بہت مشکل ہے (Gulpease اشاریہ 50 سے کم): مرکز سے اسے آسان بنانے کو کہیں، یا ہاتھ سے ترجمہ کریں۔
# unreviewed
kb-mt-refused-human = اس زبان میں کسی شخص کا کیا ہوا ترجمہ موجود ہے: اس پر لکھا نہیں جائے گا۔ اطالوی متن کی تبدیلیوں کے ساتھ اسے ہاتھ سے تازہ کریں۔
# unreviewed
kb-mt-unavailable = مشینی ترجمہ سروس جواب نہیں دے رہی: کچھ محفوظ نہیں ہوا۔ بعد میں دوبارہ کوشش کریں یا ہاتھ سے ترجمہ کریں۔
# unreviewed
workspace-nav-kb-links = درست کرنے والے روابط
# unreviewed
kb-links-title = درست کرنے والے روابط
# unreviewed
kb-links-intro = ہر رات روابط کی جانچ شائع شدہ شیٹوں اور قانونی حوالوں کے بیرونی پتے آہستگی سے دیکھتی ہے، اور کبھی اندرونی پتوں کی طرف نہیں۔ یہاں آپ کی شیٹوں کے وہ روابط ہیں جو کام نہیں کرتے۔
# unreviewed
kb-links-none = آپ کی شیٹوں میں درست کرنے کے لیے کوئی ربط نہیں۔
# unreviewed
kb-links-broken = سائٹ غلطی کے ساتھ جواب دیتی ہے ({ $status })
# unreviewed
kb-links-refused = جانچا نہیں گیا: یہ عوامی ویب پتا نہیں
# unreviewed
kb-links-unreachable = سائٹ جواب نہیں دیتی

# unreviewed
workspace-nav-kb-materials = مواد
# unreviewed
kb-materials-title = معلوماتی مواد
# unreviewed
kb-materials-intro = نیٹ ورک کے موضوعاتی مراکز کے تیار کردہ پمفلٹ، تصاویر، آڈیو ریکارڈنگ اور ویڈیوز، کئی زبانوں میں۔
# unreviewed
kb-materials-filter = مواد چھانٹیں
# unreviewed
kb-materials-format = فارمیٹ
# unreviewed
kb-materials-any-format = کوئی بھی فارمیٹ
# unreviewed
kb-materials-submit = دکھائیں
# unreviewed
kb-materials-found = مواد
# unreviewed
kb-materials-none = ان فلٹرز کے ساتھ کوئی مواد نہیں۔
# unreviewed
kb-materials-pages = مواد کے صفحات
# unreviewed
kb-materials-previous = پچھلا صفحہ
# unreviewed
kb-materials-next = اگلا صفحہ
# unreviewed
kb-materials-of-article = ڈاؤن لوڈ کے لیے مواد
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = تصویر
# unreviewed
kb-material-format-audio = آڈیو
# unreviewed
kb-material-format-video = ویڈیو
# unreviewed
kb-material-size-kb = { $size } کلو بائٹ
# unreviewed
kb-material-size-mb = { $size } میگا بائٹ
# unreviewed
kb-materials-ws-title = مراکز کا مواد
# unreviewed
kb-materials-ws-intro = جو آپ یہاں شامل کریں وہ فوراً عوامی ہو جاتا ہے، مواد کے ذخیرے میں اور، اگر آپ کوئی کارڈ چنیں، اس کے صفحے پر۔
# unreviewed
kb-material-field-title = عنوان
# unreviewed
kb-material-field-description = تفصیل (اختیاری)
# unreviewed
kb-material-field-language = مواد کی زبان
# unreviewed
kb-material-field-article = کارڈ پر دکھائیں (اختیاری)
# unreviewed
kb-material-no-article = صرف ذخیرے میں
# unreviewed
kb-material-what = ایک فائل یا ایک ویڈیو
# unreviewed
kb-material-field-file = فائل
# unreviewed
kb-material-file-hint = PDF، تصاویر PNG، JPEG یا WebP، آڈیو MP3، M4A یا Ogg۔
# unreviewed
kb-material-limit = زیادہ سے زیادہ { $size } میگا بائٹ۔
# unreviewed
kb-material-field-video = یا کسی ویڈیو کا پتا (https://…)
# unreviewed
kb-material-save = مواد شامل کریں
# unreviewed
kb-material-add = ایک مواد شامل کریں
# unreviewed
kb-material-remove = ہٹائیں
# unreviewed
kb-material-added = مواد شامل ہو گیا: اب یہ عوامی ہے۔
# unreviewed
kb-material-removed = مواد اپنی فائل سمیت ہٹا دیا گیا۔
# unreviewed
kb-material-error-title = ایک عنوان لکھیں (زیادہ سے زیادہ 200 حروف)۔
# unreviewed
kb-material-error-description = تفصیل بہت لمبی ہے (زیادہ سے زیادہ 2000 حروف)۔
# unreviewed
kb-material-error-language = مواد کی زبان چنیں۔
# unreviewed
kb-material-error-article = اسی مرکز کا کوئی کارڈ چنیں، یا کوئی نہیں۔
# unreviewed
kb-material-error-file-or-video = ایک فائل چنیں یا کسی ویڈیو کا پتا لکھیں، دونوں نہیں۔
# unreviewed
kb-material-error-too-large = فائل بہت بڑی ہے: محفوظ نہیں ہوئی۔ اسے چھوٹا کر کے دوبارہ چنیں۔
# unreviewed
kb-material-error-type = یہ فائل نہ PDF ہے، نہ تصویر (PNG، JPEG، WebP) اور نہ آڈیو (MP3، M4A، Ogg): اس کا مواد یہی بتاتا ہے، نام جو بھی ہو۔ محفوظ نہیں ہوئی۔
# unreviewed
kb-material-error-video = ویڈیو کا مکمل پتا لکھیں، جو https:// سے شروع ہو۔

# unreviewed
kb-tr-status-legal = مرکز کی قانونی جانچ کے انتظار میں
# unreviewed
kb-tr-notice-legal = اس کارڈ میں حوالہ دیا گیا ایک قانون بدل گیا ہے: مرکز متن کی جانچ کر رہا ہے، پھر یہ ترجمہ بھی تازہ کیا جائے گا۔

# unreviewed
kb-links-services = خدمات کے کارڈ جن کی آپ دیکھ بھال کرتے ہیں
