# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Caută
# unreviewed
search-intro = Caută în fișe, întrebări frecvente, ghiduri, ghișee și servicii, în limba ta și în italiană.
# unreviewed
search-label = Ce cauți?
# unreviewed
search-submit = Caută
# unreviewed
search-box-label = Caută pe site
# unreviewed
search-box-placeholder = Caută: permis de ședere, cod fiscal…
# unreviewed
search-kind-label = Tip
# unreviewed
search-kind-sheet = Fișe
# unreviewed
search-kind-faq = Întrebări frecvente
# unreviewed
search-kind-guide = Ghiduri
# unreviewed
search-kind-news = Știri
# unreviewed
search-kind-desk = Ghișee
# unreviewed
search-kind-service = Servicii
# unreviewed
search-kind-online-service = Servicii online
# unreviewed
search-kind-event = Evenimente
# unreviewed
search-comune-label = Comună
# unreviewed
search-any-comune = Toate comunele
# unreviewed
search-open-now = Doar ghișeele deschise acum
# unreviewed
search-near-me = Lângă mine
# unreviewed
search-results-heading = Rezultate
# unreviewed
search-none = Niciun rezultat. Încearcă alte cuvinte sau scoate câteva filtre.
# unreviewed
search-original = În italiană: nu există încă o versiune în limba ta.
# unreviewed
search-throttled = Prea multe căutări în scurt timp de la această conexiune. Încearcă din nou peste un minut.
# unreviewed
search-pages = Paginile rezultatelor
# unreviewed
search-previous = Rezultatele anterioare
# unreviewed
search-next = Rezultatele următoare
# unreviewed
search-results =
    { $count ->
        [one] Un rezultat
       *[other] { $count } rezultate
    }
