### Knowledge base: procedure sheets, FAQ, guides and news of the thematic hubs.

# unreviewed
workspace-nav-kb = Інформаційні картки

## Kinds, states and sections

# unreviewed
kb-kind-sheet = Картка процедури
# unreviewed
kb-kind-faq = Часте запитання
# unreviewed
kb-kind-guide = Посібник
# unreviewed
kb-kind-news = Новина
# unreviewed
kb-status-draft = Чернетка
# unreviewed
kb-status-in_review = На перевірці
# unreviewed
kb-status-published = Опубліковано
# unreviewed
kb-status-archived = В архіві
# unreviewed
kb-section-what = Що це таке
# unreviewed
kb-section-who = Для кого
# unreviewed
kb-section-how = Що потрібно зробити
# unreviewed
kb-section-needs = Що вам потрібно
# unreviewed
kb-section-outcome = Що ви отримаєте
# unreviewed
kb-section-time = Терміни
# unreviewed
kb-section-cost = Скільки коштує
# unreviewed
kb-section-where = Куди звертатися
# unreviewed
kb-section-legal_basis = Правові підстави
# unreviewed
kb-section-more = Додаткова інформація
# unreviewed
kb-section-contacts = Контакти
# unreviewed
kb-section-last_update = Останнє оновлення
# unreviewed
kb-prereq-codice-fiscale = Codice fiscale (податковий код)
# unreviewed
kb-prereq-tessera-sanitaria = Tessera sanitaria (медична картка)
# unreviewed
kb-prereq-spid-cie = SPID або CIE
# unreviewed
kb-prereq-residenza = Зареєстроване місце проживання (residenza)
# unreviewed
kb-prereq-pec = PEC (сертифікована електронна пошта)

## Public pages

# unreviewed
kb-theme-empty = На цю тему ще немає карток.
# unreviewed
kb-theme-desks = Знайдіть бюро, яке займається цією темою
# unreviewed
kb-texts-in-italian = Картки написані італійською мовою.
# unreviewed
kb-legal-review = Цю картку оновлюють після зміни закону.
# unreviewed
kb-legal-review-short = потрібно перевірити: закон змінився
# unreviewed
kb-owner = Автор
# unreviewed
kb-prerequisites = Спочатку вам потрібно
# unreviewed
kb-steps = Кроки
# unreviewed
kb-step-who = Хто
# unreviewed
kb-step-where = Де
# unreviewed
kb-step-bring = Що взяти з собою
# unreviewed
kb-step-cost = Вартість
# unreviewed
kb-step-time = Час
# unreviewed
kb-variant-yours = У вашій місцевості:
# unreviewed
kb-variants-other = Як це відбувається в інших місцевостях
# unreviewed
kb-area-hint = У деяких місцевостях кроки відрізняються.
# unreviewed
kb-area-choose = Виберіть своє бюро, щоб побачити, як це відбувається там, де ви живете.
# unreviewed
kb-desks = Бюро, які можуть вам допомогти
# unreviewed
kb-review-by = Наступна перевірка до
# unreviewed
kb-withdrawn-title = Картку вилучено
# unreviewed
kb-withdrawn-text = Ця картка більше не чинна, і її вилучено:
# unreviewed
kb-withdrawn-replaced = Замість неї дивіться:
# unreviewed
kb-withdrawn-ask = Запитайте в бюро актуальну інформацію

## Workspace

