### Translation: reviewing the interface translations in the workspace.

# unreviewed
translation-title = Переклади
# unreviewed
translation-intro = Переклади, які треба перевірити, — це чернетки, зроблені машиною або людиною, для якої ця мова не рідна. Читайте їх поруч з італійським текстом: підтвердьте їх без змін або виправте. Перевірка одразу діє для всього сайту.
# unreviewed
translation-languages-heading = Мови, які ви можете перевіряти
# unreviewed
translation-none = У вас немає мов для перевірки: зверніться до координаторів мережі.
# unreviewed
translation-language-count = { $count ->
    [one] { $count } повідомлення для перевірки
    [few] { $count } повідомлення для перевірки
    [many] { $count } повідомлень для перевірки
   *[other] { $count } повідомлення для перевірки
}
# unreviewed
translation-queue-title = Переклади для перевірки: { $language }
# unreviewed
translation-queue-empty = Цією мовою немає повідомлень для перевірки.
# unreviewed
translation-back = Усі мови
# unreviewed
translation-source = Італійський текст
# unreviewed
translation-current = Переклад
# unreviewed
translation-help = Залиште без змін заповнювачі, що починаються з $, і слова у квадратних дужках у формах множини.
# unreviewed
translation-stale = Ваше попереднє виправлення, яке більше не використовується, бо текст змінився:
# unreviewed
translation-confirm = Підтвердити без змін
# unreviewed
translation-correct = Зберегти виправлення
# unreviewed
translation-saved = Перевірку збережено.
# unreviewed
translation-error-syntax = Текст недійсний: перевірте фігурні дужки та форми множини.
# unreviewed
translation-error-variables = Текст має використовувати точно ті самі заповнювачі, що й італійський текст.
# unreviewed
translation-error-plural = У тексті використано форму множини, якої в цій мові немає.
# unreviewed
translation-error-empty = Виправлення не може бути порожнім.
# unreviewed
translation-error-unknown = Цього повідомлення більше не існує.
# unreviewed
workspace-nav-translations = Переклади
