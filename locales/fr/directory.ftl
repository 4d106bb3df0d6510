### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

# unreviewed
finder-intro = Trouvez le bon guichet : près de chez vous, qui parle votre langue, ouvert maintenant. Les pôles thématiques, les guichets spécialisés pour les étrangers et les points de premier accueil (URP, guichets sociaux).
# unreviewed
finder-near-label = Près de (commune)
# unreviewed
finder-near-hint = Écrivez le nom de la commune, par exemple Bologna.
# unreviewed
finder-use-position = Utiliser ma position
# unreviewed
finder-language-label = Langue parlée
# unreviewed
finder-any-language = Toutes les langues
# unreviewed
finder-open-now-label = Seulement les guichets ouverts maintenant
# unreviewed
finder-more-filters = Autres filtres
# unreviewed
finder-theme-label = Thème
# unreviewed
finder-any-theme = Tous les thèmes
# unreviewed
finder-level-label = Type de guichet
# unreviewed
finder-any-level = Tous les types
# unreviewed
finder-channel-label = Comment le contacter
# unreviewed
finder-any-channel = Tous les moyens
# unreviewed
finder-province-label = Province
# unreviewed
finder-any-province = Toutes les provinces
# unreviewed
finder-submit = Chercher
# unreviewed
finder-sorted-by-distance = Du plus proche au plus éloigné.
# unreviewed
finder-no-results = Aucun guichet ne correspond à la recherche. Essayez d'enlever des filtres.
# unreviewed
finder-map-label = Carte des guichets trouvés
# unreviewed
finder-map-attribution = © contributeurs d'OpenStreetMap
# unreviewed
finder-geojson-link = Télécharger les guichets publics (GeoJSON, données ouvertes)
# unreviewed
finder-error-theme = Ce thème n'existe pas : choisissez-en un dans la liste.
# unreviewed
finder-error-level = Ce type de guichet n'existe pas : choisissez-en un dans la liste.
# unreviewed
finder-error-language = Cette langue n'est pas valide : choisissez-en une dans la liste.
# unreviewed
finder-error-channel = Ce moyen de contact n'existe pas : choisissez-en un dans la liste.
# unreviewed
finder-error-page = Le numéro de page n'est pas valide : voici la première page.
# unreviewed
finder-error-position = La position n'est pas valide. Écrivez plutôt le nom de la commune.
# unreviewed
finder-error-comune = Nous ne trouvons pas la commune « { $name } » parmi celles qui ont un guichet. Essayez : { $suggestions }.

# unreviewed
desk-open = Ouvert maintenant
# unreviewed
desk-open-until = Ouvert maintenant, ferme à { $time }
# unreviewed
desk-closed = Fermé
# unreviewed
desk-closed-opens-today = Fermé maintenant, ouvre aujourd'hui à { $time }
# unreviewed
desk-closed-opens-on = Fermé maintenant, ouvre { $day } à { $time }
# unreviewed
desk-hours-unknown = Horaires non disponibles : contactez le guichet.
# unreviewed
desk-distance = à { $km } km
# unreviewed
desk-address-reserved = Adresse confidentielle (à { $comune }) : contactez le guichet.
# unreviewed
desk-languages-label = Langues parlées :
# unreviewed
desk-where-heading = Où il se trouve
# unreviewed
desk-open-map = Voir sur la carte OpenStreetMap
# unreviewed
desk-accessibility-label = Accessibilité :
# unreviewed
desk-hours-heading = Horaires
# unreviewed
desk-week-caption = Horaires de cette semaine (heure italienne)
# unreviewed
desk-week-day = Jour
# unreviewed
desk-week-hours = Horaires
# unreviewed
desk-week-languages = Langues parlées
# unreviewed
desk-today = aujourd'hui
# unreviewed
desk-day-closed = Fermé
# unreviewed
desk-contact-heading = Contacts
# unreviewed
desk-phone-label = Téléphone :
# unreviewed
desk-channels-label = Comment le contacter :
# unreviewed
desk-updated-on = Dernière mise à jour : { $date }.
# unreviewed
breadcrumb-label = Vous êtes ici

# unreviewed
weekday-1 = lundi
# unreviewed
weekday-2 = mardi
# unreviewed
weekday-3 = mercredi
# unreviewed
weekday-4 = jeudi
# unreviewed
weekday-5 = vendredi
# unreviewed
weekday-6 = samedi
# unreviewed
weekday-7 = dimanche
# unreviewed
month-1 = janvier
# unreviewed
month-2 = février
# unreviewed
month-3 = mars
# unreviewed
month-4 = avril
# unreviewed
month-5 = mai
# unreviewed
month-6 = juin
# unreviewed
month-7 = juillet
# unreviewed
month-8 = août
# unreviewed
month-9 = septembre
# unreviewed
month-10 = octobre
# unreviewed
month-11 = novembre
# unreviewed
month-12 = décembre
# unreviewed
date-day-month = { $day } { $month }

