# Sportello — Ukrainian (українська) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Ukrainian reviewer.

### Identity: sign-in, two-factor authentication, password reset, profile, workspace home and menu, users and roles.

## Operators: sign-in and workspace — Оператори: вхід і робочий розділ

# unreviewed
login-title = Вхід для операторів
# unreviewed
login-intro = Розділ лише для операторів мережі бюро.
# unreviewed
login-email = Адреса електронної пошти
# unreviewed
login-password = Пароль
# unreviewed
login-submit = Увійти
# unreviewed
login-refused = Неправильна електронна пошта або пароль, або обліковий запис вимкнено.
# unreviewed
login-throttled = Забагато невдалих спроб. Спробуйте ще раз через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}.
# unreviewed
workspace-welcome = Вітаємо, { $name }.
# unreviewed
workspace-roles-heading = Ваші ролі
# unreviewed
workspace-no-roles = У вас ще немає ролей: зверніться до координаторів мережі.
# unreviewed
workspace-nav-profile = Профіль
# unreviewed
workspace-nav-audit = Журнал дій
# unreviewed
profile-title = Ваш профіль
# unreviewed
profile-email = Ел. пошта:
# unreviewed
profile-password-heading = Змінити пароль
# unreviewed
profile-current-password = Поточний пароль
# unreviewed
profile-new-password = Новий пароль (щонайменше 12 символів)
# unreviewed
profile-confirm-password = Повторіть новий пароль
# unreviewed
profile-password-submit = Змінити пароль
# unreviewed
profile-password-changed = Пароль змінено. Інші відкриті сеанси закрито.
# unreviewed
profile-password-wrong = Поточний пароль неправильний.
# unreviewed
profile-password-mismatch = Два нові паролі не збігаються.
# unreviewed
profile-password-too-short = Новий пароль має містити щонайменше 12 символів.
# unreviewed
role-admin = Адміністрування
# unreviewed
role-coordinator = Регіональна координація
# unreviewed
role-hub_editor = Редактор тематичного центру
# unreviewed
role-l2_operator = Оператор спеціалізованого бюро
# unreviewed
role-l1_operator = Оператор бюро першого звернення
# unreviewed
role-translator = Переклад
# unreviewed
role-trainer = Навчання
# unreviewed
role-viewer = Лише перегляд
# unreviewed
scope-network = уся мережа
# unreviewed
scope-organisation = організація { $target }
# unreviewed
scope-desk = бюро { $target }
# unreviewed
scope-theme = тема { $target }
# unreviewed
scope-language = мова { $target }

## Two-factor authentication — Двоетапна перевірка

# unreviewed
workspace-nav-twofa = Двоетапна перевірка
# unreviewed
code-title = Код підтвердження
# unreviewed
code-intro = Відкрийте на телефоні застосунок автентифікації і введіть 6-значний код. Якщо телефона немає, скористайтеся одним із кодів відновлення.
# unreviewed
code-label = Код
# unreviewed
code-submit = Підтвердити
# unreviewed
code-refused = Код недійсний або вже використаний. Спробуйте ще раз із новим кодом.
# unreviewed
code-attempts-exhausted = Забагато неправильних кодів: з міркувань безпеки вхід скасовано. Введіть ще раз електронну пошту та пароль.
# unreviewed
twofa-title = Двоетапна перевірка
# unreviewed
twofa-intro = З двоетапною перевіркою для входу потрібні пароль і код, який змінюється кожні 30 секунд; цей код створює застосунок на телефоні.
# unreviewed
twofa-required = Ваша роль вимагає двоетапної перевірки: увімкніть її, щоб користуватися розділом операторів.
# unreviewed
twofa-start = Увімкнути двоетапну перевірку
# unreviewed
twofa-step-scan = Відскануйте цей QR-код застосунком автентифікації.
# unreviewed
twofa-qr-label = QR-код для застосунку автентифікації
# unreviewed
twofa-step-link = На телефоні можна також відкрити це посилання:
# unreviewed
twofa-step-key = Або введіть цей ключ у застосунку:
# unreviewed
twofa-step-confirm = Введіть код, який зараз показує застосунок.
# unreviewed
twofa-confirm-submit = Підтвердити й увімкнути
# unreviewed
twofa-enabled-now = Двоетапну перевірку ввімкнено.
# unreviewed
twofa-recovery-heading = Коди відновлення
# unreviewed
twofa-recovery-intro = Зберігайте ці коди в надійному місці: вони знадобляться, якщо ви загубите телефон, і кожен діє лише один раз. Більше ви їх не побачите.
# unreviewed
twofa-active = Двоетапна перевірка активна.

## Password reset and mail — Скидання пароля та пошта

# unreviewed
login-forgot = Забули пароль?
# unreviewed
reset-title = Скинути пароль
# unreviewed
reset-intro = Введіть адресу електронної пошти вашого облікового запису: ми надішлемо посилання, щоб вибрати новий пароль.
# unreviewed
reset-submit = Надіслати посилання
# unreviewed
reset-sent = Якщо адреса належить активному обліковому запису, незабаром ви отримаєте лист із посиланням. Посилання діє 30 хвилин і лише один раз.
# unreviewed
reset-new-title = Виберіть новий пароль
# unreviewed
reset-new-submit = Зберегти новий пароль
# unreviewed
reset-done = Пароль змінено. Тепер можна увійти з новим паролем.
# unreviewed
reset-link-invalid = Термін дії цього посилання минув, або його вже використано. Попросіть нове.
# unreviewed
mail-reset-subject = Скидання пароля – Інформаційне бюро для іноземних громадян
# unreviewed
mail-reset-body = Добрий день!
    Ми отримали запит на скидання пароля до вашого облікового запису.
    Щоб вибрати новий пароль, відкрийте це посилання протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }:
    { $link }
    Якщо ви не просили скинути пароль, не зважайте на цей лист: пароль залишиться тим самим.

## Accounts administration — Адміністрування облікових записів

# unreviewed
workspace-nav-users = Користувачі та ролі
# unreviewed
users-title = Користувачі та ролі
# unreviewed
users-intro = Призначте кожній людині потрібні їй ролі в правильній сфері. Кожна зміна закриває відкриті сеанси цієї людини і записується в журнал.
# unreviewed
users-col-roles = Ролі
# unreviewed
users-disabled = обліковий запис вимкнено
# unreviewed
users-role = Роль
# unreviewed
users-scope-kind = Сфера дії
# unreviewed
users-scope-target = Яка саме (короткий код)
# unreviewed
users-grant-submit = Додати роль
# unreviewed
users-revoke-submit = Забрати
# unreviewed
users-disable-submit = Вимкнути обліковий запис
# unreviewed
users-saved = Зміну збережено.
# unreviewed
users-error = Зміну не збережено: { $reason }
# unreviewed
scope-kind-network = Уся мережа
# unreviewed
scope-kind-organisation = Організація
# unreviewed
scope-kind-desk = Бюро
# unreviewed
scope-kind-theme = Тема
# unreviewed
scope-kind-language = Мова

## Workspace menu: desks, services and organisations — Меню робочого розділу

# unreviewed
workspace-nav-desks = Мої бюро

# unreviewed
workspace-nav-services = Послуги
# unreviewed
workspace-nav-organisations = Організації