# unreviewed
kb-ws-title = Інформаційні картки
# unreviewed
kb-ws-new-title = Нова картка
# unreviewed
kb-ws-editor-title = Редагування картки
# unreviewed
kb-ws-history-title = Версії картки
# unreviewed
kb-ws-new-sheet = Нова картка
# unreviewed
kb-ws-new-faq = Нове часте запитання
# unreviewed
kb-ws-empty = Немає карток, які ви можете писати або перевіряти.
# unreviewed
kb-ws-back = Назад до карток
# unreviewed
kb-ws-back-editor = Назад до картки
# unreviewed
kb-ws-create = Створити чернетку
# unreviewed
kb-ws-save = Зберегти нову версію
# unreviewed
kb-ws-edit-heading = Текст
# unreviewed
kb-ws-history-link = Версії та відмінності
# unreviewed
kb-ws-version = версія { $n }
# unreviewed
kb-ws-published-version = опублікована: версія { $n }
# unreviewed
kb-ws-moved = Готово. Тепер стан картки:
# unreviewed
kb-field-title = Назва
# unreviewed
kb-field-summary = Коротко
# unreviewed
kb-field-tags = Ключові слова (через кому)
# unreviewed
kb-field-kind = Тип
# unreviewed
kb-field-theme = Тема
# unreviewed
kb-field-hub = Відповідальний тематичний центр
# unreviewed
kb-field-status = Стан
# unreviewed
kb-field-slug = Адреса сторінки
# unreviewed
kb-field-slug-hint = Малі латинські літери, цифри та дефіси, наприклад rinnovo-permesso.
# unreviewed
kb-field-online-url = Онлайн-послуга (адреса http або https)
# unreviewed
kb-field-body = Текст (Markdown)
# unreviewed
kb-steps-hint = Заповніть один рядок для кожного кроку процедури. Порожній крок не зберігається.
# unreviewed
kb-step-n = Крок { $n }
# unreviewed
kb-variant-n = Місцевий варіант { $n }
# unreviewed
kb-variant-area = Місцевість
# unreviewed
kb-variant-area-hint = Місцевість варіанта: код провінції (наприклад BO) або desk: і далі адреса бюро (наприклад desk:hub-salute).
# unreviewed
kb-variant-label = Назва, яку видно (наприклад Questura di Bologna)
# unreviewed
kb-minor = Дрібне виправлення (описки): переклади залишаються чинними
# unreviewed
kb-minor-short = дрібне
# unreviewed
kb-part-title = Назва
# unreviewed
kb-part-summary = Коротко
# unreviewed
kb-part-who = Хто
# unreviewed
kb-part-where = Де
# unreviewed
kb-part-bring = Що взяти з собою
# unreviewed
kb-part-cost = Вартість
# unreviewed
kb-part-time = Час
# unreviewed
kb-part-text = Текст
# unreviewed
kb-part-label = Назва варіанта
# unreviewed
kb-part-online_url = Онлайн-послуга
# unreviewed
kb-part-body = Текст
# unreviewed
kb-part-step = Крок { $n }: { $field }
# unreviewed
kb-workflow = Перевірка та публікація
# unreviewed
kb-four-eyes-on = У цьому тематичному центрі версію публікує інша людина, а не та, що її написала.
# unreviewed
kb-comment = Коментар
# unreviewed
kb-comment-add = Додати коментар
# unreviewed
kb-comments = Коментарі перевірки
# unreviewed
kb-comments-empty = Коментарів ще немає.
# unreviewed
kb-publish-at = Дата публікації (необов'язково)
# unreviewed
kb-publish-at-hint = Час Рима. Залиште порожнім, щоб опублікувати одразу.
# unreviewed
kb-action-submit = Надіслати на перевірку
# unreviewed
kb-action-return = Повернути авторові
# unreviewed
kb-action-publish = Схвалити й опублікувати
# unreviewed
kb-action-archive = Перенести в архів
# unreviewed
kb-action-reopen = Знову відкрити як чернетку
# unreviewed
kb-conflict-title = Хтось зберіг версію { $n }, поки ви писали
# unreviewed
kb-conflict-text = Текст від { $editor } нижче; ваш текст залишився у формі. Якщо ви збережете ще раз, ваш текст стане наступною версією.
# unreviewed
kb-diff-from = Від версії
# unreviewed
kb-diff-to = До версії
# unreviewed
kb-diff-compare = Порівняти
# unreviewed
kb-diff-heading = Відмінності між версією { $from } і версією { $to }
# unreviewed
kb-diff-none = У тексті немає відмінностей.
# unreviewed
kb-diff-legend = Вилучений текст перекреслено, доданий текст підкреслено.
# unreviewed
kb-versions = Усі версії
# unreviewed
kb-version = Версія
# unreviewed
kb-editor-system = початкове завантаження

## Refusals and form errors

# unreviewed
kb-refused-not-reviewer = Це можуть робити лише ті, хто перевіряє картки цього тематичного центру.
# unreviewed
kb-refused-transition = Цей перехід неможливий з поточного стану картки.
# unreviewed
kb-refused-stale = Тим часом картка змінилася. Перегляньте нову версію і спробуйте ще раз.
# unreviewed
kb-refused-comment-needed = Напишіть коментар і поясніть, що треба змінити.
# unreviewed
kb-refused-four-eyes = Ви не можете опублікувати версію, яку написали самі: її має схвалити інша людина.
# unreviewed
kb-refused-schedule-past = Дата публікації має бути в майбутньому.
# unreviewed
kb-refused-schedule-invalid = Дата публікації недійсна.
# unreviewed
kb-error-kind = Виберіть тип картки.
# unreviewed
kb-error-theme = Виберіть тему.
# unreviewed
kb-error-hub = Виберіть тематичний центр, для якого ви можете писати.
# unreviewed
kb-error-slug = Адреса може містити лише малі латинські літери, цифри та дефіси.
# unreviewed
kb-error-slug-taken = У цій темі вже є картка з такою адресою.
# unreviewed
kb-error-title-missing = Напишіть назву.
# unreviewed
kb-error-too-long = Текст задовгий.
# unreviewed
kb-error-url = Онлайн-послуга має бути адресою http або https.
# unreviewed
kb-error-prerequisite = Однієї з вимог немає серед передбачених.
# unreviewed
kb-error-too-many-steps = Забагато кроків або варіантів.
# unreviewed
kb-error-step-title = Кожен крок потребує назви.
# unreviewed
kb-error-variant = Кожен варіант потребує назви й тексту.
# unreviewed
kb-error-variant-area = Місцевість варіанта — це код провінції (BO) або desk: і адреса бюро.
# unreviewed
kb-error-norm = Одного з правових посилань немає в реєстрі.

## Writing aids

# unreviewed
kb-aids = Допомога з написанням
# unreviewed
kb-aids-unsaved = Перевіряємо текст у тому вигляді, як ви його написали: його ще не збережено.
# unreviewed
kb-aids-gulpease = Індекс Gulpease { $score }: { $level }
# unreviewed
kb-aids-level-elementary = легко для тих, хто має свідоцтво про закінчення початкової школи
# unreviewed
kb-aids-level-middle = легко для тих, хто має свідоцтво про базову середню освіту
# unreviewed
kb-aids-level-high-school = легко для тих, хто має атестат про повну загальну середню освіту
# unreviewed
kb-aids-level-hard = важко навіть для тих, хто має атестат про повну загальну середню освіту
# unreviewed
kb-aids-nothing = Ще немає тексту для вимірювання.
# unreviewed
kb-aids-needs-override = Щоб опублікувати цю картку, людина, яка її перевіряє, має написати, чому її треба опублікувати саме так: читабельність нижча за 50 або є слово, якого слід уникати згідно з Carta di Roma.
# unreviewed
kb-aids-long = Довгі речення
# unreviewed
kb-aids-words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слів
   *[other] { $count } слова
}
# unreviewed
kb-aids-words-heading = Слова, які варто змінити
# unreviewed
kb-aids-carta = Carta di Roma
# unreviewed
kb-aids-check = Перевірити текст
# unreviewed
kb-override-reason = Чому все одно публікувати (обов’язково)
# unreviewed
kb-refused-needs-override = Допомога з написанням позначила цю картку: щоб її опублікувати, напишіть, чому її треба опублікувати саме так.
# unreviewed
kb-refused-override-too-long = Обґрунтування задовге.

