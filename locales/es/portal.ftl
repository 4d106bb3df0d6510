### Portal: the home page.

## Inicio

home-title = Información para personas extranjeras
home-intro = Encuentre información clara sobre documentos, salud, escuela, trabajo y vivienda, y la oficina más cercana a usted.
home-themes-heading = Temas
home-hubs-heading = Centros temáticos de la red
home-hubs-intro = Los centros temáticos preparan la información de cada tema para toda la red.
home-desks-heading = Oficinas para personas extranjeras
home-all-desks = { $count ->
    [one] Ver la única oficina de la red
   *[other] Ver las { $count } oficinas de la red
}
home-no-desks = Todavía no hay ninguna oficina registrada.

home-open-desks-link = Ventanillas abiertas ahora que hablan { $language }
