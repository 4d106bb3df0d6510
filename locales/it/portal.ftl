### Portal: the home page.

## Home

home-title = Informazioni per cittadini stranieri
home-intro = Trova informazioni chiare sui documenti, la salute, la scuola, il lavoro e la casa, e lo sportello più vicino a te.
home-themes-heading = Temi
home-hubs-heading = Centri tematici della rete
home-hubs-intro = I centri tematici curano le informazioni di ogni tema per tutta la rete.
home-desks-heading = Sportelli per cittadini stranieri
home-all-desks = { $count ->
    [one] Vedi l'unico sportello della rete
   *[other] Vedi tutti i { $count } sportelli della rete
}
home-no-desks = Nessuno sportello è ancora registrato.

home-open-desks-link = Sportelli aperti ora che parlano { $language }
