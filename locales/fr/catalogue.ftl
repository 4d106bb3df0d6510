### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

catalogue-title = Services en ligne
catalogue-intro = Les services que vous pouvez utiliser depuis chez vous, avec votre téléphone ou votre ordinateur : qui les propose, à quoi ils servent et ce qu'il faut pour se connecter.
catalogue-help = Si vous avez besoin d'aide pour les utiliser, un guichet du réseau peut vous aider.
catalogue-help-link = Trouver un guichet
catalogue-empty = Il n'y a pas encore de services en ligne dans le catalogue.
catalogue-breadcrumb-label = Fil d'Ariane
catalogue-categories-heading = Catégories
catalogue-category-vita-del-cittadino = Vie quotidienne et démarches
catalogue-category-istruzione = Éducation
catalogue-category-cultura = Culture
catalogue-category-lavoro-formazione = Travail et formation
catalogue-category-salute = Santé
catalogue-provider = Organisme :
catalogue-what = De quoi s'agit-il :
catalogue-who = Qui peut l'utiliser :
catalogue-login = Ce qu'il faut pour se connecter
catalogue-login-spid = SPID (identité numérique publique italienne)
catalogue-login-cie = CIE (carte d'identité électronique italienne)
catalogue-login-cns = CNS (carte sanitaire à puce)
catalogue-login-none = Pas besoin d'identité numérique
catalogue-plain-note = En mots simples :
catalogue-open-online = Aller au service en ligne
catalogue-external = site externe
catalogue-details = Fiche du service
catalogue-service-kicker = Fiche du service
catalogue-toc-heading = Sur cette page
catalogue-sec-what = De quoi s'agit-il
catalogue-sec-who = À qui s'adresse-t-il
catalogue-sec-how = Comment faire
catalogue-sec-need = Ce qu'il faut
catalogue-sec-get = Ce que l'on obtient
catalogue-sec-time = Délais et échéances
catalogue-sec-cost = Combien ça coûte
catalogue-sec-access = Accéder au service
catalogue-sec-more = Plus d'informations
catalogue-sec-contacts = Contacts
catalogue-sec-updated = Dernière mise à jour
catalogue-not-stated = Information non disponible : demandez à un guichet.
catalogue-no-documents = Aucun document particulier n'est nécessaire.
catalogue-access-online = En ligne
catalogue-access-book = Prendre rendez-vous
catalogue-by-appointment = Ce service est sur rendez-vous : contactez l'un des guichets ci-dessous pour le fixer.
catalogue-access-where = Où
catalogue-access-ask = Pour savoir où demander ce service, adressez-vous à un guichet du réseau.
catalogue-channels = Comment l'utiliser :
catalogue-channel-in-person = au guichet
catalogue-channel-phone = par téléphone
catalogue-channel-online = en ligne
catalogue-channel-video = en appel vidéo
catalogue-themes = Thèmes :
catalogue-category = Catégorie du catalogue :
catalogue-provider-website = Site de l'organisme
catalogue-contacts-desks = Pour toute information, vous pouvez vous adresser à un guichet du réseau.
catalogue-phone = Téléphone :
catalogue-email = E-mail :
catalogue-desk-level-l1 = guichet de premier niveau
catalogue-desk-level-l2 = guichet spécialisé
catalogue-desk-level-hub = centre thématique
catalogue-cost-free = gratuit
catalogue-decimal-separator = ,
catalogue-cost-euro = { $amount } €

## Editing services in the workspace.

ws-services-title = Services
ws-services-intro = Les services que vous pouvez modifier : ceux proposés par vos guichets et ceux de vos organismes.
ws-services-empty = Aucun service ne relève de vos rôles.

service-edit-title = Modifier le service
service-edit-back = Retour au service
service-edit-link = Modifier les données du service
service-edit-name = Nom du service
service-edit-eligibility = Qui peut le demander
service-edit-application = Comment le demander
service-edit-outcome = Ce que vous obtenez
service-edit-wait-time = Délais
service-edit-fees = Coûts
service-edit-documents = Documents à apporter
service-edit-documents-hint = Un document par ligne.
service-edit-url = Adresse web du service
service-edit-channels = Comment utiliser le service
service-edit-login-hint = Seulement pour les services en ligne.
service-edit-plain-note = Note en mots simples
service-edit-plain-note-hint = Pour les personnes qui lisent l'italien comme langue seconde : phrases courtes, mots courants.

service-edit-error-name = Écrivez le nom du service (200 caractères au maximum).
service-edit-error-channels = Choisissez au moins une façon d'utiliser le service.
service-edit-error-login = La connexion avec SPID, CIE ou CNS ne vaut que pour les services en ligne, et « pas besoin d'identité numérique » exclut les autres.
service-edit-error-documents = 30 documents au maximum, chacun de 300 caractères au maximum.

edit-field-eligibility_description = Qui peut le demander
edit-field-application_process = Comment le demander
edit-field-outcome = Ce que vous obtenez
edit-field-wait_time = Délais
edit-field-fees_description = Coûts
edit-field-url = Adresse web
edit-field-plain_note = Note en mots simples
edit-field-login = Connexion en ligne
edit-field-required_documents = Documents
