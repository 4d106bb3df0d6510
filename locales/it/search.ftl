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

# The editors' page of unanswered searches.
workspace-nav-search-gaps = Ricerche senza risposta
search-gaps-title = Che cosa cercano i lettori
search-gaps-intro = Le domande cercate almeno tre volte negli ultimi 90 giorni che hanno trovato poco o niente, nei temi dei tuoi hub e senza tema, e i risultati che i lettori hanno aperto. Solo conteggi: nulla di chi ha cercato.
search-gaps-intro-network = Le domande cercate almeno tre volte negli ultimi 90 giorni in tutta la rete che hanno trovato poco o niente, e i risultati che i lettori hanno aperto. Solo conteggi: nulla di chi ha cercato.
search-gaps-heading = Domande che trovano poco o niente
search-gaps-none = Nessuna domanda senza risposta, per ora.
search-gaps-col-query = Domanda
search-gaps-col-lang = Lingua
search-gaps-col-asked = Cercata
search-gaps-col-empty = Senza risultati
search-gaps-col-few = Con 1–2 risultati
search-gaps-suggest = Scrivi una risposta
search-gaps-any-theme = Nessun tema
search-followed-heading = Risultati aperti dalla ricerca
search-followed-none = Nessun risultato aperto, per ora.
search-followed-col-result = Risultato
search-followed-col-clicks = Aperto
