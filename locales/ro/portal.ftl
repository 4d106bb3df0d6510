# Sportello — Romanian (română) translation (machine draft, unreviewed). Every message is a draft awaiting review by a fluent Romanian reviewer.

### Portal: the home page.

## Home — Pagina principală

# unreviewed
home-title = Informații pentru rezidenții străini
# unreviewed
home-intro = Găsiți informații clare despre documente, sănătate, școală, muncă și locuință, precum și ghișeul cel mai apropiat de dumneavoastră.
# unreviewed
home-themes-heading = Teme
# unreviewed
home-hubs-heading = Centrele tematice ale rețelei
# unreviewed
home-hubs-intro = Centrele tematice pregătesc informațiile despre fiecare temă pentru toată rețeaua.
# unreviewed
home-desks-heading = Ghișee pentru rezidenții străini
# unreviewed
home-all-desks = { $count ->
    [one] Vedeți singurul ghișeu al rețelei
    [few] Vedeți toate cele { $count } ghișee ale rețelei
   *[other] Vedeți toate cele { $count } de ghișee ale rețelei
}
# unreviewed
home-no-desks = Încă nu este înregistrat niciun ghișeu.

# unreviewed
# { $language } is the reader's own language name (language-name-ro = "română").
home-open-desks-link = Ghișee deschise acum unde se vorbește { $language }
