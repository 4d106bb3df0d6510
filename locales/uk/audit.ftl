# Sportello — Ukrainian (українська) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Ukrainian reviewer.

### Audit: the audit log page.

## Operators: sign-in and workspace — Оператори: вхід і робочий розділ

# unreviewed
audit-title = Журнал дій
# unreviewed
audit-filter-action = Дія (початок)
# unreviewed
audit-filter-actor = Хто (ел. пошта)
# unreviewed
audit-filter-submit = Фільтрувати
# unreviewed
audit-col-when = Коли
# unreviewed
audit-col-who = Хто
# unreviewed
audit-col-action = Дія
# unreviewed
audit-col-object = Об’єкт
# unreviewed
audit-col-ip = IP-адреса
# unreviewed
audit-empty = Немає записів із цими фільтрами.
