# Sportello — traducere în limba română (Romanian, parțială). Textele lipsă sunt afișate în italiană.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Structura site-ului (Site shell)

site-name = Ghișeu de informare pentru rezidenții străini
site-tagline = Informații și servicii pentru rezidenții străini
skip-link = Salt la conținutul principal
nav-main-label = Meniu principal
nav-home = Pagina principală
nav-desks = Ghișee
nav-services = Servicii online
language-switcher-summary = Limba
language-switcher-label = Alegeți limba
translation-incomplete = Unele părți ale acestei pagini nu sunt încă traduse. Ele sunt afișate în italiană.