## The register of norms

# unreviewed
workspace-nav-norms = Правові підстави
# unreviewed
kb-norms-title = Реєстр нормативних актів
# unreviewed
kb-norms-intro = Нормативні акти, на які посилаються картки. Коли нормативний акт змінюється, повідомте про зміну: картки, що на нього посилаються, переходять у стан «потрібно перевірити: закон змінився», а відповідальні тематичні центри отримують електронний лист.
# unreviewed
kb-norms-norm = Нормативний акт
# unreviewed
kb-norms-articles = Картки, що на нього посилаються
# unreviewed
kb-norms-changed = Остання повідомлена зміна
# unreviewed
kb-norms-mark = Повідомити про зміну
# unreviewed
kb-norms-cited = { $count ->
    [one] { $count } картка
    [few] { $count } картки
    [many] { $count } карток
   *[other] { $count } картки
}
# unreviewed
kb-norms-flagged = { $count ->
    [one] Готово: тепер { $count } картку треба перевірити.
    [few] Готово: тепер { $count } картки треба перевірити.
    [many] Готово: тепер { $count } карток треба перевірити.
   *[other] Готово: тепер { $count } картки треба перевірити.
}
# unreviewed
kb-norms-add = Додати або виправити нормативний акт
# unreviewed
kb-norms-url = Офіційна адреса (наприклад, Normattiva)
# unreviewed
kb-norms-save = Зберегти нормативний акт
# unreviewed
kb-norm-mail-subject = Нормативний акт змінено: { $norm }
# unreviewed
kb-norm-mail-body = Повідомлено про зміну в { $norm }. Ці картки вашого тематичного центру посилаються на нього й тепер мають стан «потрібно перевірити: закон змінився»; на порталі вони показують попередження, доки ви не опублікуєте їх знову після перевірки:

    { $articles }
