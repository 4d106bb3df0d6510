# Sportello — traduction française (French). L'italien (locales/it) est la langue source et de secours.

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
login-title = Connexion des opérateurs
login-intro = Espace réservé aux opérateurs du réseau des guichets.
login-email = Adresse e-mail
login-password = Mot de passe
login-submit = Se connecter
login-refused = Adresse e-mail ou mot de passe incorrect, ou compte désactivé.
login-throttled = Trop de tentatives infructueuses. Réessayez dans { $seconds } secondes.
logout-submit = Se déconnecter
workspace-title = Espace des opérateurs
workspace-welcome = Bienvenue, { $name }.
workspace-roles-heading = Vos rôles
workspace-no-roles = Aucun rôle ne vous a encore été attribué : adressez-vous à la coordination du réseau.
workspace-nav-label = Menu de l'espace des opérateurs
workspace-nav-profile = Profil
workspace-nav-audit = Journal d'activité
profile-title = Votre profil
profile-email = E-mail :
profile-password-heading = Changer le mot de passe
profile-current-password = Mot de passe actuel
profile-new-password = Nouveau mot de passe (au moins 12 caractères)
profile-confirm-password = Répétez le nouveau mot de passe
profile-password-submit = Changer le mot de passe
profile-password-changed = Mot de passe changé. Les autres sessions ouvertes ont été fermées.
profile-password-wrong = Le mot de passe actuel n'est pas correct.
profile-password-mismatch = Les deux nouveaux mots de passe ne correspondent pas.
profile-password-too-short = Le nouveau mot de passe doit comporter au moins 12 caractères.
audit-title = Journal d'activité
audit-filter-action = Action (début)
audit-filter-actor = Qui (e-mail)
audit-filter-submit = Filtrer
audit-col-when = Quand
audit-col-who = Qui
audit-col-action = Action
audit-col-object = Objet
audit-col-ip = Adresse IP
audit-empty = Aucune activité enregistrée avec ces filtres.
role-admin = Administration
role-coordinator = Coordination régionale
role-hub_editor = Rédaction de centre thématique
role-l2_operator = Opérateur de guichet spécialisé
role-l1_operator = Opérateur de guichet de premier accueil
role-translator = Traduction
role-trainer = Formation
role-viewer = Consultation seule
scope-network = tout le réseau
scope-organisation = organisme { $target }
scope-desk = guichet { $target }
scope-theme = thème { $target }
scope-language = langue { $target }
error-401-title = Connexion requise
error-401-body = Vous devez vous connecter pour voir cette page.
error-code-csrf-invalid = Le formulaire a expiré ou n'est pas valide. Revenez en arrière, rechargez la page et réessayez.

## Vérification en deux étapes

workspace-nav-twofa = Vérification en deux étapes
code-title = Code de vérification
code-intro = Ouvrez l'application d'authentification sur votre téléphone et saisissez le code à 6 chiffres. Si vous n'avez pas votre téléphone, utilisez l'un de vos codes de récupération.
code-label = Code
code-submit = Vérifier
code-refused = Code non valide ou déjà utilisé. Réessayez avec le nouveau code.
twofa-title = Vérification en deux étapes
twofa-intro = Avec la vérification en deux étapes, pour vous connecter, il vous faut votre mot de passe et un code qui change toutes les 30 secondes, créé par une application sur votre téléphone.
twofa-required = Votre rôle exige la vérification en deux étapes : activez-la pour utiliser l'espace des opérateurs.
twofa-start = Activer la vérification en deux étapes
twofa-step-scan = Scannez ce code QR avec l'application d'authentification.
twofa-qr-label = Code QR pour l'application d'authentification
twofa-step-link = Sur votre téléphone, vous pouvez aussi ouvrir ce lien :
twofa-step-key = Ou saisissez cette clé dans l'application :
twofa-step-confirm = Saisissez le code que l'application affiche maintenant.
twofa-confirm-submit = Confirmer et activer
twofa-enabled-now = Vérification en deux étapes activée.
twofa-recovery-heading = Codes de récupération
twofa-recovery-intro = Conservez ces codes en lieu sûr : ils vous serviront si vous perdez votre téléphone, et chacun n'est valable qu'une seule fois. Vous ne les verrez plus.
twofa-active = La vérification en deux étapes est activée.

## Réinitialisation du mot de passe et e-mails

login-forgot = Mot de passe oublié ?
reset-title = Réinitialiser le mot de passe
reset-intro = Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = Envoyer le lien
reset-sent = Si l'adresse correspond à un compte actif, vous recevrez bientôt un e-mail contenant le lien. Le lien est valable 30 minutes, une seule fois.
reset-new-title = Choisissez un nouveau mot de passe
reset-new-submit = Enregistrer le nouveau mot de passe
reset-done = Mot de passe changé. Vous pouvez maintenant vous connecter avec le nouveau mot de passe.
reset-link-invalid = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.
mail-reset-subject = Réinitialisation de votre mot de passe du Guichet d'information pour les personnes étrangères
mail-reset-body = Bonjour,
    Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.
    Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai de { $minutes } minutes :
    { $link }
    Si vous n'avez pas demandé à réinitialiser votre mot de passe, ignorez ce message : votre mot de passe reste le même.
dev-mail-title = E-mails envoyés (développement)
dev-mail-empty = Aucun message.

## Administration des comptes

workspace-nav-users = Utilisateurs et rôles
users-title = Utilisateurs et rôles
users-intro = Attribuez à chaque personne les rôles dont elle a besoin, avec le bon périmètre. Chaque modification ferme les sessions ouvertes de cette personne et est enregistrée.
users-col-roles = Rôles
users-disabled = compte désactivé
users-role = Rôle
users-scope-kind = Périmètre
users-scope-target = Lequel (identifiant court)
users-grant-submit = Ajouter le rôle
users-revoke-submit = Retirer
users-disable-submit = Désactiver le compte
users-saved = Modification enregistrée.
users-error = La modification n'a pas été enregistrée : { $reason }
scope-kind-network = Tout le réseau
scope-kind-organisation = Organisme
scope-kind-desk = Guichet
scope-kind-theme = Thème
scope-kind-language = Langue

## Workspace: desks

workspace-nav-desks = Mes guichets
ws-desks-title = Mes guichets
ws-desks-intro = Les guichets où vous avez un rôle.
ws-desks-empty = Aucun de vos rôles ne concerne un guichet.
