### Portal: the home page.

## Accueil

home-title = Informations pour les personnes étrangères
home-intro = Trouvez des informations claires sur les documents, la santé, l'école, le travail et le logement, et le guichet le plus proche de chez vous.
home-themes-heading = Thèmes
home-hubs-heading = Centres thématiques du réseau
home-hubs-intro = Les centres thématiques préparent les informations de chaque thème pour tout le réseau.
home-desks-heading = Guichets pour les personnes étrangères
home-all-desks = { $count ->
    [one] Voir le seul guichet du réseau
   *[other] Voir les { $count } guichets du réseau
}
home-no-desks = Aucun guichet n'est encore enregistré.

home-open-desks-link = Guichets ouverts maintenant qui parlent { $language }
