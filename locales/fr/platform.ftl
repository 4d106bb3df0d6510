# Sportello — traduction française (French). L'italien (locales/it) est la langue source et de secours.

### Platform: site shell, layout, language switcher, themes, error pages, footer, and messages shared by several areas.

## Structure du site

site-name = Guichet d'information pour les personnes étrangères
site-tagline = Informations et services pour les personnes étrangères
skip-link = Aller au contenu principal
nav-main-label = Menu principal
nav-home = Page d'accueil
nav-desks = Guichets
nav-services = Services en ligne
language-switcher-summary = Langue
language-switcher-label = Choisissez la langue
translation-incomplete = Certaines parties de cette page ne sont pas encore traduites. Elles sont affichées en italien.
footer-about = Un service du réseau régional des guichets d'information pour les personnes étrangères.
footer-demo = Données de démonstration : les adresses, les numéros de téléphone et les autres détails marqués « données d'exemple » sont inventés.
invented-marker = données d'exemple

## Thèmes : le nom et une description d'une ligne

theme-permesso-di-soggiorno = Permis de séjour
    .description = Demande, renouvellement et conversion du permis de séjour.
theme-cittadinanza = Nationalité
    .description = Comment demander la nationalité italienne et suivre votre demande.
theme-ricongiungimento-familiare = Regroupement familial
    .description = Faire venir sa famille en Italie : conditions et documents.
theme-residenza-anagrafe = Résidence et registre de la population
    .description = Inscription au registre de la population, changement de résidence et certificats.
theme-salute = Santé
    .description = Inscription au Service national de santé, médecin traitant, rendez-vous.
theme-scuola = École
    .description = Inscription à l'école et aux services pour la petite enfance.
theme-lavoro-formazione = Travail et formation
    .description = Chercher un emploi, contrats, cours de formation.
theme-casa = Logement
    .description = Location, logements sociaux, certificat de conformité du logement.
theme-prestazioni-sociali = Aides sociales
    .description = Allocations, primes et aides financières : qui peut les demander.
theme-lingua-italiana = Langue italienne
    .description = Cours d'italien et tests de langue.

## Guichets

desk-level-l1 = Guichet de premier accueil
desk-level-l2 = Guichet spécialisé pour les personnes étrangères
desk-level-hub = Centre thématique
desk-themes-label = Thèmes :
desk-address-label = Adresse :

## Erreurs

error-request-id = Code de la demande : { $id }
error-request-id-help = Si vous demandez de l'aide, donnez ce code.
error-go-home = Aller à la page d'accueil
error-other-languages = Cette page dans d'autres langues
error-400-title = Demande non valide
error-400-body = L'adresse web ou les données envoyées ne sont pas valides. Vérifiez l'adresse et réessayez.
error-403-title = Accès non autorisé
error-403-body = Vous n'avez pas le droit de voir cette page.
error-404-title = Page introuvable
error-404-body = La page que vous cherchez n'existe pas ou a été déplacée.
error-405-title = Opération non autorisée
error-405-body = Cette page n'accepte pas ce type de demande.
error-408-title = Délai dépassé
error-408-body = La demande a pris trop de temps. Réessayez dans un moment.
error-413-title = Données trop volumineuses
error-413-body = Les données envoyées dépassent la taille maximale autorisée.
error-429-title = Trop de demandes
error-429-body = Vous avez fait trop de demandes en peu de temps. Attendez un moment et réessayez.
error-500-title = Une erreur s'est produite
error-500-body = Quelque chose n'a pas fonctionné de notre côté. Réessayez dans un moment.
error-503-title = Service non disponible
error-503-body = Le service est temporairement indisponible. Réessayez dans un moment.

## Opérateurs : connexion et espace de travail

nav-workspace = Espace des opérateurs
logout-submit = Se déconnecter
workspace-title = Espace des opérateurs
workspace-nav-label = Menu de l'espace des opérateurs
error-401-title = Connexion requise
error-401-body = Vous devez vous connecter pour voir cette page.
error-code-csrf-invalid = Le formulaire a expiré ou n'est pas valide. Revenez en arrière, rechargez la page et réessayez.

## Réinitialisation du mot de passe et e-mails

dev-mail-title = E-mails envoyés (développement)
dev-mail-empty = Aucun message.

## Shared by several areas, first written for the desk pages: the finder heading, contact labels, channels, language names, the editing forms and the change history.

finder-heading = Chercher un guichet

desk-by-appointment = Uniquement sur rendez-vous
desk-email-label = E-mail :
desk-verified-on = Informations vérifiées le { $date }.

channel-in_person = En personne
channel-phone = Par téléphone
channel-online = En ligne
channel-video = En visioconférence

language-name-it = italien
language-name-ar = arabe
language-name-en = anglais
language-name-fr = français
language-name-es = espagnol
language-name-zh = chinois
language-name-sq = albanais
language-name-ro = roumain
language-name-uk = ukrainien
language-name-ur = ourdou
language-name-bn = bengali
language-name-ru = russe
language-name-pt = portugais
language-name-wo = wolof
language-name-pa = pendjabi
language-name-tl = tagalog

desk-edit-has-errors = Certains champs sont à corriger ; rien n'a été enregistré :
desk-edit-description = Description
desk-edit-verified = J'ai vérifié aujourd'hui que ces informations sont correctes
desk-edit-submit = Enregistrer les modifications
desk-edit-saved = Modifications enregistrées. Le portail public les affiche dans quelques secondes.
desk-public-page = Voir la page publique
desk-verify-due = À vérifier : ces informations n'ont pas été confirmées ces derniers mois.
desk-history-heading = Historique des modifications
desk-history-empty = Aucune modification enregistrée.
desk-history-when = Quand (UTC)
desk-history-who = Qui
desk-history-field = Champ
desk-history-before = Avant
desk-history-after = Après
desk-field-name = Nom
desk-field-description = Description
desk-field-channels = Moyens de contact
desk-field-by_appointment = Uniquement sur rendez-vous
desk-field-email = E-mail
desk-field-verified_on = Vérification
desk-edit-error-email = L'adresse e-mail n'est pas valide.
desk-edit-error-too-long = Le texte est trop long (2000 caractères au maximum).

## Dates in full (service pages and desk pages).

date-full-1 = { $day } janvier { $year }
date-full-2 = { $day } février { $year }
date-full-3 = { $day } mars { $year }
date-full-4 = { $day } avril { $year }
date-full-5 = { $day } mai { $year }
date-full-6 = { $day } juin { $year }
date-full-7 = { $day } juillet { $year }
date-full-8 = { $day } août { $year }
date-full-9 = { $day } septembre { $year }
date-full-10 = { $day } octobre { $year }
date-full-11 = { $day } novembre { $year }
date-full-12 = { $day } décembre { $year }

## Web addresses in the editing forms (services and organisations).

edit-url-hint = Commence par https:// (ou http://).

edit-error-url = L'adresse web doit commencer par https:// ou http:// et ne pas contenir d'espaces.
