# Sportello — përkthim në shqip (Albanian, i pjesshëm). Tekstet që mungojnë shfaqen në italisht.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Struktura e faqes (Site shell)

site-name = Zyra e informacionit për banorët e huaj
site-tagline = Informacion dhe shërbime për banorët e huaj
skip-link = Kalo te përmbajtja kryesore
nav-main-label = Menyja kryesore
nav-home = Faqja kryesore
nav-desks = Zyrat
nav-services = Shërbime online
language-switcher-summary = Gjuha
language-switcher-label = Zgjidhni gjuhën
translation-incomplete = Disa pjesë të kësaj faqeje nuk janë përkthyer ende. Ato shfaqen në italisht.
