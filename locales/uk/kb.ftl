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
kb-translation-missing = Цю картку ще не перекладено вашою мовою: нижче ви знайдете текст італійською.
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
