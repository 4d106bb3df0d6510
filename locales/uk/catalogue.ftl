# Sportello — Ukrainian (українська) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Ukrainian reviewer.

### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages. — Каталог онлайн-послуг і сторінки послуг

# unreviewed
catalogue-title = Онлайн-послуги
# unreviewed
catalogue-intro = Послуги, якими можна користуватися з дому, з телефона чи комп’ютера: хто їх надає, для чого вони і що потрібно, щоб увійти.
# unreviewed
catalogue-help = Якщо вам потрібна допомога, щоб ними скористатися, зверніться до бюро мережі: там вам допоможуть.
# unreviewed
catalogue-help-link = Знайти бюро
# unreviewed
catalogue-empty = У каталозі ще немає онлайн-послуг.
# unreviewed
catalogue-breadcrumb-label = Навігаційний ланцюжок
# unreviewed
catalogue-categories-heading = Категорії
# unreviewed
catalogue-category-vita-del-cittadino = Повсякденне життя і документи
# unreviewed
catalogue-category-istruzione = Освіта
# unreviewed
catalogue-category-cultura = Культура
# unreviewed
catalogue-category-lavoro-formazione = Робота і навчання
# unreviewed
catalogue-category-salute = Здоров’я
# unreviewed
catalogue-provider = Хто надає:
# unreviewed
catalogue-what = Що це:
# unreviewed
catalogue-who = Хто може користуватися:
# unreviewed
catalogue-login = Що потрібно, щоб увійти
# unreviewed
catalogue-login-spid = SPID (італійська державна система цифрової ідентифікації)
# unreviewed
catalogue-login-cie = CIE (італійська електронна ID-картка)
# unreviewed
catalogue-login-cns = CNS (медична картка з чипом, tessera sanitaria)
# unreviewed
catalogue-login-none = Цифрова ідентифікація не потрібна
# unreviewed
catalogue-plain-note = Простими словами:
# unreviewed
catalogue-open-online = Перейти до онлайн-послуги
# unreviewed
catalogue-external = зовнішній сайт
# unreviewed
catalogue-details = Опис послуги
# unreviewed
catalogue-service-kicker = Опис послуги
# unreviewed
catalogue-toc-heading = На цій сторінці
# unreviewed
catalogue-sec-what = Що це
# unreviewed
catalogue-sec-who = Для кого
# unreviewed
catalogue-sec-how = Що робити
# unreviewed
catalogue-sec-need = Що потрібно
# unreviewed
catalogue-sec-get = Що ви отримаєте
# unreviewed
catalogue-sec-time = Терміни
# unreviewed
catalogue-sec-cost = Скільки коштує
# unreviewed
catalogue-sec-access = Доступ до послуги
# unreviewed
catalogue-sec-more = Докладніше
# unreviewed
catalogue-sec-contacts = Контакти
# unreviewed
catalogue-sec-updated = Останнє оновлення
# unreviewed
catalogue-not-stated = Інформація відсутня: запитайте в бюро.
# unreviewed
catalogue-no-documents = Особливі документи не потрібні.
# unreviewed
catalogue-access-online = Онлайн
# unreviewed
catalogue-access-book = Записатися
# unreviewed
catalogue-by-appointment = Послуга надається за попереднім записом: щоб записатися, зверніться до одного з бюро нижче.
# unreviewed
catalogue-access-where = Де
# unreviewed
catalogue-access-ask = Щоб дізнатися, де можна отримати цю послугу, зверніться до бюро мережі.
# unreviewed
catalogue-channels = Як можна скористатися:
# unreviewed
catalogue-channel-in-person = у бюро
# unreviewed
catalogue-channel-phone = телефоном
# unreviewed
catalogue-channel-online = онлайн
# unreviewed
catalogue-channel-video = відеодзвінком
# unreviewed
catalogue-themes = Теми:
# unreviewed
catalogue-category = Категорія каталогу:
# unreviewed
catalogue-provider-website = Сайт організації
# unreviewed
catalogue-contacts-desks = Щоб отримати інформацію, зверніться до бюро мережі.
# unreviewed
catalogue-phone = Телефон:
# unreviewed
catalogue-email = Ел. пошта:
# unreviewed
catalogue-desk-level-l1 = бюро першого звернення
# unreviewed
catalogue-desk-level-l2 = спеціалізоване бюро
# unreviewed
catalogue-desk-level-hub = тематичний центр
# unreviewed
catalogue-cost-free = безкоштовно
# unreviewed
catalogue-cost-euro = { $amount } євро

## Editing services in the workspace. — Редагування послуг

# unreviewed
ws-services-title = Послуги
# unreviewed
ws-services-intro = Послуги, які ви можете редагувати: ті, що надають ваші бюро, і послуги ваших організацій.
# unreviewed
ws-services-empty = Жодна послуга не входить у ваші ролі.

# unreviewed
service-edit-title = Редагувати послугу
# unreviewed
service-edit-back = Назад до послуги
# unreviewed
service-edit-link = Редагувати дані послуги
# unreviewed
service-edit-name = Назва послуги
# unreviewed
service-edit-eligibility = Хто може звернутися
# unreviewed
service-edit-application = Як звернутися
# unreviewed
service-edit-outcome = Що ви отримаєте
# unreviewed
service-edit-wait-time = Терміни
# unreviewed
service-edit-fees = Вартість
# unreviewed
service-edit-documents = Документи, які треба принести
# unreviewed
service-edit-documents-hint = Один документ на рядок.
# unreviewed
service-edit-url = Вебадреса послуги
# unreviewed
service-edit-channels = Як користуватися послугою
# unreviewed
service-edit-login-hint = Лише для онлайн-послуг.
# unreviewed
service-edit-plain-note = Примітка простими словами
# unreviewed
service-edit-plain-note-hint = Для тих, хто читає італійською як другою мовою: короткі речення, звичайні слова.

# unreviewed
service-edit-error-name = Напишіть назву послуги (щонайбільше 200 символів).
# unreviewed
service-edit-error-organisation-only = Це поле можуть змінювати лише редактори організації, яка надає послугу.
# unreviewed
service-edit-error-channels = Виберіть принаймні один спосіб користування послугою.
# unreviewed
# The quoted words are the label catalogue-login-none.
service-edit-error-login = Вхід через SPID, CIE або CNS можливий лише для онлайн-послуг, а «Цифрова ідентифікація не потрібна» виключає інші варіанти.
# unreviewed
service-edit-error-documents = Щонайбільше 30 документів, кожен щонайбільше 300 символів.

# unreviewed
edit-field-eligibility_description = Хто може звернутися
# unreviewed
edit-field-application_process = Як звернутися
# unreviewed
edit-field-outcome = Що ви отримаєте
# unreviewed
edit-field-wait_time = Терміни
# unreviewed
edit-field-fees_description = Вартість
# unreviewed
edit-field-url = Вебадреса
# unreviewed
edit-field-plain_note = Примітка простими словами
# unreviewed
edit-field-login = Онлайн-вхід
# unreviewed
edit-field-required_documents = Документи
