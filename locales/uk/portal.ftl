# Sportello — Ukrainian (українська) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Ukrainian reviewer.

### Portal: the home page.

## Home — Головна сторінка

# unreviewed
home-title = Інформація для іноземних громадян
# unreviewed
home-intro = Знайдіть зрозумілу інформацію про документи, здоров’я, школу, роботу та житло, а також найближче до вас бюро.
# unreviewed
home-themes-heading = Теми
# unreviewed
home-hubs-heading = Тематичні центри мережі
# unreviewed
home-hubs-intro = Тематичні центри готують інформацію з кожної теми для всієї мережі.
# unreviewed
home-desks-heading = Бюро для іноземних громадян
# unreviewed
# "бюро" does not decline, so the plural forms are alike. [one] also covers 21, 31…, so "the only desk" sits on the exact key [1].
home-all-desks = { $count ->
    [1] Переглянути єдине бюро мережі
    [one] Переглянути всі { $count } бюро мережі
    [few] Переглянути всі { $count } бюро мережі
    [many] Переглянути всі { $count } бюро мережі
   *[other] Переглянути всі { $count } бюро мережі
}
# unreviewed
home-no-desks = Ще не зареєстровано жодного бюро.

# unreviewed
# { $language } is always the reader's own language (language-name-uk = "українська"); "вашою мовою" avoids inflecting it.
home-open-desks-link = Відкриті зараз бюро, де говорять вашою мовою ({ $language })
