### Portal: the home page.

## Inicio

# unreviewed
home-title = Información para personas extranjeras
# unreviewed
home-intro = Encuentre información clara sobre documentos, salud, escuela, trabajo y vivienda, y la oficina más cercana a usted.
# unreviewed
home-themes-heading = Temas
# unreviewed
home-hubs-heading = Centros temáticos de la red
# unreviewed
home-hubs-intro = Los centros temáticos preparan la información de cada tema para toda la red.
# unreviewed
home-desks-heading = Oficinas para personas extranjeras
# unreviewed
home-all-desks = { $count ->
    [one] Ver la única oficina de la red
   *[other] Ver las { $count } oficinas de la red
}
# unreviewed
home-no-desks = Todavía no hay ninguna oficina registrada.

# unreviewed
home-open-desks-link = Ventanillas abiertas ahora que hablan { $language }