# unreviewed
kb-ws-legal-pending = { $count ->
    [one] { $count } картка, яку треба перевірити після зміни закону.
    [few] { $count } картки, які треба перевірити після зміни закону.
    [many] { $count } карток, які треба перевірити після зміни закону.
   *[other] { $count } картки, які треба перевірити після зміни закону.
}

## Translations of articles

# unreviewed
kb-tr-notice-missing = Ця картка ще не перекладена вашою мовою: нижче ви знайдете текст італійською мовою.
# unreviewed
kb-tr-notice-outdated = Італійський текст змінився після цього перекладу: частина інформації може бути застарілою.
# unreviewed
kb-tr-notice-machine = Перекладено автоматично, ще не перевірено людиною.
# unreviewed
kb-tr-notice-current = Переклад перевірено за італійським оригіналом.
# unreviewed
kb-tr-original = Читати оригінал італійською мовою
# unreviewed
kb-tr-status-missing = потрібно перекласти
# unreviewed
kb-tr-status-outdated = потрібно оновити
# unreviewed
kb-tr-status-machine = машинний переклад потрібно перевірити
# unreviewed
kb-tr-status-current = актуальний
# unreviewed
kb-tr-queue-title = Картки для перекладу
# unreviewed
kb-tr-title = Переклад картки
# unreviewed
kb-tr-back = Назад до карток для перекладу
# unreviewed
kb-tr-diff = Що змінилося в італійському тексті після вашого перекладу
# unreviewed
kb-tr-source = Італійський текст
# unreviewed
kb-tr-yours = Ваш переклад
# unreviewed
kb-tr-save = Зберегти переклад
# unreviewed
kb-tr-stale = Тим часом італійський текст знову опублікували. Перегляньте відмінності і збережіть ще раз.
# unreviewed
workspace-nav-kb-translations = Картки для перекладу

## Exchange with translation agencies (XLIFF 2.0)

