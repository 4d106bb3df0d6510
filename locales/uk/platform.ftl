# Sportello — Ukrainian (українська) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Ukrainian reviewer.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Site shell — Структура сайту

# unreviewed
site-name = Інформаційне бюро для іноземних громадян
# unreviewed
site-tagline = Інформація та послуги для іноземних громадян
# unreviewed
skip-link = Перейти до основного вмісту
# unreviewed
nav-main-label = Головне меню
# unreviewed
nav-home = Головна сторінка
# unreviewed
nav-desks = Інформаційні бюро
# unreviewed
nav-services = Онлайн-послуги
# unreviewed
language-switcher-summary = Мова
# unreviewed
language-switcher-label = Оберіть мову
# unreviewed
translation-incomplete = Деякі частини цієї сторінки ще не перекладено. Їх показано італійською мовою.
# unreviewed
translation-draft = Цей переклад — чернетка: його ще не перевірив носій мови.
# unreviewed
footer-about = Сервіс регіональної мережі інформаційних бюро для іноземних громадян.
# unreviewed
footer-demo = Демонстраційні дані: адреси, телефони та інші відомості з позначкою «зразкові дані» вигадані.
# unreviewed
invented-marker = зразкові дані

## Themes: the name, and a one-line description — Теми: назва й короткий опис

# unreviewed
# The Italian terms in brackets are the words used at Italian offices (Questura, comune) and on the forms.
theme-permesso-di-soggiorno = Дозвіл на проживання (permesso di soggiorno)
    .description = Оформлення, продовження та зміна типу дозволу на проживання.
# unreviewed
theme-cittadinanza = Громадянство
    .description = Як подати заяву на італійське громадянство і стежити за її розглядом.
# unreviewed
theme-ricongiungimento-familiare = Возз’єднання сім’ї (ricongiungimento familiare)
    .description = Як привезти членів сім’ї до Італії: умови та документи.
# unreviewed
# anagrafe = the comune's population register.
theme-residenza-anagrafe = Місце проживання і реєстрація (anagrafe)
    .description = Реєстрація в anagrafe (реєстр населення комуни), зміна місця проживання, довідки.
# unreviewed
theme-salute = Здоров’я
    .description = Реєстрація в Національній службі охорони здоров’я (Servizio sanitario), сімейний лікар (medico di base), запис до лікаря.
# unreviewed
theme-scuola = Школа
    .description = Запис до школи та до закладів для малих дітей.
# unreviewed
theme-lavoro-formazione = Робота і навчання
    .description = Пошук роботи, трудові договори, курси професійного навчання.
# unreviewed
theme-casa = Житло
    .description = Оренда, соціальне житло (case popolari), довідка про придатність житла (idoneità alloggiativa).
# unreviewed
theme-prestazioni-sociali = Соціальні виплати
    .description = Допомоги, бонуси та фінансова підтримка: хто може подати заяву.
# unreviewed
theme-lingua-italiana = Італійська мова
    .description = Курси італійської мови та мовні тести.

## Desks — Бюро

# unreviewed
desk-level-l1 = Бюро першого звернення
# unreviewed
desk-level-l2 = Спеціалізоване бюро для іноземців
# unreviewed
desk-level-hub = Тематичний центр
# unreviewed
desk-themes-label = Теми:
# unreviewed
desk-address-label = Адреса:

## Errors — Помилки

# unreviewed
error-request-id = Код запиту: { $id }
# unreviewed
error-request-id-help = Якщо ви просите про допомогу, назвіть цей код.
# unreviewed
error-go-home = Перейти на головну сторінку
# unreviewed
error-other-languages = Ця сторінка іншими мовами
# unreviewed
error-400-title = Неправильний запит
# unreviewed
error-400-body = Адреса або надіслані дані неправильні. Перевірте адресу і спробуйте ще раз.
# unreviewed
error-403-title = Доступ заборонено
# unreviewed
error-403-body = У вас немає дозволу переглядати цю сторінку.
# unreviewed
error-404-title = Сторінку не знайдено
# unreviewed
error-404-body = Сторінки, яку ви шукаєте, не існує, або її перенесено.
# unreviewed
error-405-title = Дія не дозволена
# unreviewed
error-405-body = Ця сторінка не приймає такий тип запиту.
# unreviewed
error-408-title = Час вичерпано
# unreviewed
error-408-body = Запит тривав надто довго. Спробуйте ще раз трохи згодом.
# unreviewed
error-413-title = Завеликий обсяг даних
# unreviewed
error-413-body = Надіслані дані перевищують максимальний дозволений розмір.
# unreviewed
error-429-title = Забагато запитів
# unreviewed
error-429-body = Ви надіслали забагато запитів за короткий час. Зачекайте трохи і спробуйте ще раз.
# unreviewed
error-500-title = Сталася помилка
# unreviewed
error-500-body = Щось пішло не так з нашого боку. Спробуйте ще раз трохи згодом.
# unreviewed
error-503-title = Сервіс недоступний
# unreviewed
error-503-body = Сервіс тимчасово недоступний. Спробуйте ще раз трохи згодом.

