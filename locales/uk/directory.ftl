# Sportello — Ukrainian (українська) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Ukrainian reviewer.

### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory). — Пошук бюро, сторінки бюро та графік роботи

# unreviewed
# URP = Ufficio Relazioni con il Pubblico, the comune's public information office.
finder-intro = Знайдіть потрібне бюро: поруч із вами, де говорять вашою мовою, відкрите зараз. Тут є тематичні центри, спеціалізовані бюро для іноземців і пункти першого звернення (URP – приймальні для громадян, соціальні служби).
# unreviewed
finder-near-label = Поблизу (населений пункт)
# unreviewed
finder-near-hint = Напишіть назву населеного пункту (comune), наприклад Bologna.
# unreviewed
finder-use-position = Використати моє місцезнаходження
# unreviewed
finder-language-label = Мова спілкування
# unreviewed
finder-any-language = Будь-яка мова
# unreviewed
finder-open-now-label = Лише відкриті зараз бюро
# unreviewed
finder-more-filters = Інші фільтри
# unreviewed
finder-theme-label = Тема
# unreviewed
finder-any-theme = Усі теми
# unreviewed
finder-level-label = Тип бюро
# unreviewed
finder-any-level = Усі типи
# unreviewed
finder-channel-label = Як зв’язатися
# unreviewed
finder-any-channel = Усі способи
# unreviewed
finder-province-label = Провінція
# unreviewed
finder-any-province = Усі провінції
# unreviewed
finder-submit = Шукати
# unreviewed
finder-sorted-by-distance = Від найближчого до найвіддаленішого.
# unreviewed
finder-no-results = Жодне бюро не відповідає пошуку. Спробуйте прибрати деякі фільтри.
# unreviewed
finder-map-label = Мапа знайдених бюро
# unreviewed
finder-map-attribution = © учасники OpenStreetMap
# unreviewed
finder-geojson-link = Завантажити публічні бюро (GeoJSON, відкриті дані)
# unreviewed
finder-error-theme = Такої теми немає: виберіть тему зі списку.
# unreviewed
finder-error-level = Такого типу бюро немає: виберіть тип зі списку.
# unreviewed
finder-error-language = Ця мова недійсна: виберіть мову зі списку.
# unreviewed
finder-error-channel = Такого способу зв’язку немає: виберіть спосіб зі списку.
# unreviewed
finder-error-page = Неправильний номер сторінки: показуємо першу сторінку.
# unreviewed
finder-error-position = Неправильне місцезнаходження. Напишіть натомість назву населеного пункту.
# unreviewed
finder-error-comune = Не знаходимо населений пункт «{ $name }» серед тих, де є бюро. Спробуйте: { $suggestions }.

# unreviewed
desk-open = Відчинено зараз
# unreviewed
desk-open-until = Відчинено зараз, зачиняється о { $time }
# unreviewed
desk-closed = Зачинено
# unreviewed
desk-closed-opens-today = Зараз зачинено, відчиняється сьогодні о { $time }
# unreviewed
# { $day } is a weekday in the nominative ("середа"); the colon avoids the accusative ("у середу").
desk-closed-opens-on = Зараз зачинено. Відчиняється: { $day }, о { $time }
# unreviewed
desk-hours-unknown = Графік роботи невідомий: зверніться до бюро.
# unreviewed
desk-distance = за { $km } км
# unreviewed
# No preposition before { $comune }, so the Italian town name need not be declined.
desk-address-reserved = Адреса не публікується ({ $comune }): зверніться до бюро.
# unreviewed
desk-languages-label = Мови спілкування:
# unreviewed
desk-where-heading = Де знаходиться
# unreviewed
desk-open-map = Переглянути на мапі OpenStreetMap
# unreviewed
desk-accessibility-label = Доступність:
# unreviewed
desk-hours-heading = Графік роботи
# unreviewed
desk-week-caption = Графік роботи цього тижня (за італійським часом)
# unreviewed
desk-week-day = День
# unreviewed
desk-week-hours = Години
# unreviewed
desk-week-languages = Мови спілкування
# unreviewed
desk-today = сьогодні
# unreviewed
desk-day-closed = Зачинено
# unreviewed
desk-contact-heading = Контакти
# unreviewed
desk-phone-label = Телефон:
# unreviewed
desk-channels-label = Як зв’язатися:
# unreviewed
desk-updated-on = Останнє оновлення: { $date }.
# unreviewed
breadcrumb-label = Ви тут

