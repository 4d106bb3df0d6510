### Catalogue: online-services catalogue, service pages, and editing services in the workspace.

## Online-services catalogue and service pages.

# unreviewed
catalogue-title = Services en ligne
# unreviewed
catalogue-intro = Les services que vous pouvez utiliser depuis chez vous, avec votre téléphone ou votre ordinateur : qui les propose, à quoi ils servent et ce qu'il faut pour se connecter.
# unreviewed
catalogue-help = Si vous avez besoin d'aide pour les utiliser, un guichet du réseau peut vous aider.
# unreviewed
catalogue-help-link = Trouver un guichet
# unreviewed
catalogue-empty = Il n'y a pas encore de services en ligne dans le catalogue.
# unreviewed
catalogue-breadcrumb-label = Fil d'Ariane
# unreviewed
catalogue-categories-heading = Catégories
# unreviewed
catalogue-category-vita-del-cittadino = Vie quotidienne et démarches
# unreviewed
catalogue-category-istruzione = Éducation
# unreviewed
catalogue-category-cultura = Culture
# unreviewed
catalogue-category-lavoro-formazione = Travail et formation
# unreviewed
catalogue-category-salute = Santé
# unreviewed
catalogue-provider = Organisme :
# unreviewed
catalogue-what = De quoi s'agit-il :
# unreviewed
catalogue-who = Qui peut l'utiliser :
# unreviewed
catalogue-login = Ce qu'il faut pour se connecter
# unreviewed
catalogue-login-spid = SPID (identité numérique publique italienne)
# unreviewed
catalogue-login-cie = CIE (carte d'identité électronique italienne)
# unreviewed
catalogue-login-cns = CNS (carte sanitaire à puce)
# unreviewed
catalogue-login-none = Pas besoin d'identité numérique
# unreviewed
catalogue-plain-note = En mots simples :
# unreviewed
catalogue-open-online = Aller au service en ligne
# unreviewed
catalogue-external = site externe
# unreviewed
catalogue-details = Fiche du service
# unreviewed
catalogue-service-kicker = Fiche du service
# unreviewed
catalogue-toc-heading = Sur cette page
# unreviewed
catalogue-sec-what = De quoi s'agit-il
# unreviewed
catalogue-sec-who = À qui s'adresse-t-il
# unreviewed
catalogue-sec-how = Comment faire
# unreviewed
catalogue-sec-need = Ce qu'il faut
# unreviewed
catalogue-sec-get = Ce que l'on obtient
# unreviewed
catalogue-sec-time = Délais et échéances
# unreviewed
catalogue-sec-cost = Combien ça coûte
# unreviewed
catalogue-sec-access = Accéder au service
# unreviewed
catalogue-sec-more = Plus d'informations
# unreviewed
catalogue-sec-contacts = Contacts
# unreviewed
catalogue-sec-updated = Dernière mise à jour
# unreviewed
catalogue-not-stated = Information non disponible : demandez à un guichet.
# unreviewed
catalogue-no-documents = Aucun document particulier n'est nécessaire.
# unreviewed
catalogue-access-online = En ligne
# unreviewed
catalogue-access-book = Prendre rendez-vous
# unreviewed
catalogue-by-appointment = Ce service est sur rendez-vous : contactez l'un des guichets ci-dessous pour le fixer.
# unreviewed
catalogue-access-where = Où
# unreviewed
catalogue-access-ask = Pour savoir où demander ce service, adressez-vous à un guichet du réseau.
# unreviewed
catalogue-channels = Comment l'utiliser :
# unreviewed
catalogue-channel-in-person = au guichet
# unreviewed
catalogue-channel-phone = par téléphone
# unreviewed
catalogue-channel-online = en ligne
# unreviewed
catalogue-channel-video = en appel vidéo
# unreviewed
catalogue-themes = Thèmes :
# unreviewed
catalogue-category = Catégorie du catalogue :
# unreviewed
catalogue-provider-website = Site de l'organisme
# unreviewed
catalogue-contacts-desks = Pour toute information, vous pouvez vous adresser à un guichet du réseau.
# unreviewed
catalogue-phone = Téléphone :
# unreviewed
catalogue-email = E-mail :
# unreviewed
catalogue-desk-level-l1 = guichet de premier niveau
# unreviewed
catalogue-desk-level-l2 = guichet spécialisé
# unreviewed
catalogue-desk-level-hub = centre thématique
# unreviewed
catalogue-cost-free = gratuit
# unreviewed
catalogue-cost-euro = { $amount } €

## Editing services in the workspace.

# unreviewed
ws-services-title = Services
# unreviewed
ws-services-intro = Les services que vous pouvez modifier : ceux proposés par vos guichets et ceux de vos organismes.
# unreviewed
ws-services-empty = Aucun service ne relève de vos rôles.

# unreviewed
service-edit-title = Modifier le service
# unreviewed
service-edit-back = Retour au service
# unreviewed
service-edit-link = Modifier les données du service
# unreviewed
service-edit-name = Nom du service
# unreviewed
service-edit-eligibility = Qui peut le demander
# unreviewed
service-edit-application = Comment le demander
# unreviewed
service-edit-outcome = Ce que vous obtenez
# unreviewed
service-edit-wait-time = Délais
# unreviewed
service-edit-fees = Coûts
# unreviewed
service-edit-documents = Documents à apporter
# unreviewed
service-edit-documents-hint = Un document par ligne.
# unreviewed
service-edit-url = Adresse web du service
# unreviewed
service-edit-channels = Comment utiliser le service
# unreviewed
service-edit-login-hint = Seulement pour les services en ligne.
# unreviewed
service-edit-plain-note = Note en mots simples
# unreviewed
service-edit-plain-note-hint = Pour les personnes qui lisent l'italien comme langue seconde : phrases courtes, mots courants.

# unreviewed
service-edit-error-name = Écrivez le nom du service (200 caractères au maximum).
# unreviewed
service-edit-error-organisation-only = Seules les personnes de l'organisme qui propose le service peuvent modifier ce champ.
# unreviewed
service-edit-error-channels = Choisissez au moins une façon d'utiliser le service.
# unreviewed
service-edit-error-login = La connexion avec SPID, CIE ou CNS ne vaut que pour les services en ligne, et « pas besoin d'identité numérique » exclut les autres.
# unreviewed
service-edit-error-documents = 30 documents au maximum, chacun de 300 caractères au maximum.

# unreviewed
edit-field-eligibility_description = Qui peut le demander
# unreviewed
edit-field-application_process = Comment le demander
# unreviewed
edit-field-outcome = Ce que vous obtenez
# unreviewed
edit-field-wait_time = Délais
# unreviewed
edit-field-fees_description = Coûts
# unreviewed
edit-field-url = Adresse web
# unreviewed
edit-field-plain_note = Note en mots simples
# unreviewed
edit-field-login = Connexion en ligne
# unreviewed
edit-field-required_documents = Documents