## Operators: sign-in and workspace — Оператори: вхід і робочий розділ

# unreviewed
nav-workspace = Розділ операторів
# unreviewed
logout-submit = Вийти
# unreviewed
workspace-title = Розділ операторів
# unreviewed
workspace-nav-label = Меню розділу операторів
# unreviewed
error-401-title = Потрібно увійти
# unreviewed
error-401-body = Щоб переглянути цю сторінку, потрібно увійти.
# unreviewed
error-code-csrf-invalid = Термін дії форми минув, або вона недійсна. Поверніться назад, оновіть сторінку і спробуйте ще раз.

## Password reset and mail — Скидання пароля та пошта

# unreviewed
dev-mail-title = Надіслана пошта (розробка)
# unreviewed
dev-mail-empty = Немає повідомлень.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history. — Спільні тексти для кількох розділів

# unreviewed
finder-heading = Знайти бюро

# unreviewed
desk-by-appointment = Лише за попереднім записом
# unreviewed
desk-email-label = Ел. пошта:
# unreviewed
desk-verified-on = Інформацію перевірено { $date }.

# unreviewed
channel-in_person = Особисто
# unreviewed
channel-phone = Телефоном
# unreviewed
channel-online = Онлайн
# unreviewed
channel-video = Відеодзвінком

# unreviewed
language-name-it = італійська
# unreviewed
language-name-ar = арабська
# unreviewed
language-name-en = англійська
# unreviewed
language-name-fr = французька
# unreviewed
language-name-es = іспанська
# unreviewed
language-name-zh = китайська
# unreviewed
language-name-sq = албанська
# unreviewed
language-name-ro = румунська
# unreviewed
language-name-uk = українська
# unreviewed
language-name-ur = урду
# unreviewed
language-name-bn = бенгальська
# unreviewed
language-name-fa = перська
# unreviewed
language-name-ru = російська
# unreviewed
language-name-pt = португальська
# unreviewed
language-name-wo = волоф
# unreviewed
language-name-pa = панджабі
# unreviewed
language-name-tl = тагальська

# unreviewed
desk-edit-has-errors = Деякі поля треба виправити; нічого не збережено:
# unreviewed
desk-edit-description = Опис
# unreviewed
# The Italian is in the first person ("I checked today"); this wording avoids the gendered past tense.
desk-edit-verified = Підтверджую: сьогодні цю інформацію перевірено, вона правильна
# unreviewed
desk-edit-submit = Зберегти зміни
# unreviewed
desk-edit-saved = Зміни збережено. Публічний портал покаже їх за кілька секунд.
# unreviewed
desk-public-page = Переглянути публічну сторінку
# unreviewed
desk-verify-due = Потрібна перевірка: цю інформацію не підтверджували останніми місяцями.
# unreviewed
desk-history-heading = Історія змін
# unreviewed
desk-history-empty = Змін не зареєстровано.
# unreviewed
desk-history-when = Коли (UTC)
# unreviewed
desk-history-who = Хто
# unreviewed
desk-history-field = Поле
# unreviewed
desk-history-before = Було
# unreviewed
desk-history-after = Стало
# unreviewed
desk-field-name = Назва
# unreviewed
desk-field-description = Опис
# unreviewed
desk-field-channels = Способи зв’язку
# unreviewed
desk-field-by_appointment = Лише за попереднім записом
# unreviewed
desk-field-email = Ел. пошта
# unreviewed
desk-field-verified_on = Перевірка
# unreviewed
desk-edit-error-email = Неправильна адреса електронної пошти.
# unreviewed
desk-edit-error-too-long = Текст задовгий (щонайбільше 2000 символів).

## Dates in full (service pages and desk pages). — Повні дати

# unreviewed
date-full-1 = { $day } січня { $year }
# unreviewed
date-full-2 = { $day } лютого { $year }
# unreviewed
date-full-3 = { $day } березня { $year }
# unreviewed
date-full-4 = { $day } квітня { $year }
# unreviewed
date-full-5 = { $day } травня { $year }
# unreviewed
date-full-6 = { $day } червня { $year }
# unreviewed
date-full-7 = { $day } липня { $year }
# unreviewed
date-full-8 = { $day } серпня { $year }
# unreviewed
date-full-9 = { $day } вересня { $year }
# unreviewed
date-full-10 = { $day } жовтня { $year }
# unreviewed
date-full-11 = { $day } листопада { $year }
# unreviewed
date-full-12 = { $day } грудня { $year }

## Web addresses in the editing forms (services and organisations). — Вебадреси у формах

# unreviewed
edit-url-hint = Починається з https:// (або http://).

# unreviewed
edit-error-url = Вебадреса має починатися з https:// або http:// і не містити пробілів.