# unreviewed
weekday-1 = понеділок
# unreviewed
weekday-2 = вівторок
# unreviewed
weekday-3 = середа
# unreviewed
weekday-4 = четвер
# unreviewed
weekday-5 = п’ятниця
# unreviewed
weekday-6 = субота
# unreviewed
weekday-7 = неділя
# unreviewed
# month-N is used only inside date-day-month ("5 березня"), so the months are in the genitive.
month-1 = січня
# unreviewed
month-2 = лютого
# unreviewed
month-3 = березня
# unreviewed
month-4 = квітня
# unreviewed
month-5 = травня
# unreviewed
month-6 = червня
# unreviewed
month-7 = липня
# unreviewed
month-8 = серпня
# unreviewed
month-9 = вересня
# unreviewed
month-10 = жовтня
# unreviewed
month-11 = листопада
# unreviewed
month-12 = грудня
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = Редагувати бюро
# unreviewed
desk-edit-back = Назад до бюро
# unreviewed
desk-edit-name = Назва бюро
# unreviewed
desk-edit-hours = Години роботи
# unreviewed
# The OpenStreetMap codes (Mo-Fr, PH off, Aug off, Dec) must stay in English.
desk-edit-hours-hint = Формат OpenStreetMap, наприклад: Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = святкові дні). Закриття: Aug off або 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Мови спілкування
# unreviewed
desk-edit-languages-hint = Коди ISO через кому, наприклад: it, ar, en, zh.
# unreviewed
desk-edit-link = Редагувати дані бюро
# unreviewed
desk-field-opening_hours = Графік
# unreviewed
desk-field-languages = Мови
# unreviewed
desk-field-phone = Телефон
# unreviewed
desk-field-accessibility = Доступність
# unreviewed
desk-edit-error-name = Напишіть назву бюро (щонайбільше 200 символів).
# unreviewed
desk-edit-error-hours = Графік не відповідає формату OpenStreetMap.
# unreviewed
desk-edit-error-hours-at = Графік не відповідає формату OpenStreetMap: перевірте, починаючи із символу { $column }.
# unreviewed
desk-edit-error-languages = Мови треба писати кодами ISO з 2 або 3 літер, через кому.
# unreviewed
desk-edit-error-phone = Телефон може містити лише цифри, пробіли та + - / . ( ).
# unreviewed
desk-edit-error-channels = Виберіть принаймні один спосіб зв’язку з бюро.

