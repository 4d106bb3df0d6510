# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Rechercher
# unreviewed
search-intro = Rechercher dans les fiches, les questions fréquentes, les guides, les guichets et les services, dans votre langue et en italien.
# unreviewed
search-label = Que cherchez-vous ?
# unreviewed
search-submit = Rechercher
# unreviewed
search-box-label = Rechercher sur le site
# unreviewed
search-box-placeholder = Rechercher : titre de séjour, code fiscal…
# unreviewed
search-kind-label = Type
# unreviewed
search-kind-sheet = Fiches
# unreviewed
search-kind-faq = Questions fréquentes
# unreviewed
search-kind-guide = Guides
# unreviewed
search-kind-news = Actualités
# unreviewed
search-kind-desk = Guichets
# unreviewed
search-kind-service = Services
# unreviewed
search-kind-online-service = Services en ligne
# unreviewed
search-kind-event = Événements
# unreviewed
search-comune-label = Commune
# unreviewed
search-any-comune = Toutes les communes
# unreviewed
search-open-now = Seulement les guichets ouverts maintenant
# unreviewed
search-near-me = Près de moi
# unreviewed
search-results-heading = Résultats
# unreviewed
search-none = Aucun résultat. Essayez d’autres mots ou retirez des filtres.
# unreviewed
search-original = En italien : il n’y a pas encore de version dans votre langue.
# unreviewed
search-throttled = Trop de recherches en peu de temps depuis cette connexion. Réessayez dans une minute.
# unreviewed
search-pages = Pages de résultats
# unreviewed
search-previous = Résultats précédents
# unreviewed
search-next = Résultats suivants
# unreviewed
search-results =
    { $count ->
        [one] Un résultat
       *[other] { $count } résultats
    }
