# Sportello — traduction française (French). L'italien (locales/it) est la langue source et de secours.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Structure du site

# unreviewed
site-name = Guichet d'information pour les personnes étrangères
# unreviewed
site-tagline = Informations et services pour les personnes étrangères
# unreviewed
skip-link = Aller au contenu principal
# unreviewed
nav-main-label = Menu principal
# unreviewed
nav-home = Page d'accueil
# unreviewed
nav-desks = Guichets
# unreviewed
nav-services = Services en ligne
# unreviewed
language-switcher-summary = Langue
# unreviewed
language-switcher-label = Choisissez la langue
# unreviewed
translation-incomplete = Certaines parties de cette page ne sont pas encore traduites. Elles sont affichées en italien.
# unreviewed
translation-draft = Cette traduction est un brouillon : elle n'a pas encore été relue par une personne dont c'est la langue maternelle.
# unreviewed
footer-about = Un service du réseau régional des guichets d'information pour les personnes étrangères.
# unreviewed
footer-demo = Données de démonstration : les adresses, les numéros de téléphone et les autres détails marqués « données d'exemple » sont inventés.
# unreviewed
invented-marker = données d'exemple

## Thèmes : le nom et une description d'une ligne

# unreviewed
theme-permesso-di-soggiorno = Permis de séjour
    .description = Demande, renouvellement et conversion du permis de séjour.
# unreviewed
theme-cittadinanza = Nationalité
    .description = Comment demander la nationalité italienne et suivre votre demande.
# unreviewed
theme-ricongiungimento-familiare = Regroupement familial
    .description = Faire venir sa famille en Italie : conditions et documents.
# unreviewed
theme-residenza-anagrafe = Résidence et registre de la population
    .description = Inscription au registre de la population, changement de résidence et certificats.
# unreviewed
theme-salute = Santé
    .description = Inscription au Service national de santé, médecin traitant, rendez-vous.
# unreviewed
theme-scuola = École
    .description = Inscription à l'école et aux services pour la petite enfance.
# unreviewed
theme-lavoro-formazione = Travail et formation
    .description = Chercher un emploi, contrats, cours de formation.
# unreviewed
theme-casa = Logement
    .description = Location, logements sociaux, certificat de conformité du logement.
# unreviewed
theme-prestazioni-sociali = Aides sociales
    .description = Allocations, primes et aides financières : qui peut les demander.
# unreviewed
theme-lingua-italiana = Langue italienne
    .description = Cours d'italien et tests de langue.

## Guichets

# unreviewed
desk-level-l1 = Guichet de premier accueil
# unreviewed
desk-level-l2 = Guichet spécialisé pour les personnes étrangères
# unreviewed
desk-level-hub = Centre thématique
# unreviewed
desk-themes-label = Thèmes :
# unreviewed
desk-address-label = Adresse :

## Erreurs

# unreviewed
error-request-id = Code de la demande : { $id }
# unreviewed
error-request-id-help = Si vous demandez de l'aide, donnez ce code.
# unreviewed
error-go-home = Aller à la page d'accueil
# unreviewed
error-other-languages = Cette page dans d'autres langues
# unreviewed
error-400-title = Demande non valide
# unreviewed
error-400-body = L'adresse web ou les données envoyées ne sont pas valides. Vérifiez l'adresse et réessayez.
# unreviewed
error-403-title = Accès non autorisé
# unreviewed
error-403-body = Vous n'avez pas le droit de voir cette page.
# unreviewed
error-404-title = Page introuvable
# unreviewed
error-404-body = La page que vous cherchez n'existe pas ou a été déplacée.
# unreviewed
error-405-title = Opération non autorisée
# unreviewed
error-405-body = Cette page n'accepte pas ce type de demande.
# unreviewed
error-408-title = Délai dépassé
# unreviewed
error-408-body = La demande a pris trop de temps. Réessayez dans un moment.
# unreviewed
error-413-title = Données trop volumineuses
# unreviewed
error-413-body = Les données envoyées dépassent la taille maximale autorisée.
# unreviewed
error-429-title = Trop de demandes
# unreviewed
error-429-body = Vous avez fait trop de demandes en peu de temps. Attendez un moment et réessayez.
# unreviewed
error-500-title = Une erreur s'est produite
# unreviewed
error-500-body = Quelque chose n'a pas fonctionné de notre côté. Réessayez dans un moment.
# unreviewed
error-503-title = Service non disponible
# unreviewed
error-503-body = Le service est temporairement indisponible. Réessayez dans un moment.

