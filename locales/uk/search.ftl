# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Пошук
# unreviewed
search-intro = Шукайте в картках, поширених запитаннях, посібниках, пунктах прийому та послугах — вашою мовою та італійською.
# unreviewed
search-label = Що ви шукаєте?
# unreviewed
search-submit = Шукати
# unreviewed
search-box-label = Пошук на сайті
# unreviewed
search-box-placeholder = Пошук: посвідка, податковий код…
# unreviewed
search-kind-label = Тип
# unreviewed
search-kind-sheet = Картки
# unreviewed
search-kind-faq = Поширені запитання
# unreviewed
search-kind-guide = Посібники
# unreviewed
search-kind-news = Новини
# unreviewed
search-kind-desk = Пункти прийому
# unreviewed
search-kind-service = Послуги
# unreviewed
search-kind-online-service = Онлайн-послуги
# unreviewed
search-kind-event = Події
# unreviewed
search-comune-label = Комуна
# unreviewed
search-any-comune = Усі комуни
# unreviewed
search-open-now = Лише пункти, відкриті зараз
# unreviewed
search-near-me = Поруч зі мною
# unreviewed
search-results-heading = Результати
# unreviewed
search-none = Нічого не знайдено. Спробуйте інші слова або приберіть деякі фільтри.
# unreviewed
search-original = Італійською: версії вашою мовою ще немає.
# unreviewed
search-throttled = Забагато пошуків за короткий час із цього з’єднання. Спробуйте ще раз за хвилину.
# unreviewed
search-pages = Сторінки результатів
# unreviewed
search-previous = Попередні результати
# unreviewed
search-next = Наступні результати
# unreviewed
search-results =
    { $count ->
        [one] Один результат
       *[other] Результатів: { $count }
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Пошуки без відповіді
# unreviewed
search-gaps-title = Що шукають читачі
# unreviewed
search-gaps-intro = Запитання, які шукали щонайменше тричі за останні 90 днів і знайшли мало або нічого, у темах ваших центрів і без теми, та результати, які відкривали читачі. Лише лічильники: нічого про тих, хто шукав.
# unreviewed
search-gaps-intro-network = Запитання, які шукали щонайменше тричі за останні 90 днів у всій мережі і знайшли мало або нічого, та результати, які відкривали читачі. Лише лічильники: нічого про тих, хто шукав.
# unreviewed
search-gaps-heading = Запитання, що знаходять мало або нічого
# unreviewed
search-gaps-none = Поки що немає запитань без відповіді.
# unreviewed
search-gaps-col-query = Запитання
# unreviewed
search-gaps-col-lang = Мова
# unreviewed
search-gaps-col-asked = Шукали
# unreviewed
search-gaps-col-empty = Без результатів
# unreviewed
search-gaps-col-few = 1–2 результати
# unreviewed
search-gaps-suggest = Написати відповідь
# unreviewed
search-gaps-any-theme = Без теми
# unreviewed
search-followed-heading = Результати, відкриті з пошуку
# unreviewed
search-followed-none = Поки що жодного відкритого результату.
# unreviewed
search-followed-col-result = Результат
# unreviewed
search-followed-col-clicks = Відкрито
