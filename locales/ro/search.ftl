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

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Căutări fără răspuns
# unreviewed
search-gaps-title = Ce caută cititorii
# unreviewed
search-gaps-intro = Întrebările căutate de cel puțin trei ori în ultimele 90 de zile care au găsit puțin sau nimic, în temele centrelor tale și fără temă, și rezultatele deschise de cititori. Doar numere: nimic despre cine a căutat.
# unreviewed
search-gaps-intro-network = Întrebările căutate de cel puțin trei ori în ultimele 90 de zile în toată rețeaua care au găsit puțin sau nimic, și rezultatele deschise de cititori. Doar numere: nimic despre cine a căutat.
# unreviewed
search-gaps-heading = Întrebări care găsesc puțin sau nimic
# unreviewed
search-gaps-none = Nicio întrebare fără răspuns deocamdată.
# unreviewed
search-gaps-col-query = Întrebare
# unreviewed
search-gaps-col-lang = Limbă
# unreviewed
search-gaps-col-asked = Căutată
# unreviewed
search-gaps-col-empty = Fără rezultate
# unreviewed
search-gaps-col-few = 1–2 rezultate
# unreviewed
search-gaps-suggest = Scrie un răspuns
# unreviewed
search-gaps-any-theme = Fără temă
# unreviewed
search-followed-heading = Rezultate deschise din căutare
# unreviewed
search-followed-none = Niciun rezultat deschis deocamdată.
# unreviewed
search-followed-col-result = Rezultat
# unreviewed
search-followed-col-clicks = Deschis
