# Search: the page, the box on every page, results and filters. Drafts by the development team: each marked unreviewed until a fluent reviewer checks it.

# unreviewed
search-title = Buscar
# unreviewed
search-intro = Busca en fichas, preguntas frecuentes, guías, ventanillas y servicios, en tu idioma y en italiano.
# unreviewed
search-label = ¿Qué buscas?
# unreviewed
search-submit = Buscar
# unreviewed
search-box-label = Buscar en el sitio
# unreviewed
search-box-placeholder = Buscar: permiso, código fiscal…
# unreviewed
search-kind-label = Tipo
# unreviewed
search-kind-sheet = Fichas
# unreviewed
search-kind-faq = Preguntas frecuentes
# unreviewed
search-kind-guide = Guías
# unreviewed
search-kind-news = Noticias
# unreviewed
search-kind-desk = Ventanillas
# unreviewed
search-kind-service = Servicios
# unreviewed
search-kind-online-service = Servicios en línea
# unreviewed
search-kind-event = Eventos
# unreviewed
search-comune-label = Municipio
# unreviewed
search-any-comune = Todos los municipios
# unreviewed
search-open-now = Solo ventanillas abiertas ahora
# unreviewed
search-near-me = Cerca de mí
# unreviewed
search-results-heading = Resultados
# unreviewed
search-none = Ningún resultado. Prueba con otras palabras o quita algún filtro.
# unreviewed
search-original = En italiano: todavía no hay una versión en tu idioma.
# unreviewed
search-throttled = Demasiadas búsquedas en poco tiempo desde esta conexión. Vuelve a intentarlo en un minuto.
# unreviewed
search-pages = Páginas de resultados
# unreviewed
search-previous = Resultados anteriores
# unreviewed
search-next = Resultados siguientes
# unreviewed
search-results =
    { $count ->
        [one] Un resultado
       *[other] { $count } resultados
    }

# The editors' page of unanswered searches.
# unreviewed
workspace-nav-search-gaps = Búsquedas sin respuesta
# unreviewed
search-gaps-title = Qué buscan los lectores
# unreviewed
search-gaps-intro = Las preguntas buscadas al menos tres veces en los últimos 90 días que encontraron poco o nada, en los temas de tus centros y sin tema, y los resultados que abrieron los lectores. Solo recuentos: nada de quién buscó.
# unreviewed
search-gaps-intro-network = Las preguntas buscadas al menos tres veces en los últimos 90 días en toda la red que encontraron poco o nada, y los resultados que abrieron los lectores. Solo recuentos: nada de quién buscó.
# unreviewed
search-gaps-heading = Preguntas que encuentran poco o nada
# unreviewed
search-gaps-none = Ninguna pregunta sin respuesta por ahora.
# unreviewed
search-gaps-col-query = Pregunta
# unreviewed
search-gaps-col-lang = Idioma
# unreviewed
search-gaps-col-asked = Buscada
# unreviewed
search-gaps-col-empty = Sin resultados
# unreviewed
search-gaps-col-few = 1–2 resultados
# unreviewed
search-gaps-suggest = Escribir una respuesta
# unreviewed
search-gaps-any-theme = Sin tema
# unreviewed
search-followed-heading = Resultados abiertos desde la búsqueda
# unreviewed
search-followed-none = Ningún resultado abierto por ahora.
# unreviewed
search-followed-col-result = Resultado
# unreviewed
search-followed-col-clicks = Abierto
