## Editing services and organisations in the workspace.

workspace-nav-services = Services
workspace-nav-organisations = Organismes
ws-services-title = Services
ws-services-intro = Les services que vous pouvez modifier : ceux proposés par vos guichets et ceux de vos organismes.
ws-services-empty = Aucun service ne relève de vos rôles.
ws-orgs-title = Organismes
ws-orgs-intro = Les organismes dont vous pouvez modifier les données : ceux où vous avez un rôle d'administration ou de coordination, et les organismes qui en font partie.
ws-orgs-empty = Aucun organisme ne relève de vos rôles.

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
edit-url-hint = Commence par https:// (ou http://).
service-edit-channels = Comment utiliser le service
service-edit-login-hint = Seulement pour les services en ligne.
service-edit-plain-note = Note en mots simples
service-edit-plain-note-hint = Pour les personnes qui lisent l'italien comme langue seconde : phrases courtes, mots courants.

service-edit-error-name = Écrivez le nom du service (200 caractères au maximum).
service-edit-error-channels = Choisissez au moins une façon d'utiliser le service.
service-edit-error-login = La connexion avec SPID, CIE ou CNS ne vaut que pour les services en ligne, et « pas besoin d'identité numérique » exclut les autres.
service-edit-error-documents = 30 documents au maximum, chacun de 300 caractères au maximum.
edit-error-url = L'adresse web doit commencer par https:// ou http:// et ne pas contenir d'espaces.

org-edit-title = Modifier l'organisme
org-edit-back = Retour aux organismes
org-edit-link = Modifier les données de l'organisme
org-edit-name = Nom de l'organisme
org-edit-alternate-name = Autre nom ou sigle
org-edit-website = Site web
org-edit-error-name = Écrivez le nom de l'organisme (200 caractères au maximum).
org-edit-error-alternate-name = L'autre nom peut avoir 200 caractères au maximum.

edit-field-eligibility_description = Qui peut le demander
edit-field-application_process = Comment le demander
edit-field-outcome = Ce que vous obtenez
edit-field-wait_time = Délais
edit-field-fees_description = Coûts
edit-field-url = Adresse web
edit-field-plain_note = Note en mots simples
edit-field-login = Connexion en ligne
edit-field-required_documents = Documents
edit-field-alternate_name = Autre nom
edit-field-website = Site web