# unreviewed
desk-edit-title = Modifier le guichet
# unreviewed
desk-edit-back = Retour au guichet
# unreviewed
desk-edit-name = Nom du guichet
# unreviewed
desk-edit-hours = Horaires d'ouverture
# unreviewed
desk-edit-hours-hint = Format OpenStreetMap, par exemple : Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = jours fériés). Fermetures : Aug off ou 2026 Dec 24-Dec 26 off.
# unreviewed
desk-edit-languages = Langues parlées
# unreviewed
desk-edit-languages-hint = Codes ISO séparés par des virgules, par exemple : it, ar, en, zh.
# unreviewed
desk-edit-link = Modifier les données du guichet
# unreviewed
desk-field-opening_hours = Horaires
# unreviewed
desk-field-languages = Langues
# unreviewed
desk-field-phone = Téléphone
# unreviewed
desk-field-accessibility = Accessibilité
# unreviewed
desk-edit-error-name = Écrivez le nom du guichet (200 caractères au maximum).
# unreviewed
desk-edit-error-hours = Les horaires ne sont pas au format OpenStreetMap.
# unreviewed
desk-edit-error-hours-at = Les horaires ne sont pas au format OpenStreetMap : vérifiez à partir du caractère { $column }.
# unreviewed
desk-edit-error-languages = Écrivez les langues en codes ISO de 2 ou 3 lettres, séparés par des virgules.
# unreviewed
desk-edit-error-phone = Le téléphone ne peut contenir que des chiffres, des espaces et + - / . ( ).
# unreviewed
desk-edit-error-channels = Choisissez au moins un moyen de contacter le guichet.

# unreviewed
desk-services-heading = Services proposés ici
# unreviewed
desk-services-none = Aucun service enregistré pour ce guichet : renseignez-vous auprès du guichet.
# unreviewed
desk-how-to-book = Pour vous rendre au guichet, prenez rendez-vous : appelez ou écrivez aux contacts ci-dessous.
# unreviewed
desk-hubs-heading = Pôles thématiques de référence
# unreviewed
desk-hubs-intro = Pour les questions les plus difficiles sur ces thèmes, le guichet s'adresse aux pôles thématiques du réseau.
# unreviewed
desk-edit-address = Adresse
# unreviewed
desk-edit-postcode = Code postal
# unreviewed
desk-edit-comune = Commune
# unreviewed
desk-edit-province = Province (sigle de deux lettres, par exemple BO)
# unreviewed
desk-edit-latitude = Latitude
# unreviewed
desk-edit-longitude = Longitude
# unreviewed
desk-edit-position-hint = En degrés décimaux, par exemple 44.4939 et 11.3426 (on les trouve sur OpenStreetMap).
# unreviewed
desk-edit-sensitive = Adresse confidentielle
# unreviewed
desk-edit-sensitive-hint = Pour les structures protégées : l'adresse et la position n'apparaissent jamais sur le portail, la carte ou les données ouvertes.
# unreviewed
desk-edit-error-address = Écrivez l'adresse (200 caractères au maximum).
# unreviewed
desk-edit-error-sensitive = Seuls les coordinateurs du réseau peuvent modifier le caractère confidentiel de l'adresse.
# unreviewed
desk-edit-error-comune = Écrivez la commune (100 caractères au maximum).
# unreviewed
desk-edit-error-postcode = Le code postal est trop long.
# unreviewed
desk-edit-error-province = Écrivez la province avec son sigle de deux lettres, par exemple BO.
# unreviewed
desk-edit-error-position = Écrivez la latitude et la longitude en degrés décimaux : latitude entre -90 et 90, longitude entre -180 et 180.
# unreviewed
desk-field-address = Adresse
# unreviewed
desk-field-postcode = Code postal
# unreviewed
desk-field-comune = Commune
# unreviewed
desk-field-province = Province
# unreviewed
desk-field-position = Position
# unreviewed
desk-field-sensitive = Adresse confidentielle
# unreviewed
desk-edit-language-hours = Langues parlées seulement à certaines heures
# unreviewed
desk-edit-language-hours-hint = Une ligne par langue : code et horaires au format OpenStreetMap, par exemple « ar Mo,We,Fr 09:00-13:00 ». Les langues absentes d'ici sont parlées pendant toute l'ouverture.
# unreviewed
desk-edit-error-slot = Chaque ligne demande le code d'une langue parlée au guichet et ses horaires au format OpenStreetMap, par exemple : ar Mo,We 09:00-13:00.
# unreviewed
desk-field-language_hours = Langues à certaines heures

## Guichets

# unreviewed
desks-title = Guichets du réseau
# unreviewed
desks-intro = Tous les guichets du réseau : les centres thématiques, les guichets spécialisés pour les personnes étrangères et les points de premier accueil (bureaux d'information du public URP, guichets des services sociaux).
# unreviewed
desks-count = { $count ->
    [one] { $count } guichet
   *[other] { $count } guichets
}
# unreviewed
pagination-label = Pages
# unreviewed
pagination-previous = Page précédente
# unreviewed
pagination-next = Page suivante
# unreviewed
pagination-status = Page { $page } sur { $pages }

## Workspace: desks

# unreviewed
ws-desks-title = Mes guichets
# unreviewed
ws-desks-intro = Les guichets où vous avez un rôle.
# unreviewed
ws-desks-empty = Aucun de vos rôles ne concerne un guichet.

## Editing organisations in the workspace.

# unreviewed
ws-orgs-title = Organismes
# unreviewed
ws-orgs-intro = Les organismes dont vous pouvez modifier les données : ceux où vous avez un rôle d'administration ou de coordination, et les organismes qui en font partie.
# unreviewed
ws-orgs-empty = Aucun organisme ne relève de vos rôles.

# unreviewed
org-edit-title = Modifier l'organisme
# unreviewed
org-edit-back = Retour aux organismes
# unreviewed
org-edit-link = Modifier les données de l'organisme
# unreviewed
org-edit-name = Nom de l'organisme
# unreviewed
org-edit-alternate-name = Autre nom ou sigle
# unreviewed
org-edit-website = Site web
# unreviewed
org-edit-error-name = Écrivez le nom de l'organisme (200 caractères au maximum).
# unreviewed
org-edit-error-alternate-name = L'autre nom peut avoir 200 caractères au maximum.

# unreviewed
edit-field-alternate_name = Autre nom
# unreviewed
edit-field-website = Site web