# unreviewed
desk-services-heading = Послуги в цьому бюро
# unreviewed
desk-services-none = Для цього бюро не зареєстровано послуг: запитайте в бюро.
# unreviewed
desk-how-to-book = Щоб прийти до бюро, запишіться на прийом: зателефонуйте або напишіть за контактами нижче.
# unreviewed
desk-hubs-heading = Профільні тематичні центри
# unreviewed
desk-hubs-intro = З найскладнішими питаннями на ці теми бюро звертається до тематичних центрів мережі.
# unreviewed
desk-edit-address = Адреса
# unreviewed
desk-edit-postcode = Поштовий індекс (CAP)
# unreviewed
desk-edit-comune = Населений пункт (comune)
# unreviewed
desk-edit-province = Провінція (скорочення, наприклад BO)
# unreviewed
desk-edit-latitude = Широта
# unreviewed
desk-edit-longitude = Довгота
# unreviewed
desk-edit-position-hint = У десяткових градусах, наприклад 44.4939 і 11.3426 (їх можна знайти на OpenStreetMap).
# unreviewed
desk-edit-sensitive = Адреса не публікується
# unreviewed
desk-edit-sensitive-hint = Для захищених закладів: адреса й розташування ніколи не з’являються на порталі, на мапі чи у відкритих даних.
# unreviewed
desk-edit-error-address = Напишіть адресу (щонайбільше 200 символів).
# unreviewed
desk-edit-error-sensitive = Лише координатори мережі можуть змінити, чи є адреса конфіденційною.
# unreviewed
desk-edit-error-comune = Напишіть населений пункт (щонайбільше 100 символів).
# unreviewed
desk-edit-error-postcode = Поштовий індекс (CAP) задовгий.
# unreviewed
desk-edit-error-province = Провінцію треба писати двобуквеним скороченням, наприклад BO.
# unreviewed
desk-edit-error-position = Широту і довготу треба писати в десяткових градусах: широта від -90 до 90, довгота від -180 до 180.
# unreviewed
desk-field-address = Адреса
# unreviewed
desk-field-postcode = Поштовий індекс (CAP)
# unreviewed
desk-field-comune = Населений пункт
# unreviewed
desk-field-province = Провінція
# unreviewed
desk-field-position = Розташування
# unreviewed
desk-field-sensitive = Адреса не публікується
# unreviewed
desk-edit-language-hours = Мови лише в певні години
# unreviewed
desk-edit-language-hours-hint = Один рядок для кожної мови: код і години у форматі OpenStreetMap, наприклад «ar Mo,We,Fr 09:00-13:00». Мовами, яких тут немає, говорять увесь час роботи бюро.
# unreviewed
desk-edit-error-slot = Кожен рядок має містити код мови, якою говорять у бюро, і години для неї у форматі OpenStreetMap, наприклад: ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Мови в певні години

## Desks — Бюро

# unreviewed
desks-title = Бюро мережі
# unreviewed
desks-intro = Усі бюро мережі: тематичні центри, спеціалізовані бюро для іноземців і пункти першого звернення (URP – приймальні для громадян, соціальні служби).
# unreviewed
# "бюро" does not decline, so all plural forms are alike.
desks-count = { $count ->
    [one] { $count } бюро
    [few] { $count } бюро
    [many] { $count } бюро
   *[other] { $count } бюро
}
# unreviewed
pagination-label = Сторінки
# unreviewed
pagination-previous = Попередня сторінка
# unreviewed
pagination-next = Наступна сторінка
# unreviewed
pagination-status = Сторінка { $page } з { $pages }

## Workspace: desks — Робочий розділ: бюро

# unreviewed
ws-desks-title = Мої бюро
# unreviewed
ws-desks-intro = Бюро, де у вас є роль.
# unreviewed
ws-desks-empty = Жодне бюро не входить у ваші ролі.

## Editing organisations in the workspace. — Редагування організацій

# unreviewed
ws-orgs-title = Організації
# unreviewed
ws-orgs-intro = Організації, дані яких ви можете змінювати: ті, де у вас є роль адміністрування або координації, і організації, що входять до них.
# unreviewed
ws-orgs-empty = Жодна організація не входить у ваші ролі.

# unreviewed
org-edit-title = Редагувати організацію
# unreviewed
org-edit-back = Назад до організацій
# unreviewed
org-edit-link = Редагувати дані організації
# unreviewed
org-edit-name = Назва організації
# unreviewed
org-edit-alternate-name = Інша назва або абревіатура
# unreviewed
org-edit-website = Вебсайт
# unreviewed
org-edit-error-name = Напишіть назву організації (щонайбільше 200 символів).
# unreviewed
org-edit-error-alternate-name = Інша назва може мати щонайбільше 200 символів.

# unreviewed
edit-field-alternate_name = Інша назва
# unreviewed
edit-field-website = Вебсайт
