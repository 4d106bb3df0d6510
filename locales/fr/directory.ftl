### Directory: desk finder, desk pages, and editing desks and organisations in the workspace.

## Desk finder, desk pages and opening hours (directory).

finder-intro = Trouvez le bon guichet : près de chez vous, qui parle votre langue, ouvert maintenant. Les pôles thématiques, les guichets spécialisés pour les étrangers et les points de premier accueil (URP, guichets sociaux).
finder-near-label = Près de (commune)
finder-near-hint = Écrivez le nom de la commune, par exemple Bologna.
finder-use-position = Utiliser ma position
finder-language-label = Langue parlée
finder-any-language = Toutes les langues
finder-open-now-label = Seulement les guichets ouverts maintenant
finder-more-filters = Autres filtres
finder-theme-label = Thème
finder-any-theme = Tous les thèmes
finder-level-label = Type de guichet
finder-any-level = Tous les types
finder-channel-label = Comment le contacter
finder-any-channel = Tous les moyens
finder-province-label = Province
finder-any-province = Toutes les provinces
finder-submit = Chercher
finder-sorted-by-distance = Du plus proche au plus éloigné.
finder-no-results = Aucun guichet ne correspond à la recherche. Essayez d'enlever des filtres.
finder-map-label = Carte des guichets trouvés
finder-map-attribution = © contributeurs d'OpenStreetMap
finder-geojson-link = Télécharger les guichets publics (GeoJSON, données ouvertes)
finder-error-theme = Ce thème n'existe pas : choisissez-en un dans la liste.
finder-error-level = Ce type de guichet n'existe pas : choisissez-en un dans la liste.
finder-error-language = Cette langue n'est pas valide : choisissez-en une dans la liste.
finder-error-channel = Ce moyen de contact n'existe pas : choisissez-en un dans la liste.
finder-error-page = Le numéro de page n'est pas valide : voici la première page.
finder-error-position = La position n'est pas valide. Écrivez plutôt le nom de la commune.
finder-error-comune = Nous ne trouvons pas la commune « { $name } » parmi celles qui ont un guichet. Essayez : { $suggestions }.

desk-open = Ouvert maintenant
desk-open-until = Ouvert maintenant, ferme à { $time }
desk-closed = Fermé
desk-closed-opens-today = Fermé maintenant, ouvre aujourd'hui à { $time }
desk-closed-opens-on = Fermé maintenant, ouvre { $day } à { $time }
desk-hours-unknown = Horaires non disponibles : contactez le guichet.
desk-distance = à { $km } km
number-decimal-separator = ,
desk-address-reserved = Adresse confidentielle (à { $comune }) : contactez le guichet.
desk-languages-label = Langues parlées :
desk-where-heading = Où il se trouve
desk-open-map = Voir sur la carte OpenStreetMap
desk-accessibility-label = Accessibilité :
desk-hours-heading = Horaires
desk-week-caption = Horaires de cette semaine (heure italienne)
desk-week-day = Jour
desk-week-hours = Horaires
desk-week-languages = Langues parlées
desk-today = aujourd'hui
desk-day-closed = Fermé
desk-contact-heading = Contacts
desk-phone-label = Téléphone :
desk-channels-label = Comment le contacter :
desk-updated-on = Dernière mise à jour : { $date }.
breadcrumb-label = Vous êtes ici

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
date-day-month = { $day } { $month }

desk-edit-title = Modifier le guichet
desk-edit-back = Retour au guichet
desk-edit-name = Nom du guichet
desk-edit-hours = Horaires d'ouverture
desk-edit-hours-hint = Format OpenStreetMap, par exemple : Mo-Fr 09:00-13:00; Tu,Th 14:30-17:00; PH off (PH = jours fériés). Fermetures : Aug off ou 2026 Dec 24-Dec 26 off.
desk-edit-languages = Langues parlées
desk-edit-languages-hint = Codes ISO séparés par des virgules, par exemple : it, ar, en, zh.
desk-edit-link = Modifier les données du guichet
desk-field-opening_hours = Horaires
desk-field-languages = Langues
desk-field-phone = Téléphone
desk-field-accessibility = Accessibilité
desk-edit-error-name = Écrivez le nom du guichet (200 caractères au maximum).
desk-edit-error-hours = Les horaires ne sont pas au format OpenStreetMap.
desk-edit-error-hours-at = Les horaires ne sont pas au format OpenStreetMap : vérifiez à partir du caractère { $column }.
desk-edit-error-languages = Écrivez les langues en codes ISO de 2 ou 3 lettres, séparés par des virgules.
desk-edit-error-phone = Le téléphone ne peut contenir que des chiffres, des espaces et + - / . ( ).
desk-edit-error-channels = Choisissez au moins un moyen de contacter le guichet.