# unreviewed
kb-xliff-title = Обмін із перекладацькими агенціями (XLIFF 2.0)
# unreviewed
kb-xliff-intro = Завантажте файл XLIFF 2.0 з італійським текстом для перекладу, а коли агенція поверне його, імпортуйте його тут. Якщо у файлі є помилка, нічого не імпортується.
# unreviewed
kb-xliff-download-todo = Завантажити картки для перекладу або оновлення
# unreviewed
kb-xliff-download-all = Завантажити всі опубліковані картки
# unreviewed
kb-xliff-file = Файл XLIFF від агенції
# unreviewed
kb-xliff-import = Імпортувати переклади
# unreviewed
kb-xliff-imported = { $count ->
    [one] Імпортовано { $count } переклад.
    [few] Імпортовано { $count } переклади.
    [many] Імпортовано { $count } перекладів.
   *[other] Імпортовано { $count } перекладу.
}
# unreviewed
kb-xliff-refused = Нічого не імпортовано. Виправте файл і спробуйте ще раз:
# unreviewed
kb-xliff-problem = Рядок { $line }: { $reason }
# unreviewed
kb-xliff-no-file = Виберіть файл XLIFF для імпорту.
# unreviewed
kb-xliff-too-large = Файл більший за { $max } MB.
# unreviewed
kb-xliff-encoding = Файл не є текстом у кодуванні UTF-8.
# unreviewed
kb-xliff-error-malformed = XML написано неправильно
# unreviewed
kb-xliff-error-not-xliff = це не файл XLIFF 2.0
# unreviewed
kb-xliff-error-doctype = оголошення DOCTYPE не допускається
# unreviewed
kb-xliff-error-entity = сутність &{ $name }; невідома
# unreviewed
kb-xliff-error-missing-attribute = бракує атрибута { $name }
# unreviewed
kb-xliff-error-unexpected = елемент <{ $name }> тут не передбачений
# unreviewed
kb-xliff-error-inline-code = вбудований код <{ $name }> не підтримується
# unreviewed
kb-xliff-error-duplicate-unit = одиниця { $name } трапляється двічі
# unreviewed
kb-xliff-error-bad-version = версія { $name } не є числом
# unreviewed
kb-xliff-error-language = мови файлу ({ $name }) не відповідають напрямку з італійської на цю мову
# unreviewed
kb-xliff-error-unknown-article = картки { $name } не існує або її більше не опубліковано
# unreviewed
kb-xliff-error-stale = італійський текст { $name } змінився після експорту: завантажте файл ще раз
# unreviewed
kb-xliff-error-unknown-unit = одиниця { $name } не належить до картки
# unreviewed
kb-xliff-error-untranslated = одиницю { $name } не перекладено
# unreviewed
kb-xliff-error-invalid = поле { $name } недійсне

## Sheets due for review

# unreviewed
workspace-nav-kb-review = Картки для перегляду
# unreviewed
kb-review-title = Картки для перегляду
# unreviewed
kb-review-intro = Опубліковані картки ваших тематичних центрів, у яких дата перегляду вже минула або настає протягом 30 днів.
# unreviewed
kb-review-due = Переглянути до
# unreviewed
kb-review-overdue = прострочено
# unreviewed
kb-review-soon = строк незабаром
# unreviewed
kb-review-none = Немає карток, які треба переглянути.
# unreviewed
kb-review-mark = Підтверджую, що вона досі правильна
# unreviewed
kb-review-marked = Картку підтверджено: наступний перегляд — до { $date }.

## Readers' ratings

