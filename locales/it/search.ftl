# Search: the page, the box on every page, results and filters.

search-title = Cerca
search-intro = Cerca tra schede, domande frequenti, guide, sportelli e servizi, nella tua lingua e in italiano.
search-label = Che cosa cerchi?
search-submit = Cerca
search-box-label = Cerca nel sito
search-box-placeholder = Cerca: permesso, codice fiscale…
search-kind-label = Tipo
search-kind-sheet = Schede
search-kind-faq = Domande frequenti
search-kind-guide = Guide
search-kind-news = Notizie
search-kind-desk = Sportelli
search-kind-service = Servizi
search-kind-online-service = Servizi online
search-kind-event = Eventi
search-comune-label = Comune
search-any-comune = Tutti i comuni
search-open-now = Solo sportelli aperti ora
search-near-me = Vicino a me
search-results-heading = Risultati
search-none = Nessun risultato. Prova con altre parole o togli qualche filtro.
search-original = In italiano: non c'è ancora una versione nella tua lingua.
search-throttled = Troppe ricerche in poco tempo da questa connessione. Riprova tra un minuto.
search-pages = Pagine dei risultati
search-previous = Risultati precedenti
search-next = Risultati successivi
search-results =
    { $count ->
        [one] Un risultato
       *[other] { $count } risultati
    }