## Opérateurs : connexion et espace de travail

# unreviewed
nav-workspace = Espace des opérateurs
# unreviewed
logout-submit = Se déconnecter
# unreviewed
workspace-title = Espace des opérateurs
# unreviewed
workspace-nav-label = Menu de l'espace des opérateurs
# unreviewed
error-401-title = Connexion requise
# unreviewed
error-401-body = Vous devez vous connecter pour voir cette page.
# unreviewed
error-code-csrf-invalid = Le formulaire a expiré ou n'est pas valide. Revenez en arrière, rechargez la page et réessayez.

## Réinitialisation du mot de passe et e-mails

# unreviewed
dev-mail-title = E-mails envoyés (développement)
# unreviewed
dev-mail-empty = Aucun message.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

# unreviewed
finder-heading = Chercher un guichet

# unreviewed
desk-by-appointment = Uniquement sur rendez-vous
# unreviewed
desk-email-label = E-mail :
# unreviewed
desk-verified-on = Informations vérifiées le { $date }.

# unreviewed
channel-in_person = En personne
# unreviewed
channel-phone = Par téléphone
# unreviewed
channel-online = En ligne
# unreviewed
channel-video = En visioconférence

# unreviewed
language-name-it = italien
# unreviewed
language-name-ar = arabe
# unreviewed
language-name-en = anglais
# unreviewed
language-name-fr = français
# unreviewed
language-name-es = espagnol
# unreviewed
language-name-zh = chinois
# unreviewed
language-name-sq = albanais
# unreviewed
language-name-ro = roumain
# unreviewed
language-name-uk = ukrainien
# unreviewed
language-name-ur = ourdou
# unreviewed
language-name-bn = bengali
# unreviewed
language-name-fa = persan
# unreviewed
language-name-ru = russe
# unreviewed
language-name-pt = portugais
# unreviewed
language-name-wo = wolof
# unreviewed
language-name-pa = pendjabi
# unreviewed
language-name-tl = tagalog

# unreviewed
desk-edit-has-errors = Certains champs sont à corriger ; rien n'a été enregistré :
# unreviewed
desk-edit-description = Description
# unreviewed
desk-edit-verified = J'ai vérifié aujourd'hui que ces informations sont correctes
# unreviewed
desk-edit-submit = Enregistrer les modifications
# unreviewed
desk-edit-saved = Modifications enregistrées. Le portail public les affiche dans quelques secondes.
# unreviewed
desk-public-page = Voir la page publique
# unreviewed
desk-verify-due = À vérifier : ces informations n'ont pas été confirmées ces derniers mois.
# unreviewed
desk-history-heading = Historique des modifications
# unreviewed
desk-history-empty = Aucune modification enregistrée.
# unreviewed
desk-history-when = Quand (UTC)
# unreviewed
desk-history-who = Qui
# unreviewed
desk-history-field = Champ
# unreviewed
desk-history-before = Avant
# unreviewed
desk-history-after = Après
# unreviewed
desk-field-name = Nom
# unreviewed
desk-field-description = Description
# unreviewed
desk-field-channels = Moyens de contact
# unreviewed
desk-field-by_appointment = Uniquement sur rendez-vous
# unreviewed
desk-field-email = E-mail
# unreviewed
desk-field-verified_on = Vérification
# unreviewed
desk-edit-error-email = L'adresse e-mail n'est pas valide.
# unreviewed
desk-edit-error-too-long = Le texte est trop long (2000 caractères au maximum).

## Dates in full (service pages and desk pages).

# unreviewed
date-full-1 = { $day } janvier { $year }
# unreviewed
date-full-2 = { $day } février { $year }
# unreviewed
date-full-3 = { $day } mars { $year }
# unreviewed
date-full-4 = { $day } avril { $year }
# unreviewed
date-full-5 = { $day } mai { $year }
# unreviewed
date-full-6 = { $day } juin { $year }
# unreviewed
date-full-7 = { $day } juillet { $year }
# unreviewed
date-full-8 = { $day } août { $year }
# unreviewed
date-full-9 = { $day } septembre { $year }
# unreviewed
date-full-10 = { $day } octobre { $year }
# unreviewed
date-full-11 = { $day } novembre { $year }
# unreviewed
date-full-12 = { $day } décembre { $year }

## Web addresses in the editing forms (services and organisations).

# unreviewed
edit-url-hint = Commence par https:// (ou http://).

# unreviewed
edit-error-url = L'adresse web doit commencer par https:// ou http:// et ne pas contenir d'espaces.