# unreviewed
kb-rating-legend = Чи була ця сторінка зрозумілою?
# unreviewed
kb-rating-1 = Зовсім незрозуміла
# unreviewed
kb-rating-2 = Малозрозуміла
# unreviewed
kb-rating-3 = Досить зрозуміла
# unreviewed
kb-rating-4 = Зрозуміла
# unreviewed
kb-rating-5 = Дуже зрозуміла
# unreviewed
kb-rating-comment = Чого бракувало або що було важко зрозуміти? (необов'язково: не пишіть особистих даних)
# unreviewed
kb-rating-send = Надіслати
# unreviewed
kb-rating-thanks = Дякуємо: ваша відповідь допомагає нам покращити цю сторінку.
# unreviewed
kb-rating-invalid = Виберіть відповідь від 1 до 5.
# unreviewed
kb-rating-too-long = Коментар задовгий (максимальна кількість символів: { $max }).
# unreviewed
kb-rating-limited = Забагато відповідей з вашого з'єднання: спробуйте пізніше.
# unreviewed
kb-ratings-title = Відповіді читачів
# unreviewed
kb-ratings-summary = { $count ->
    [one] { $count } відповідь, середня оцінка { $average } з 5
    [few] { $count } відповіді, середня оцінка { $average } з 5
    [many] { $count } відповідей, середня оцінка { $average } з 5
   *[other] { $count } відповіді, середня оцінка { $average } з 5
}
# unreviewed
kb-ratings-none = Ще жоден читач не відповів.
# unreviewed
kb-ratings-comments = Останні коментарі
# unreviewed
kb-leaflet-link = Листівка для друку (PDF, A4)
# unreviewed
kb-leaflet-scan = Скануйте код, щоб відкрити актуальну сторінку
# unreviewed
kb-replaced-by = Замінено на (необов'язково)
# unreviewed
kb-replaced-by-hint = Адреса опублікованої картки, що її замінює, наприклад /it/salute/iscrizione-ssn. Туди вестимуть відкликана сторінка та QR-коди вже надрукованих листівок.
# unreviewed
kb-refused-replacement = Ця адреса не веде до опублікованої картки: перевірте її та спробуйте ще раз або залиште поле порожнім.
# unreviewed
kb-glossary = Терміни глосарія
# unreviewed
kb-glossary-hint = Юридичні терміни, які вживає цей текст: завжди пишіть їх саме так і вперше поясніть читачеві, що вони означають.
# unreviewed
kb-glossary-count = разів у тексті: { $count }
# unreviewed
kb-glossary-translator = Глосарій для цієї мови
# unreviewed
kb-glossary-translator-hint = Юридичні терміни італійського тексту з узгодженим перекладом: використовуйте його, щоб читач бачив ті самі слова в установах і на бланках.
# unreviewed
kb-glossary-unreviewed = переклад ще не перевірено
# unreviewed
kb-glossary-none = узгодженого перекладу немає
# unreviewed
kb-mt = Машинний переклад
# unreviewed
kb-mt-hint = Попросіть чернетку в сервісу машинного перекладу: її буде опубліковано з приміткою «перекладено автоматично, ще не перевірено», доки ви її не переглянете й не збережете.
# unreviewed
kb-mt-action = Створити машинну чернетку
# unreviewed
kb-mt-done = Машинну чернетку збережено: перечитайте її та збережіть, щоб прибрати примітку.
# unreviewed
kb-mt-refused-readability = Італійський текст надто складний для доброго машинного перекладу (індекс Gulpease нижче 50): попросіть центр спростити його або перекладіть вручну.
# unreviewed
kb-mt-refused-human = Ця мова вже має переклад, зроблений людиною: його не буде перезаписано. Оновіть його вручну за змінами в італійському тексті.
# unreviewed
kb-mt-unavailable = Сервіс машинного перекладу не відповідає: нічого не збережено. Спробуйте пізніше або перекладіть вручну.
# unreviewed
workspace-nav-kb-links = Посилання, які треба виправити
# unreviewed
kb-links-title = Посилання, які треба виправити
# unreviewed
kb-links-intro = Щоночі перевірка посилань відвідує зовнішні адреси опублікованих карток і юридичних посилань, без поспіху й ніколи не до внутрішніх адрес. Тут ті з ваших карток, що не працюють.
# unreviewed
kb-links-none = У ваших картках немає посилань, які треба виправити.
# unreviewed
kb-links-broken = сайт відповідає помилкою ({ $status })
# unreviewed
kb-links-refused = не перевірено: це не публічна вебадреса
# unreviewed
kb-links-unreachable = сайт не відповідає

# unreviewed
workspace-nav-kb-materials = Матеріали
# unreviewed
kb-materials-title = Інформаційні матеріали
# unreviewed
kb-materials-intro = Листівки, зображення, аудіозаписи та відео, підготовлені тематичними центрами мережі, багатьма мовами.
# unreviewed
kb-materials-filter = Фільтр матеріалів
# unreviewed
kb-materials-format = Формат
# unreviewed
kb-materials-any-format = Будь-який формат
# unreviewed
kb-materials-submit = Показати
# unreviewed
kb-materials-found = Матеріали
# unreviewed
kb-materials-none = Немає матеріалів із цими фільтрами.
# unreviewed
kb-materials-pages = Сторінки матеріалів
# unreviewed
kb-materials-previous = Попередня сторінка
# unreviewed
kb-materials-next = Наступна сторінка
# unreviewed
kb-materials-of-article = Матеріали для завантаження
# unreviewed
kb-material-format-pdf = PDF
# unreviewed
kb-material-format-image = Зображення
# unreviewed
kb-material-format-audio = Аудіо
# unreviewed
kb-material-format-video = Відео
# unreviewed
kb-material-size-kb = { $size } кБ
# unreviewed
kb-material-size-mb = { $size } МБ
# unreviewed
kb-materials-ws-title = Матеріали центрів
# unreviewed
kb-materials-ws-intro = Те, що ви додаєте тут, одразу стає публічним: у репозитарії матеріалів і, якщо виберете картку, на її сторінці.
# unreviewed
kb-material-field-title = Назва
# unreviewed
kb-material-field-description = Опис (необов'язково)
# unreviewed
kb-material-field-language = Мова матеріалу
# unreviewed
kb-material-field-article = Показати на картці (необов'язково)
# unreviewed
kb-material-no-article = Лише в репозитарії
# unreviewed
kb-material-what = Файл або відео
# unreviewed
kb-material-field-file = Файл
# unreviewed
kb-material-file-hint = PDF, зображення PNG, JPEG або WebP, аудіо MP3, M4A або Ogg.
# unreviewed
kb-material-limit = Не більше { $size } МБ.
# unreviewed
kb-material-field-video = Або адреса відео (https://…)
# unreviewed
kb-material-save = Додати матеріал
# unreviewed
kb-material-add = Додати матеріал
# unreviewed
kb-material-remove = Видалити
# unreviewed
kb-material-added = Матеріал додано: він уже публічний.
# unreviewed
kb-material-removed = Матеріал видалено разом із файлом.
# unreviewed
kb-material-error-title = Напишіть назву (не більше 200 символів).
# unreviewed
kb-material-error-description = Опис задовгий (не більше 2000 символів).
# unreviewed
kb-material-error-language = Виберіть мову матеріалу.
# unreviewed
kb-material-error-article = Виберіть картку того самого центру або жодної.
# unreviewed
kb-material-error-file-or-video = Виберіть файл або напишіть адресу відео, але не обидва.
# unreviewed
kb-material-error-too-large = Файл завеликий: його не збережено. Зменште його й виберіть знову.
# unreviewed
kb-material-error-type = Цей файл не є PDF, зображенням (PNG, JPEG, WebP) чи аудіо (MP3, M4A, Ogg): так каже його вміст, хоч би як він називався. Його не збережено.
# unreviewed
kb-material-error-video = Напишіть повну адресу відео, що починається з https://.

# unreviewed
kb-tr-status-legal = очікує юридичної перевірки центру
# unreviewed
kb-tr-notice-legal = Змінилася норма, на яку посилається ця картка: центр перевіряє текст, а потім буде оновлено й цей переклад.

# unreviewed
kb-links-services = Картки послуг, які ви ведете