desk-services-heading = Services proposés ici
desk-services-none = Aucun service enregistré pour ce guichet : renseignez-vous auprès du guichet.
desk-how-to-book = Pour vous rendre au guichet, prenez rendez-vous : appelez ou écrivez aux contacts ci-dessous.
desk-hubs-heading = Pôles thématiques de référence
desk-hubs-intro = Pour les questions les plus difficiles sur ces thèmes, le guichet s'adresse aux pôles thématiques du réseau.
desk-edit-address = Adresse
desk-edit-postcode = Code postal
desk-edit-comune = Commune
desk-edit-province = Province (sigle de deux lettres, par exemple BO)
desk-edit-latitude = Latitude
desk-edit-longitude = Longitude
desk-edit-position-hint = En degrés décimaux, par exemple 44.4939 et 11.3426 (on les trouve sur OpenStreetMap).
desk-edit-sensitive = Adresse confidentielle
desk-edit-sensitive-hint = Pour les structures protégées : l'adresse et la position n'apparaissent jamais sur le portail, la carte ou les données ouvertes.
desk-edit-error-address = Écrivez l'adresse (200 caractères au maximum).
desk-edit-error-comune = Écrivez la commune (100 caractères au maximum).
desk-edit-error-postcode = Le code postal est trop long.
desk-edit-error-province = Écrivez la province avec son sigle de deux lettres, par exemple BO.
desk-edit-error-position = Écrivez la latitude et la longitude en degrés décimaux : latitude entre -90 et 90, longitude entre -180 et 180.
desk-field-address = Adresse
desk-field-postcode = Code postal
desk-field-comune = Commune
desk-field-province = Province
desk-field-position = Position
desk-field-sensitive = Adresse confidentielle
desk-edit-language-hours = Langues parlées seulement à certaines heures
desk-edit-language-hours-hint = Une ligne par langue : code et horaires au format OpenStreetMap, par exemple « ar Mo,We,Fr 09:00-13:00 ». Les langues absentes d'ici sont parlées pendant toute l'ouverture.
desk-edit-error-slot = Chaque ligne demande le code d'une langue parlée au guichet et ses horaires au format OpenStreetMap, par exemple : ar Mo,We 09:00-13:00.
desk-field-language_hours = Langues à certaines heures

## Guichets

desks-title = Guichets du réseau
desks-intro = Tous les guichets du réseau : les centres thématiques, les guichets spécialisés pour les personnes étrangères et les points de premier accueil (bureaux d'information du public URP, guichets des services sociaux).
desks-count = { $count ->
    [one] { $count } guichet
   *[other] { $count } guichets
}
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-status = Page { $page } sur { $pages }

## Workspace: desks

ws-desks-title = Mes guichets
ws-desks-intro = Les guichets où vous avez un rôle.
ws-desks-empty = Aucun de vos rôles ne concerne un guichet.

## Editing organisations in the workspace.

ws-orgs-title = Organismes
ws-orgs-intro = Les organismes dont vous pouvez modifier les données : ceux où vous avez un rôle d'administration ou de coordination, et les organismes qui en font partie.
ws-orgs-empty = Aucun organisme ne relève de vos rôles.

org-edit-title = Modifier l'organisme
org-edit-back = Retour aux organismes
org-edit-link = Modifier les données de l'organisme
org-edit-name = Nom de l'organisme
org-edit-alternate-name = Autre nom ou sigle
org-edit-website = Site web
org-edit-error-name = Écrivez le nom de l'organisme (200 caractères au maximum).
org-edit-error-alternate-name = L'autre nom peut avoir 200 caractères au maximum.

edit-field-alternate_name = Autre nom
edit-field-website = Site web
