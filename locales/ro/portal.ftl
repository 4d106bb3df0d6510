### Portal: the home page.

## Pagina principală (Home)

home-title = Informații pentru rezidenții străini
home-intro = Găsiți informații clare despre documente, sănătate, școală, muncă și locuință, precum și ghișeul cel mai apropiat de dumneavoastră.
