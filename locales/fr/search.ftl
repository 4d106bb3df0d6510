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

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Recherches sans réponse
# unreviewed
search-gaps-title = Ce que cherchent les lecteurs
# unreviewed
search-gaps-intro = Les questions cherchées au moins trois fois ces 90 derniers jours qui ont trouvé peu ou rien, dans les thèmes de vos pôles et sans thème, et les résultats ouverts par les lecteurs. Des comptes seulement : rien sur qui a cherché.
# unreviewed
search-gaps-intro-network = Les questions cherchées au moins trois fois ces 90 derniers jours dans tout le réseau qui ont trouvé peu ou rien, et les résultats ouverts par les lecteurs. Des comptes seulement : rien sur qui a cherché.
# unreviewed
search-gaps-heading = Questions qui trouvent peu ou rien
# unreviewed
search-gaps-none = Aucune question sans réponse pour l’instant.
# unreviewed
search-gaps-col-query = Question
# unreviewed
search-gaps-col-lang = Langue
# unreviewed
search-gaps-col-asked = Cherchée
# unreviewed
search-gaps-col-empty = Sans résultat
# unreviewed
search-gaps-col-few = 1–2 résultats
# unreviewed
search-gaps-suggest = Écrire une réponse
# unreviewed
search-gaps-any-theme = Sans thème
# unreviewed
search-followed-heading = Résultats ouverts depuis la recherche
# unreviewed
search-followed-none = Aucun résultat ouvert pour l’instant.
# unreviewed
search-followed-col-result = Résultat
# unreviewed
search-followed-col-clicks = Ouvert
