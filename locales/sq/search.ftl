# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Kërko
# unreviewed
search-intro = Kërko në skeda, pyetje të shpeshta, udhëzues, sportele dhe shërbime, në gjuhën tënde dhe në italisht.
# unreviewed
search-label = Çfarë kërkon?
# unreviewed
search-submit = Kërko
# unreviewed
search-box-label = Kërko në faqe
# unreviewed
search-box-placeholder = Kërko: leje qëndrimi, kodi fiskal…
# unreviewed
search-kind-label = Lloji
# unreviewed
search-kind-sheet = Skeda
# unreviewed
search-kind-faq = Pyetje të shpeshta
# unreviewed
search-kind-guide = Udhëzues
# unreviewed
search-kind-news = Lajme
# unreviewed
search-kind-desk = Sportele
# unreviewed
search-kind-service = Shërbime
# unreviewed
search-kind-online-service = Shërbime në internet
# unreviewed
search-kind-event = Ngjarje
# unreviewed
search-comune-label = Komuna
# unreviewed
search-any-comune = Të gjitha komunat
# unreviewed
search-open-now = Vetëm sportelet e hapura tani
# unreviewed
search-near-me = Pranë meje
# unreviewed
search-results-heading = Rezultatet
# unreviewed
search-none = Asnjë rezultat. Provo fjalë të tjera ose hiq disa filtra.
# unreviewed
search-original = Në italisht: ende nuk ka version në gjuhën tënde.
# unreviewed
search-throttled = Shumë kërkime në pak kohë nga kjo lidhje. Provo përsëri pas një minute.
# unreviewed
search-pages = Faqet e rezultateve
# unreviewed
search-previous = Rezultatet e mëparshme
# unreviewed
search-next = Rezultatet e ardhshme
# unreviewed
search-results =
    { $count ->
        [one] Një rezultat
       *[other] { $count } rezultate
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Kërkime pa përgjigje
# unreviewed
search-gaps-title = Çfarë kërkojnë lexuesit
# unreviewed
search-gaps-intro = Pyetjet e kërkuara të paktën tri herë në 90 ditët e fundit që gjetën pak ose asgjë, në temat e qendrave të tua dhe pa temë, dhe rezultatet që hapën lexuesit. Vetëm numra: asgjë për atë që kërkoi.
# unreviewed
search-gaps-intro-network = Pyetjet e kërkuara të paktën tri herë në 90 ditët e fundit në gjithë rrjetin që gjetën pak ose asgjë, dhe rezultatet që hapën lexuesit. Vetëm numra: asgjë për atë që kërkoi.
# unreviewed
search-gaps-heading = Pyetje që gjejnë pak ose asgjë
# unreviewed
search-gaps-none = Asnjë pyetje pa përgjigje për momentin.
# unreviewed
search-gaps-col-query = Pyetja
# unreviewed
search-gaps-col-lang = Gjuha
# unreviewed
search-gaps-col-asked = Kërkuar
# unreviewed
search-gaps-col-empty = Pa rezultate
# unreviewed
search-gaps-col-few = 1–2 rezultate
# unreviewed
search-gaps-suggest = Shkruaj një përgjigje
# unreviewed
search-gaps-any-theme = Pa temë
# unreviewed
search-followed-heading = Rezultate të hapura nga kërkimi
# unreviewed
search-followed-none = Asnjë rezultat i hapur ende.
# unreviewed
search-followed-col-result = Rezultati
# unreviewed
search-followed-col-clicks = Hapur
