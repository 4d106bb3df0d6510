### Portal: the home page.

## Accueil

# unreviewed
home-title = Informations pour les personnes étrangères
# unreviewed
home-intro = Trouvez des informations claires sur les documents, la santé, l'école, le travail et le logement, et le guichet le plus proche de chez vous.
# unreviewed
home-themes-heading = Thèmes
# unreviewed
home-hubs-heading = Centres thématiques du réseau
# unreviewed
home-hubs-intro = Les centres thématiques préparent les informations de chaque thème pour tout le réseau.
# unreviewed
home-desks-heading = Guichets pour les personnes étrangères
# unreviewed
home-all-desks = { $count ->
    [one] Voir le seul guichet du réseau
   *[other] Voir les { $count } guichets du réseau
}
# unreviewed
home-no-desks = Aucun guichet n'est encore enregistré.

# unreviewed
home-open-desks-link = Guichets ouverts maintenant qui parlent { $language }
